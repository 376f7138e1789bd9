"""日本語 strings: the keys and placeholders of strings_en.py, in its order
(tests/ui/test_i18n.py checks both).

Terms as the Japanese original uses them (斎藤康毅『ゼロから作るDeep Learning』, chapter 6;
docs/GLOSSARY_ja.md lists English, 日本語 and 繁體中文 side by side): 重みの初期値, 活性化関数,
アクティベーション, 勾配消失, 表現力の制限, 過学習, Weight decay（荷重減衰）, Dropout,
Batch Normalization, 学習係数, 認識精度, エポック, ミニバッチ, 乱数シード.
"""

STRINGS = {
    # ---------------------------------------------------------------- app, navigation, sidebar
    "app.no_such_page": (
        "このラボに {path} というページはありません。ここはホームページです。"
        "すべてのページはサイドバーにあります。"
    ),
    "nav.home": "ホーム",
    "nav.weight_init": "重みの初期値",
    "nav.batchnorm": "Batch Normalization",
    "nav.weight_decay": "過学習とWeight decay",
    "nav.dropout": "Dropout",
    "sidebar.language": "Language / 言語",
    "sidebar.seed": "乱数シード",
    "sidebar.seed_help": (
        "すべての乱数（入力、重みの初期値、ミニバッチ、Dropoutのマスク）"
        "はこのシードから生成されます。同じシードなら同じ数値に、"
        "別のシードなら新しい標本になります。"
    ),
    "sidebar.reset": "書籍の設定に戻す",
    "sidebar.reset_help": "このページのコントロールを、書籍で使われている設定に戻します。",
    "sidebar.share": (
        "**共有：** アドレスバーにこのページのすべての設定が入っています。コピーすれば、"
        "クラスにまったく同じ画面を見せられます。"
    ),
    # ---------------------------------------------------------------- URL warnings (ui/state.py)
    "state.unknown_name": "リンクのパラメータ {param}（= {value}）は不明なため無視しました。",
    "state.not_a_number": "リンクの {param} = {value} は数値ではないため、{used} を使います。",
    "state.not_an_integer": "リンクの {param} = {value} は整数ではないため、{used} を使います。",
    "state.out_of_range": (
        "リンクの {param} = {value} は {low} から {high} の範囲外のため、{used} を使います。"
    ),
    "state.snapped": (
        "リンクの {param} = {value} はスライダーの刻み {step} に乗っていないため、{used} "
        "を使います。"
    ),
    "state.snapped_log": (
        "リンクの {param} = {value} はスライダーの値ではないため、最も近い {used} を使います。"
    ),
    "state.unknown_choice": (
        "リンクの {param} = {value} は {choices} のいずれでもないため、{used} を使います。"
    ),
    "state.not_a_flag": (
        "リンクの {param} = {value} はオン／オフ（1/0、true/false）ではないため、{used} "
        "を使います。"
    ),
    "state.more_problems": (
        "…ほかにもこのリンクのパラメータ {count} 個を書かれたとおりには使えませんでした。"
        "上と同様、それぞれ無視するか、許される値に置き換えています。"
    ),
    "state.link_too_long": (
        "このリンクは長すぎて読み込めません（{chars:,} 文字、パラメータ {params:,} 個。"
        "このサーバーが読み込むのは最大 {most_chars:,} 文字、パラメータ {most_params:,} 個です）。"
        "そのため、ページは書籍の設定で開きました。共有した人に、もっと短いリンクを頼んでください。"
    ),
    # ---------------------------------------------------------------- live training (ui/live.py)
    "live.train": "学習開始",
    "live.stop": "停止",
    "live.resume": "再開",
    "live.idle": (
        "**学習開始**を押してください。ネットワークが学習するあいだ、曲線が描かれていきます。"
    ),
    "live.queued": (
        "順番待ち：{position} 番目、待ち時間は約 {wait}（このサーバーで同時に行う学習：{slots}。"
        "自分の番になると曲線が描かれ始めます）"
    ),
    "live.together_one": " · ほかの学生1人と一緒に学習中",
    "live.together": " · ほかの学生 {others} 人と一緒に学習中",
    "live.progress": "学習中：{percent}% 完了、残り約 {left}",
    "live.done": "完了。",
    "live.stopped_bar": "{percent}% で停止",
    "live.paused_bar": "{percent}% で一時停止",
    "live.paused": (
        "{percent}% で一時停止しました。この学習を見ていた人が全員ほかへ移ったので、"
        "サーバーを空けるために止めています。曲線はここまでの学習を示します。"
        "続けるには**再開**を押してください。"
    ),
    "live.stopped": (
        "{percent}% で停止しました。曲線はここまでの学習を示します。"
        "続けるには**再開**を押してください。"
    ),
    "live.cached": (
        "この設定はこのサーバーで以前に学習済みなので、保存された結果をすぐに表示しています。"
        "新たに学習するには、サイドバーで乱数シードを変えてください。"
    ),
    "live.diverged": (
        "{run} は {epoch} エポック目で発散しました。損失関数の値が有限の数でなくなったので、"
        "曲線はそこで終わります。"
    ),
    "live.no_data": (
        "学習できません。{var} で指定されたフォルダのMNISTファイルを読み込めません。{error} "
        "直すには、そこにMNISTの4つのファイルを置くか（READMEの「Full MNIST」を参照）、{var} "
        "の設定を外してラボ付属の5,000枚の数字画像を使い、アプリを再起動してください。"
    ),
    "live.no_bundled_data": (
        "学習できません。ラボ付属のMNISTの数字画像を読み込めません（{error}）。"
        "インストールが壊れています。アプリをインストールし直してください。"
    ),
    "live.failed": "実験はエラーで止まりました：{error}",
    # ---- one student cannot hurt the class (issue 16): bounds on a browser's and a network's runs
    "live.refused_browser": (
        "開始しませんでした：あなたのブラウザは、クラス全員で共有するこのサーバーで、すでに "
        "{limit} 個の学習を順番待ちまたは実行中です。"
        "そのどれかが終わってからもう一度**学習開始**を押すか、そのタブでひとつ停止してください。"
    ),
    "live.refused_address": (
        "開始しませんでした：あなたのネットワークからの {limit} 個の学習が、"
        "すでにこのサーバーで順番待ちまたは実行中です。いくつか終わってからもう一度**学習開始**を押"
        "してください。"
    ),
    "overfit.epochs_cap": (
        "このネットワークとデータの設定では、サーバーが学習するのは最大 {most} エポックです。"
        "1回の学習が、クラス全員で共有する学習の実行枠を約 {minutes:.0f} 分使うことがあるためです。"
    ),
    "live.busy_free": (
        "学習の実行枠はクラスの学習でふさがっているため、"
        "このページは自動では学習を始めませんでした。**学習開始**を押すと順番待ちに入ります。"
    ),
    "export.csv": "CSVをダウンロード",
    # ---------------------------------------------------------------- data set (ui/dataset.py)
    "data.in_use": "データ：{name}、訓練画像 {train_size:,} 枚、テスト画像 {test_size:,} 枚。",
    "data.name_mnist-subset": "ラボ付属のMNISTの一部",
    "data.name_mnist": "`TRAINING_LAB_MNIST_DIR` で指定したフォルダのMNIST",
    # ---------------------------------------------------------------- home page
    "home.title": "Training Lab 学習テクニック実験室",
    "home.intro": (
        "斎藤康毅『ゼロから作るDeep Learning』第6章「学習に関するテクニック」"
        "のための対話型の副教材です。設定をひとつ変えると、章で説明されていることが目の前で起こり"
        "ます。計算は、書籍のクラスにならった小さなNumPyエンジンがその場で行います。"
        "重みの初期値が層ごとのアクティベーションをどう形づくるか、Batch "
        "Normalizationが初期値の悪いネットワークをどう救うか、そしてWeight decay（荷重減衰）"
        "とDropoutが訓練データとテストデータの認識精度の差をどう縮めるかを確かめられます。"
    ),
    "home.how": (
        "**使い方。** どのページも書籍の設定から始まります。サイドバーには言語、乱数シード、"
        "そしてその設定に戻す**書籍の設定に戻す**ボタンがあります。"
        "アドレスバーには常に現在の設定が入っているので、コピーすれば今見ているものをそのまま共有"
        "できます。"
    ),
    "home.loop_header": "この章の土台になる学習ループ",
    "home.loop_title": "学習の1ステップ。ミニバッチごとに繰り返す",
    "home.loop_caption": (
        "ミニバッチはAffineレイヤと活性化関数のレイヤを順伝播して損失関数へ進み、"
        "逆伝播で勾配が戻され、最適化手法が重みを更新し、ループが繰り返されます。"
        "色の付いたステップが、このラボの各ページで変えられる部分です。"
        "箱か下のボタンをクリックしてください。"
    ),
    "home.loop_repeat": "次のミニバッチで繰り返す",
    "home.step_input": "入力 x<br>（ミニバッチ）",
    "home.step_affine": "Affine<br>x·W + b",
    "home.step_bn": "Batch<br>Norm",
    "home.step_act": "活性化関数<br>ReLU, sigmoid",
    "home.step_dropout": "Dropout",
    "home.step_loss": "損失関数<br>+ ½λ‖W‖²",
    "home.step_backward": "逆伝播<br>∂L/∂W",
    "home.step_update": "更新<br>W ← W − η ∂L/∂W",
    "home.pages_header": "各ページで変えるもの",
    "home.link_weight_init": (
        "**重みの初期値**：学習前のWのスケールと、それが生むアクティベーション（標準偏差1、"
        "標準偏差0.01、Xavier、He）。"
    ),
    "home.link_batchnorm": (
        "**Batch Normalization**：Affineの後に置き、ミニバッチごとに正規化するレイヤ。"
        "その順伝播と逆伝播をノードごとに。"
    ),
    "home.link_weight_decay": (
        "**過学習とWeight decay（荷重減衰）**：損失関数に加えるペナルティ ½λ‖W‖² と、各更新での "
        "λW。"
    ),
    "home.link_dropout": "**Dropout**：学習中、順伝播のたびにニューロンをランダムに消去します。",
    "home.open_page": "開く",
    "home.coming_soon": "準備中",
    # ---------------------------------------------------------------- page 1: weight initialization
    "init.title": "重みの初期値とアクティベーション分布",
    "init.intro": (
        "ランダムな入力 x ~ N(0, 1) を1,000個、バイアスのない層の積み重ねに通します。"
        "各層はランダムな重み W ~ N(0, σ²) で a = x·W と z = h(a) を計算します。"
        "各層から出てくるものを見てみましょう。信号が最後まで届くかどうかは、スケール σ "
        "で決まります。"
    ),
    "init.layers": "層の数",
    "init.layers_help": "入力が通る層の数（書籍では5）。",
    "init.nodes": "各層のノード数",
    "init.nodes_help": "各層のニューロン数。XavierとHeの式の n です（書籍では100）。",
    "init.samples": "サンプル数",
    "init.samples_help": "N(0, 1) から生成するランダムな入力の数（書籍では1,000）。",
    "init.samples_limit": (
        "{nodes} ノードの層が {layers} 層なら、サンプル数は最大 {most:,} です。"
        "1ページで計算する値は最大 {values} 百万個なので、クラス全員で使っても速いままです。"
    ),
    "init.samples_limit_grad": (
        "{nodes} ノードの層が {layers} 層で勾配も計算するなら、サンプル数は最大 {most:,} です。"
        "1ページで計算する値は最大 {values} 百万個なので、クラス全員で使っても速いままです。"
    ),
    "init.activation": "活性化関数",
    "init.act_sigmoid": "sigmoid",
    "init.act_tanh": "tanh",
    "init.act_relu": "ReLU",
    "init.init": "重みの初期値",
    "init.init_help": (
        "重みの初期値の標準偏差 σ：固定の数値、Xavier √(1/n)、He √(2/n)、"
        "またはスライダーで決める任意の値。"
    ),
    "init.init_1": "σ = 1",
    "init.init_0.01": "σ = 0.01",
    "init.init_xavier": "Xavier",
    "init.init_he": "He",
    "init.init_custom": "任意",
    "init.custom_title": "σ = {sigma:g}",
    "init.scale": "任意の標準偏差 σ（対数目盛）",
    "init.scale_help": "「任意」を選んだときに使います。σ は0.0001から10まで。",
    "init.sigma": "重みは σ = {sigma:.4g} で生成されます（各ノードへの入力は {nodes} 個）。",
    "init.range": "ヒストグラムの範囲",
    "init.range_output": "関数の値域",
    "init.range_auto": "値に合わせる",
    "init.range_book": "書籍：(0, 1)",
    "init.range_help": (
        "アクティベーションのヒストグラムの横軸の範囲。関数の値域：sigmoidは (0, 1)、tanhは (−1, "
        "1) なので、すべての値が1つの数に集まると1本のとがったピークになります。"
        "ReLUには上限がないので、すべての値を含む範囲になります。値に合わせる："
        "最小値から最大値まで。書籍：書籍のヒストグラムと同じく、どの関数でも (0, "
        "1)（tanhの負の側とReLUの大きな値は切り取られます）。"
    ),
    "init.range_note_output": "横軸：{low} から {high}、{activation} がとりうるすべての値",
    "init.range_note_relu": "横軸：すべての値、{low} から {high}（ReLUには上限がない）",
    "init.range_note_auto": "横軸：値に合わせて {low} から {high}",
    "init.range_note_book": "横軸：書籍と同じ0から1。範囲外の値は描かれない",
    "init.gradients": "勾配も表示",
    "init.gradients_help": (
        "ランダムな勾配を同じ層に逆向きに流し（逆伝播1回）、2段目に各層の活性化関数の入力での "
        "dL/da を描きます。これがその層の重みの学習の元になります（dL/dW = xᵀ · dL/da）。"
    ),
    "init.hist_title": "各層から出てくるもの：{activation}、{init}",
    "init.layer_n": "{layer}層目",
    "init.share_axis": "値の割合（%）",
    "init.name_activation": "アクティベーション",
    "init.name_gradient": "勾配",
    "init.x_activation": "アクティベーションの値 z",
    "init.x_gradient": "勾配 dL/da",
    "init.std_title": "信号の伝わり方：層ごとの標準偏差",
    "init.std_x": "層",
    "init.std_y": "標準偏差",
    "init.table_header": "層ごとの値",
    "init.col_quantity": "量",
    "init.col_layer": "層",
    "init.col_mean": "平均",
    "init.col_std": "標準偏差",
    "init.col_saturated": "飽和（%）",
    "init.col_zeros": "ちょうど0（%）",
    "init.col_saturated_help": (
        "飽和：関数の上下限（sigmoidなら0か1、tanhなら±1）から0.05以内にある値の割合。"
        "そこでは傾きがほぼ0です。"
    ),
    "init.hist_csv": "ヒストグラムをダウンロード（CSV）",
    "init.std_csv": "層ごとの標準偏差をダウンロード（CSV）",
    "init.table_csv": "表をダウンロード（CSV）",
    "init.see_header": "ここを見る",
    "init.see_saturated": (
        "**飽和。** {layer}層目では、アクティベーションの {percent:.0f}% "
        "が関数の上下限から0.05以内にあります。そこでは曲線が平らで微分 h'(a) がほぼ0なので、"
        "逆伝播でそのニューロンを通る勾配はほとんど消えてしまいます。"
        "その重みはほとんど学習しません。"
    ),
    "init.see_alike": (
        "**どのニューロンも同じことを言う。** {layer}層目のアクティベーションの標準偏差は {std} "
        "です。{nodes} 個のニューロンがほぼ同じ数値を出力するので、"
        "たくさんあっても1個と変わりません（書籍ではこれを表現力の制限と呼んでいます）。"
    ),
    "init.see_dead": (
        "**信号が消える。** {layer}層目から先、ReLUの出力はほぼ0です（標準偏差 {std}）。"
        "次の層にはほとんど何も届かず、勾配も消失します。"
    ),
    "init.see_explode": (
        "**アクティベーションが爆発する。** 広がりは1層目から{layer}層目までに {ratio} "
        "倍になります（標準偏差 {first} → {last}）。層ごとにまた掛け算されるからです。"
    ),
    "init.see_shrink": (
        "**アクティベーションが縮む。** 広がりは1層目の標準偏差 {first} から{layer}層目の {last} "
        "まで下がります。深い層ほど弱い信号しか受け取れません。"
    ),
    "init.see_healthy": (
        "**健全な広がり。** 標準偏差はどの層でも {low} から {high} のあいだに収まっています。"
        "どの層も変化に富んだ信号を次へ渡しています。これこそが、Xavier（sigmoidとtanh向け）"
        "とHe（ReLU向け）の初期値が目指すものです。"
    ),
    "init.see_overflow": (
        "**オーバーフロー。** {layer}層目から先は、値が32ビット浮動小数点数で表せる範囲（約 3.4 × "
        "10³⁸）を超えて数値でなくなります。それらの層は標準偏差の折れ線と表から除いています。"
    ),
    "init.see_outside": (
        "**切り取られた値。** {layer}層目の値の {percent:.0f}% は書籍の範囲 (0, 1) の外にあり、"
        "描かれていません。見るには「関数の値域」か「値に合わせる」を選んでください。"
    ),
    "init.see_grad_grow": (
        "**勾配。** {layers}層目から1層目へさかのぼると、勾配の標準偏差は {ratio} "
        "倍に大きくなります（{last} → {first}）。"
    ),
    "init.see_grad_shrink": (
        "**勾配。** {layers}層目から1層目へさかのぼると、勾配の標準偏差は {ratio} "
        "分の1に小さくなります（{last} → {first}）。最初のほうの層は学習の手がかりをほとんど得られ"
        "ません。"
    ),
    "init.see_grad_hold": (
        "**勾配。** {layers}層目から1層目へさかのぼっても、勾配の標準偏差はほぼ同じです（{last} → "
        "{first}）。どの層も学習の手がかりを得られます。"
    ),
    "init.theory_header": "なぜスケールが重要なのか",
    "init.theory": r"""
レイヤは $\mathbf{a} = \mathbf{x}W$ を計算し、続いて $\mathbf{z} = h(\mathbf{a})$ を計算します。分散
$\mathrm{Var}(x)$ の独立な入力が $n$ 個あり、重みの標準偏差が $\sigma$ のとき、

$$
\mathrm{Var}(a) = n\,\sigma^2\,\mathrm{Var}(x)
$$

* **σ = 1**（$n = 100$ なら $n\sigma^2 = 100$ になる）：$a$
  が大きいので、sigmoidの出力は0と1の近くに集まります。そこでは微分 $h'(a) = h(a)\,(1 - h(a))$
  がほぼ0なので、**勾配消失**が起こります。
* **σ = 0.01**（$n\sigma^2 = 0.01$ になる）：$a \approx 0$ なので、どのニューロンもほぼ
  $h(0) = 0.5$ を出力します。どのニューロンも同じことを言い、**表現力の制限**が起こります。
* **Xavier**（Glorot & Bengio）：$\sigma = \sqrt{1/n}$ で $\mathrm{Var}(a) = \mathrm{Var}(x)$
  が保たれます。0の付近で線形に近いsigmoidとtanhに向いています。
* **He**（Heら）：$\sigma = \sqrt{2/n}$ とします。
  ReLUは入力の半分を0にするので2次モーメントが半分になりますが、係数2がそれを補うので、広がりが層から層へ保たれます。
""",
    "init.train_header": "MNISTでの学習：σ = 0.01 vs Xavier vs He",
    "init.train_intro": (
        "書籍の `weight_init_compare` です。重みの初期値だけが異なる、784-100-100-100-100-10 "
        "のReLUネットワーク3つを、{optimizer}（学習係数 {lr:g}、ミニバッチ128）"
        "で並べて学習させます。細い線は各ミニバッチの損失関数の値、太い線はその移動平均です。"
        "書籍はSGDで学習し、約1,500イテレーション後に次の結果を記録しています：σ = 0.01 "
        "は2.30のまま（学習が進まない）、Xavierは約0.2-0.4、Heは約0.2-0.3。"
    ),
    "init.iterations": "イテレーション数",
    "init.iterations_help": "各ネットワークのミニバッチ更新の回数（書籍では2,000）。",
    "init.loss_title": "MNISTでの訓練データの損失関数、{optimizer}",
    "init.optimizer": "最適化手法",
    "init.optimizer_help": (
        "3つのネットワークが勾配をどう使って進むか。書籍の比較はSGDを使います。ほかの手法は、"
        "書籍の最適化手法の比較での学習係数（Adamは0.001、それ以外は0.01）で動かします。"
        "Adamでも重みの初期値は重要でしょうか？"
    ),
    "init.loss_x": "イテレーション",
    "init.loss_y": "損失（交差エントロピー誤差）",
    "init.run_std": "σ = 0.01",
    "init.run_xavier": "Xavier",
    "init.run_he": "He",
    "init.loss_caption": (
        "各点は、そのミニバッチによる更新の直前に、勾配を計算するのと同じ計算の中で求めたミニバッ"
        "チの損失関数の値です。書籍のスクリプトは更新の直後にもう一度計算するので、"
        "その曲線はわずかに下にあります（Heでは最後に約0.02）。"
    ),
    "init.final_loss": "{init}：直近100回の平均損失",
    # ---------------------------------------------------------------- pages 3 and 4 (ui/overfit.py)
    "overfit.epochs": "エポック数",
    "overfit.network_header": (
        "ネットワークと学習：数字画像 {train_size} 枚、ReLUニューロン {layers} × {width}、"
        "{optimizer}、学習係数 {lr:g}"
    ),
    "overfit.train_size": "訓練データの数字画像",
    "overfit.train_size_help": (
        "ネットワークが学習に使うMNIST画像の枚数（書籍では300。丸暗記できるほど少ない）。"
        "データが多いほど過学習は減り、学習時間はほぼ比例して長くなります。"
    ),
    "overfit.layers": "隠れ層の数",
    "overfit.layers_help": "Heの初期値を使うReLUの隠れ層の数（書籍では6）。",
    "overfit.width": "各層のニューロン数",
    "overfit.width_help": "どの隠れ層にも入るニューロンの数（書籍では100）。",
    "overfit.optimizer": "最適化手法",
    "overfit.optimizer_help": (
        "勾配で重みをどう更新するか（書籍ではSGD）。Momentumはステップをまたいで速度を保ちます。"
        "AdaGradとAdamは、重みごとの更新幅をその重みの過去の勾配で調整します。"
    ),
    "overfit.opt_momentum": "Momentum",
    "overfit.lr": "学習係数（対数目盛）",
    "overfit.lr_help": (
        "1回の更新の大きさ（書籍ではSGDで0.01）。大きすぎると重みが振り回され、"
        "学習が発散することがあります。"
    ),
    "overfit.x": "エポック",
    "overfit.acc": "認識精度",
    "overfit.norm": "重みのノルム ‖W‖",
    "overfit.train": "訓練",
    "overfit.test": "テスト",
    "overfit.gap_label": "差 {gap:.3f}",
    "overfit.m_train": "訓練データの認識精度",
    "overfit.m_test": "テストデータの認識精度",
    "overfit.m_gap": "差（訓練 − テスト）",
    "overfit.m_norm": "重みのノルム ‖W‖",
    "overfit.delta_caption": (
        "最終値の下の小さな数字：{baseline}（同じ出発点から並べて学習させた同じネットワーク）"
        "との差です。"
    ),
    "overfit.diverged_hint": (
        "更新が行き過ぎて重みが大きくなり続け、損失関数の値がオーバーフローすると、"
        "学習は発散します。学習係数（現在 {lr:g}）を下げるか、別の最適化手法を選んでください。"
    ),
    "overfit.early": (
        "{run}：{epoch} エポック後のテストデータの認識精度は {test:.3f} で、"
        "まだチャンスレベル（10種類の数字なら0.1）の近くです。ネットワークはまだ学習していません。"
        "書籍では200から300エポック学習します。"
    ),
    "overfit.stuck_training": (
        "{run}：テストデータの認識精度がチャンスレベルから動きません（{epoch} エポック目で "
        "{test:.3f}。10種類の数字を当てずっぽうで答えると0.1）。学習係数（{lr:g}）"
        "と最適化手法を確かめてください。ステップが大きすぎると重みが振り回され、"
        "小さすぎるとほとんど動きません。"
    ),
    "decay.title": "過学習とWeight decay",
    "decay.intro": (
        "書籍の `overfit_weight_decay` です。訓練データはわずか300枚の数字画像で、"
        "ネットワークはそれを丸暗記できるほど大きい（784-100×6-10、ReLU、Heの初期値）。"
        "そのままでは**過学習**します。訓練データの認識精度は1.0まで上がるのに、"
        "テストデータの認識精度ははるかに低いままです。**Weight decay**（荷重減衰）は損失関数に "
        "½λ‖W‖² を加え、大きな重みにペナルティを課します。"
    ),
    "decay.lambda": "Weight decay λ",
    "decay.lambda_help": "ペナルティ ½λ‖W‖² の強さ（書籍では0.1。0でWeight decayなし）。",
    "decay.epochs_help": "訓練データの数字画像を何周するか（書籍では200）。",
    "decay.compare": "λ = 0 と比べる",
    "decay.compare_help": (
        "同じネットワークを、同じ重みの初期値とミニバッチで、Weight "
        "decayなしでも学習させます（学習時間は2倍になります）。"
    ),
    "decay.book": (
        "**書籍**（MNIST全体から300枚、テストは10,000枚。200エポック、λ = 0.1）：訓練 0.927、"
        "テスト 0.721、差は0.206。Weight decayなしでは訓練データの認識精度が1.0に達し、"
        "差はずっと大きくなります。このラボはデータセットのテスト画像 {test_size:,} "
        "枚でテストするので、数値は多少違いますが、傾向は同じです。"
    ),
    "decay.theory_header": "数式",
    "decay.theory": r"""
**損失関数。** Weight decayは、すべての重み行列（バイアスは除く）のL2ノルムの2乗の半分に
λ を掛けたものを加えます：

$$
L_\mathrm{total} = L + \frac{1}{2}\,\lambda \sum_{l} \lVert W^{(l)} \rVert^2
\vphantom{\bigg|}
$$

**勾配。** 各重みの勾配に λW が加わります：

$$
\frac{\partial L_\mathrm{total}}{\partial W} = \frac{\partial L}{\partial W} + \lambda W
\vphantom{\bigg|}
$$

したがってSGDの1ステップ
$W \leftarrow W - \eta \left( \frac{\partial L}{\partial W} + \lambda W \right)
= (1 - \eta\lambda)\,W - \eta\,\frac{\partial L}{\partial W}$ は、まずすべての重みを
$1 - \eta\lambda$
倍に縮めます。だから*減衰*と呼ばれます。重みが小さいと関数はなめらかになり、訓練データの数字画像の一つひとつに合わせて曲がることができないので、訓練データとテストデータの認識精度の差が縮まります。右のパネルは、すべての重み行列についての
$\lVert W \rVert = \sqrt{\sum W^2}$ を示します。
""",
    "dropout.title": "Dropout",
    "dropout.intro": (
        "書籍の `overfit_dropout` です。同じ300枚の数字画像と 784-100×6-10 のネットワークで、"
        "隠れ層の活性化関数の後ろすべてにDropoutレイヤを入れます。"
        "学習のたびに隠れ層のニューロンのうちランダムな割合（Dropout比率）を消去するので、"
        "どのニューロンも特定のほかのニューロンに頼れません。テスト時にはすべてのニューロンが働き"
        "ます。学習は遅くなりますが、訓練データとテストデータの認識精度の差は縮まります。"
    ),
    "dropout.ratio": "Dropout比率",
    "dropout.ratio_help": (
        "学習のたびに消去する隠れ層のニューロンの割合（書籍では0.2。0でDropoutなし）。"
    ),
    "dropout.mode": "方式",
    "dropout.mode_help": (
        "書籍：一様乱数 > 比率 のニューロンを残し、スケーリングはしない。"
        "テスト時にすべてのニューロンに 1 − 比率 を掛ける。逆スケール（多くのライブラリ）："
        "学習中に残したニューロンを 1 − 比率 で割り、テスト時には何もしない。"
    ),
    "dropout.mode_book": "書籍",
    "dropout.mode_inverted": "逆スケール",
    "dropout.epochs_help": (
        "訓練データの数字画像を何周するか（書籍では301回の評価、エポック0から300）。"
    ),
    "dropout.compare": "Dropoutなしと比べる",
    "dropout.compare_help": (
        "同じネットワークを、同じ重みの初期値とミニバッチで、Dropoutなしでも学習させます（学習時間"
        "は2倍になります）。"
    ),
    "dropout.mask_title": "比率 {ratio:g} での学習1回分：どの隠れニューロンが残ったか",
    "dropout.mask_x": "ニューロン",
    "dropout.mask_layer": "{layer}層目",
    "dropout.mask_kept": "残す",
    "dropout.mask_dropped": "消去",
    "dropout.mask_share": "{percent}% 残存",
    "dropout.mask_caption_book": (
        "この1回では隠れニューロン {total} 個のうち {kept} 個（{percent:.1f}%）が残りました。"
        "平均すると 1 − 比率 = {expected:.0f}% が残ります。書籍の方式："
        "残ったニューロンはそのまま（×1）通り、テスト時にすべてのニューロンに 1 − 比率 "
        "を掛けます。次の1回では新しいマスクが生成されます。別のマスクを見るにはサイドバーでシード"
        "を変えてください。"
    ),
    "dropout.mask_caption_inverted": (
        "この1回では隠れニューロン {total} 個のうち {kept} 個（{percent:.1f}%）が残りました。"
        "平均すると 1 − 比率 = {expected:.0f}% が残ります。逆スケール方式：学習中、"
        "残ったニューロンに 1 / (1 − 比率) = {scale:.3g} を掛け、"
        "テスト時はすべてのニューロンをそのまま使います。次の1回では新しいマスクが生成されます。"
        "別のマスクを見るにはサイドバーでシードを変えてください。"
    ),
    "dropout.run_main": "比率 {ratio:g}",
    "dropout.run_baseline": "Dropoutなし",
    "dropout.book": (
        "**書籍**（MNIST全体から300枚、テストは10,000枚。比率0.2で301エポック目）：訓練 0.67、"
        "テスト 0.548。Dropoutなしよりも学習はずっと遅くなります。"
        "このラボはデータセットのテスト画像 {test_size:,} 枚でテストするので、"
        "数値は多少違いますが、傾向は同じです。上の学習は比率 {ratio:g} を使っています。"
    ),
    "dropout.theory_header": "2つの方式、同じ期待値",
    "dropout.theory_book": r"""
**書籍の方式**（第6章の `Dropout`）

学習時：一様乱数が比率 $r$ を上回ったニューロン $i$ を残し、そのまま通します：

$$
\begin{gathered}
m_i = [\,u_i > r\,],\quad u_i \sim U(0, 1) \\
y_i = m_i\,x_i
\end{gathered}
$$

テスト時：すべてのニューロンを、学習中に平均して出していた大きさまで縮めます：

$$
y_i = (1 - r)\,x_i
$$

逆伝播では $\partial L / \partial x_i = m_i\,\partial L / \partial y_i$ です。
""",
    "dropout.theory_inverted": r"""
**逆スケール方式**（inverted dropout。多くのライブラリの方式）

学習時：同じマスクを使い、残ったニューロンを拡大します：

$$
y_i = \frac{m_i\,x_i}{1 - r}
\vphantom{\bigg|}
$$

テスト時：何もしません：

$$
y_i = x_i
$$

逆伝播では $\partial L / \partial x_i = \frac{m_i}{1 - r}\,\partial L / \partial y_i$ です。
""",
    "dropout.theory_why": (
        r"どちらの方式でも、ニューロンの学習時の出力の期待値がテスト時の出力と等しくなります。"
        r"$E[m_i] = 1 - r$ なので、書籍の方式では学習時もテスト時も $E[y_i] = (1 - r)\,x_i$ "
        r"となり、逆スケール方式では $E[y_i] = x_i$ です。違うのは学習中の大きさです。"
        r"書籍の方式で残るアクティベーション、したがって勾配は、逆スケール方式の $1 - r$ 倍です。"
        r"同じ学習係数で学習が遅くなる理由のひとつがこれです（両方で比率0.5を試してみてくださ"
        r"い）。Dropoutは、間引いた多数のネットワークを一度に学習させ、"
        r"テスト時にそれらを平均するものと解釈できます。アンサンブル学習と同じです。"
    ),
    # ---------------------------------------------------------------- page 2: Batch Normalization
    "state.empty_list": "リンクの {param} = {value} には数値がないため、{used} を使います。",
    "state.not_a_number_in_list": (
        "リンクの {param} = {value}：{token} は数値ではないため、{used} を使います。"
    ),
    "state.number_too_large": (
        "リンクの {param} = {value}：{token} の大きさが {high} を超えるため、{used} を使います。"
    ),
    "state.too_long": (
        "リンクの {param} = {value} は入力欄に入る {high} 文字より長いため、{used} を使います。"
    ),
    "state.number_too_small": (
        "リンクの {param} = {value}：{token} の大きさが {low} より小さい（0以外）ため、{used} "
        "を使います。"
    ),
    "state.too_many_numbers": (
        "リンクの {param} = {value} には {high} 個を超える数値があるため、{used} を使います。"
    ),
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
    "state.lesson_unknown_control": (
        "リンクの {param} が指す {value} は、このページのコントロールではありません（このページの"
        "コントロール：{choices}）。無視しました。"
    ),
    "state.lesson_unknown_question": (
        "リンクの {param} が指す {value} は、このページの問題ではありません（このページの問題："
        "{choices}）。無視しました。"
    ),
    "state.lesson_sidebar": (
        "リンクの {param} が指す {value} はサイドバーの設定です。サイドバーの設定は各自のもので、"
        "固定したり隠したりできません。無視しました。"
    ),
    "state.lesson_bad_class": (
        "リンクの {param} = {value} はクラスコード（1から {high} 文字の英数字、- または _）"
        "ではありません。回答は集計されません。"
    ),
    "state.lesson_too_long": "リンクの {param} が {high} 文字より長いため、先頭だけを読みました。",
    "lesson.locked_help": (
        "🔒 この授業のために先生が設定しました。ほかの値を試すには、"
        "固定なしでページを開いてください（ページ上部のボタン）。"
    ),
    "lesson.on": "オン",
    "lesson.off": "オフ",
    "lesson.notice": (
        "🔒 **この授業のために先生が設定：** {items}。以下はすべてこの設定に従います。"
    ),
    "lesson.notice_locked": "{label}：{value}（固定）",
    "lesson.notice_hidden": "{label}：{value}（非表示）",
    "lesson.open_unlocked": "固定なしでこのページを開く ↗",
    "lesson.open_unlocked_help": (
        "同じ設定の同じページを新しいタブで開きます。どのコントロールも自由に動かせます。"
    ),
    "lesson.panel_title": "🔗 授業用リンクを作る",
    "lesson.panel_intro": (
        "ページのコントロールで設定してから、学生が変えてよいものをここで選びます。"
        "リンクを開くと、ページがそのとおりに開きます。"
    ),
    "lesson.lock": "固定（表示するが動かせない）",
    "lesson.lock_help": "学生にはこれらのコントロールと値がグレーで表示されます。",
    "lesson.hide": "非表示",
    "lesson.hide_help": (
        "学生にはこれらのコントロールが見えません。値はそのまま適用され、結果、数値、"
        "説明はすべてページに残ります。"
    ),
    "lesson.ask": "先に問う（予想してから答え合わせ）",
    "lesson.ask_help": (
        "学生は結果が表示される前に問題に答え、そのあとで正しかったかどうかとその理由を見ます。"
    ),
    "lesson.class": "クラスコード（任意）",
    "lesson.class_help": (
        "自由に決めてください。例：7b。1から {high} 文字の英数字、- または _。問題があれば、"
        "クラスの回答がサーバーのメモリ上で匿名で集計されます（サーバーの再起動まで）。"
    ),
    "lesson.class_bad": "クラスコードは1から {high} 文字の英数字、- または _ です。",
    "lesson.language": "リンクの言語",
    "lesson.embed": "スライドやLMS用（埋め込み）",
    "lesson.embed_help": (
        "embed=true を付けます。Streamlitの埋め込みモードで、ヘッダーとツールバーがなくなり、"
        "スライドや講義ページの `iframe` に入れられます。"
    ),
    "lesson.link_students": "学生用リンク",
    "lesson.link_teacher": "先生用ビュー：クラスの回答をリアルタイムで",
    "lesson.teacher_note": (
        "あなたの先生用キーを付けた同じリンクです。届いたクラスの回答、「結果を見せる」"
        "を押したときの結果、新しい回、投票の締め切り、集計のCSVが使えます。"
        "このリンクは自分だけのものにしてください。キーがあるからあなたのリンクになるのです（学生用"
        "リンクにはキーがありません）。"
    ),
    "lesson.no_class_note": "クラスコードを付けると、クラスの回答を自分用のビューで見られます。",
    "lesson.both_note": "固定と非表示の両方を指定したコントロールは非表示になります。",
    "predict.header": "🤔 まず予想：",
    "predict.choose": "あなたの予想",
    "predict.submit": "回答して答え合わせ",
    "predict.pick_first": "先に答えを選んでください。",
    "predict.counted": (
        "あなたの回答はクラス {code} の分として匿名で集計されます（ブラウザごとに1回答）。"
    ),
    "predict.you_said": "🤔 あなたの予想は **{answer}** です。",
    "predict.after_run": "予想が当たったかどうかは、学習が終わるとここに表示されます。",
    "predict.no_verdict": "この結果では問題の答えが決まりません：",
    "predict.right": "**正解：{answer}。**",
    "predict.wrong": "**今回ははずれ：あなたの答えは {answer}、結果は {correct}。**",
    "predict.teacher_header": "👩‍🏫 先生用ビュー。クラスへの問題：",
    "predict.teacher_count": "（回答数：{count}）",
    "predict.reveal": "結果を見せる",
    "predict.counts_title": "クラス {code} · これまでの回答数：{count}",
    "predict.counts_x": "回答数",
    "predict.shape.short": "ヒストグラム：最後の層はどう見える？",
    "predict.shape.prompt": (
        "標準偏差 {sigma} の重みで、{layer}層目の {activation} "
        "のアクティベーションはどう見えるでしょうか？"
    ),
    "predict.shape.prompt_relu": (
        "標準偏差 {sigma} の重みで、ReLUのアクティベーションの広がりは1層目から{layer}層目までにど"
        "う変わるでしょうか？"
    ),
    "predict.shape.opt_ends": "両端に集まる",
    "predict.shape.opt_spike": "中央に細いピークが1本",
    "predict.shape.opt_spread": "範囲全体に広がる",
    "predict.shape.opt_shrink": "層ごとに縮む",
    "predict.shape.opt_keep": "どの層でもほぼ同じ",
    "predict.shape.opt_grow": "層ごとに大きくなる",
    "predict.shape.picture_x_relu": "各層の広がり（標準偏差）",
    "predict.shape.needs_layers": (
        "ReLUの広がりについての問題は最後の層と最初の層を比べるので、"
        "層が2つ以上のときに出題されます。"
    ),
    "predict.shape.needs_range": (
        "ヒストグラムの形についての問題は、ヒストグラムを関数の出力の値域で描いているとき（横軸の"
        "範囲の最初の選択肢）に出題されます。"
    ),
    "predict.shape.why_ends": (
        "{layer}層目では、値の {percent:.0f}% が両端から0.05以内にあります。標準偏差 {sigma} "
        "の重みは {nodes} 個の入力を足し合わせて、0から遠い z にします。そこでは {activation} "
        "が平らで、その傾き、したがって勾配はほぼ0です（勾配消失）。"
    ),
    "predict.shape.why_spike": (
        "{layer}層目の値は {mean} のまわりに標準偏差 {std} しかありません。"
        "どのニューロンもほぼ同じ数値を出力しています。標準偏差 {sigma} の重みでは z "
        "が0の近くにとどまり、そこで {activation} はどのニューロンにも同じ値を与えます。"
        "たくさんのニューロンが1個と変わりません（表現力の制限）。"
    ),
    "predict.shape.why_spread": (
        "{layer}層目の値は標準偏差 {std} で広がり、両端に集まってもいなければ（そこにあるのは "
        "{percent:.0f}%）、押し縮められてもいません。Xavierの 1/√n = {xavier} に近い標準偏差なら、"
        "z の広がりは層から層へほぼ同じに保たれます。"
    ),
    "predict.shape.why_shrink": (
        "広がりは1層目の {first} から{layer}層目の {std} まで下がります（{ratio} 倍）。"
        "ReLUの各層は広がりを約 σ·√(n/2) = {gain} 倍にし、これは1より小さいので、信号は薄れ、"
        "勾配も一緒に薄れます。"
    ),
    "predict.shape.why_keep": (
        "広がりは1層目の {first} から{layer}層目の {std} になります（{ratio} 倍）。"
        "ReLUの各層は広がりを約 σ·√(n/2) = {gain} 倍にします。Heの √(2/n) = {he} はこれを1にし、"
        "ReLUが0にするニューロンの半分を補います。"
    ),
    "predict.shape.why_grow": (
        "広がりは1層目の {first} から{layer}層目の {std} まで大きくなります。"
        "ReLUの各層は広がりを約 σ·√(n/2) = {gain} 倍にし、これは1より大きいので、"
        "アクティベーションが爆発します。"
    ),
    "predict.shape.not_ends": (
        "値が両端に集まるのは、重みが大きく（たとえば標準偏差1）z が0から遠くなるときです。"
        "ここでは{layer}層目の値の {percent:.0f}% が両端の近くにあります（40%から「集まる」"
        "とみなします）。"
    ),
    "predict.shape.not_spike": (
        "細いピーク1本になるのは、重みがとても小さく（たとえば標準偏差0.01）、どのニューロンでも "
        "z ≈ 0 になるときです。ここでは{layer}層目の標準偏差は {std} です（ピーク："
        "出力の値域の5%未満）。"
    ),
    "predict.shape.not_spread": (
        "広がった形になるには、Xavierの 1/√n = {xavier} に近い重みが必要です。"
        "ここでは重みの標準偏差は {sigma} で、{layer}層目の標準偏差は {std}、値の {percent:.0f}% "
        "が両端の近くにあります。"
    ),
    "predict.shape.not_shrink": (
        "広がりが縮むのは、各層が広がりを1よりはっきり小さい倍率で変えるときです（標準偏差0.01、"
        "またはReLUとXavier）。ここではその倍率 σ·√(n/2) は {gain} で、"
        "{layer}層目の広がりは1層目の {ratio} 倍です。"
    ),
    "predict.shape.not_keep": (
        "広がりが保たれるのは、Heの √(2/n) = {he} のように各層が広がりをほぼ1倍にするときです。"
        "ここではその倍率は {gain} で、{layer}層目の広がりは1層目の {ratio} 倍です。"
    ),
    "predict.shape.not_grow": (
        "広がりが大きくなるのは、各層が広がりを1より大きい倍率で変えるときです（たとえば標準偏差"
        "1）。ここではその倍率は {gain} で、{layer}層目の広がりは1層目の {ratio} 倍です。"
    ),
    "predict.loss.short": "学習：損失が最も小さくなる初期値はどれ？",
    "predict.loss.prompt": (
        "{optimizer} で {iterations} イテレーション学習した後、"
        "損失が最も小さくなる重みの初期値はどれでしょうか？"
    ),
    "predict.loss.numbers": "最後の100イテレーションの損失の平均：{losses}。",
    "predict.loss.no_verdict": "損失を比べられる学習結果がまだありません。",
    "predict.loss.why_std": (
        "ここでは σ = 0.01 が最も低くなりました。各ステップを勾配自身の大きさで調整する最適化手法"
        "（{optimizer}）なら、素朴なSGDでは動けなくなるほど小さな重みでも補えるのです。"
    ),
    "predict.loss.why_xavier": (
        "Xavier（標準偏差 1/√n）は、層ごとに少し弱まるとはいえReLUの層を通して信号を保ち、"
        "よく学習します。"
    ),
    "predict.loss.why_he": (
        "He（標準偏差 √(2/n)）は、ReLUがニューロンの半分を0にする分を補います。"
        "信号は5つの層すべてを通して大きさを保つので、どの層も最初から学習します。"
    ),
    "predict.loss.not_std": (
        "σ = 0.01 とReLUでは、アクティベーションが層ごとに0へ縮み、勾配も一緒に縮みます。"
        "SGDでは損失が長いあいだ2.30（ln 10、当てずっぽうの損失）付近にとどまります。"
    ),
    "predict.loss.not_xavier": (
        "Xavierの標準偏差 1/√n はsigmoidとtanhのためのものです。"
        "ニューロンの半分を0にするReLUでは、信号が層ごとに少し縮み、"
        "たいていHeより少し学習が遅くなります。"
    ),
    "predict.loss.not_he": (
        "HeはReLUのための初期値で、たいてい最も低く終わりますが、今回は別の初期値が {tie} "
        "を超える差で下回りました。"
    ),
    "predict.bn.short": "BNあり、なし：このスケールで上回るのは？",
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
    "predict.scales.short": "16個のスケール：BNが負けるのはどこ？",
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
    "predict.gap.short": "差が小さくなるのはどちらの学習？",
    "predict.gap.prompt": (
        "{epochs} エポック後、訓練データとテストデータの認識精度の差が小さくなるのはどちらでしょう"
        "か：{main} か {baseline} か？"
    ),
    "predict.gap.even": "ほぼ同じ（差0.02以内）",
    "predict.gap.numbers": (
        "最終的な差（訓練 − テスト）：{main}：{main_gap:.3f}、{baseline}：{base_gap:.3f}。"
    ),
    "predict.gap.no_verdict": (
        "最後のエポックより前に止まった学習があります（発散）。比べる最終的な差がありません。"
    ),
    "predict.gap.needs_compare": (
        "差についての問題は2つの学習を比べます。出題するには比較用の学習をオンにしてください。"
    ),
    "predict.gap.why_main_weight_decay": (
        "ペナルティ ½λ‖W‖² は各ステップですべての重みを0へ引き寄せるので、"
        "ネットワークは少ない訓練データの数字画像一つひとつにぴったり合わせるのに必要な大きな重み"
        "を育てられません。訓練データの認識精度の上がり方が小さくなり（{main_train:.3f} に対して "
        "{base_train:.3f}）、テストデータの認識精度がそれに近いところで終わります。"
    ),
    "predict.gap.why_main_dropout": (
        "Dropoutは学習のたびにランダムなニューロンを消去するので、"
        "ネットワークは数字を丸暗記するのに特定のニューロンに頼れません。"
        "訓練データへの当てはまりが弱くなり（{main_train:.3f} に対して {base_train:.3f}）、"
        "テストデータの認識精度がそれに近いところで終わります。"
    ),
    "predict.gap.why_baseline": (
        "ここでは、その手法を使わない学習のほうが差が小さく終わりました。"
        "手法が強すぎて訓練データの数字画像でさえほとんど学習できないとき（{main} は "
        "{main_train:.3f} まで）、あるいは学習が短すぎてもう一方の学習が過学習しないときに起こりま"
        "す。"
    ),
    "predict.gap.why_even": (
        "2つの差は互いに {margin} 以内で終わりました。エポックが少なくて手法なしのネットワークがま"
        "だ過学習していないか、手法が弱すぎて効いていないかです。"
    ),
    "predict.gap.not_main_weight_decay": (
        "Weight decayで差が縮まるのは、λ が効くほど大きく、過学習するほど長く学習したときです。"
        "ここでは {main} の差は {main_gap:.3f}、比べる相手は {base_gap:.3f} です。"
    ),
    "predict.gap.not_main_dropout": (
        "Dropoutで差が縮まるのは、比率が効くほど大きく、過学習するほど長く学習したときです。"
        "ここでは {main} の差は {main_gap:.3f}、比べる相手は {base_gap:.3f} です。"
    ),
    "predict.gap.not_baseline_weight_decay": (
        "ペナルティがなければ、重みを小さく保つものは何もありません。"
        "手法なしのネットワークはたいてい訓練データの数字画像に最もよく当てはまり、"
        "最も過学習します。ここではその差は {base_gap:.3f}、比べる相手は {main_gap:.3f} です。"
    ),
    "predict.gap.not_baseline_dropout": (
        "Dropoutがなければ、どのニューロンも毎回そろっています。"
        "手法なしのネットワークはたいてい訓練データの数字画像を最もよく丸暗記し、"
        "最も過学習します。ここではその差は {base_gap:.3f}、比べる相手は {main_gap:.3f} です。"
    ),
    "predict.gap.lower_test": (
        "ただし、差が小さいほどよいネットワークとは限りません。{main} "
        "はテストデータの認識精度も低く終わっている（{main_test:.3f} に対して {base_test:.3f}）"
        "ので、ここでは手法が過学習だけでなく学習そのものも抑えています。"
    ),
    "predict.gap.not_even": "2つの差は {abs_diff:.3f} 違い、同じとみなす {margin} を超えています。",
    # ---------------------------------------------------------------- issue 12.3-4: the
    # regularizer overlay (ui/overfitting/regularizers.py) and the divergence explainer
    # (ui/diagnosis.py)
    "diag.at_epoch": "{epoch} エポック目に",
    "diag.at_iteration": "{iteration} イテレーション目（{epoch} エポック目）までに",
    "diag.q_activation": "アクティベーション",
    "diag.q_gradient": "重みの勾配（dW）",
    "diag.not_finite": (
        "**{run}**：{at}、{layer}層目の{quantity}の標準偏差が有限の数でなくなりました。"
    ),
    "diag.exploding": (
        "**{run}**：{at}、{layer}層目の{quantity}の標準偏差が {value} に達し、正常な範囲（{high} "
        "まで）を大きく超えました。"
    ),
    "diag.dead": (
        "**{run}**：{at}、{layer}層目のすべてのニューロンがミニバッチ全体で同じ値を出力しました（"
        "アクティベーションの標準偏差 {value}）。ReLUなら、すべてのニューロンが止まっていて、"
        "この層を通って下の層へ届く勾配はありません。"
    ),
    "diag.vanished": (
        "**{run}**：{at}、{layer}層目の{quantity}の標準偏差が {value} まで下がり、"
        "正常な範囲（{low} から）を下回りました。そんなに小さなステップでは重みはほとんど動きませ"
        "ん。"
    ),
    "diag.stalled": (
        "**{run}** はチャンスレベル付近（認識精度 {chance:g}、当てずっぽうと同じ）で終わりました。"
        "どの層の標準偏差も正常な範囲にありました。"
    ),
    "diag.why_lr_too_large": (
        "理由：学習係数 {lr:g} は重みのスケールに対して大きすぎます。各ステップ lr × dW "
        "が行き過ぎ、重みが大きくなるとアクティベーションと勾配も大きくなり、"
        "次のステップはさらに行き過ぎます。書籍では {optimizer} で {book_lr:g} を使います。"
    ),
    "diag.why_lr_too_large_stall": (
        "理由：学習係数 {lr:g} は、書籍が {optimizer} で使う {book_lr:g} "
        "をはるかに上回っています。そんなに大きなステップでは、ある層のReLUニューロンがすべて止ま"
        "ってしまったり、最小値に入らずにその両側を行ったり来たりしたりします。"
    ),
    "diag.why_init_too_large": (
        "理由：ReLUでは、各層がアクティベーションの標準偏差を「初期値の標準偏差 ÷ Heの √(2/n)」"
        "倍、つまり約 {std} ÷ {he} ≈ {gain} 倍にします（n = {nodes}、各ニューロンへの入力数）。"
        "そのためアクティベーションは層ごとに大きくなり、最初の更新から行き過ぎます。"
        "Heの初期値かBatch Normalizationを使えば、標準偏差は安定します。"
    ),
    "diag.why_inverted_dropout_scale": (
        "理由：逆スケール方式のDropoutは、学習中に残したニューロンすべてに 1 / (1 − 比率) = "
        "{scale:.3g} を掛けます。平均は変わりませんが、各層の2乗平均は {scale:.3g} 倍、"
        "標準偏差は約 {root:.2g} 倍になるので、アクティベーションが層ごとに大きくなり、"
        "やがて更新が行き過ぎます。書籍の方式はスケーリングせず、比率は {book_ratio:g} です。"
    ),
    "diag.why_dropout_too_strong": (
        "理由：Dropout比率 {ratio:g} ではほとんどのニューロンが消去されます。"
        "学習のたびに各隠れ層に残るのはニューロンの {keep:.0f}% だけで、"
        "学習に使うには信号の小さく雑音の多い一部分にすぎません。書籍では {book_ratio:g} "
        "を使います。"
    ),
    "diag.why_decay_too_strong": (
        "理由：Weight decay λ = {lam:g} は、各ステップですべての重みを0へ引き寄せる力（勾配に λW "
        "が加わる）が、データが押し出す力より強いので、ネットワークは一定の答えしか返さないものへ"
        "縮んでいきます。書籍では λ = {book_lam:g} を使います。"
    ),
    "diag.why_vanishing": (
        "理由：重みの初期値が小さすぎます。標準偏差 {std} では、ReLUの各層が信号を約 {std} ÷ Heの "
        "√(2/n) = {he} ≈ {gain} 倍にする（n = {nodes}）ので、出力にはほとんど何も届かず、"
        "最初の層へ戻ってくる勾配は小さすぎて重みを動かせません。Heの初期値かBatch "
        "Normalizationで直ります。"
    ),
    "diag.why_dead_relu": (
        "理由：重みの初期値が小さすぎます。標準偏差 {std} では、ReLUの各層が信号を約 {gain} "
        "倍にし（標準偏差 ÷ Heの √(2/n) = {he}、n = {nodes}）、"
        "やがてある層のニューロンがすべて止まります。0ばかりの層は何も通しません。"
        "Heの初期値かBatch Normalizationで直ります。"
    ),
    "diag.why_unknown": (
        "この学習の設定には、既知の疑わしい点がありません。学習係数、重みの初期値、Dropout、"
        "Weight decayはどれも書籍の値に近いものです。"
    ),
    "diag.fix": "{control}を {value} にする",
    "diag.fix_on": "{control}をオンにする",
    "diag.fix_help": (
        "このページとリンクのコントロールを設定します。新しい設定での学習は、"
        "もう一度学習させたときに始まります。"
    ),
    "diag.name_lr": "学習係数",
    "diag.name_weight_decay_lambda": "Weight decay λ",
    "diag.name_dropout_ratio": "Dropout比率",
    "diag.name_weight_init_std": "重みの初期値の標準偏差",
    "diag.name_use_batchnorm": "Batch Normalization",
    "diag.table_header": "失敗した各学習がどこでおかしくなったか（{count} 件）",
    "diag.col_run": "学習",
    "diag.col_where": "最初に範囲外になったところ",
    "diag.col_cause": "考えられる原因",
    "diag.table_where": "{layer}層目、{quantity}の標準偏差 {value}、{at}",
    "diag.table_stalled": "範囲外の標準偏差なし、チャンスレベル付近で終了",
    "diag.cause_lr_too_large": "学習係数が大きすぎる",
    "diag.cause_init_too_large": "ReLUに対して重みの初期値が大きすぎる",
    "diag.cause_inverted_dropout_scale": "逆スケール方式のDropoutの 1 / (1 − 比率)",
    "diag.cause_dropout_too_strong": "Dropout比率が高すぎる",
    "diag.cause_decay_too_strong": "Weight decayが強すぎる",
    "diag.cause_vanishing": "勾配消失：重みの初期値が小さすぎる",
    "diag.cause_dead_relu": "ReLUの層が死んでいる：重みの初期値が小さすぎる",
    "diag.cause_unknown": "はっきりした原因なし",
    "reg.header": "正則化手法を並べて比べる",
    "reg.intro": (
        "上で設定したネットワーク（ReLUニューロン {layers} × {width}、訓練データの数字画像 "
        "{train_size} 枚、{epochs} エポック）を、同じ重みの初期値から同じミニバッチで5通りに学習さ"
        "せます。正則化なし、Weight decayあり（λ は下で設定）、"
        "Dropoutあり（比率と方式は上の設定）、その両方、そして代わりにBatch "
        "Normalizationを使うもの。Dropoutを使う2つの学習では、"
        "まったく同じニューロンが消去されます。実線：訓練データの認識精度、破線："
        "テストデータの認識精度。各学習の最後の括弧がその差です。"
    ),
    "reg.lambda": "Weight decay λ（荷重減衰を使う学習用）",
    "reg.lambda_help": (
        "学習「荷重減衰」と「荷重減衰 + Dropout」でのペナルティ ½λ‖W‖² の強さ（書籍では0.1）。"
    ),
    "reg.run_none": "正則化なし",
    "reg.run_decay": "荷重減衰 λ {lam:g}",
    "reg.run_dropout": "Dropout {ratio:g}",
    "reg.run_both": "荷重減衰 + Dropout",
    "reg.run_bn": "BN",
    "reg.figure_title": "5通り、同じシード：訓練データの認識精度は実線、テストデータは破線",
    "reg.table_header": "最後のエポックでの各学習",
    "reg.col_run": "学習",
    "reg.col_train": "訓練",
    "reg.col_test": "テスト",
    "reg.col_gap": "差",
    "reg.col_norm": "‖W‖",
    "reg.col_status": "終了",
    "reg.status_done": "{epoch} エポック目",
    "reg.status_chance": "{epoch} エポック目、チャンスレベル",
    "reg.status_partial": "{epoch} エポック目で停止",
    "reg.status_diverged": "{epoch} エポック目の後に発散",
    "reg.see_gap_chance": (
        "**{run}** の差が最も小さく {gap:.3f} ですが、テストデータの認識精度 {test:.3f} "
        "はチャンスレベルです。何も学習していないので、過学習するものもないのです。"
        "差が小さいことに意味があるのは、テストデータの認識精度がよいときだけです。"
    ),
    "reg.see_gap": (
        "**学習できたものの中で差が最も小さい：** {run}、{gap:.3f}（正則化なし：{none:.3f}）。"
    ),
    "reg.see_gap_plain": "**学習できたものの中で差が最も小さい：** {run}、{gap:.3f}。",
    "reg.see_test": "**テストデータの認識精度が最も高い：** {run}、{test:.3f}。",
    "reg.see_norm": "**重みが最も小さい：** {run}、‖W‖ = {norm}（正則化なし：{none_norm}）。",
    "reg.see_norm_plain": "**重みが最も小さい：** {run}、‖W‖ = {norm}。",
    "reg.see_fit": (
        "**最初に訓練データの数字画像に当てはまった：** {run}、{epoch} "
        "エポック目に訓練データの認識精度 {fit:g}。"
    ),
    "reg.book": (
        "書籍はWeight decay（λ 0.1、200エポック）とDropout（比率0.2、301エポック）"
        "を別々のスクリプトで示し、過学習の抑制をBatch Normalizationの利点のひとつに挙げています。"
        "ここでは5つの学習が同じシード、同じミニバッチ、このページの設定を共有しています。"
    ),
    # ---------------------------------------------------------------- page 5: chapter 6 in 2-D
    "nav.plane": "2次元で見る第6章",
    "home.link_plane": (
        "**2次元で見る第6章**：2つの三日月と、ネットワークがそのあいだに引く決定境界をリアルタイム"
        "で。点を丸暗記するとギザギザになり、Weight decayやDropoutでなめらかになります。"
    ),
    "plane.title": "2次元で見る第6章：決定境界",
    "plane.intro": (
        "入力が2つ（点の x と y）のネットワークが、かみ合った2つの**三日月**のどちらに点が属するか"
        "を学習します。学習した内容は1枚の絵になります。濃淡は平面の各点でのクラス1の確率で、"
        "その確率が0.5になる黒い線が**決定境界**です。ほかのページで扱うもの、つまり重みの初期値、"
        "Batch Normalization、Weight decay、Dropoutがこの境界に作用します。"
        "設定を変えるとすぐに学習し（1、2秒）、進みながら描かれます。"
    ),
    "plane.init": "重みの初期値",
    "plane.init_help": (
        "重みの初期値 W ~ N(0, σ²) の標準偏差 σ：固定の数値、またはXavier（σ = √(1/n)）かHe（σ = "
        "√(2/n)）。n は各ニューロンへの入力の数で、重みの初期値のページと同じです。"
    ),
    "plane.activation": "活性化関数",
    "plane.activation_help": (
        "各隠れ層の後ろの関数。HeのスケールはReLUに、Xavierのスケールはsigmoidとtanhに向いていま"
        "す。"
    ),
    "plane.bn": "Batch Normalization",
    "plane.bn_help": (
        "各Affineと活性化関数のあいだにBatch Normalizationレイヤを入れます。"
        "10点のミニバッチごとに、そのミニバッチ自身の平均と分散で正規化します。"
    ),
    "plane.lambda": "Weight decay λ",
    "plane.lambda_help": "損失関数に加えるペナルティ ½λ‖W‖² の強さ（0：なし）。",
    "plane.dropout": "Dropout比率",
    "plane.dropout_help": (
        "学習のたびにランダムに消去する隠れ層のニューロンの割合（0：なし）。書籍と同じく、"
        "出力はテスト時に 1 − 比率 倍し、学習中はスケーリングしません。"
    ),
    "plane.compare": "隣に：λ とDropoutなし",
    "plane.compare_help": (
        "Weight decayかDropoutがオンのとき、それらを使わない同じネットワークも（同じ点、"
        "重みの初期値、ミニバッチで）学習させ、その境界を隣に描きます。"
        "その違いが正則化の効果です。1回の学習の計算量が2倍になります。"
    ),
    "plane.test_points": "テストデータの点を表示",
    "plane.test_points_help": (
        "ネットワークが学習に使わない400点を、中抜きで描きます。テストデータの認識精度は、"
        "そのうち線の正しい側にある点の割合です。"
    ),
    "plane.network_header": (
        "データと学習：{train_size} 点、ノイズ {noise:g}、{layers} × {width} ニューロン、"
        "{optimizer}、学習係数 {lr:g}、{epochs} エポック"
    ),
    "plane.train_size": "訓練データの点の数",
    "plane.train_size_help": (
        "ネットワークが学習に使う点の数。半分ずつ各三日月から取ります。"
        "点が少ないほど丸暗記しやすくなります。"
    ),
    "plane.noise": "ノイズ",
    "plane.noise_help": (
        "点が三日月からどれだけ散らばるか（x と y のランダムなずれの標準偏差）。ノイズが多いと、"
        "一方の三日月の点がもう一方の中に入り込みます。それらを全部正しく分けるネットワークは、"
        "点のまわりで曲がりくねるしかありません。"
    ),
    "plane.epochs": "エポック数",
    "plane.epochs_help": "訓練データの点を何周するか。ミニバッチは10点です。",
    "plane.epochs_cap": (
        "この設定では最大 {most} エポックです。1回の学習でサーバーが約 {seconds:g} "
        "秒計算することがあります。"
    ),
    "plane.layers": "隠れ層の数",
    "plane.layers_help": "ネットワークの隠れ層の数。",
    "plane.width": "各層のニューロン数",
    "plane.width_help": "どの隠れ層にも入るニューロンの数。",
    "plane.optimizer": "最適化手法",
    "plane.optimizer_help": (
        "更新の規則。SGDは各重みを 学習係数 × 勾配 だけ動かすので、"
        "勾配がごく小さければステップもごく小さくなります。Adamは重みごとのステップを、"
        "その重み自身の勾配の履歴で調整します。"
    ),
    "plane.lr": "学習係数（対数目盛）",
    "plane.lr_help": "1回の更新のステップの大きさ。",
    "plane.run_both": "λ = {lam:g}、Dropout {ratio:g}",
    "plane.run_dropout": "Dropout {ratio:g}",
    "plane.run_plain": "正則化なし",
    "plane.run_baseline": "λ とDropoutなし",
    "plane.panel": "{epoch} エポック目 · 領域 {pieces} 個",
    "plane.fig_title": "決定境界：ネットワークの P(クラス1) が0.5になるところ",
    "plane.fig_class_0": "クラス0（上の三日月）",
    "plane.fig_class_1": "クラス1（下の三日月）",
    "plane.fig_train_points": "訓練",
    "plane.fig_test_points": "テスト",
    "plane.fig_boundary": "境界、P = 0.5",
    "plane.fig_p_hover": "(%{x:.2f}, %{y:.2f})：P(クラス1) = %{z:.2f}",
    "plane.fig_waiting": "最初の境界を計算中…",
    "plane.curve_title": "学習中の認識精度と重みのノルム",
    "plane.curve_x": "エポック",
    "plane.curve_acc": "認識精度",
    "plane.curve_norm": "重みのノルム ‖W‖",
    "plane.curve_train": "訓練",
    "plane.curve_test": "テスト",
    "plane.m_train": "訓練データの認識精度",
    "plane.m_test": "テストデータの認識精度",
    "plane.m_gap": "差（訓練 − テスト）",
    "plane.m_norm": "重みのノルム ‖W‖",
    "plane.diverged": (
        "学習が発散しました。更新が行き過ぎて重みが大きくなり続け、"
        "損失関数の値がオーバーフローしました。大きな重みの初期値（ReLUで標準偏差1）"
        "や大きな学習係数でこうなります。HeかXavierを選ぶか、学習係数を下げてください。"
    ),
    "plane.stalled_init": (
        "ネットワーク（{run}）はまったく学習しませんでした。訓練データの認識精度は {train:.2f} "
        "で当てずっぽうと同じ、確率はどこでも同じです（線がない）。"
        "標準偏差0.01では信号と勾配が層ごとに縮み、SGDでは重みがほとんど動かなくなります。Batch "
        "Normalizationをオンにするか、HeかXavierを選んでください。"
    ),
    "plane.stalled": (
        "ネットワーク（{run}）はまったく学習しませんでした。訓練データの認識精度は {train:.2f} "
        "で、当てずっぽうと同じです。学習係数とエポック数を確かめてください。λ "
        "やDropout比率がとても大きい場合も、ネットワークの学習は妨げられます。"
    ),
    "plane.memorized": (
        "ネットワーク（{run}）は点を丸暗記しました。訓練データの認識精度 {train:.2f}、"
        "テストデータの認識精度 {test:.2f}（差 {gap:.2f}）。"
        "線がノイズの多い個々の点のまわりで曲がっています。λ かDropout比率を上げて、"
        "線がまっすぐになるのを見てください。"
    ),
    "plane.reading": (
        "濃淡：ネットワークが出すクラス1の確率。オレンジがクラス1、青がクラス0、"
        "白は判断がつかないところ。黒い線：決定境界。● クラス0、▲ クラス1。塗りつぶし："
        "訓練データの点、中抜き：テストデータの点。領域：線が平面をいくつの別々の領域に分けるか（"
        "単純な境界なら2つ。1つの点を囲む島ができるごとに1つ増える）。"
    ),
    "plane.delta_caption": (
        "値の下の小さな数字：{baseline}（並べて学習させた同じネットワーク）との差です。"
    ),
    "plane.look_header": "ここに注目",
    "plane.look": (
        "- **過学習はギザギザの線になる。** 初期設定（100点、ノイズ0.4、3 × 64 のReLUニューロン、"
        "Heの初期値、素朴なSGD、500エポック）では、ネットワークは訓練データの点をほぼすべて正しく"
        "分けますが、テストデータの点は10点中約8点しか正しく分けません。"
        "線はもう一方の三日月の中にある個々の点のまわりで曲がりくねり、"
        "しばしば島を切り取ります（領域が2つより多い）。\n"
        "- **Weight decayで線がまっすぐになる。** λ = 0.01 では、"
        "試した5つのシードすべてで境界は1本の単純な線（領域2つ）になり、"
        "重みのノルムは約5分の1になり、訓練データとテストデータの認識精度の差は縮まりました。λ = "
        "0.1 では線が単純すぎて、訓練データの認識精度も下がります（未学習）。\n"
        "- **Dropoutでも同じことが起こる。** 比率0.5では5つのシードすべてで領域は2つになり、"
        "重みのノルムはDropoutなしとほぼ同じ大きさでした。Dropoutは重みを小さくするのではなく、"
        "ニューロンが互いに頼り合うのを防ぐのです。\n"
        "- **ここではBatch Normalizationでも線がなめらかになった**（領域2つか3つ）。"
        "10点のミニバッチごとにそのミニバッチ自身の平均と分散で正規化するので、"
        "その雑音がネットワークがすべての点に当てはまるのを防ぎます。\n"
        "- **そもそも学習するかどうかは重みの初期値で決まる。** 標準偏差0.01とSGDでは、"
        "ReLUとsigmoidのネットワークは0.5、つまり当てずっぽうのままで、確率はどこでも同じでした。"
        "信号が層ごとに薄れ、勾配も一緒に薄れるからです。Batch Normalizationでこれらは救われ（テス"
        "トデータの点で約0.85）、Adamでも救われました。ReLUと標準偏差1では、"
        "5つのシードのうち4つで最初の数エポックのうちに発散しました。sigmoidとtanhは学習しました。"
        "\n"
        "- **別のシード**（サイドバー）にすると、新しい点と新しい重みの初期値が生成されます。"
        "別の標本で同じことを学べます。"
    ),
    # ---------------------------------------------------------------- issue 21: the whole
    # chapter. Page 6: parameter updates, 6.1 (pages/updates.py, ui/updates/)
    "nav.updates": "パラメータの更新",
    "home.link_updates": (
        "**パラメータの更新**：SGD、Momentum、AdaGrad、Adamが細長い谷を1ステップずつ下る競争をし、"
        "続いて同じネットワークをMNISTで学習させます。"
    ),
    "updates.title": "パラメータの更新：SGD、Momentum、AdaGrad、Adam",
    "updates.intro": (
        "学習とは坂を下っていくことです。ミニバッチごとに、"
        "**更新手法**が各パラメータを勾配と逆の向きに動かします。どれだけ動かすか、"
        "そして以前のステップを覚えているかどうかが、6.1節の4つの手法の違いです。書籍はまず、"
        "すべてのステップを描ける2変数の関数で手法を競わせ、次にMNISTで比べます。"
    ),
    "updates.race_header": "f(x, y) = x²/20 + y² での競争",
    "updates.race_intro": r"""
書籍の `optimizer_compare_naive`
では、すべての手法が同じ点から出発し、同じステップ数だけ進みます。学習係数は手法ごとに別々です（書籍：SGD
0.95、Momentum 0.1、AdaGrad 1.5、Adam
0.3）。関数は細長い谷で、谷を横切る向き（y）は谷に沿う向き（x）の20倍急です：

$$
f(x, y) = \frac{x^2}{20} + y^2, \qquad
\nabla f = \left( \frac{x}{10},\; 2y \right)
$$

勾配は、最も低い点 (0, 0) の方よりも谷を横切る方をはるかに強く指すので、x に合うステップの大きさは y
には大きすぎます。
""",
    "updates.lr": "{rule} の学習係数（対数目盛）",
    "updates.lr_help": "この手法のステップの大きさ η（書籍の競争では {book:g}）。",
    "updates.x0": "出発点の x",
    "updates.x0_help": "すべての手法の出発点の、谷に沿った向きの位置（書籍では −7）。",
    "updates.y0": "出発点の y",
    "updates.y0_help": "すべての手法の出発点の、谷を横切る向きの位置（書籍では2）。",
    "updates.steps": "ステップ数",
    "updates.steps_help": "各手法が行う更新の回数（書籍では30）。",
    "updates.race_title": "f の等高線の上を進む各手法の経路",
    "updates.race_play": "▶ 再生",
    "updates.race_pause": "❚❚ 一時停止",
    "updates.race_step": "ステップ",
    "updates.race_caption": (
        "灰色の線：f が0.25、0.5、1、2、… 7になるところ。十字は最小値 (0, 0) の印です。「再生」"
        "でステップを順に再生し、パネルの下のスライダーで好きなステップに移れます。"
        "最初は経路全体を表示しています。"
    ),
    "updates.race_arrived": (
        "**{rule}** は底に着きました：ステップ {step} 以降（全 {steps} ステップ）、f "
        "は0.01未満のままでした（出発点では {f0}）。"
    ),
    "updates.race_diverged": (
        "**{rule}** は発散しました：ステップ {step} で f が出発点の10倍を超えました。"
        "ステップのたびに前回よりも遠くへ行き過ぎます。学習係数を小さくすれば谷の中にとどまります。"
    ),
    "updates.race_stalled": (
        "**{rule}** は止まってしまいました：{steps} ステップ後も f は {f} です（出発点では {f0}）。"
        "学習係数が小さすぎて、このステップ数ではほとんど進めません。"
    ),
    "updates.race_moving": (
        "**{rule}** はまだ途中です：{steps} ステップ後に f = {f}（出発点では {f0}）。"
    ),
    "updates.race_zigzag": (
        "**{rule}** は谷を横切ってジグザグに進みます：y の符号が {turns} 回変わりました。"
        "急な向きがステップの大きさの上限を決めるので、ゆるやかな向きにはのろのろとしか進めません。"
    ),
    "updates.race_overshoot": (
        "**{rule}** は行き過ぎます：坂を下るうちについた速度に運ばれて、最小値の x を {turns} "
        "回通り過ぎては戻ってきました。"
    ),
    "updates.rules_header": "更新手法と、それを実行するコード",
    "updates.rules_intro": (
        "η は学習係数、∂L/∂W は勾配です。積と平方根は要素ごとに計算します。各数式の下にあるのは、"
        "上の経路を計算し、下のネットワークを学習させるこのラボ自身のコード（engine/optimizers.py）"
        "です。途中の積はすべて保持している配列に書き込むので、"
        "1ステップごとに新しいメモリを確保しません。"
    ),
    "updates.rule_sgd": r"""
勾配と逆の向きに1ステップ進みます。η はどのパラメータにも同じです：

$$
W \leftarrow W - \eta \frac{\partial L}{\partial W}
\vphantom{\bigg|}
$$
""",
    "updates.rule_momentum": r"""
坂を転がるボールです。速度 v は毎ステップ自身の α = 0.9
の割合を保つので、同じ向きのステップは積み重なり、行ったり来たりするステップは打ち消し合います：

$$
\begin{gathered}
v \leftarrow \alpha v - \eta \frac{\partial L}{\partial W} \\
W \leftarrow W + v
\end{gathered}
$$
""",
    "updates.rule_adagrad": r"""
各パラメータのステップは、それまでに見た勾配の2乗（h）とともに小さくなるので、急な向きが先に遅くなります：

$$
\begin{gathered}
h \leftarrow h + \frac{\partial L}{\partial W} \odot \frac{\partial L}{\partial W} \\
W \leftarrow W - \eta \frac{1}{\sqrt{h} + 10^{-7}} \frac{\partial L}{\partial W}
\end{gathered}
$$
""",
    "updates.rule_adam": r"""
Momentum（m）とAdaGradのようなスケーリング（v）を、どちらも移動平均として組み合わせ、0から始めることによる偏りをステップの大きさで補正します（β₁
= 0.9、β₂ = 0.999、t はステップ数）：

$$
\begin{gathered}
m \leftarrow m + (1 - \beta_1) \left( \frac{\partial L}{\partial W} - m \right) \\
v \leftarrow v + (1 - \beta_2) \left( \frac{\partial L}{\partial W} \odot
\frac{\partial L}{\partial W} - v \right) \\
\eta_t = \eta \, \frac{\sqrt{1 - \beta_2^{\,t}}}{1 - \beta_1^{\,t}} \\
W \leftarrow W - \eta_t \frac{m}{\sqrt{v} + 10^{-7}}
\end{gathered}
$$
""",
    "updates.rule_code": "エンジンのコード",
    "updates.mnist_header": "同じ4つの手法をMNISTで",
    "updates.mnist_intro": (
        "書籍の `optimizer_compare_mnist` です。784-100-100-100-100-10 "
        "のReLUネットワーク4つ（Heの初期値、手法ごとに1つ）を、"
        "128枚ずつの同じミニバッチで2,000イテレーション並べて学習させます。"
        "学習係数は書籍のもの（SGD、Momentum、AdaGradは0.01、Adamは0.001）です。"
        "各曲線はそのイテレーションのミニバッチの損失で、"
        "書籍と同じように平滑化しています（11イテレーションの加重平均）。"
        "ここでは4つのネットワークが同じ重みの初期値から始めるので、違うのは更新手法だけです。"
    ),
    "updates.iterations": "イテレーション数",
    "updates.iterations_help": (
        "各ネットワークが学習する、128枚ずつのミニバッチの数（書籍では2,000）。"
    ),
    "updates.mnist_title": "ミニバッチの損失（書籍と同じ平滑化）",
    "updates.mnist_x": "イテレーション",
    "updates.mnist_y": "損失（平滑化）",
    "updates.mnist_run": "{rule}（η = {lr:g}）",
    "updates.mnist_final": "{rule}：直近100回平均",
    "updates.mnist_axis": (
        "書籍と同じく、損失の軸は0から1までです。どの手法も2.3付近（ln 10、"
        "10個の数字から当てずっぽうで選んだときの値）から始まるので、"
        "最初のイテレーションはグラフの上にはみ出します。"
    ),
    "updates.mnist_book_header": "このラボの結果と書籍の結果",
    "updates.col_rule": "手法",
    "updates.col_ours": "このラボ：最後の {last} イテレーションの損失の平均",
    "updates.col_book": "書籍：1,500-1,900イテレーションで表示された損失",
    "updates.mnist_book": (
        "書籍はMNIST全体（60,000枚）で学習し、100イテレーションごとに1つのミニバッチの損失を表示し"
        "ました。上の範囲は、1,500から1,900イテレーションで表示された値です。書籍での順位は、"
        "SGDが大きく遅れ、次がMomentum、AdaGradとAdamが僅差で先頭です。このラボの {last} "
        "イテレーションの平均は、より小さいデータセット（ネットワークはそれを何度も繰り返し見る）"
        "から得たものなので、数値は異なります。比べるべきは順位です。"
    ),
    "predict.race.short": "競争：最小値に最も近づいて終わる手法は？",
    "predict.race.prompt": (
        "同じ出発点から、上で設定した学習係数で {steps} ステップ進んだとき、f "
        "が最も低いところ（最小値に最も近いところ）で終わる手法はどれ？"
    ),
    "predict.race.end": "{rule} は f = {f} で終了",
    "predict.race.end_diverged": "{rule} はステップ {step} で発散",
    "predict.race.all_diverged": (
        "この学習係数では、どの手法も発散しました。どれもどこにも行き着きません。"
    ),
    "predict.race.why": "{steps} ステップ後、最も低いところで終わったのは {winners}。{ends}。",
    "predict.mnist.short": "MNIST：損失が最も小さくなって終わる手法は？",
    "predict.mnist.prompt": (
        "4つのネットワークが、手法ごとに1つずつ、それぞれ書籍の学習係数で、同じ {iterations} "
        "個のミニバッチを学習します。最後の {last} "
        "イテレーションの損失の平均が最も小さくなるのはどれ？"
    ),
    "predict.mnist.no_verdict": "まだ最後のイテレーションまで終わっていない学習があります。",
    "predict.mnist.why": (
        "最後の {last} イテレーションの損失の平均：{means}。最も小さいのは {winners}。"
    ),
    "predict.mnist.not": (
        "{rule} は {loss:.3f} で終わり、最も小さい値（{low:.3f}）を上回りました。この学習係数では、"
        "ここでは損失を下げるのが遅いのです。"
    ),
    # Page 7: hyperparameter search, 6.5 (pages/hyperparameters.py, ui/hyperparameters/)
    "nav.hyperparameters": "ハイパーパラメータの最適化",
    "home.link_hyperparameters": (
        "**ハイパーパラメータの最適化**：学習係数とWeight decayの値を検証データで評価する、"
        "書籍のランダムな探索。そして、そこにテストデータを使ってはいけない理由。"
    ),
    "hyper.title": "ハイパーパラメータの最適化：検証データとランダムな試行",
    "hyper.intro": (
        "学習係数、Weight decay（荷重減衰）の λ、層の数。"
        "ネットワークはこれらの**ハイパーパラメータ**を学習しません。決めるのは私たちです。"
        "6.5節では、そのうちの2つを実際によく使われる方法で決めます。多くの設定をランダムに試し、"
        "そのために取り分けておいたデータでそれぞれを評価し、良い設定がある範囲に絞り込んで、"
        "もう一度試すのです。"
    ),
    "hyper.why_header": "なぜテストデータで調整してはいけないのか？",
    "hyper.why": (
        "テストデータは、ネットワークが**一度も見たことのない**数字画像でどれだけうまくいくかを知る"
        "ためにあります。設定を100通り試して、テストデータで最も成績のよいものを残せば、"
        "テストデータがネットワークを選ぶのに手を貸したことになります。"
        "設定がまさにその数字画像に合わせ込まれ（一段上のレベルでの過学習）、"
        "テストデータでの成績は、新しいデータでネットワークが実際に出せる成績よりも良く見えてしまい"
        "ます。\n"
        "\n"
        "そこで書籍は訓練データを分けます。その20 %を**検証データ**として設定の評価に使い、"
        "残りで学習します。テストデータは最後に一度だけ、選ばれた1つのネットワークに使います。"
        "このページはまさにそのとおりに行い、最良の試行の検証データでの認識精度を、"
        "テストデータでの認識精度と並べて表示します。"
    ),
    "hyper.search_header": "書籍のランダムな探索",
    "hyper.search_intro": (
        "書籍の `hyperparameter_optimization` です。訓練データの最初の500枚をシャッフルし、"
        "100枚を検証データとして取り分け、400枚で学習します。各**試行**では学習係数 lr = 10^U(−6, "
        "−2) とWeight decayの λ = 10^U(−8, −4) を抽出し（U は一様分布なので、"
        "10のどのべき乗も同じくらい出やすい）、784-100×6-10 のReLUネットワークをSGDで、"
        "100枚のミニバッチで50エポック学習させ、各エポックの後で両方のデータの認識精度を記録します"
        "。探索はクラス全員で1回の学習です。同じ設定を求めた人は、"
        "同じ試行が埋まっていくのを見ます。"
    ),
    "hyper.trials": "試行回数",
    "hyper.trials_help": "試す設定の数（書籍では100）。",
    "hyper.epochs": "試行ごとのエポック数",
    "hyper.epochs_help": (
        "各試行で学習する長さ（書籍では50。少なくすると速く、大まかに見られます）。"
    ),
    "hyper.lr_range": "学習係数：10のべき乗",
    "hyper.lr_range_help": (
        "学習係数を抽出する指数の範囲：lr = 10^U(下限, 上限)（書籍では −6 から −2）。"
    ),
    "hyper.lr_range_caption": "lr は {low} から {high}",
    "hyper.decay_range": "Weight decay λ：10のべき乗",
    "hyper.decay_range_help": (
        "λ を抽出する指数の範囲：λ = 10^U(下限, 上限)（書籍では −8 から −4）。"
    ),
    "hyper.decay_range_caption": "λ は {low} から {high}",
    "hyper.cost": (
        "**この探索にかかる計算：** {trials} 試行 × {epochs} エポック = {total:,} "
        "エポックの学習（100枚のSGDステップ {steps:,} 回と、各エポック後の500枚すべてでの認識精度）"
        "。サーバーが空いていれば、学習の実行枠1つで約 {minutes:.1f} 分です。探索は最大 {most:,} "
        "エポックまでです。ほかに誰も見ていなければ、「停止」で取り消されます。"
    ),
    "hyper.trial": "試行 {trial}",
    "hyper.scatter_title": "すべての試行：学習係数とWeight decay",
    "hyper.scatter_x": "学習係数 lr（対数目盛）",
    "hyper.scatter_y": "Weight decay λ（対数目盛）",
    "hyper.scatter_z": "色：最後のエポックの検証精度（色の目盛は下）",
    "hyper.scatter_best": "最良の試行",
    "hyper.scatter_trials": "試行",
    "hyper.scatter_hover": "試行 %{customdata[0]}",
    "hyper.curves_title": "書籍と同じ描き方での最良の試行（順位 · 検証データの認識精度）",
    "hyper.curves_x": "エポック",
    "hyper.curves_y": "認識精度",
    "hyper.curves_validation": "検証データ",
    "hyper.curves_train": "訓練データ",
    "hyper.m_val": "最良の試行 {trial} の検証精度",
    "hyper.m_test": "1回だけ測ったテスト精度",
    "hyper.m_test_delta": "{diff:+.3f}（検証との差）",
    "hyper.m_lr": "その学習係数",
    "hyper.m_lam": "そのWeight decay λ",
    "hyper.see_best": (
        "最良の {count} 試行（検証データの認識精度 {val_low} から {val_high}）の学習係数は "
        "{lr_low} から {lr_high}、λ は {lam_low} から {lam_high} でした。"
    ),
    "hyper.see_lr": (
        "最良の試行とそれ以外を分けるのは学習係数です。最良の試行の lr の中央値は {top_median}、"
        "それ以外は {rest_median} です（その検証データの認識精度の中央値は {rest_val}）。"
        "これほど小さい学習係数では、これほど少ないエポックのあいだに重みはほとんど動きません。"
    ),
    "hyper.table_csv": "試行をダウンロード（CSV）",
    "hyper.narrow": (
        "範囲を最良の {count} 試行に絞り込む：lr {lr_low} から {lr_high}、λ {lam_low} から "
        "{lam_high}"
    ),
    "hyper.narrow_help": (
        "書籍が勧めるとおり、両方の範囲を最良の試行がある領域（少し広め）に設定します。"
        "次の探索では、良い設定があったところでより多くの設定を試します。"
    ),
    "hyper.book": (
        "**書籍**（MNIST全体の最初の500枚、100試行、1回の実行）："
        "検証データの認識精度の最高値は0.84で、lr 0.0094、λ 2.8 × 10⁻⁶ のときでした。"
        "最良の20試行の lr はすべて0.0016から0.0100のあいだでしたが、λ "
        "は10⁻⁸から10⁻⁴の範囲全体に散らばっていました。書籍は次に lr 0.001-0.01、λ 10⁻⁸-10⁻⁶ "
        "のあたりを探索することを勧めています。書籍はテストデータの認識精度を示していません。"
        "探索の目的は選ぶことで、最終的な成績ではないのです。"
    ),
    "hyper.procedure_header": "手順：4つのステップ",
    "hyper.procedure": (
        "1. 各ハイパーパラメータの範囲を**対数スケール**（10のべき乗）で設定する。"
        "桁さえわからないことが多いからです。\n"
        "2. その範囲からランダムに設定を抽出する。ランダムサーチはグリッドサーチよりも早く良い領域"
        "を見つけます。一方のハイパーパラメータがもう一方よりずっと重要なとき、"
        "グリッドではその値を少ししか試せませんが、ランダムな試行では毎回新しい値を試せます。\n"
        "3. それぞれを短く（少ないエポックで）学習させ、**検証データ**で評価する。\n"
        "4. 最良の試行があったところに範囲を絞り込みながら、1つの設定が抜きん出るまで繰り返す。"
        "そのあとで、そしてそのときに初めて、そのネットワークをテストデータで一度だけ測る。\n"
        "\n"
        "より洗練された手法（ベイズ最適化）は、それまでの結果から次の試行を選びます。"
        "書籍はこれを発展的な文献として挙げています。"
    ),
    "predict.test.short": "探索：最良の試行のテストデータと検証データの認識精度",
    "predict.test.prompt": (
        "探索は {trials} 回の試行から、検証データ（100枚）の認識精度で最良のものを選びます。"
        "そのあと、そのネットワークが {test_size:,} 枚のテストデータに一度だけ出会います。"
        "テストデータの認識精度は……"
    ),
    "predict.test.opt_lower": "検証データの認識精度より低い",
    "predict.test.opt_same": "ほぼ同じ（差 {margin:.2f} 以内）",
    "predict.test.opt_higher": "検証データの認識精度より高い",
    "predict.test.no_verdict": "探索はまだテストデータの認識精度を測っていません。",
    "predict.test.numbers": (
        "試行 {trial} が最良でした：検証データ {val:.2f}、テストデータ {test:.3f}（差 {diff:+.3f}）"
        "。"
    ),
    "predict.test.why_lower": (
        "100枚の検証データでの {trials} 個の成績から最良のものを選ぶと、運も一緒に選ばれます。"
        "たまたまその数字画像に合った試行です。選択に関わらなかった数字画像ではその運がなくなるので"
        "、成績は下がります。もしテストデータで選んでいたら、"
        "まさにこの楽観は気づかれないままだったでしょう。"
    ),
    "predict.test.why_same": (
        "今回は選択が持ちこたえました。ネットワークはテストデータでも検証データとほぼ同じくらいうま"
        "くいきます。検証データが100枚しかないので、これも一部は運です。別のシード（サイドバー）"
        "では違う結果になるかもしれません。"
    ),
    "predict.test.why_higher": (
        "テストデータがたまたま、100枚の検証データよりもこのネットワークに合っていました。"
        "検証データがこれほど少ないと、成績は上下どちらにも0.0数ほど不確かです。平均すると、"
        "最良として選ばれた試行の新しいデータでの成績は、高くなるのではなく低くなります。"
    ),
    "predict.test.not_lower": (
        "低くなるのがふつうです（最高の成績には運も含まれる）が、今回は違いました：差は "
        "{diff:+.3f} です。"
    ),
    "predict.test.not_same": "2つの差は {diff:+.3f} で、{margin:.2f} を超えています。",
    "predict.test.not_higher": (
        "高くなるなら、選択が悲観的だったことになります。{trials} 個の成績のうちの最高は、"
        "ここと同じく（{diff:+.3f}）楽観的であることの方が多いのです。"
    ),
    # The study note's figures, one click away (pages/dropout.py, pages/weight_decay.py,
    # ui/batchnorm/central.py, ui/batchnorm/scale_panels.py)
    "dropout.note_preset": "学習ノートの設定：0.15",
    "dropout.note_preset_help": (
        "比率を0.15にします。学習ノートの図は drop_base = 0.15 で学習しています。これは書籍の "
        "overfit_dropout.py の以前の版の比率です（現在の版では0.2）。"
    ),
    "dropout.note_on_screen": (
        "比率0.15は**学習ノートの設定**です（drop_base = 0.15）。その図は、"
        "Dropoutなしより差が小さく、学習が遅くなることを示しています。ここと同じです。"
    ),
    "decay.note_names": (
        "**学習ノートでは**このペナルティを `0.5 * lr * W**2` と書いています。その `lr` "
        "はこのページのWeight decay λ（書籍のコードでは `weight_decay_lambda`）であり、学習係数 η "
        "ではありません。½λ‖W‖² と読んでください。"
    ),
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
    "access.formula": "数式（横にスクロールできます）",
    "chart.describe": "このグラフを説明",
    "chart.numbers": "描かれている数値",
    "chart.thinned": (
        "長い曲線は、等間隔の約40点で一覧にしています。"
        "CSVのダウンロードにはすべての行が入っています。"
    ),
    "chart.first_rows": "{rows} 行のうち最初の {shown} 行。",
    "chart.col_series": "系列",
    "chart.col_x": "x軸",
    "chart.col_y": "y軸",
    "chart.col_z": "値",
    "chart.live": "{title}：学習中です。学習が終わるとグラフを説明します。",
    "chart.join": "。",
    "chart.end": "。",
    "chart.series": (
        "{name}：{x_name} {x_first} での {first} から、{x_name} {x_last} での {last} まで"
    ),
    "chart.more_series": "ほかに {count} 本の線",
    "chart.no_data": "まだ何も描かれていません。",
    "chart.run_end": (
        "{run}、{epoch} エポック後：訓練 {train:.2f}、テスト {test:.2f}、差 {gap:.2f}、"
        "重みのノルム {norm}"
    ),
    "chart.run_diverged": "{run} は {epoch} エポック目で発散",
    "chart.count": "{label}：{count}",
    "chart.total": "回答は全部で {count} 件",
    "chart.loop": (
        "学習ループ。順伝播は左から右へ：{forward}。逆伝播は右から左へ：{backward}。"
        "そして繰り返します。ステップを選ぶと、それを変えるページが開きます。"
        "図の下のリンクも同じです"
    ),
    "chart.loop_step": "{step}（ページ：{page}）",
    "chart.hist": (
        "{layers} 層中の {last}層目：アクティベーションの {last_share:.0f}% が{share_name}。"
        "1層目では {first_share:.0f}%。標準偏差は1層目の {first_std} から {last}層目の {last_std} "
        "になります"
    ),
    "chart.hist_std": (
        "アクティベーションの標準偏差は、1層目の {first_std} から、{layers} 層中の {last}層目の "
        "{last_std} になります"
    ),
    "chart.share_saturated": "両端から0.02以内にある（飽和）",
    "chart.share_zeros": "ちょうど0",
    "chart.hist_gradients": "勾配：標準偏差は1層目で {first_std}、{last}層目で {last_std}",
    "chart.lowest_loss": "最後に損失が最も小さいもの：{runs}",
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
    "chart.masks": (
        "この順伝播で残った隠れ層のユニットは {total} 個中 {kept} 個（{percent:.0f}%、期待値 "
        "{expected:.0f}%）：{layers}"
    ),
    "chart.masks_layer": "{layer}層目 {units} 個中 {kept} 個",
    "chart.boundary": (
        "{run}、{epoch} エポック目：決定境界は平面を {pieces} 個の領域に分けています。"
        "訓練データの認識精度 {train:.2f}、テストデータの認識精度 {test:.2f}"
    ),
    "chart.boundary_waiting": "{run}：まだ境界はありません。学習を始めています",
    "chart.picture": "答え {label} の図",
    "sidebar.projector": "プロジェクターモード",
    "sidebar.projector_help": (
        "グラフの文字と数値を大きく、線を太くして、遠くから画面を見る教室に合わせます。"
        "作成した授業用リンクにもこの設定が残ります。"
    ),
    # ---------------------------------------------------------------- issue 17: classroom-proof
    # lessons (ui/class_counts.py, ui/class_view.py, ui/browser.py, ui/pins.py, ui/lesson_view.py,
    # ui/predict.py, ui/diagnosis.py)
    "state.lesson_teacher_key": (
        "リンクの {param} = {value} は先生用キーではありません。先生用ビューは、"
        "授業用リンクのパネルが作る先生自身のリンクからしか開けません。"
        "ページは学生用として表示しています。"
    ),
    "state.bad_pins": (
        "リンクの {param} = {value} は、最大 {high} "
        "個のピン留めした学習のリスト（`lambda:0.3,epochs:100` のような設定を ; で区切ったもの）"
        "ではありません。残したもの：{used}。"
    ),
    "lesson.choose": "選択してください",
    "lesson.no_questions": "このページには問題がありません",
    "lesson.class_taken": (
        "クラス {code} は、このサーバーで別の先生のキーで開かれています。別のコードを選ぶか、"
        "{code} 用の自分の先生用リンクを開いてから、このリンクを作ってください。"
    ),
    "lesson.class_full": (
        "サーバーが保持できるだけのクラスがすべて使用中で、今は新しいクラスを開けません。"
        "あとでもう一度試してください。"
    ),
    "lesson.examples": "できあいの授業（書籍の設定で、教えられることを確認済み）",
    "lesson.example_decay_gap": (
        "Weight decay（荷重減衰）で差は縮まる？ λ = 0.1 と λ = 0 を比べ、クラスが先に予想します。"
    ),
    "lesson.example_dropout_gap": (
        "Dropoutで差は縮まる？ 比率0.2となしを比べ、クラスが先に予想します。"
    ),
    "lesson.example_init_shape": "sigmoidで σ = 1：最後の層のアクティベーションはどう見える？",
    "lesson.example_init_loss": "最もよく学習する初期値はどれ？ σ = 0.01、Xavier、He",
    "lesson.example_bn_small": (
        "小さな重みの初期値（σ = 0.01）：Batch Normalizationで学習は救われる？"
    ),
    "predict.closed": (
        "先生がこの問題の投票を締め切りました。回答して結果を見ることはできますが、"
        "あなたの回答は集計されません。"
    ),
    "predict.full": (
        "この問題は集計できる回答数（{high}）に達しました。回答して結果を見ることはできますが、"
        "あなたの回答は集計されません。"
    ),
    "predict.added_counted": (
        "あなたの回答はクラス {code} の分として匿名で集計されました（ブラウザごとに1回答）。"
    ),
    "predict.added_already": (
        "このブラウザはクラス {code} のこの問題にすでに回答しています。"
        "最初の回答が有効です（ブラウザごとに1回答）。"
    ),
    "predict.added_full": (
        "集計されませんでした：この問題は集計できる回答数（{high}）に達しています。"
        "先生に伝えてください。"
    ),
    "predict.added_closed": "集計されませんでした：先生がこの問題の投票を締め切っていました。",
    "predict.added_no_class": (
        "集計されませんでした：クラス {code} はこのサーバーで開かれていません（先生のリンクで開きま"
        "す）。"
    ),
    "predict.added_no_voter": (
        "集計されませんでした：このブラウザがラボにIDを渡しませんでした（ブラウザごとに1回答として"
        "数えるため、ブラウザはIDをストレージかクッキーに保存します）。ページを再読み込みして、"
        "もう一度回答してください。"
    ),
    "predict.added_server_full": (
        "集計されませんでした：サーバーは今、保持できるだけの回答を保持しています。"
        "先生に伝えてください。"
    ),
    "predict.added_bad_option": "集計されませんでした：それはこの問題の選択肢ではありません。",
    "class.key_taken": (
        "このリンクの先生用キーでは、このサーバーのクラス {code} "
        "を開けません（そのクラスは別のキーのものです）。ページは学生用として表示しています。"
    ),
    "class.key_full": (
        "クラス {code} を開けません：サーバーが保持できるだけのクラスがすべて使用中です。"
        "ページは学生用として表示しています。"
    ),
    "class.key_no_class": (
        "先生用キーにはクラスコード（class=…）が必要です。ページは学生用として表示しています。"
    ),
    "class.round": "{round} 回目",
    "class.closed": "投票締め切り",
    "class.full": "上限：回答 {high} 件、これ以上は集計しません",
    "class.full_teacher": (
        "この問題は集計できる回答数（{high}）に達しました。これ以降の回答は集計されず、"
        "学生にもそう伝えられます。もう一度集計するには、新しい回を始めてください。"
    ),
    "class.new_round": "新しい回",
    "class.new_round_help": (
        "この問題の回答を消去して、もう一度問います。どのブラウザももう一度回答でき、"
        "結果はあなたが見せるまで隠れています。"
    ),
    "class.close": "投票を締め切る",
    "class.reopen": "投票を再開する",
    "class.close_help": (
        "締め切ると、学生は回答して結果を見ることはできますが、回答は集計されません。"
    ),
    "class.questions": "クラス {code}：これまでの問題（{count}）",
    "class.no_questions": "まだどの問題にも回答がありません。",
    "class.csv": "集計をダウンロード（CSV）",
    "class.question_name": "{page}：{question}",
    "class.col_question": "問題",
    "class.col_settings": "設定",
    "class.col_answers": "回答数",
    "class.col_state": "状態",
    "class.col_teacher": "あなたの問題",
    "class.book_settings": "書籍の設定",
    "diag.fix_locked": (
        "役に立つこと：{fix}。この授業では先生が{control}を設定したので、"
        "このページではそのままです。固定なしのページで試してください。"
    ),
    "diag.fix_locked_help": (
        "同じページを新しいタブで開きます。どのコントロールも自由に動かせ、"
        "この修正がすでに設定されています。"
    ),
    "diag.expect_lr": (
        "予想：書籍の学習係数 {value} では、損失はステップごとに下がり、"
        "認識精度はチャンスレベルを大きく上回ります。"
    ),
    "diag.expect_weight_decay_lambda": (
        "予想：書籍の λ = {value} ではネットワークは再び学習し（書籍：200エポック後に訓練 0.93、"
        "テスト 0.72）、差はWeight decayなしより小さくなります。"
    ),
    "diag.expect_dropout_ratio": (
        "予想：書籍の比率 {value} ではネットワークは再び学習します。Dropoutなしより遅いですが、"
        "差は小さくなります。"
    ),
    "diag.expect_weight_init_std": (
        "予想：{value} では、アクティベーションの広がりが層から層へ保たれ、"
        "ネットワークは学習します。"
    ),
    "diag.expect_use_batchnorm": (
        "予想：Batch Normalizationが各層のスケールを整え直すので、"
        "重みの初期値がどうであってもネットワークは学習します。"
    ),
    "pins.book": "書籍の設定",
    "pins.pin": "📌 この学習をピン留め",
    "pins.pin_help": (
        "ほかの設定を試すあいだ、この学習の曲線を薄くしてグラフに残します（最大 {most} 個。"
        "古いものから消えます）。ピンはアドレスの一部なので、リンクにも含まれます。"
    ),
    "pins.clear": "ピンを外す",
    "pins.listed": "ピン留め（グラフに薄く表示）：{pins}",
    "pins.training": "学習中。終わると表示されます",
    "plane.init_std": "σ = {std}",
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
    "diag.table_not_finite": "{layer}層目、{quantity}の標準偏差が有限の数でなくなった、{at}",
    # ---------------------------------------------------------------- issue 21 with issue 18:
    # the chapter pages' charts described (ui/updates, ui/hyperparameters, ui/batchnorm)
    "chart.comma": "、",
    "chart.race_start": "どの手法も f = {f} の {at} から出発します。最小値は (0, 0) です",
    "chart.race_end": "{rule} は {steps} ステップ後に {at} で終了、f = {f}",
    "chart.race_arrived": "ステップ {step} 以降は {level} 未満",
    "chart.race_zigzag": "谷を横切ってジグザグに進み、y = 0 を {turns} 回横切った",
    "chart.race_overshoot": "x = 0 を {by} 行き過ぎた",
    "chart.race_diverged": "{rule} は発散：ステップ {step} で f が出発点の10倍に",
    "chart.mnist_lowest": "最後の {last} イテレーションの損失の平均、小さい順：{means}",
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
    "chart.search_best": (
        "{trials} 試行：検証データの認識精度の最高値は {val}、lr {lr}、λ {lam} のとき（試行 "
        "{trial}）"
    ),
    "chart.search_top": (
        "最良の {count} 試行はすべて lr が {lr_low} から {lr_high}、λ が {lam_low} から "
        "{lam_high}、検証データの認識精度は {val_low} から {val_high}"
    ),
    "chart.search_rest": "残りの {rest} 試行の検証データの認識精度の中央値は {val}",
    "chart.search_range": (
        "破線の長方形は探索した範囲です：lr {lr_low} から {lr_high}、λ {lam_low} から {lam_high}"
    ),
    "chart.best_first": (
        "1位（試行 {trial}、lr {lr}、λ {lam}）は {epoch} エポック後に検証データ {val}、訓練データ "
        "{train} で終わります"
    ),
    "chart.best_last": "{rank}位は検証データ {val}、訓練データ {train}",
    "chart.best_gap": (
        "{shown} 個中 {over} 個で訓練データが検証データを上回って終わり、最大の差は "
        "{gap}（{rank}位）"
    ),
    "chart.best_no_gap": "{shown} 個すべてで、検証データが訓練データ以上で終わります",
}
