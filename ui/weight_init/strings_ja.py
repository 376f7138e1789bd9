"""日本語 strings of ui/weight_init/strings_en.py: its keys and placeholders, in its order, the
terms of ui/strings_ja.py."""

STRINGS = {
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
    "init.init": "重みの初期値",
    "init.init_help": (
        "重みの初期値の標準偏差 σ：固定の数値、Xavier √(1/n)、He √(2/n)、"
        "またはスライダーで決める任意の値。"
    ),
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
    # ------------------------------------------------ lesson links, predict then reveal (issue 12)
    # ui/lesson.py, ui/form.py, ui/lesson_view.py, ui/predict.py and the lessons' questions.py
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
    # ---------------------------------------------------------------- issue 12.3-4: the
    # regularizer overlay (ui/overfitting/regularizers.py) and the divergence explainer
    # (ui/diagnosis.py)
    "diag.at_iteration": "{iteration} イテレーション目（{epoch} エポック目）までに",
    # ---------------------------------------------------------------- issue 18: every chart
    # speaks (ui/chart.py, ui/describe.py and the lessons' descriptions), projector mode
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
}

# Made from: the first 8 hex digits of the sha1 of the English each string translates
# (python -m ui.stamp; see ui/stamp.py)
MADE_FROM = {
    "init.title": "ce2013dc",
    "init.intro": "c75c7288",
    "init.layers": "f055f18a",
    "init.layers_help": "72643be9",
    "init.nodes": "d3949ead",
    "init.nodes_help": "1e9042f9",
    "init.samples": "0fb59422",
    "init.samples_help": "6ec91936",
    "init.samples_limit": "5fa74cd6",
    "init.samples_limit_grad": "dc1cd530",
    "init.activation": "09ede214",
    "init.init": "bead26a3",
    "init.init_help": "19350b89",
    "init.custom_title": "bfa1df47",
    "init.scale": "29d1f10d",
    "init.scale_help": "6d325a6d",
    "init.sigma": "7ee0ccd0",
    "init.range": "7486771c",
    "init.range_output": "930b388e",
    "init.range_auto": "a4e9cbf2",
    "init.range_book": "aa831c6c",
    "init.range_help": "f61e2f23",
    "init.range_note_output": "45b5d874",
    "init.range_note_relu": "632f1d2c",
    "init.range_note_auto": "fac3c3c2",
    "init.range_note_book": "08df78c9",
    "init.gradients": "f37f4e1a",
    "init.gradients_help": "76a8e2da",
    "init.hist_title": "ade855af",
    "init.layer_n": "41c04808",
    "init.share_axis": "f9531faa",
    "init.name_activation": "fb009f2f",
    "init.name_gradient": "80401dd8",
    "init.x_activation": "f3d2081a",
    "init.x_gradient": "516a2809",
    "init.std_title": "04f58eab",
    "init.std_x": "d54c2aa2",
    "init.std_y": "552e3707",
    "init.table_header": "b5d823e9",
    "init.col_quantity": "6a4060f4",
    "init.col_layer": "d54c2aa2",
    "init.col_mean": "5f00f7a0",
    "init.col_std": "55ec981f",
    "init.col_saturated": "0edc5410",
    "init.col_zeros": "2b884316",
    "init.col_saturated_help": "32bf7a55",
    "init.hist_csv": "936a1fef",
    "init.std_csv": "3b9d493b",
    "init.table_csv": "89e5f618",
    "init.see_header": "474c10db",
    "init.see_saturated": "2da25679",
    "init.see_alike": "84f4296b",
    "init.see_dead": "fd3302ad",
    "init.see_explode": "698d67f3",
    "init.see_shrink": "ccf34e0f",
    "init.see_healthy": "a8266dc9",
    "init.see_overflow": "4fd7f731",
    "init.see_outside": "3918c788",
    "init.see_grad_grow": "ab844a4c",
    "init.see_grad_shrink": "707e8fca",
    "init.see_grad_hold": "ceb694a2",
    "init.theory_header": "cdf872ef",
    "init.theory": "4ea181f4",
    "init.train_header": "fc4ccc81",
    "init.train_intro": "f50f04bb",
    "init.iterations": "b0c34a82",
    "init.iterations_help": "33fee059",
    "init.loss_title": "086b213c",
    "init.optimizer": "5b15e9cc",
    "init.optimizer_help": "b2e8da7e",
    "init.loss_x": "6a768802",
    "init.loss_y": "fb695477",
    "init.run_std": "b7059cd3",
    "init.run_xavier": "ae1d753f",
    "init.run_he": "53a41779",
    "init.loss_caption": "cbf9b378",
    "init.final_loss": "4095ae89",
    "predict.shape.prompt": "2ff95e12",
    "predict.shape.prompt_relu": "ee1fff17",
    "predict.shape.opt_ends": "7cbcccb0",
    "predict.shape.opt_spike": "1ac2f983",
    "predict.shape.opt_spread": "713c0168",
    "predict.shape.opt_shrink": "9b6e3fcd",
    "predict.shape.opt_keep": "21de9538",
    "predict.shape.opt_grow": "1181efe9",
    "predict.shape.picture_x_relu": "75150979",
    "predict.shape.needs_layers": "8ede4ef9",
    "predict.shape.needs_range": "9d724484",
    "predict.shape.why_ends": "61e2c21f",
    "predict.shape.why_spike": "817239ef",
    "predict.shape.why_spread": "404cb78a",
    "predict.shape.why_shrink": "30176c41",
    "predict.shape.why_keep": "7bfaca06",
    "predict.shape.why_grow": "0a86e96c",
    "predict.shape.not_ends": "d59bf2cb",
    "predict.shape.not_spike": "ea7c4311",
    "predict.shape.not_spread": "33265885",
    "predict.shape.not_shrink": "228ea60a",
    "predict.shape.not_keep": "06643d2d",
    "predict.shape.not_grow": "74cdc615",
    "predict.loss.prompt": "f0f7021e",
    "predict.loss.numbers": "d3a79862",
    "predict.loss.no_verdict": "4f5418f4",
    "predict.loss.why_std": "8f06c722",
    "predict.loss.why_xavier": "067c95a1",
    "predict.loss.why_he": "770751b5",
    "predict.loss.not_std": "4a6b85ac",
    "predict.loss.not_xavier": "ae87e5e1",
    "predict.loss.not_he": "3e0461ac",
    "diag.at_iteration": "e557612b",
    "chart.hist": "5e9c6b90",
    "chart.hist_std": "d31fa503",
    "chart.share_saturated": "e8e98bbe",
    "chart.share_zeros": "0a4800dc",
    "chart.hist_gradients": "5f68b4c8",
    "chart.lowest_loss": "3ed4cfbc",
}
