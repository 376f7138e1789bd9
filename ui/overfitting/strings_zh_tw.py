"""繁體中文（台灣）strings of ui/overfitting/strings_en.py: the same keys and placeholders, the
terms of ui/strings_zh_tw.py."""

STRINGS = {
    # ---- one student cannot hurt the class (issue 16): bounds on a browser's and a network's runs
    "overfit.epochs_cap": (
        "以目前的網路與資料設定，伺服器最多訓練 {most} 個 epoch：一次訓練最多只能占用全班共用的"
        "訓練器約 {minutes:.0f} 分鐘。"
    ),
    # ---------------------------------------------------------------- pages 3 and 4 (ui/overfit.py)
    "overfit.epochs": "訓練週期（epoch）數",
    "overfit.network_header": (
        "網路與訓練：{train_size} 張訓練圖片、{layers} × {width} 個 ReLU 神經元、{optimizer}、"
        "學習率 {lr:g}"
    ),
    "overfit.train_size": "訓練資料筆數",
    "overfit.train_size_help": (
        "網路用來學習的 MNIST 圖片張數（書中為 300 張，少到足以背下來）。"
        "資料越多越不容易過度學習，訓練時間也大約等比例拉長。"
    ),
    "overfit.layers": "隱藏層數",
    "overfit.layers_help": "使用 He 權重初始值的 ReLU 隱藏層數（書中為 6 層）。",
    "overfit.width": "每層神經元數",
    "overfit.width_help": "每個隱藏層的神經元數（書中為 100）。",
    "overfit.optimizer": "最佳化方法",
    "overfit.optimizer_help": (
        "依梯度更新權重的方法（書中為 SGD）。動量（Momentum）在各步之間保留速度；"
        "AdaGrad 與 Adam 依各權重過去的梯度調整它的步幅。"
    ),
    # the option keeps its English name, as SGD, AdaGrad and Adam do: "動量（Momentum）"
    # made the four choices wider than a 390 px phone (the help text gives 動量)
    "overfit.lr": "學習率（對數刻度）",
    "overfit.lr_help": (
        "每次更新的步幅（書中 SGD 用 0.01）。步幅太大會讓權重大幅擺盪，訓練可能發散。"
    ),
    "overfit.x": "訓練週期（epoch）",
    "overfit.acc": "準確率",
    "overfit.norm": "權重範數 ‖W‖",
    "overfit.train": "訓練資料",
    "overfit.test": "測試資料",
    "overfit.gap_label": "差距 {gap:.3f}",
    "overfit.m_train": "訓練資料準確率",
    "overfit.m_test": "測試資料準確率",
    "overfit.m_gap": "差距（訓練 − 測試）",
    "overfit.m_norm": "權重範數 ‖W‖",
    "overfit.delta_caption": (
        "最終數字下方的小數字：相對於 {baseline}（同一個網路、從相同起點同時訓練）的變化。"
    ),
    "overfit.diverged_hint": (
        "更新的步幅衝過頭時，權重會一路變大直到損失函數溢位，訓練就發散了。"
        "請調低學習率（目前為 {lr:g}）或換一種最佳化方法。"
    ),
    "overfit.early": (
        "{run}：經過 {epoch} 個訓練週期（epoch）後，測試資料準確率為 {test:.3f}，"
        "仍接近隨機猜測（十個數字為 0.1）：網路還沒學會。書中訓練 200 到 300 個訓練週期。"
    ),
    "overfit.stuck_training": (
        "{run}：測試資料準確率停在隨機猜測的水準，第 {epoch} 個訓練週期為 {test:.3f}"
        "（十個數字隨機猜測為 0.1）。請檢查學習率（{lr:g}）與最佳化方法："
        "步幅太大會讓權重大幅擺盪，太小則幾乎不動。"
    ),
    "decay.title": "過度學習與權重衰減",
    "decay.intro": (
        "書中的 `overfit_weight_decay`：只有 300 張訓練資料，卻用一個很深的網路"
        "（784-100×6-10、ReLU、He 權重初始值），大到足以把它們背下來。不加處理就會"
        "**過度學習**（overfitting）：訓練資料的準確率升到 1.0，測試資料的準確率卻遠遠落後。"
        "**權重衰減（Weight decay）** 在損失函數加上 ½λ‖W‖²，讓權重變大要付出代價。"
    ),
    "decay.lambda": "權重衰減 λ",
    "decay.lambda_help": "懲罰項 ½λ‖W‖² 的強度（書中為 0.1；0 表示不使用權重衰減）。",
    "decay.epochs_help": "把訓練資料完整看過幾遍（書中為 200）。",
    "decay.compare": "與 λ = 0 比較",
    "decay.compare_help": (
        "同時以相同的權重初始值與小批次，訓練一個不使用權重衰減的相同網路（訓練時間加倍）。"
    ),
    "decay.book": (
        "**書中結果**（完整 MNIST 中的 300 張訓練資料，以 10,000 張測試；第 200 個訓練週期，"
        "λ = 0.1）：訓練 0.927、測試 0.721，差距 0.206；不使用權重衰減時訓練資料準確率達到 1.0，"
        "差距大得多。本實驗室以所用資料集的 {test_size:,} 張測試資料測試，數字會略有不同，"
        "但現象相同。"
    ),
    "decay.theory_header": "公式",
    "decay.theory": r"""
**損失函數。** 權重衰減把每個權重矩陣（不含偏權重）L2 範數的平方取一半、乘上 λ，加進損失：

$$
L_\mathrm{total} = L + \frac{1}{2}\,\lambda \sum_{l} \lVert W^{(l)} \rVert^2
\vphantom{\bigg|}
$$

**梯度。** 每個權重的梯度多了 λW：

$$
\frac{\partial L_\mathrm{total}}{\partial W} = \frac{\partial L}{\partial W} + \lambda W
\vphantom{\bigg|}
$$

因此 SGD 的一步 $W \leftarrow W - \eta \left( \frac{\partial L}{\partial W} + \lambda W \right)
= (1 - \eta\lambda)\,W - \eta\,\frac{\partial L}{\partial W}$ 會先把每個權重乘上
$1 - \eta\lambda$ 縮小，這就是「衰減」的由來。權重小，網路表示的函數就比較平滑，
無法為了貼合每一張訓練資料而彎來彎去，訓練與測試準確率的差距因此縮小。
右側圖表畫的是所有權重矩陣的 $\lVert W \rVert = \sqrt{\sum W^2}$。
""",
    "dropout.title": "Dropout（丟棄法）",
    "dropout.intro": (
        "書中的 `overfit_dropout`：同樣 300 張訓練資料與 784-100×6-10 網路，"
        "在每個隱藏層的活化函數後面加一層 Dropout。每次訓練的正向傳播都隨機關掉一部分"
        "（比例為 ratio）隱藏層神經元，讓每個神經元都無法依賴特定的其他神經元；"
        "測試時則所有神經元都上場。它能縮小訓練與測試準確率的差距，代價是訓練變慢。"
    ),
    "dropout.ratio": "Dropout 比例（ratio）",
    "dropout.ratio_help": (
        "每次訓練的正向傳播關掉的隱藏層神經元比例（書中為 0.2；0 表示不使用 Dropout）。"
    ),
    "dropout.mode": "實作方式",
    "dropout.mode_help": (
        "書中：均勻亂數 > ratio 的神經元保留，不做縮放；測試時每個神經元乘上 1 − ratio。"
        "反向縮放（inverted，多數函式庫的做法）：訓練時把保留的神經元除以 1 − ratio；"
        "測試時不做任何處理。"
    ),
    "dropout.mode_book": "書中做法",
    "dropout.mode_inverted": "反向縮放",
    "dropout.epochs_help": (
        "把訓練資料完整看過幾遍（書中評估 301 次，即第 0 到第 300 個訓練週期）。"
    ),
    "dropout.compare": "與無 Dropout 比較",
    "dropout.compare_help": (
        "同時以相同的權重初始值與小批次，訓練一個不使用 Dropout 的相同網路（訓練時間加倍）。"
    ),
    "dropout.mask_title": "比例 {ratio:g} 的一次訓練正向傳播：保留了哪些隱藏層神經元",
    "dropout.mask_x": "神經元",
    "dropout.mask_layer": "第 {layer} 層",
    "dropout.mask_kept": "保留",
    "dropout.mask_dropped": "丟棄",
    "dropout.mask_share": "保留 {percent}%",
    "dropout.mask_caption_book": (
        "這次正向傳播保留了 {total} 個隱藏層神經元中的 {kept} 個（{percent:.1f}%）；"
        "平均保留的比例是 1 − ratio = {expected:.0f}%。書中做法：保留的神經元原樣通過（×1），"
        "測試時每個神經元乘上 1 − ratio。下一次正向傳播會抽新的遮罩；"
        "在側邊欄更換亂數種子即可看到另一組。"
    ),
    "dropout.mask_caption_inverted": (
        "這次正向傳播保留了 {total} 個隱藏層神經元中的 {kept} 個（{percent:.1f}%）；"
        "平均保留的比例是 1 − ratio = {expected:.0f}%。反向縮放：訓練時保留的神經元乘上 "
        "1 / (1 − ratio) = {scale:.3g}，測試時所有神經元原樣使用。下一次正向傳播會抽新的遮罩；"
        "在側邊欄更換亂數種子即可看到另一組。"
    ),
    "dropout.run_main": "比例 {ratio:g}",
    "dropout.run_baseline": "無 Dropout",
    "dropout.book": (
        "**書中結果**（完整 MNIST 中的 300 張訓練資料，以 10,000 張測試；比例 0.2，"
        "第 301 次評估）：訓練 0.67、測試 0.548；訓練比不使用 Dropout 時慢得多。"
        "本實驗室以所用資料集的 {test_size:,} 張測試資料測試，數字會略有不同，但現象相同。"
        "上面的訓練使用比例 {ratio:g}。"
    ),
    "dropout.theory_header": "兩種實作方式，相同的期望值",
    "dropout.theory_book": r"""
**書中做法**（第 6 章的 `Dropout`）

訓練：均勻亂數大於比例 $r$ 的神經元 $i$ 保留，並原樣通過：

$$
\begin{gathered}
m_i = [\,u_i > r\,],\quad u_i \sim U(0, 1) \\
y_i = m_i\,x_i
\end{gathered}
$$

測試：所有神經元都使用，並縮小成訓練時的平均輸出：

$$
y_i = (1 - r)\,x_i
$$

反向傳播：$\partial L / \partial x_i = m_i\,\partial L / \partial y_i$。
""",
    "dropout.theory_inverted": r"""
**反向縮放 Dropout（inverted dropout）**（多數函式庫的做法）

訓練：同樣的遮罩，保留的神經元放大：

$$
y_i = \frac{m_i\,x_i}{1 - r}
\vphantom{\bigg|}
$$

測試：不需任何處理：

$$
y_i = x_i
$$

反向傳播：$\partial L / \partial x_i = \frac{m_i}{1 - r}\,\partial L / \partial y_i$。
""",
    "dropout.theory_why": (
        r"兩者都讓神經元在訓練時的期望輸出等於測試時的輸出：$E[m_i] = 1 - r$，"
        r"所以書中做法在訓練與測試時都是 $E[y_i] = (1 - r)\,x_i$，反向縮放則是 $E[y_i] = x_i$。"
        r"差別在訓練時數值的大小：書中做法保留下來的活化值（連帶梯度）是反向縮放的 $1 - r$ 倍，"
        r"這也是它在相同學習率下學得較慢的原因之一（在兩種做法下都試試比例 0.5）。"
        r"Dropout 可以看成同時訓練許多「變瘦」的網路，測試時再把它們平均，"
        r"就像集成學習（ensemble）。"
    ),
    # ------------------------------------------------ lesson links, predict then reveal (issue 12)
    # ui/lesson.py, ui/form.py, ui/lesson_view.py, ui/predict.py and the lessons' questions.py
    "predict.gap.prompt": (
        "訓練 {epochs} 個訓練週期後，哪一個訓練的訓練與測試準確率差距比較小："
        "{main} 還是 {baseline}？"
    ),
    "predict.gap.even": "差不多（相差 0.02 以內）",
    "predict.gap.numbers": (
        "最終差距（訓練 − 測試）：{main}：{main_gap:.3f}；{baseline}：{base_gap:.3f}。"
    ),
    "predict.gap.no_verdict": "有一個訓練沒有跑到最後一個訓練週期（發散了）：沒有最終差距可比較。",
    "predict.gap.needs_compare": "差距的問題要比較兩個訓練：打開比較用的訓練，才會提問。",
    "predict.gap.why_main_weight_decay": (
        "懲罰項 ½λ‖W‖² 每一步都把每個權重拉向 0，網路長不出把少量訓練資料逐一記住所需的大權重："
        "訓練準確率升得比較少（{main_train:.3f} 對 {base_train:.3f}），測試準確率因此離它比較近。"
    ),
    "predict.gap.why_main_dropout": (
        "Dropout 每次訓練的正向傳播都隨機關掉一些神經元，網路無法靠某一個神經元記住某個數字："
        "它對訓練資料擬合得沒那麼精確（{main_train:.3f} 對 {base_train:.3f}），"
        "測試準確率因此離它比較近。"
    ),
    "predict.gap.why_baseline": (
        "這次沒有使用這個技巧的訓練差距比較小。當這個技巧太強，網路連訓練資料都學得很少"
        "（{main} 只達到 {main_train:.3f}），或訓練太短、另一個訓練還來不及過度學習時，就會這樣。"
    ),
    "predict.gap.why_even": (
        "兩個差距最後相差在 {margin} 以內：訓練週期太少，沒用技巧的網路還沒過度學習，"
        "或是這個技巧太弱，起不了作用。"
    ),
    "predict.gap.not_main_weight_decay": (
        "λ 夠大、訓練夠久到會過度學習時，權重衰減才會縮小差距：這裡 {main} 的差距是 "
        "{main_gap:.3f}，對 {base_gap:.3f}。"
    ),
    "predict.gap.not_main_dropout": (
        "比例夠大、訓練夠久到會過度學習時，Dropout 才會縮小差距：這裡 {main} 的差距是 "
        "{main_gap:.3f}，對 {base_gap:.3f}。"
    ),
    "predict.gap.not_baseline_weight_decay": (
        "沒有懲罰項，就沒有東西讓權重保持小：沒用技巧的網路通常對訓練資料擬合得最好，"
        "也過度學習得最嚴重。這裡它的差距是 {base_gap:.3f}，對 {main_gap:.3f}。"
    ),
    "predict.gap.not_baseline_dropout": (
        "沒有 Dropout，每次傳播每個神經元都在：沒用技巧的網路通常把訓練資料記得最好，"
        "也過度學習得最嚴重。這裡它的差距是 {base_gap:.3f}，對 {main_gap:.3f}。"
    ),
    "predict.gap.lower_test": (
        "不過差距小不一定代表網路比較好：{main} 的測試準確率也比較低（{main_test:.3f} 對 "
        "{base_test:.3f}），所以這裡這個技巧不只抑制了過度學習，也拖慢了學習。"
    ),
    "predict.gap.not_even": "兩個差距相差 {abs_diff:.3f}，超過算作差不多的 {margin}。",
    # ---------------------------------------------------------------- teaching tools: the
    # regularizer overlay (ui/overfitting/regularizers.py) and the divergence explainer
    # (ui/diagnosis.py)
    "reg.header": "正則化方法並排比較",
    "reg.intro": (
        "上面設定的網路（{layers} × {width} 個 ReLU 神經元、{train_size} 張訓練資料、"
        "{epochs} 個訓練週期），從相同的權重初始值、用相同的小批次訓練五次：不加正則化、"
        "權重衰減（Weight decay，λ 在下方）、Dropout（上面的比例與實作方式）、兩者都用，"
        "以及改用批次正規化（Batch Normalization）。兩個 Dropout 的訓練關掉的是完全相同的神經元。"
        "實線：訓練資料準確率；虛線：測試資料準確率；每條曲線末端的括號是它的差距。"
    ),
    "reg.lambda": "權重衰減 λ（用於有權重衰減的訓練）",
    "reg.lambda_help": "「衰減」與「衰減 + Dropout」兩個訓練中懲罰項 ½λ‖W‖² 的強度（書中為 0.1）。",
    "reg.run_none": "無正則化",
    "reg.run_decay": "衰減 λ {lam:g}",
    "reg.run_dropout": "Dropout {ratio:g}",
    "reg.run_both": "衰減 + Dropout",
    "reg.run_bn": "批次正規化 BN",
    "reg.figure_title": "五種做法、同一個亂數種子：訓練資料準確率為實線，測試資料準確率為虛線",
    "reg.table_header": "每個訓練在最後一個訓練週期的數字",
    "reg.col_run": "訓練",
    "reg.col_train": "訓練資料",
    "reg.col_test": "測試資料",
    "reg.col_gap": "差距",
    "reg.col_norm": "權重範數 ‖W‖",
    "reg.col_status": "結束於",
    "reg.status_done": "第 {epoch} 個週期",
    "reg.status_chance": "第 {epoch} 個週期，隨機猜測水準",
    "reg.status_partial": "停在第 {epoch} 個週期",
    "reg.status_diverged": "第 {epoch} 個週期後發散",
    "reg.see_gap_chance": (
        "**{run}** 的差距最小，為 {gap:.3f}，但它的測試資料準確率 {test:.3f} 只是隨機猜測："
        "它什麼也沒學會，自然沒有東西可以過度學習。差距小，要配上好的測試資料準確率才有意義。"
    ),
    "reg.see_gap": "**有學會的訓練中差距最小：** {run}，{gap:.3f}（不加正則化：{none:.3f}）。",
    "reg.see_gap_plain": "**有學會的訓練中差距最小：** {run}，{gap:.3f}。",
    "reg.see_test": "**測試資料準確率最高：** {run}，{test:.3f}。",
    "reg.see_norm": "**權重最小：** {run}，‖W‖ = {norm}（不加正則化：{none_norm}）。",
    "reg.see_norm_plain": "**權重最小：** {run}，‖W‖ = {norm}。",
    "reg.see_fit": (
        "**最先學會訓練資料：** {run}，在第 {epoch} 個訓練週期達到訓練資料準確率 {fit:g}。"
    ),
    "reg.book": (
        "書中把權重衰減（λ 0.1、200 個訓練週期）與 Dropout（比例 0.2、301 個訓練週期）分成兩個"
        "程式，並把抑制過度學習列為批次正規化的優點之一。這裡五個訓練共用一個亂數種子、同一組"
        "小批次與本頁的設定。"
    ),
    # The study note's figures, one click away (pages/dropout.py, pages/weight_decay.py,
    # ui/batchnorm/central.py, ui/batchnorm/scale_panels.py)
    "dropout.note_preset": "筆記的設定：0.15",
    "dropout.note_preset_help": (
        "把比例設為 0.15：筆記的圖以 drop_base = 0.15 訓練，這是書中 overfit_dropout.py "
        "較早版本的比例（目前的版本：0.2）。"
    ),
    "dropout.note_on_screen": (
        "比例 0.15 是**筆記的設定**（它的 drop_base = 0.15）：它的圖顯示差距比不使用 Dropout "
        "時小、訓練也比較慢，和這裡一樣。"
    ),
    "decay.note_names": (
        "**筆記中**這個懲罰項寫成 `0.5 * lr * W**2`：其中的 `lr` 是本頁的權重衰減 λ"
        "（書中程式碼的 `weight_decay_lambda`），不是學習率 η。請讀作 ½λ‖W‖²。"
    ),
    # ---------------------------------------------------------------- issue 18: every chart
    # speaks (ui/chart.py, ui/describe.py and the lessons' descriptions), projector mode
    "chart.masks": (
        "這次傳遞保留了 {total} 個隱藏單元中的 {kept} 個（{percent:.0f}%，預期 "
        "{expected:.0f}%）：{layers}"
    ),
    "chart.masks_layer": "第 {layer} 層 {units} 個中的 {kept} 個",
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
