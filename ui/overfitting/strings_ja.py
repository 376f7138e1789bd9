"""日本語 strings of ui/overfitting/strings_en.py: its keys and placeholders, in its order, the
terms of ui/strings_ja.py."""

STRINGS = {
    # ---- one student cannot hurt the class (issue 16): bounds on a browser's and a network's runs
    "overfit.epochs_cap": (
        "このネットワークとデータの設定では、サーバーが学習するのは最大 {most} エポックです。"
        "1回の学習が、クラス全員で共有する学習の実行枠を約 {minutes:.0f} 分使うことがあるためです。"
    ),
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
    # ------------------------------------------------ lesson links, predict then reveal (issue 12)
    # ui/lesson.py, ui/form.py, ui/lesson_view.py, ui/predict.py and the lessons' questions.py
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
    # ---------------------------------------------------------------- issue 18: every chart
    # speaks (ui/chart.py, ui/describe.py and the lessons' descriptions), projector mode
    "chart.masks": (
        "この順伝播で残った隠れ層のユニットは {total} 個中 {kept} 個（{percent:.0f}%、期待値 "
        "{expected:.0f}%）：{layers}"
    ),
    "chart.masks_layer": "{layer}層目 {units} 個中 {kept} 個",
}

# Made from: the first 8 hex digits of the sha1 of the English each string translates
# (python -m ui.stamp; see ui/stamp.py)
MADE_FROM = {
    "overfit.epochs_cap": "decfa967",
    "overfit.epochs": "8f4dcf15",
    "overfit.network_header": "a4f3597e",
    "overfit.train_size": "0e565538",
    "overfit.train_size_help": "419ba1a5",
    "overfit.layers": "b7f66f14",
    "overfit.layers_help": "e28d4e05",
    "overfit.width": "4af86c44",
    "overfit.width_help": "b4355cfc",
    "overfit.optimizer": "5b15e9cc",
    "overfit.optimizer_help": "9a6ac1ce",
    "overfit.lr": "8cffbd47",
    "overfit.lr_help": "2fd80d22",
    "overfit.x": "8ac1f753",
    "overfit.acc": "26de05a4",
    "overfit.norm": "604840d1",
    "overfit.train": "94efdd6f",
    "overfit.test": "a94a8fe5",
    "overfit.gap_label": "9881a14d",
    "overfit.m_train": "2355290f",
    "overfit.m_test": "5544206c",
    "overfit.m_gap": "b29eb593",
    "overfit.m_norm": "ee7eaae4",
    "overfit.delta_caption": "668891ec",
    "overfit.diverged_hint": "75abe0df",
    "overfit.early": "e7b19422",
    "overfit.stuck_training": "f6d7fc47",
    "decay.title": "b5d144d6",
    "decay.intro": "6302882d",
    "decay.lambda": "a3170560",
    "decay.lambda_help": "8542811a",
    "decay.epochs_help": "1b2b5ef6",
    "decay.compare": "f2b906d1",
    "decay.compare_help": "c743c1c3",
    "decay.book": "24f20541",
    "decay.theory_header": "e6c73211",
    "decay.theory": "d855133f",
    "dropout.title": "99a0d2b3",
    "dropout.intro": "c88172f7",
    "dropout.ratio": "0c2ebd2e",
    "dropout.ratio_help": "028d10eb",
    "dropout.mode": "fa84f17a",
    "dropout.mode_help": "700fa332",
    "dropout.mode_book": "f69f2330",
    "dropout.mode_inverted": "b36ffdfa",
    "dropout.epochs_help": "36524ea6",
    "dropout.compare": "9d87628c",
    "dropout.compare_help": "dbac8595",
    "dropout.mask_title": "baf129c3",
    "dropout.mask_x": "0df9eea0",
    "dropout.mask_layer": "f99de79f",
    "dropout.mask_kept": "1e61fe1e",
    "dropout.mask_dropped": "ad3f9aa5",
    "dropout.mask_share": "2d1a8938",
    "dropout.mask_caption_book": "29ede154",
    "dropout.mask_caption_inverted": "4b4879ec",
    "dropout.run_main": "1f1fd0e9",
    "dropout.run_baseline": "81509907",
    "dropout.book": "6b3b27d6",
    "dropout.theory_header": "99b3a0f4",
    "dropout.theory_book": "bdb36235",
    "dropout.theory_inverted": "51b4ef1b",
    "dropout.theory_why": "bcbdbec7",
    "predict.gap.prompt": "01f0c008",
    "predict.gap.even": "b2584d18",
    "predict.gap.numbers": "f14acad0",
    "predict.gap.no_verdict": "3e553f87",
    "predict.gap.needs_compare": "fbbc93a2",
    "predict.gap.why_main_weight_decay": "7434b368",
    "predict.gap.why_main_dropout": "77169148",
    "predict.gap.why_baseline": "088c35fa",
    "predict.gap.why_even": "001fbb70",
    "predict.gap.not_main_weight_decay": "f735eb3d",
    "predict.gap.not_main_dropout": "2b0fcaae",
    "predict.gap.not_baseline_weight_decay": "7ce67320",
    "predict.gap.not_baseline_dropout": "36690085",
    "predict.gap.lower_test": "48d6d759",
    "predict.gap.not_even": "e4e45d37",
    "reg.header": "9f8fd252",
    "reg.intro": "e96a9b3f",
    "reg.lambda": "ab6160e2",
    "reg.lambda_help": "1d8b4376",
    "reg.run_none": "6120ef75",
    "reg.run_decay": "ddf8b1d0",
    "reg.run_dropout": "3b875801",
    "reg.run_both": "bc43da14",
    "reg.run_bn": "6d5ea0a4",
    "reg.figure_title": "d76b66d9",
    "reg.table_header": "3733c538",
    "reg.col_run": "b1b39260",
    "reg.col_train": "3b278ea9",
    "reg.col_test": "640ab2ba",
    "reg.col_gap": "b2464742",
    "reg.col_norm": "6b62da9a",
    "reg.col_status": "90303d8d",
    "reg.status_done": "fa7fef9f",
    "reg.status_chance": "9739f0f6",
    "reg.status_partial": "b46ffae5",
    "reg.status_diverged": "9507e0ae",
    "reg.see_gap_chance": "d6143ae9",
    "reg.see_gap": "e7b0997f",
    "reg.see_gap_plain": "6bf2f617",
    "reg.see_test": "f50860e7",
    "reg.see_norm": "3647415a",
    "reg.see_norm_plain": "39b7ae7f",
    "reg.see_fit": "c327bda7",
    "reg.book": "b52976b5",
    "dropout.note_preset": "d5c0eaa6",
    "dropout.note_preset_help": "8d75e634",
    "dropout.note_on_screen": "fac8c9a6",
    "decay.note_names": "ced77190",
    "chart.masks": "b9b10d82",
    "chart.masks_layer": "5aa6e338",
}
