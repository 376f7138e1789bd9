"""日本語 strings of ui/updates/strings_en.py: its keys and placeholders, in its order, the
terms of ui/strings_ja.py."""

STRINGS = {
    # ---------------------------------------------------------------- issue 21: the whole
    # chapter. Page 6: parameter updates, 6.1 (pages/updates.py, ui/updates/)
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
}

# Made from: the first 8 hex digits of the sha1 of the English each string translates
# (python -m ui.stamp; see ui/stamp.py)
MADE_FROM = {
    "updates.title": "b6481d40",
    "updates.intro": "4c880d0c",
    "updates.race_header": "84078ab7",
    "updates.race_intro": "89a15542",
    "updates.lr": "fb33055a",
    "updates.lr_help": "39046ee4",
    "updates.x0": "59f62b87",
    "updates.x0_help": "35486cc5",
    "updates.y0": "ace2ed2c",
    "updates.y0_help": "78df3e99",
    "updates.steps": "cdde4f20",
    "updates.steps_help": "fc3322ed",
    "updates.race_title": "163c4c3f",
    "updates.race_play": "5a572593",
    "updates.race_pause": "9afdb636",
    "updates.race_step": "bd370d1b",
    "updates.race_caption": "0d1bfcf7",
    "updates.race_arrived": "37997966",
    "updates.race_diverged": "858a7b6e",
    "updates.race_stalled": "e66851b7",
    "updates.race_moving": "ffb93cfd",
    "updates.race_zigzag": "a989a55a",
    "updates.race_overshoot": "540d8e92",
    "updates.rules_header": "45fa5645",
    "updates.rules_intro": "01cae4ee",
    "updates.rule_sgd": "f759b52a",
    "updates.rule_momentum": "df17a88e",
    "updates.rule_adagrad": "20db3358",
    "updates.rule_adam": "dfaf6502",
    "updates.rule_code": "8c2463ef",
    "updates.mnist_header": "6b4adaf7",
    "updates.mnist_intro": "6bfd8c3e",
    "updates.iterations": "b0c34a82",
    "updates.iterations_help": "878d6c02",
    "updates.mnist_title": "0329eade",
    "updates.mnist_x": "6a768802",
    "updates.mnist_y": "68c3af30",
    "updates.mnist_run": "48d1393a",
    "updates.mnist_final": "784596e3",
    "updates.mnist_axis": "6d14f149",
    "updates.mnist_book_header": "b6996fd0",
    "updates.col_rule": "78e1790e",
    "updates.col_ours": "4decf212",
    "updates.col_book": "16f4fe9a",
    "updates.mnist_book": "129ca466",
    "predict.race.prompt": "6c21623d",
    "predict.race.end": "a9eeb710",
    "predict.race.end_diverged": "44f93807",
    "predict.race.all_diverged": "401aa904",
    "predict.race.why": "df0e94be",
    "predict.mnist.prompt": "5467b389",
    "predict.mnist.no_verdict": "68f38fa0",
    "predict.mnist.why": "ead185f3",
    "predict.mnist.not": "c911f553",
    "chart.comma": "d3bc9a37",
    "chart.race_start": "37893e82",
    "chart.race_end": "531ea339",
    "chart.race_arrived": "0b6faaca",
    "chart.race_zigzag": "5cea928b",
    "chart.race_overshoot": "13fe07ce",
    "chart.race_diverged": "b5e9a840",
    "chart.mnist_lowest": "4eaa1977",
}
