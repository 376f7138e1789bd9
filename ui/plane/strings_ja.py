"""日本語 strings of ui/plane/strings_en.py: its keys and placeholders, in its order, the
terms of ui/strings_ja.py."""

STRINGS = {
    # ---------------------------------------------------------------- page 5: chapter 6 in 2-D
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
    # ---------------------------------------------------------------- issue 18: every chart
    # speaks (ui/chart.py, ui/describe.py and the lessons' descriptions), projector mode
    "chart.boundary": (
        "{run}、{epoch} エポック目：決定境界は平面を {pieces} 個の領域に分けています。"
        "訓練データの認識精度 {train:.2f}、テストデータの認識精度 {test:.2f}"
    ),
    "chart.boundary_waiting": "{run}：まだ境界はありません。学習を始めています",
    # ---------------------------------------------------------------- issue 17: classroom-proof
    # lessons (ui/class_counts.py, ui/class_view.py, ui/browser.py, ui/pins.py, ui/lesson_view.py,
    # ui/predict.py, ui/diagnosis.py)
    "plane.init_std": "σ = {std}",
}

# Made from: the first 8 hex digits of the sha1 of the English each string translates
# (python -m ui.stamp; see ui/stamp.py)
MADE_FROM = {
    "plane.title": "f65e936e",
    "plane.intro": "3dc21ce2",
    "plane.init": "bead26a3",
    "plane.init_help": "aec56b18",
    "plane.activation": "b9d36218",
    "plane.activation_help": "0f7bd22f",
    "plane.bn": "c72acd36",
    "plane.bn_help": "5b6e1946",
    "plane.lambda": "a3170560",
    "plane.lambda_help": "09419c79",
    "plane.dropout": "0c2ebd2e",
    "plane.dropout_help": "f70b5ae6",
    "plane.compare": "804d8c23",
    "plane.compare_help": "d01e6369",
    "plane.test_points": "eb6fc13e",
    "plane.test_points_help": "e5f699d0",
    "plane.network_header": "75822b9a",
    "plane.train_size": "a9f5ee29",
    "plane.train_size_help": "cedee5b8",
    "plane.noise": "15b378e9",
    "plane.noise_help": "2c819108",
    "plane.epochs": "8f4dcf15",
    "plane.epochs_help": "09e84a63",
    "plane.epochs_cap": "6c4ce209",
    "plane.layers": "b7f66f14",
    "plane.layers_help": "07680a9e",
    "plane.width": "4af86c44",
    "plane.width_help": "3e47d828",
    "plane.optimizer": "5b15e9cc",
    "plane.optimizer_help": "9867ff9a",
    "plane.lr": "8cffbd47",
    "plane.lr_help": "2ca45491",
    "plane.run_both": "ff3bd25e",
    "plane.run_dropout": "3b875801",
    "plane.run_plain": "6120ef75",
    "plane.run_baseline": "da3f8446",
    "plane.panel": "8d165539",
    "plane.fig_title": "53b67d06",
    "plane.fig_class_0": "25250978",
    "plane.fig_class_1": "4cdb5060",
    "plane.fig_train_points": "0a2b9827",
    "plane.fig_test_points": "a94a8fe5",
    "plane.fig_boundary": "4e70d26b",
    "plane.fig_p_hover": "4e648ae6",
    "plane.fig_waiting": "ed08ebd5",
    "plane.curve_title": "59271656",
    "plane.curve_x": "8ac1f753",
    "plane.curve_acc": "26de05a4",
    "plane.curve_norm": "604840d1",
    "plane.curve_train": "94efdd6f",
    "plane.curve_test": "a94a8fe5",
    "plane.m_train": "2355290f",
    "plane.m_test": "5544206c",
    "plane.m_gap": "b29eb593",
    "plane.m_norm": "ee7eaae4",
    "plane.diverged": "68adae1a",
    "plane.stalled_init": "d2c94d44",
    "plane.stalled": "1e959ab1",
    "plane.memorized": "40654d2d",
    "plane.reading": "21d06029",
    "plane.delta_caption": "10f4782c",
    "plane.look_header": "e540a6e5",
    "plane.look": "ee217827",
    "chart.boundary": "ed858582",
    "chart.boundary_waiting": "844c481d",
    "plane.init_std": "505b7adf",
}
