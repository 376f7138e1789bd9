"""繁體中文（台灣）strings. Same keys and placeholders as strings_en.py (tests/test_ui_i18n.py).

Terms follow ../shared/GLOSSARY.md: 權重初始值, 活化函數, 活化值, 梯度消失, 表現力受限, 批次正規化
（Batch Normalization）, 權重衰減（Weight decay）, Dropout（丟棄法）, 訓練週期（epoch）, 亂數種子.
"""

STRINGS = {
    # ---------------------------------------------------------------- app, navigation, sidebar
    "app.title": "Training Lab 訓練實驗室",
    "nav.home": "首頁",
    "nav.weight_init": "權重初始值",
    "nav.batchnorm": "批次正規化",
    "nav.weight_decay": "過度學習與權重衰減",
    "nav.dropout": "Dropout（丟棄法）",
    "sidebar.language": "Language / 語言",
    "sidebar.seed": "亂數種子",
    "sidebar.seed_help": (
        "所有隨機抽樣（輸入、權重初始值、小批次、Dropout 遮罩）都來自這個種子："
        "同一個種子得到相同的數字，"
        "換一個種子就是新的一組樣本。"
    ),
    "sidebar.reset": "恢復書中設定",
    "sidebar.reset_help": "把本頁的控制項恢復成書中使用的設定。",
    "sidebar.share": (
        "**分享連結：** 網址列記錄了本頁的所有設定，複製後就能讓全班看到一模一樣的畫面。"
    ),
    # ---------------------------------------------------------------- URL warnings (ui/state.py)
    "state.unknown_name": "連結中的參數「{param}」（=「{value}」）無法辨識，已略過。",
    "state.not_a_number": "連結中的「{param}」=「{value}」不是數字，改用 {used}。",
    "state.not_an_integer": "連結中的「{param}」=「{value}」不是整數，改用 {used}。",
    "state.out_of_range": (
        "連結中的「{param}」=「{value}」超出 {low} 到 {high} 的範圍，改用 {used}。"
    ),
    "state.snapped": "連結中的「{param}」=「{value}」不在滑桿每格 {step} 的刻度上，改用 {used}。",
    "state.snapped_log": "連結中的「{param}」=「{value}」不是滑桿上的數值，改用最接近的 {used}。",
    "state.unknown_choice": "連結中的「{param}」=「{value}」不是 {choices} 其中之一，改用 {used}。",
    "state.not_a_flag": (
        "連結中的「{param}」=「{value}」不是開或關（1/0、true/false），改用 {used}。"
    ),
    # ---------------------------------------------------------------- live training (ui/live.py)
    "live.train": "開始訓練",
    "live.stop": "停止",
    "live.resume": "繼續訓練",
    "live.idle": "按下**開始訓練**：網路學習的同時會畫出曲線。",
    "live.starting": "準備中…",
    "live.progress": "訓練中：已完成 {percent}%，約剩 {left}",
    "live.done": "完成。",
    "live.stopped_bar": "停在 {percent}%",
    "live.stopped": "已停在 {percent}%：曲線顯示目前為止的訓練結果。按下**繼續訓練**可接著訓練。",
    "live.cached": (
        "這組設定之前已在本伺服器上訓練過，直接顯示儲存的結果。若要重新訓練，"
        "請在側邊欄更換亂數種子。"
    ),
    "live.diverged": (
        "{run} 在第 {epoch} 個訓練週期（epoch）發散：損失函數的值不再是有限的數，曲線到此為止。"
    ),
    "live.failed": "實驗因錯誤而中止：{error}",
    "export.csv": "下載 CSV",
    # ---------------------------------------------------------------- home page
    "home.title": "Training Lab 訓練實驗室",
    "home.intro": (
        "這是齋藤康毅《Deep Learning："
        "用 Python 進行深度學習的基礎理論實作》第 6 章「與學習有關的技巧」"
        "的互動教材。改變一個設定，就能看到書中描述的現象即時發生；"
        "所有數字都由一個依照書中類別撰寫的"
        "小型 NumPy 引擎即時計算：權重初始值如何逐層影響活化值的分布、"
        "批次正規化（Batch Normalization）"
        "如何救回初始值不佳的網路，以及權重衰減（Weight decay）與 Dropout（丟棄法）"
        "如何縮小訓練資料與"
        "測試資料準確率之間的差距。"
    ),
    "home.how": (
        "**使用方式：** 每一頁一開始都是書中的設定。側邊欄可以切換語言、設定亂數種子，"
        "以及用**恢復書中設定**按鈕回到書中的設定。網址列隨時記錄目前的設定，"
        "複製網址就能分享你看到的畫面。"
    ),
    "home.loop_header": "本章所依據的訓練迴圈",
    "home.loop_title": "一次訓練步驟，對每個小批次重複進行",
    "home.loop_caption": (
        "一個小批次經過 Affine 層與活化函數層正向傳播到損失函數；反向傳播把梯度送回來；"
        "最佳化方法更新權重；"
        "然後重複。上色的步驟就是本實驗室各頁會改變的部分：點選方塊或下方的按鈕即可前往。"
    ),
    "home.loop_repeat": "用下一個小批次重複",
    "home.step_input": "輸入 x<br>（小批次）",
    "home.step_affine": "Affine<br>x·W + b",
    "home.step_bn": "批次<br>正規化",
    "home.step_act": "活化函數<br>ReLU、sigmoid",
    "home.step_dropout": "Dropout",
    "home.step_loss": "損失函數<br>+ ½λ‖W‖²",
    "home.step_backward": "反向傳播<br>∂L/∂W",
    "home.step_update": "更新<br>W ← W<br>− η ∂L/∂W",
    "home.pages_header": "各頁改變的部分",
    "home.link_weight_init": (
        "**權重初始值**：訓練前 W 的尺度，以及它造成的活化值分布（標準差 1、0.01、Xavier、He）。"
    ),
    "home.link_batchnorm": (
        "**批次正規化（Batch Normalization）**：接在 Affine 之後、把每個小批次正規化的層；"
        "逐個節點看它的正向傳播與反向傳播。"
    ),
    "home.link_weight_decay": (
        "**過度學習與權重衰減（Weight decay）**：損失函數中的懲罰項 ½λ‖W‖²，以及每次更新時的 λW。"
    ),
    "home.link_dropout": "**Dropout（丟棄法）**：訓練時每次正向傳播都隨機關閉部分神經元。",
    "home.open_page": "前往",
    "home.coming_soon": "即將推出",
    # ---------------------------------------------------------------- page 1: weight initialization
    "init.title": "權重初始值與活化值的分布",
    "init.intro": (
        "把 1,000 筆隨機輸入 x ~ N(0, 1) 送進一疊沒有偏權重的層，每一層計算 a = x·W 與 z = h(a)，"
        "權重 W ~ N(0, σ²) 為隨機值，再觀察每一層的輸出。尺度 σ 決定訊號能不能一路傳下去。"
    ),
    "init.layers": "層數",
    "init.layers_help": "輸入要經過的層數（書中為 5 層）。",
    "init.nodes": "每層節點數",
    "init.nodes_help": "每一層的神經元數，也就是 Xavier 與 He 公式中的 n（書中為 100）。",
    "init.samples": "樣本數",
    "init.samples_help": "從 N(0, 1) 抽出的隨機輸入筆數（書中為 1,000）。",
    "init.activation": "活化函數",
    "init.act_sigmoid": "sigmoid",
    "init.act_tanh": "tanh",
    "init.act_relu": "ReLU",
    "init.init": "權重初始值",
    "init.init_help": (
        "權重初始值的標準差 σ：固定的數值、Xavier √(1/n)、He √(2/n)，或用滑桿自訂。"
    ),
    "init.init_1": "標準差 1",
    "init.init_0.01": "標準差 0.01",
    "init.init_xavier": "Xavier",
    "init.init_he": "He",
    "init.init_custom": "自訂",
    "init.custom_title": "標準差 {sigma:g}",
    "init.scale": "自訂標準差 σ（對數刻度）",
    "init.scale_help": "選擇「自訂」時使用：σ 可從 0.0001 到 10。",
    "init.sigma": "權重以 σ = {sigma:.4g} 抽樣（每個節點有 {nodes} 個輸入）。",
    "init.range": "直方圖範圍",
    "init.range_auto": "所有數值",
    "init.range_book": "書中：(0, 1)",
    "init.range_help": (
        "書中每張直方圖都畫在 (0, 1) 之間。選「所有數值」會涵蓋全部的值，"
        "ReLU 爆增的值與 tanh 的負半邊就不會被切掉。"
    ),
    "init.gradients": "一併顯示梯度",
    "init.gradients_help": (
        "把一個隨機梯度沿同樣的層反向傳播一次，在第二列畫出每一層活化函數輸入端的 dL/da："
        "也就是該層權重學習所依據的梯度（dL/dW = xᵀ · dL/da）。"
    ),
    "init.hist_title": "每一層的輸出：{activation}，{init}",
    "init.layer_n": "第 {layer} 層",
    "init.share_axis": "數值占比（%）",
    "init.name_activation": "活化值",
    "init.name_gradient": "梯度",
    "init.x_activation": "活化值 z",
    "init.x_gradient": "梯度 dL/da",
    "init.std_title": "訊號如何傳遞：每一層的標準差",
    "init.std_x": "層",
    "init.std_y": "標準差",
    "init.table_header": "逐層統計",
    "init.col_quantity": "數值種類",
    "init.col_layer": "層",
    "init.col_mean": "平均數",
    "init.col_std": "標準差",
    "init.col_saturated": "飽和（%）",
    "init.col_zeros": "剛好為 0（%）",
    "init.col_saturated_help": (
        "距離函數邊界（sigmoid 的 0 或 1、tanh 的 ±1）0.05 以內的占比，那裡的斜率幾乎是 0。"
        "ReLU 沒有這個值。"
    ),
    "init.see_header": "觀察重點",
    "init.see_saturated": (
        "**飽和。** 第 {layer} 層有 {percent:.0f}% 的活化值落在距離函數邊界 0.05 以內。"
        "那裡曲線是平的、導數 h'(a) 幾乎為 0，反向傳播經過這些神經元時梯度幾乎消失（梯度消失）："
        "它們的權重幾乎學不到東西。"
    ),
    "init.see_alike": (
        "**每個神經元都說同樣的話。** 第 {layer} 層活化值的標準差只有 {std:.3f}：{nodes} 個神經元"
        "輸出幾乎相同的數字，再多神經元也和一個差不多（書中稱為表現力受限）。"
    ),
    "init.see_dead": (
        "**訊號消失。** 從第 {layer} 層起，ReLU 的輸出幾乎全是 0（標準差 {std}）："
        "後面的層幾乎收不到訊號，梯度也會跟著消失。"
    ),
    "init.see_explode": (
        "**活化值爆增。** 從第 1 層到第 {layer} 層，分散程度放大了 {ratio} 倍"
        "（標準差 {first} → {last}）：每一層都再乘上一次。"
    ),
    "init.see_shrink": (
        "**活化值萎縮。** 標準差從第 1 層的 {first} 降到第 {layer} 層的 {last}："
        "越深的層看到的訊號越弱。"
    ),
    "init.see_healthy": (
        "**分布健康。** 各層的標準差維持在 {low} 到 {high} 之間：每一層都把有變化的訊號傳下去。"
        "這正是 Xavier（適用 sigmoid、tanh）與 He（適用 ReLU）設計的目的。"
    ),
    "init.see_overflow": (
        "**溢位。** 從第 {layer} 層起，數值超過 32 位元浮點數能表示的範圍（約 3.4 × 10³⁸），"
        "不再是數字；標準差折線與表格中略去這些層。"
    ),
    "init.see_outside": (
        "**被切掉的值。** 第 {layer} 層有 {percent:.0f}% 的數值落在書中範圍 (0, 1) 之外，"
        "沒有畫出來："
        "改選自動範圍就能看到。"
    ),
    "init.see_grad_grow": (
        "**梯度。** 從第 {layers} 層反向傳播回第 1 層，梯度的標準差放大了 {ratio} 倍"
        "（{last} → {first}）。"
    ),
    "init.see_grad_shrink": (
        "**梯度。** 從第 {layers} 層反向傳播回第 1 層，梯度的標準差縮小了 {ratio} 倍"
        "（{last} → {first}）：前面幾層幾乎沒有可以學習的依據。"
    ),
    "init.see_grad_hold": (
        "**梯度。** 從第 {layers} 層反向傳播回第 1 層，梯度的標準差大致不變"
        "（{last} → {first}）：每一層都有可以學習的依據。"
    ),
    "init.theory_header": "為什麼尺度很重要",
    "init.theory": r"""
每一層先計算 $\mathbf{a} = \mathbf{x}W$，再計算 $\mathbf{z} = h(\mathbf{a})$。若有 $n$ 個彼此獨立、
變異數為 $\mathrm{Var}(x)$ 的輸入，權重的標準差為 $\sigma$，則

$$\mathrm{Var}(a) = n\,\sigma^2\,\mathrm{Var}(x).$$

* **標準差 1**（$n = 100$ 時 $n\sigma^2 = 100$）：$a$ 很大，sigmoid 的輸出擠在 0 與 1 附近，
  那裡的導數 $h'(a) = h(a)\,(1 - h(a))$ 幾乎為 0：**梯度消失**。
* **標準差 0.01**（$n\sigma^2 = 0.01$）：$a \approx 0$，每個神經元都輸出約 $h(0) = 0.5$：
  所有神經元說同樣的話，**表現力受限**。
* **Xavier**（Glorot 與 Bengio）：$\sigma = \sqrt{1/n}$ 讓 $\mathrm{Var}(a) = \mathrm{Var}(x)$。
  適合在 0 附近接近線性的 sigmoid 與 tanh。
* **He**（He 等人）：$\sigma = \sqrt{2/n}$。ReLU 把一半的輸入變成 0，二階動差因此減半；
  乘上 2 正好補回來，讓分散程度一層一層維持下去。
""",
    "init.train_header": "在 MNIST 上訓練：標準差 0.01、Xavier、He 的比較",
    "init.train_intro": (
        "書中的 `weight_init_compare`：三個 784-100-100-100-100-10 的 ReLU 網路，"
        "除了權重初始值以外完全相同，"
        "以 SGD（學習率 0.01、小批次 128 筆）同時訓練。細線是每個小批次的損失，粗線是它的移動平均。"
        "書中記錄約 1,500 次迭代後：標準差 0.01 停在 2.30（學不到東西），Xavier 約 0.2-0.4，"
        "He 約 0.2-0.3。"
    ),
    "init.iterations": "迭代次數",
    "init.iterations_help": "每個網路的小批次更新次數（書中為 2,000）。",
    "init.loss_title": "MNIST 上的訓練損失",
    "init.loss_x": "迭代次數",
    "init.loss_y": "損失（交叉熵）",
    "init.run_std": "標準差 0.01",
    "init.run_xavier": "Xavier",
    "init.run_he": "He",
    "init.final_loss": "{init}：損失（最後 100 次平均）",
    # ---------------------------------------------------------------- pages 3 and 4 (ui/overfit.py)
    "overfit.epochs": "訓練週期（epoch）數",
    "overfit.network_header": (
        "網路與訓練：{train_size} 張數字、{layers} × {width} 個 ReLU 神經元、{optimizer}、"
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
    "overfit.optimizer_help": "依梯度更新權重的方法（書中為 SGD）。",
    "overfit.opt_momentum": "動量（Momentum）",
    "overfit.lr": "學習率（對數刻度）",
    "overfit.lr_help": (
        "每次更新的步幅（書中 SGD 用 0.01）。步幅太大會讓權重大幅擺盪，訓練可能發散。"
    ),
    "overfit.x": "訓練週期（epoch）",
    "overfit.acc": "準確率",
    "overfit.norm": "權重範數 ‖W‖",
    "overfit.train": "訓練資料",
    "overfit.test": "測試資料",
    "overfit.m_train": "訓練資料準確率",
    "overfit.m_test": "測試資料準確率",
    "overfit.m_gap": "差距（訓練 − 測試）",
    "overfit.m_norm": "權重範數 ‖W‖",
    "overfit.vs_baseline": "{delta}（相對於 {baseline}）",
    "overfit.diverged_hint": (
        "更新的步幅衝過頭時，權重會一路變大直到損失函數溢位，訓練就發散了。"
        "請調低學習率（目前為 {lr:g}）或換一種最佳化方法。"
    ),
    "overfit.early": (
        "{run}：經過 {epoch} 個訓練週期（epoch）後，測試資料準確率為 {test:.3f}，"
        "仍接近隨機猜測（十個數字為 0.1）：網路還沒學會。書中訓練 200 到 300 個訓練週期。"
    ),
    "overfit.stuck_lever": (
        "{run}：測試資料準確率停在隨機猜測的水準，第 {epoch} 個訓練週期為 {test:.3f}"
        "（十個數字隨機猜測為 0.1）。{hint}"
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
    "decay.stuck_hint": (
        "λ 這麼大時，懲罰項 ½λ‖W‖² 壓過了資料：每次更新都把權重往 0 縮（見權重範數），"
        "縮得比學習讓它長大的速度還快。請試試 λ ≤ 0.3。"
    ),
    "decay.book": (
        "**書中結果**（完整 MNIST 中的 300 張訓練資料，以 10,000 張測試；第 200 個訓練週期，"
        "λ = 0.1）：訓練 0.927、測試 0.721，差距 0.206；不使用權重衰減時訓練資料準確率達到 1.0，"
        "差距大得多。本實驗室用自己的 1,000 張測試資料，數字會略有不同，但現象相同。"
    ),
    "decay.theory_header": "公式",
    "decay.theory": r"""
**損失函數。** 權重衰減把每個權重矩陣（不含偏權重）L2 範數的平方取一半、乘上 λ，加進損失：

$$L_\mathrm{total} = L + \frac{1}{2}\,\lambda \sum_{l} \lVert W^{(l)} \rVert^2$$

**梯度。** 每個權重的梯度多了 λW：

$$\frac{\partial L_\mathrm{total}}{\partial W} = \frac{\partial L}{\partial W} + \lambda W$$

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
    "dropout.mode_inverted": "反向縮放（inverted）",
    "dropout.epochs_help": (
        "把訓練資料完整看過幾遍（書中評估 301 次，即第 0 到第 300 個訓練週期）。"
    ),
    "dropout.compare": "與不使用 Dropout 比較",
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
    "dropout.run_baseline": "不使用 Dropout",
    "dropout.stuck_hint": (
        "關掉這麼多神經元，每次訓練的正向傳播能通過的訊號太少，網路學不起來。"
        "請試試 0.5 以下的比例，或增加訓練週期數。"
    ),
    "dropout.book": (
        "**書中結果**（完整 MNIST 中的 300 張訓練資料，以 10,000 張測試；比例 0.2，"
        "第 301 次評估）：訓練 0.67、測試 0.548；訓練比不使用 Dropout 時慢得多。"
        "本實驗室用自己的 1,000 張測試資料，數字會略有不同，但現象相同。"
    ),
    "dropout.theory_header": "兩種實作方式，相同的期望值",
    "dropout.theory_book": r"""
**書中做法**（第 6 章的 `Dropout`）

訓練：均勻亂數大於比例 $r$ 的神經元 $i$ 保留，並原樣通過：

$$m_i = [\,u_i > r\,],\quad u_i \sim U(0, 1),\qquad y_i = m_i\,x_i$$

測試：所有神經元都使用，並縮小成訓練時的平均輸出：

$$y_i = (1 - r)\,x_i$$

反向傳播：$\partial L / \partial x_i = m_i\,\partial L / \partial y_i$。
""",
    "dropout.theory_inverted": r"""
**反向縮放 Dropout（inverted dropout）**（多數函式庫的做法）

訓練：同樣的遮罩，保留的神經元放大：

$$y_i = \frac{m_i\,x_i}{1 - r}$$

測試：不需任何處理：

$$y_i = x_i$$

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
}
