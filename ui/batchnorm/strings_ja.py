"""日本語 strings of ui/batchnorm/strings_en.py: its keys and placeholders, in its order, the
terms of ui/strings_ja.py."""

STRINGS = {
    # ---------------------------------------------------------------- page 2: Batch Normalization
    "batchnorm.title": "Batch Normalization",
    "batchnorm.intro": (
        "Batch NormalizationレイヤはAffineレイヤの後ろに置かれ、ミニバッチごとに、"
        "各特徴量がバッチ全体で平均0、分散1になるようにずらして拡大・縮小します。そのあとで、"
        "ネットワークが学習する2つのパラメータ γ を掛け、β を足します。"
        "このページでは順を追って組み立てます。まず使う統計量、"
        "次に実際の数値での計算グラフの順伝播と逆伝播、最後に書籍の実験として、"
        "同じネットワークをBatch Normalizationあり・なしで学習させます。"
    ),
    # 1. primer
    "batchnorm.primer_header": "1. 平均、偏差、分散：BNが計算するもの",
    "batchnorm.primer_intro": (
        "BNは特徴量ごとに、ミニバッチ全体での平均と分散を計算します。"
        "数値をいくつか入力し（または例を選び）、まず数値がどこにあるか（平均、中央値、最頻値）を、"
        "次に数値が平均からどれだけ離れているかの2つの測り方を見てみましょう。"
        "偏差の**長さ**の平均と、**2乗**の平均です。"
    ),
    "batchnorm.numbers": "数値（カンマまたはスペース区切り）",
    "batchnorm.numbers_help": (
        "最大30個の数値。例：1, 2, 3 や 0.5 -1 4e2。それぞれ0か、大きさが1e-999から1e6のあいだ。"
        "BNと同じく、どの統計量も個数 N で割ります（N − 1 ではありません）。"
        "ラボは入力されたとおりの数値から厳密に計算し（0.1はちょうど10分の1で、丸め誤差なし）、"
        "表示のときに有効数字4桁に丸めます。"
    ),
    "batchnorm.preset_plain": "1, 2, 3",
    "batchnorm.preset_extreme": "1, 2, 3, 100",
    "batchnorm.preset_help": "この例を上のリストに入れます。",
    "batchnorm.numbers_empty_list": (
        "リストが空です。少なくとも1つ数値を入力してください。例：1, 2, 3。"
    ),
    "batchnorm.numbers_not_a_number_in_list": (
        "{token} は数値ではありません。カンマかスペースで区切って数値を入力してください。例：1, "
        "2, 3。"
    ),
    "batchnorm.numbers_number_too_large": (
        "{token} はこの入門には大きすぎます。どの数値も ±{high} 以内にしてください。"
    ),
    "batchnorm.numbers_too_long": "{high} 文字を超えています。リストを短くしてください。",
    "batchnorm.numbers_number_too_small": (
        "{token} はこの入門には小さすぎます。0以外の数値は大きさを {low} 以上にしてください。"
    ),
    "batchnorm.numbers_too_many_numbers": (
        "{high} 個を超える数値があり、図が読めなくなります。いくつか削除してください。"
    ),
    "batchnorm.stat_mean": "平均 μ",
    "batchnorm.stat_mean_help": "μ = (1/N) Σ xᵢ：数値のつり合いの点。",
    "batchnorm.stat_mad": "平均絶対偏差",
    "batchnorm.stat_mad_help": "(1/N) Σ |xᵢ − μ|：平均からの距離の平均。",
    "batchnorm.stat_var": "分散 σ²",
    "batchnorm.stat_var_help": (
        "σ² = (1/N) Σ (xᵢ − μ)²：平均からの距離の2乗の平均（単位は数値の単位の2乗）。"
    ),
    "batchnorm.stat_std": "標準偏差 σ",
    "batchnorm.stat_std_help": "σ = √σ²：数値と同じ単位に戻したもの。BNは √(σ² + ε) で割ります。",
    "batchnorm.dev_title": "広がりの2つの測り方",
    "batchnorm.dev_lengths": "長さとしての偏差 |x − μ|",
    "batchnorm.dev_squares": "正方形としての偏差 (x − μ)²",
    "batchnorm.dev_x": "値",
    "batchnorm.dev_mad": "平均：{value}",
    "batchnorm.dev_mean": "平均 μ = {value}",
    "batchnorm.dev_var": "面積の平均 σ² = {value}",
    "batchnorm.primer_see": (
        "**ここを見る。** 平均絶対偏差は青い長さの平均、分散はオレンジの面積の平均で、"
        "標準偏差は平均の面積をもつ点線の正方形の1辺です。ここでは σ は平均絶対偏差の {ratio:.2f} "
        "倍です（決して小さくはならず、等しくなるのはすべての偏差の長さが同じときだけです）。"
    ),
    "batchnorm.primer_see_extreme": (
        "平均から最も遠い値 x{index} = {value} は、長さの合計の {share_length:.0f}% を占めますが、"
        "面積の合計では {share_square:.0f}% を占めます。"
        "2乗すると大きな偏差がはるかに重く数えられるのです。BNは σ で割るので、"
        "ミニバッチにひとつ極端な値があると、ほかのすべての値の正規化後の値が押し縮められます。"
    ),
    "batchnorm.primer_see_try": (
        "極端な値を含む例を試してください。遠く離れた数値がひとつあると、"
        "平均絶対偏差よりも分散にはるかに大きく効きます。"
    ),
    "batchnorm.primer_see_same": (
        "**ここを見る。** どの数値も平均と等しいので、偏差はすべて0で、"
        "平均絶対偏差も分散も標準偏差も0です。BNは √(0 + ε) で割ることになります。ε "
        "があるのはそのためです。"
    ),
    "batchnorm.primer_formulas_header": "数式（数値 $x_1 \\dots x_N$ の $N$ 個）",
    "batchnorm.primer_formulas": r"""
平均：

$$
\mu = \frac{1}{N}\sum_{i=1}^{N} x_i
$$

平均絶対偏差、つまり偏差の長さの平均：

$$
\frac{1}{N}\sum_{i=1}^{N} \lvert x_i - \mu \rvert
$$

分散、つまり偏差の2乗の面積の平均と、標準偏差：

$$
\sigma^2 = \frac{1}{N}\sum_{i=1}^{N} (x_i - \mu)^2 \qquad \sigma = \sqrt{\sigma^2}
$$

BNはこれを特徴量ごとにミニバッチ全体で計算し、続いて
$\hat{x}_i = (x_i - \mu) / \sqrt{\sigma^2 + \varepsilon}$
を計算します。結果は平均0、分散（ほぼ）1です。
""",
    # 2. computation graph
    "batchnorm.graph_header": "2. 計算グラフ：順伝播と逆伝播",
    "batchnorm.graph_intro": (
        "小さなミニバッチに対するBatchNormalizationレイヤ1つです。N(3, 2²) から生成した N "
        "個のサンプル × D 個の特徴量と、上の層の代わりとなるランダムな上流の勾配 ∂L/∂y "
        "を使います。スライダーでノードを1つずつ進めてください。各ノードの数式、"
        "特徴量1についてバッチの数値を入れた同じ数式、そしてレイヤが記録したすべての値が表示されま"
        "す。箱には書籍のコードで使われている名前が付いています。"
    ),
    "batchnorm.batch": "バッチサイズ N",
    "batchnorm.batch_help": (
        "ミニバッチのサンプル数。グラフと、その隣の勾配確認に使います。1も試してみてください。"
    ),
    "batchnorm.features": "特徴量の数 D",
    "batchnorm.features_help": "各特徴量はバッチ全体で、それぞれ別々に正規化されます。",
    "batchnorm.gamma": "γ（スケール）",
    "batchnorm.gamma_help": "学習されるスケール。書籍では1から始めます。",
    "batchnorm.beta": "β（シフト）",
    "batchnorm.beta_help": "学習されるシフト。書籍では0から始めます。",
    "batchnorm.step": "ノード",
    "batchnorm.step_help": (
        "x から out へ順伝播し、続いて dout（上から届く勾配）から dx へ逆伝播します。青："
        "このノード、水色：このノードの計算に使われるノード。"
    ),
    "batchnorm.graph_title": "左：順伝播 ↓   右：逆伝播 ↑",
    "batchnorm.step_x": "**x**：入力。N 個のサンプル（行 i）× D 個の特徴量（列 j）。",
    "batchnorm.step_mu": "**mu**：各特徴量のバッチ全体での平均。",
    "batchnorm.step_xc": (
        "**xc**：各値から、その特徴量の平均を引いたもの。各列の中心が0になります。"
    ),
    "batchnorm.step_var": "**var**：各特徴量の分散（N − 1 ではなく N で割る）。",
    "batchnorm.step_std": (
        "**std**：標準偏差。すべての値が等しいときに0にならないよう、ε = 10⁻⁶ を加えます。"
    ),
    "batchnorm.step_xn": "**xn**：正規化された値。各列で平均0、分散はほぼ1。",
    "batchnorm.step_out": (
        "**out**：γ 倍して β ずらしたもの。役に立つ場面では、ネットワークが正規化を元に戻せます。"
    ),
    "batchnorm.step_dout": (
        "**dout**：出力についての損失関数の勾配。上の層から渡されます（ここではランダムに生成）。"
        "逆伝播はここから始まります。"
    ),
    "batchnorm.step_dbeta": (
        "**dbeta**：β はすべてのサンプルに足されるので、その勾配は dout の和です。"
    ),
    "batchnorm.step_dgamma": (
        "**dgamma**：γ はすべての x̂ に掛けられるので、その勾配はバッチ全体での x̂ · dout の和です。"
    ),
    "batchnorm.step_dxn": "**dxn**：γ の掛け算を逆にたどった勾配。",
    "batchnorm.step_dstd": (
        "**dstd**：std はすべてのサンプルの xc を割るので、その勾配はバッチ全体での和になります。"
    ),
    "batchnorm.step_dvar": "**dvar**：平方根を逆にたどる：d√v / dv = 1 / (2√v)。",
    "batchnorm.step_dxc": (
        "**dxc**：xc は2つの経路で損失関数に届きます。xn を通る直接の経路と、分散を通る経路です。"
        "2つの勾配を足し合わせます。"
    ),
    "batchnorm.step_dmu": (
        "**dmu**：書籍のコードと同じく、バッチ全体での dxc の和です。μ "
        "はすべてのサンプルから引かれるので、μ についての勾配はこの和にマイナスを付けたものです。"
        "次の行でそれを引いています。"
    ),
    "batchnorm.step_dx": (
        "**dx**：x は xc と μ を通って損失関数に届きます。これがレイヤが下へ渡す勾配です。"
        "各列で和は0になります。"
    ),
    "batchnorm.worked_caption": (
        "同じステップを、このバッチの数値で（特徴量 j = 1、サンプル i = 1）："
    ),
    "batchnorm.node_table": "{node} のすべての値",
    "batchnorm.graph_one_sample": (
        "**N = 1 は退化している。** サンプルが1つだと平均はそのサンプル自身なので、x "
        "が何であっても xc = 0、var = 0、xn = 0、out = β です。"
        "レイヤより下の何もその出力を変えられず、dx はちょうど0です。"
    ),
    "batchnorm.trace_csv": "すべてのノードをダウンロード（CSV）",
    "batchnorm.check_header": "勾配確認",
    "batchnorm.check_intro": (
        "誤差逆伝播法を数値微分 (L(p + h) − L(p − h)) / 2h（h = 10⁻⁵）と比べます。対象は小さな "
        "10-8-8-4 のネットワーク（tanh、float64）のすべてのパラメータで、バッチは N = {batch} "
        "です。誤差が10⁻⁶未満なら、逆伝播は正しく実装されています。"
    ),
    "batchnorm.check_bn": "Batch Normalizationあり",
    "batchnorm.check_bn_help": "両方の隠れ層で Affine → Batch Norm → tanh。オフ：Affine → tanh。",
    "batchnorm.col_param": "パラメータ",
    "batchnorm.col_shape": "形状",
    "batchnorm.col_error": "最大相対誤差",
    "batchnorm.col_gradient": "最大 |勾配|",
    "batchnorm.col_verdict": "結果",
    "batchnorm.check_caption": (
        "**最大相対誤差**：そのパラメータ全体での |逆伝播 − 数値微分| の最大値を、"
        "勾配の最大値で割ったもの。勾配が0のところは「—」（割る数がない）。**結果**：✓ "
        "逆伝播が数値微分による勾配と一致、✗ 一致しない、両方0：何もテストされていない。"
    ),
    "batchnorm.verdict_ok": "✓ 一致",
    "batchnorm.verdict_zero": "両方0",
    "batchnorm.verdict_bad": "✗ 不一致",
    "batchnorm.check_degenerate": (
        "**N = 1 では何もテストできない。** サンプル1つのBNは入力が何であっても β を出力するので、"
        "その下の勾配はすべてちょうど0です（{params}）。逆伝播と数値微分が一致するのは両方とも0だ"
        "からで、間違った逆伝播でも合格してしまいます。書籍の batch_norm_gradient_check "
        "はバッチ1個で確認しています。N ≥ 4 を使ってください。"
    ),
    "batchnorm.check_two": (
        "**N = 2 もほとんど同じくらい悪い。** BNは2つのサンプルを、元が何であっても −1 と +1 "
        "に変えるので、その下の勾配（{params}）はほぼ0で、残るのは ε の影響の約10⁻⁶だけです。"
        "そんなに小さな勾配での誤差は丸めの雑音で、コードのテストにはなりません。"
    ),
    "batchnorm.check_ok": (
        "**逆伝播は正しい。** 最大の相対誤差は {error}（{param}）で、10⁻⁶よりはるかに小さい値です。"
    ),
    "batchnorm.check_bad": (
        "**何かが違う。** 相対誤差が {param} で {error} に達しています。"
        "丸めでは説明できない大きさです。"
    ),
    "batchnorm.check_bias": (
        "BNの直前のバイアス（{params}）の勾配は、N がいくつでも0です。"
        "BNはバッチの平均を引くので一定のずれはすべて消え、バイアスは損失関数を変えられないのです。"
        "勾配が0のときの相対誤差には意味がないので、表には「—」と表示します。"
    ),
    "batchnorm.check_slip": (
        "**よくある間違い。** BNの逆伝播を手で写した導出では、このグラフの名前でいうと "
        "`dstd = -dxn * xc / std**2` と書かれていることがよくあります。"
        "これだとサンプルごとに1つの値になります。しかし std はバッチ全体で共有されているので、"
        "そこへ流れ込む勾配は足し合わされます：左の dstd ノードのとおり "
        "`dstd = -np.sum(dxn * xc, axis=0) / std**2` です。"
        "勾配確認でこの間違いを見つけられますが、N > 1 のときだけです。"
    ),
    # 2b. running averages
    "batchnorm.running_header": "評価で使うもの：バッチの統計量と移動平均",
    "batchnorm.running_intro": (
        "学習中、BNは各ミニバッチを、そのミニバッチ自身の平均と分散で正規化します。"
        "同時にそれらの移動平均も保持します。移動平均は0から始まり、各ミニバッチの値に向かって 1 − "
        "momentum の割合だけ近づきます（書籍では momentum 0.9）。評価時（train_flg=False）"
        "は代わりに移動平均で正規化するので、テスト画像はバッチにほかに何が入っていても同じ出力にな"
        "ります。ここでは上の層が、N(3, 2²) から生成した N = {batch} "
        "個のサンプルからなる学習用のミニバッチを {steps} 個見ます。描いているのは特徴量 j = 1 "
        "です。"
    ),
    "batchnorm.momentum": "momentum",
    "batchnorm.momentum_help": (
        "各ステップで移動平均のうち残す割合（書籍では0.9）。1に近いほどなめらかになりますが、"
        "出発点の0から離れるのが遅くなります。"
    ),
    "batchnorm.steps": "学習ステップ数",
    "batchnorm.steps_help": "レイヤが学習モードで見るミニバッチの数（順伝播のみ）。",
    "batchnorm.running_mean_title": "特徴量1の平均、ステップごと",
    "batchnorm.running_var_title": "特徴量1の分散、ステップごと",
    "batchnorm.running_x": "学習ステップ",
    "batchnorm.running_y_mean": "平均",
    "batchnorm.running_y_var": "分散",
    "batchnorm.running_batch": "このミニバッチ（学習時）",
    "batchnorm.running_running": "移動平均（評価時）",
    "batchnorm.running_population": "データの真の値",
    "batchnorm.running_see_start": (
        "**ここを見る。** {steps} ステップ後も、移動平均の出発点0の {left} "
        "がまだ残っています（momentum^steps）。移動平均は {running} で、データの平均は {mean} "
        "です。今評価すると、データの平均ではなくこの値で正規化することになります。"
        "ほんの数ステップしか学習していないネットワークを評価すると、BNが偏ってしまいます。"
    ),
    "batchnorm.running_see_caught_up": (
        "**ここを見る。** {steps} ステップ後、移動平均に残っている出発点0の影響はわずか {left} "
        "です（momentum^steps）。移動平均は {running} で、データの平均 {mean} に近く、"
        "評価時はこれで正規化します。一方、学習時は各ミニバッチ自身の、"
        "より雑音の多い平均を使います。"
    ),
    "batchnorm.running_see_var": (
        "移動分散は最後に {running_var} になり、データの分散は {var} です。ミニバッチの分散は N − "
        "1 ではなく N = {batch} で割るので、平均するとデータの分散の (N − 1)/N = {ratio} 倍、"
        "つまり {expected} になります（この {steps} ステップでの平均は {average}）。しかし {batch} "
        "個のサンプルでは分散が大きくばらつき、移動平均はおもに最後の {recent_steps} "
        "個のミニバッチを反映します（各ステップで自身の {momentum} を保つ）。それらの分散の平均は "
        "{recent} で、移動分散はそれに従います。"
    ),
    "batchnorm.running_csv": "各ステップの統計量をダウンロード（CSV）",
    # 3. with vs without BN
    "batchnorm.train_header": "3. Batch Normalizationあり・なしでの学習",
    "batchnorm.train_intro": (
        "書籍の `batch_norm_test` です。重みの初期値もミニバッチも同じ、"
        "784-100-100-100-100-100-10 のReLUネットワーク2つを使います。一方は Affine → Batch Norm → "
        "ReLU、もう一方はBNなしです。SGDで学習係数0.01、ミニバッチ100、"
        "各エポックの後にすべての訓練画像で認識精度を測ります。BNあり（実線）とBNなし（破線）。"
    ),
    "batchnorm.scale": "重みの初期値の標準偏差（対数目盛）",
    "batchnorm.scale_help": (
        "すべての重みの初期値の標準偏差。スライダーには0.0001から10までのきりのいい値と、"
        "書籍の16個のスケール（「書籍」の印つき）があります。"
    ),
    "batchnorm.scale_book": "{scale:.3g}（書籍）",
    "batchnorm.epochs": "エポック数",
    "batchnorm.epochs_help": "訓練画像を何周するか（書籍では20）。",
    "batchnorm.train_size": "訓練画像の枚数",
    "batchnorm.train_size_help": "訓練データの最初の N 枚の画像（書籍では1,000）。",
    "batchnorm.run_bn": "BNあり",
    "batchnorm.run_plain": "BNなし",
    "batchnorm.curve_title": "訓練データの認識精度、重みの初期値の標準偏差 {scale}",
    "batchnorm.curve_x": "エポック",
    "batchnorm.curve_y": "訓練データの認識精度",
    "batchnorm.metric_final": "{run}：最終的な訓練データの認識精度",
    "batchnorm.metric_diverged": "発散",
    "batchnorm.see_bn_wins": (
        "**ここを見る。** BNありのネットワークは {bn:.2f}、なしでは {plain:.2f} で終わります。"
        "各層の入力を正規化すると、初期値のスケールにかかわらず信号が生き残るので、"
        "学習がすぐに進み始めます。"
    ),
    "batchnorm.see_bn_loses": (
        "**ここを見る。** ここではBNが負けています：ありで {bn:.2f}、なしで {plain:.2f}。"
        "隠れ層のHeのスケール（√(2/100) ≈ 0.14）の近くでは、"
        "BNなしのネットワークはすでに初期値がよく、書籍自身のグリッドでも0.293と0.158でBNが後れを"
        "とっています。"
    ),
    "batchnorm.see_even": (
        "**ここを見る。** 両者はほぼ互角に終わります（BNありで {bn:.2f}、なしで {plain:.2f}）。"
        "このスケールでは、BNなしのネットワークもそれだけで十分よいスタートを切れます。"
    ),
    "batchnorm.see_plain_diverged": (
        "**ここを見る。** BNなしでは重みが大きすぎて損失関数の値がオーバーフローしました。"
        "BNありでは同じ重みで {bn:.2f} まで学習します。"
    ),
    "batchnorm.see_chance": (
        "BNなしでは認識精度が {plain:.2f} にとどまります。10種類の数字のチャンスレベル程度です。"
        "信号が層を通るうちに消える（または飽和する）ので、ネットワークは何も学習しません。"
    ),
    # 4. the grid
    "batchnorm.grid_header": "4. 書籍の16個の重みのスケール",
    "batchnorm.grid_intro": (
        "書籍はこの比較を、1から0.0001までの16個の重みのスケール（`np.logspace(0, -4, 16)`）"
        "で繰り返します。**学習開始**を押すと32個のネットワーク（それぞれ {epochs} エポック、画像 "
        "{train_size} 枚）を学習させ、スケールごとにグリッドが埋まっていきます。"
        "書籍の設定では数分かかります。完成したグリッドは全員のためにサーバーに保存されます。"
    ),
    "batchnorm.grid_row_ours_bn": "ラボ、BNあり",
    "batchnorm.grid_row_ours_plain": "ラボ、BNなし",
    "batchnorm.grid_row_book_bn": "書籍、BNあり",
    "batchnorm.grid_row_book_plain": "書籍、BNなし",
    "batchnorm.grid_title": (
        "{epochs} エポック後の最終的な訓練データの認識精度（重みの初期値の標準偏差別）"
    ),
    "batchnorm.grid_x": "重みの初期値の標準偏差",
    "batchnorm.grid_z": "認識精度",
    "batchnorm.grid_run": "標準偏差 {scale} での{run}",
    "batchnorm.grid_diverged": "発散",
    "batchnorm.grid_caption": (
        "太枠：BNありがBNなしを下回って終わったスケール。「発散」："
        "最後のエポックより前にネットワークが発散した（損失関数の値がオーバーフローした）。"
        "書籍の列は、書籍のノートブックに記録された数値です（20エポック、画像1,000枚。「約.12」"
        "は0.12と表記）。ラボの画像は別の一部分なので数値は多少違いますが、傾向は同じはずです。"
    ),
    "batchnorm.grid_csv": "グリッドをダウンロード、ラボと書籍（CSV）",
    "batchnorm.grid_see_wins": (
        "**ここを見る。** BNは {total} 個のスケールのうち {wins} 個で上回って終わります。"
        "BNなしでは、Heの値（約0.14）に近いスケールでしかネットワークはそもそも学習しません。"
    ),
    "batchnorm.grid_see_loses": (
        "BNは {scales} で下回って終わります（グリッドで太枠）。書籍でも0.293と0.158、"
        "つまりHeのスケールの近く、BNなしのネットワークがすでによいスタートを切れるところで同じこと"
        "が起きています。"
    ),
    "batchnorm.grid_see_never_loses": (
        "今回の学習ではBNが下回って終わることはありませんでした。書籍では0.293と0.158で負けていま"
        "す。別の乱数シードを試してください。Heのスケールの近くでは両者は接近しています。"
    ),
    "batchnorm.grid_book_note": (
        "BNは魔法ではありません。20エポックでは、書籍のBNありのネットワークは大きいほうの3つのス"
        "ケールで0.42-0.63、0.002未満では0.52-0.83にしか届きません。"
        "BNは学習を重みの初期値にずっと依存しにくくしますが、まったく依存しなくするわけではありま"
        "せん。"
    ),
    # ------------------------------------------------ lesson links, predict then reveal (issue 12)
    # ui/lesson.py, ui/form.py, ui/lesson_view.py, ui/predict.py and the lessons' questions.py
    "predict.bn.prompt": (
        "重みのスケール {scale}：{epochs} エポック後、訓練データの認識精度が高くなるのはどちらのネ"
        "ットワークでしょうか？"
    ),
    "predict.bn.opt_bn": "BNあり",
    "predict.bn.opt_plain": "BNなし",
    "predict.bn.opt_even": "ほぼ互角（差0.05以内）",
    "predict.bn.numbers": "最終的な訓練データの認識精度：BNあり {bn:.2f}、なし {plain:.2f}。",
    "predict.bn.numbers_diverged": (
        "最終的な訓練データの認識精度：BNあり {bn:.2f}。BNなしのネットワークは発散しました。"
    ),
    "predict.bn.no_verdict": (
        "BNありのネットワークが最後のエポックまで届きませんでした（発散）。"
        "比べる最終的な認識精度がありません。"
    ),
    "predict.bn.why_bn": (
        "BNは各ミニバッチで各層の入力を平均0、標準偏差1に直すので、"
        "出発点のスケールが悪くてもずっと影響が小さくなります。信号と勾配が大きさを保ち、"
        "学習がすぐに進み始めます。"
    ),
    "predict.bn.why_plain": (
        "Heのスケール（√(2/100) ≈ {he}）の近くでは、BNなしのネットワークはすでによいスタートを切り"
        "ます。BNはそこにミニバッチごとの統計量の雑音を加えるので、少し後れをとることがあります。"
    ),
    "predict.bn.why_even": (
        "このスケールでは、どちらのネットワークも学習できるほどよいスタートを切ります。"
        "ここではBNの利点は小さいのです。"
    ),
    "predict.bn.not_bn": (
        "BNが常に上回るわけではありません。BNなしのネットワークの重みがすでにほぼ適切な大きさ（"
        "{he} の近く）のところでは両者は接近し、BNなしが上回ることもあります。"
    ),
    "predict.bn.not_plain": (
        "Heのスケール（≈ {he}）から遠いと、BNなしのネットワークのアクティベーションは消えるか爆発"
        "し、学習は遅いかまったく進みません。そこがBNの最も役立つところです。"
    ),
    "predict.bn.not_even": "両者の差は {diff:.2f} で、互角とみなす {margin} を超えています。",
    "predict.scales.prompt": (
        "書籍の16個の重みのスケールのうち、{epochs} エポック後にBNありのネットワークがBNなしを下回"
        "って終わるのはどこでしょうか？"
    ),
    "predict.scales.opt_large": "最も大きいスケール（{range}）",
    "predict.scales.opt_medium": "中くらいのスケール（{range}）",
    "predict.scales.opt_small": "最も小さいスケール（{range}）",
    "predict.scales.opt_none": "どこでもない：BNは常に上回るか互角",
    "predict.scales.why_loses": (
        "BNは {scales} で下回って終わります（グリッドで枠付き）。Heの √(2/100) ≈ {he} "
        "の近くではBNなしのネットワークがよいスタートを切って速く学習し、"
        "BNのバッチごとの正規化は雑音を加えます。そこから遠いとBNなしのネットワークはほとんど学習"
        "せず、BNが勝ちます。"
    ),
    "predict.scales.why_none": (
        "今回の学習ではBNが下回って終わることはありませんでした。"
        "BNなしのネットワークがよいスタートを切るHeのスケール（≈ {he}）の近くでさえ、"
        "BNは負けませんでした。書籍では0.293と0.158で負けています。別のシードを試してください。"
    ),
    "predict.scales.not_large": (
        "最も大きいスケール（{large_range}）では、BNなしのネットワークのアクティベーションが爆発"
        "し、ほとんど学習しません：BNあり {large_bn}、なし {large_plain}。"
    ),
    "predict.scales.not_medium": (
        "中くらいのスケール（{medium_range}）、つまりHeの ≈ {he} "
        "の近くでは両者は接近していますが、今回はBNが持ちこたえました：BNあり {medium_bn}、なし "
        "{medium_plain}。"
    ),
    "predict.scales.not_small": (
        "最も小さいスケール（{small_range}）では、BNなしのネットワークの信号が消え、"
        "チャンスレベル付近にとどまります：BNあり {small_bn}、なし {small_plain}。"
    ),
    "predict.scales.not_none": "BNはBNなしのネットワークを {scales} で下回りました。",
    # The study note's figures, one click away (pages/dropout.py, pages/weight_decay.py,
    # ui/batchnorm/central.py, ui/batchnorm/scale_panels.py)
    "batchnorm.centre_header": "数値がどこにあるか：平均、中央値、最頻値",
    "batchnorm.spread_header": "どれだけ散らばっているか",
    "batchnorm.stat_median": "中央値",
    "batchnorm.stat_median_help": (
        "数値を並べたときの真ん中の値（個数が偶数なら、真ん中の2つの平均）。極端な数値が1つあると、"
        "平均は動きますが、中央値はほとんど動きません。"
    ),
    "batchnorm.stat_mode": "最頻値",
    "batchnorm.stat_mode_help": "最も多く現れる値。どの値も同じ回数だけ現れるときは、ありません。",
    "batchnorm.mode_none": "なし",
    "batchnorm.centre_title": "数直線上の数値と平均、中央値、最頻値",
    "batchnorm.centre_x": "値",
    "batchnorm.centre_mean": "平均 {value}",
    "batchnorm.centre_median": "中央値 {value}",
    "batchnorm.centre_mode": "最頻値 {value}",
    "batchnorm.centre_see": (
        "平均は、合計をすべての数値で分け合ったものです：{total} / {n} = {mean}。（学習ノートは 1, "
        "2, 3 について問いかけます：なぜ3ではなく2なのか？ 合計を1つ少ない数 {short} で割ると "
        "{wrong} になってしまいます。どの数値も1回ずつ数えるのです。）"
    ),
    "batchnorm.panels_title": (
        "{epochs} エポックの訓練データの認識精度。重みの初期値の標準偏差ごとに1つのパネル"
    ),
    "batchnorm.panels_caption": (
        "このパネルは、この実験の書籍自身の図です。重みの初期値の標準偏差ごとに1つあり、"
        "BNありは実線、BNなしは破線です（学習ノートでは、破線がBatch Normalizationなし、"
        "実線がありです）。その下のグリッドは、各パネルを最後のエポックの認識精度にまとめたものです"
        "。"
    ),
    # ---------------------------------------------------------------- issue 18: every chart
    # speaks (ui/chart.py, ui/describe.py and the lessons' descriptions), projector mode
    "chart.primer_lengths": (
        "数値 {values} は平均 {mean} のまわりにあります。平均からの距離は {lengths} で、"
        "その距離の平均（平均絶対偏差）は {mad} です"
    ),
    "chart.primer_squares": (
        "同じ距離を2乗すると {squares}。2乗の平均（分散）は {var}、その平方根（標準偏差）は {std} "
        "です"
    ),
    "chart.graph": (
        "Batch Normalizationの計算グラフ。x から out までの {count} 個のノード：{nodes}。強調表示："
        "{count} ステップ中のステップ {index}、{step}"
    ),
    "chart.grid_book": (
        "書籍の16個の重みのスケール。このラボの学習はまだ行われていません。"
        "書籍が記録した最終的な訓練データの認識精度は、BNあり {book_bn}、BNなし "
        "{book_plain}（スケールは1から0.0001まで）"
    ),
    "chart.grid_ours": "このラボの結果：BNあり {ours_bn}、BNなし {ours_plain}",
    # ------------------------------------------------ words that agree (issue 17, items 13-17)
    "batchnorm.verdict_no_gradient": "勾配なし（BNの前のバイアス）",
    "batchnorm.running_see_var_start": (
        "移動分散は最後に {running_var} になり、データの分散は {var} です。ミニバッチの分散は N − "
        "1 ではなく N = {batch} で割るので、平均するとデータの分散の (N − 1)/N = {ratio} 倍、"
        "つまり {expected} になります（この {steps} ステップでの平均は {average}）。"
        "移動平均はおもに最後の {recent_steps} 個のミニバッチを反映し（各ステップで自身の "
        "{momentum} を保つ）、それらの分散の平均は {recent} ですが、0から始めた分がまだ {left} "
        "残っています。それがさらに低く抑えているのです。"
    ),
    # ---------------------------------------------------------------- issue 21 with issue 18:
    # the chapter pages' charts described (ui/updates, ui/hyperparameters, ui/batchnorm)
    "chart.centre": "数直線上の数値 {values}：平均 {mean}、中央値 {median}、{mode}",
    "chart.centre_mode": "最頻値 {modes}（{count} 回現れる）",
    "chart.centre_no_mode": "最頻値なし（どの値も同じ回数だけ現れる）",
    "chart.centre_right": "平均は中央値の {gap} 右にあり、{far} に引っ張られています",
    "chart.centre_left": "平均は中央値の {gap} 左にあり、{far} に引っ張られています",
    "batchnorm.centre_values": "入力した数値",
    "chart.line_solid": "実線",
    "chart.line_dashed": "破線",
    "chart.panels_run": (
        "{run}（{line}）：曲線は、標準偏差 {low_at} での {low} から標準偏差 {high_at} での {high} "
        "のあいだで終わります"
    ),
    "chart.panels_short": "{run}：標準偏差 {scales} の曲線は {epochs} エポック目より前で止まります",
    "chart.panels_wins": (
        "{both} 個のパネルのうち {wins} 個で、BNありが {margin} より大きく上回って終わります"
    ),
    "chart.panels_waiting": (
        "パネル {count} 個、重みの初期値の標準偏差ごとに1つ（{largest} から {smallest} まで）。"
        "まだ曲線は描かれていません"
    ),
}

# Made from: the first 8 hex digits of the sha1 of the English each string translates
# (python -m ui.stamp; see ui/stamp.py)
MADE_FROM = {
    "batchnorm.title": "c72acd36",
    "batchnorm.intro": "f12ddf66",
    "batchnorm.primer_header": "1dbaf3ed",
    "batchnorm.primer_intro": "27e60802",
    "batchnorm.numbers": "e4a57775",
    "batchnorm.numbers_help": "5a3f069d",
    "batchnorm.preset_plain": "21cac73a",
    "batchnorm.preset_extreme": "4fd058c5",
    "batchnorm.preset_help": "6bc6424d",
    "batchnorm.numbers_empty_list": "a5c0b1c9",
    "batchnorm.numbers_not_a_number_in_list": "b3964a30",
    "batchnorm.numbers_number_too_large": "be934503",
    "batchnorm.numbers_too_long": "3f9f0ec2",
    "batchnorm.numbers_number_too_small": "315a83a0",
    "batchnorm.numbers_too_many_numbers": "3314354d",
    "batchnorm.stat_mean": "997f97a8",
    "batchnorm.stat_mean_help": "928fce89",
    "batchnorm.stat_mad": "3b8a07f2",
    "batchnorm.stat_mad_help": "8036b101",
    "batchnorm.stat_var": "4ad553f5",
    "batchnorm.stat_var_help": "a80f704f",
    "batchnorm.stat_std": "f6f6b5be",
    "batchnorm.stat_std_help": "c8124a5f",
    "batchnorm.dev_title": "a13e1986",
    "batchnorm.dev_lengths": "c847c5c0",
    "batchnorm.dev_squares": "526ce083",
    "batchnorm.dev_x": "f32b67c7",
    "batchnorm.dev_mad": "7c5e77aa",
    "batchnorm.dev_mean": "9c5b60b6",
    "batchnorm.dev_var": "2838b99a",
    "batchnorm.primer_see": "44e4b51e",
    "batchnorm.primer_see_extreme": "1ba3bf2c",
    "batchnorm.primer_see_try": "c4dcfb3a",
    "batchnorm.primer_see_same": "42ce5f20",
    "batchnorm.primer_formulas_header": "1d389cb7",
    "batchnorm.primer_formulas": "a677d580",
    "batchnorm.graph_header": "c5220044",
    "batchnorm.graph_intro": "cde8a0d3",
    "batchnorm.batch": "f3a2bbbe",
    "batchnorm.batch_help": "55a28a76",
    "batchnorm.features": "b5a50bf9",
    "batchnorm.features_help": "141fcd81",
    "batchnorm.gamma": "087a6bfb",
    "batchnorm.gamma_help": "1231a3fd",
    "batchnorm.beta": "bd397fd9",
    "batchnorm.beta_help": "70d9e1a0",
    "batchnorm.step": "260f7a8c",
    "batchnorm.step_help": "0015aa85",
    "batchnorm.graph_title": "aa4fd296",
    "batchnorm.step_x": "52bd751e",
    "batchnorm.step_mu": "32f1e381",
    "batchnorm.step_xc": "79890b7f",
    "batchnorm.step_var": "1d9b3b8d",
    "batchnorm.step_std": "0f8c4629",
    "batchnorm.step_xn": "c95979ec",
    "batchnorm.step_out": "30095144",
    "batchnorm.step_dout": "8a832405",
    "batchnorm.step_dbeta": "8c9b1656",
    "batchnorm.step_dgamma": "7649b682",
    "batchnorm.step_dxn": "13fae7b6",
    "batchnorm.step_dstd": "65fa4305",
    "batchnorm.step_dvar": "888f08b1",
    "batchnorm.step_dxc": "ec76a290",
    "batchnorm.step_dmu": "712564d9",
    "batchnorm.step_dx": "6f020907",
    "batchnorm.worked_caption": "a6a308f5",
    "batchnorm.node_table": "193d7946",
    "batchnorm.graph_one_sample": "23b58c20",
    "batchnorm.trace_csv": "c2248819",
    "batchnorm.check_header": "cd88fdff",
    "batchnorm.check_intro": "1e808c26",
    "batchnorm.check_bn": "e9282b03",
    "batchnorm.check_bn_help": "2af7bfae",
    "batchnorm.col_param": "b75381f0",
    "batchnorm.col_shape": "5080fd62",
    "batchnorm.col_error": "ee2561b4",
    "batchnorm.col_gradient": "0d3c47a8",
    "batchnorm.col_verdict": "37a5301a",
    "batchnorm.check_caption": "bd7543fc",
    "batchnorm.verdict_ok": "63234251",
    "batchnorm.verdict_zero": "e7b69288",
    "batchnorm.verdict_bad": "3ebf126a",
    "batchnorm.check_degenerate": "93609b4f",
    "batchnorm.check_two": "422e17b5",
    "batchnorm.check_ok": "3761aa5a",
    "batchnorm.check_bad": "52a48d71",
    "batchnorm.check_bias": "e832afa2",
    "batchnorm.check_slip": "6391cf0c",
    "batchnorm.running_header": "62871188",
    "batchnorm.running_intro": "3e67c6df",
    "batchnorm.momentum": "c29791e5",
    "batchnorm.momentum_help": "a1167ff7",
    "batchnorm.steps": "95e4bec3",
    "batchnorm.steps_help": "7bc68b33",
    "batchnorm.running_mean_title": "fe0a0b33",
    "batchnorm.running_var_title": "95ac4d42",
    "batchnorm.running_x": "feb61586",
    "batchnorm.running_y_mean": "5f00f7a0",
    "batchnorm.running_y_var": "e596b996",
    "batchnorm.running_batch": "da564e8f",
    "batchnorm.running_running": "e988a423",
    "batchnorm.running_population": "b6a3afe8",
    "batchnorm.running_see_start": "47673cd5",
    "batchnorm.running_see_caught_up": "64881dce",
    "batchnorm.running_see_var": "4fbcb90c",
    "batchnorm.running_csv": "981ee9ba",
    "batchnorm.train_header": "1ada4b22",
    "batchnorm.train_intro": "c2e9dd49",
    "batchnorm.scale": "7ade51b4",
    "batchnorm.scale_help": "2334a99b",
    "batchnorm.scale_book": "3dfed848",
    "batchnorm.epochs": "8f4dcf15",
    "batchnorm.epochs_help": "03db3550",
    "batchnorm.train_size": "9af9d993",
    "batchnorm.train_size_help": "55963b84",
    "batchnorm.run_bn": "809d6a8d",
    "batchnorm.run_plain": "9d4d3880",
    "batchnorm.curve_title": "0796986b",
    "batchnorm.curve_x": "8ac1f753",
    "batchnorm.curve_y": "adc9ad0b",
    "batchnorm.metric_final": "6e7a3034",
    "batchnorm.metric_diverged": "bb4a57a7",
    "batchnorm.see_bn_wins": "3f76a4be",
    "batchnorm.see_bn_loses": "3f45acf6",
    "batchnorm.see_even": "6653fcbe",
    "batchnorm.see_plain_diverged": "aa990737",
    "batchnorm.see_chance": "72d1f589",
    "batchnorm.grid_header": "e90e433a",
    "batchnorm.grid_intro": "e11ed187",
    "batchnorm.grid_row_ours_bn": "76495613",
    "batchnorm.grid_row_ours_plain": "010f4804",
    "batchnorm.grid_row_book_bn": "f0f350db",
    "batchnorm.grid_row_book_plain": "538748be",
    "batchnorm.grid_title": "714738d6",
    "batchnorm.grid_x": "7f5dcbd5",
    "batchnorm.grid_z": "26de05a4",
    "batchnorm.grid_run": "a2962212",
    "batchnorm.grid_diverged": "c5c214e2",
    "batchnorm.grid_caption": "c4c55278",
    "batchnorm.grid_csv": "1345dbad",
    "batchnorm.grid_see_wins": "8ac83387",
    "batchnorm.grid_see_loses": "06691ffc",
    "batchnorm.grid_see_never_loses": "8d617e1c",
    "batchnorm.grid_book_note": "7a0ff1c3",
    "predict.bn.prompt": "3933b913",
    "predict.bn.opt_bn": "a9854fab",
    "predict.bn.opt_plain": "c6dee99b",
    "predict.bn.opt_even": "c2032a59",
    "predict.bn.numbers": "cc3cda33",
    "predict.bn.numbers_diverged": "0ec4edfe",
    "predict.bn.no_verdict": "31c84e5c",
    "predict.bn.why_bn": "4cd7abb7",
    "predict.bn.why_plain": "7e95d054",
    "predict.bn.why_even": "428e5aea",
    "predict.bn.not_bn": "d3f17757",
    "predict.bn.not_plain": "eada1c35",
    "predict.bn.not_even": "7877190a",
    "predict.scales.prompt": "d3a76e5b",
    "predict.scales.opt_large": "3ce7ef1a",
    "predict.scales.opt_medium": "01e71104",
    "predict.scales.opt_small": "ea476beb",
    "predict.scales.opt_none": "dba29394",
    "predict.scales.why_loses": "67550bf0",
    "predict.scales.why_none": "c751ae48",
    "predict.scales.not_large": "5df57462",
    "predict.scales.not_medium": "b10f72e9",
    "predict.scales.not_small": "e19612a7",
    "predict.scales.not_none": "29673ce0",
    "batchnorm.centre_header": "d60273e7",
    "batchnorm.spread_header": "897eface",
    "batchnorm.stat_median": "b887ba2a",
    "batchnorm.stat_median_help": "7d42e654",
    "batchnorm.stat_mode": "a7b93d21",
    "batchnorm.stat_mode_help": "bc0a4f5c",
    "batchnorm.mode_none": "71f8e797",
    "batchnorm.centre_title": "2e64be11",
    "batchnorm.centre_x": "f32b67c7",
    "batchnorm.centre_mean": "2e98e128",
    "batchnorm.centre_median": "448e78a2",
    "batchnorm.centre_mode": "15a4a706",
    "batchnorm.centre_see": "a1cf0c61",
    "batchnorm.panels_title": "11573ff3",
    "batchnorm.panels_caption": "8ed3ae8f",
    "chart.primer_lengths": "e8b6b444",
    "chart.primer_squares": "20b5d830",
    "chart.graph": "655958e7",
    "chart.grid_book": "5bc9832a",
    "chart.grid_ours": "4122c712",
    "batchnorm.verdict_no_gradient": "ffdfc858",
    "batchnorm.running_see_var_start": "cff3acc8",
    "chart.centre": "83abf40e",
    "chart.centre_mode": "5079ced6",
    "chart.centre_no_mode": "d60c1564",
    "chart.centre_right": "72f29c60",
    "chart.centre_left": "7fd35ae1",
    "batchnorm.centre_values": "0a912c04",
    "chart.line_solid": "69e699bc",
    "chart.line_dashed": "147e9311",
    "chart.panels_run": "c65525cf",
    "chart.panels_short": "10877c3b",
    "chart.panels_wins": "191e5cea",
    "chart.panels_waiting": "cde195d5",
}
