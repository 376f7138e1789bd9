"""繁體中文（台灣）strings. Same keys and placeholders as strings_en.py (tests/ui/test_i18n.py).

Terms (the team's glossary of Taiwan's usage): 權重初始值, 活化函數, 活化值, 梯度消失,
表現力受限, 批次正規化（Batch Normalization）, 權重衰減（Weight decay）, Dropout（丟棄法）,
訓練週期（epoch）, 亂數種子.
"""

STRINGS = {
    # ---------------------------------------------------------------- app, navigation, sidebar
    "app.no_such_page": "本實驗室沒有 {path} 這一頁：這裡是首頁。所有頁面都列在側邊欄。",
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
    # ---------------------------------------------------------------- URL warnings (ui/form.py)
    "state.unknown_name": "連結中的參數 {param}（= {value}）無法辨識，已略過。",
    "state.not_a_number": "連結中的 {param} = {value} 不是數字，改用 {used}。",
    "state.not_an_integer": "連結中的 {param} = {value} 不是整數，改用 {used}。",
    "state.out_of_range": ("連結中的 {param} = {value} 超出 {low} 到 {high} 的範圍，改用 {used}。"),
    "state.snapped": "連結中的 {param} = {value} 不在滑桿每格 {step} 的刻度上，改用 {used}。",
    "state.snapped_log": "連結中的 {param} = {value} 不是滑桿上的數值，改用最接近的 {used}。",
    "state.unknown_choice": "連結中的 {param} = {value} 不是 {choices} 其中之一，改用 {used}。",
    "state.not_a_flag": ("連結中的 {param} = {value} 不是開或關（1/0、true/false），改用 {used}。"),
    "state.more_problems": (
        "……另有 {count} 個連結參數無法照原樣使用：和上面幾個一樣，各自已略過或改用允許的數值。"
    ),
    "state.link_too_long": (
        "這個連結太長，無法讀取（{chars:,} 個字元、{params:,} 個參數；本伺服器最多讀取 "
        "{most_chars:,} 個字元與 {most_params:,} 個參數），所以頁面以書中的設定開啟。"
        "請分享連結的人提供較短的連結。"
    ),
    # ---------------------------------------------------------------- live training (ui/live.py)
    "live.train": "開始訓練",
    "live.stop": "停止",
    "live.resume": "繼續訓練",
    "live.idle": "按下**開始訓練**：網路學習的同時會畫出曲線。",
    "live.queued": (
        "排隊中：第 {position} 位，約需等待 {wait}（本伺服器一次訓練 {slots} 個；輪到時開始畫曲線）"
    ),
    "live.together_one": " · 與另一位同學一起訓練",
    "live.together": " · 與其他 {others} 人一起訓練",
    "live.progress": "訓練中：已完成 {percent}%，約剩 {left}",
    "live.done": "完成。",
    "live.stopped_bar": "停在 {percent}%",
    "live.paused_bar": "暫停於 {percent}%",
    "live.paused": (
        "暫停於 {percent}%：看這次訓練的人都離開了，所以先停下來讓出伺服器。曲線顯示目前為止的"
        "訓練結果；按下**繼續訓練**可接著訓練。"
    ),
    "live.stopped": "已停在 {percent}%：曲線顯示目前為止的訓練結果。按下**繼續訓練**可接著訓練。",
    "live.cached": (
        "這組設定之前已在本伺服器上訓練過，直接顯示儲存的結果。若要重新訓練，"
        "請在側邊欄更換亂數種子。"
    ),
    "live.diverged": (
        "{run} 在第 {epoch} 個訓練週期（epoch）發散：損失函數的值不再是有限的數，曲線到此為止。"
    ),
    "live.no_data": (
        "目前無法訓練：{var} 指定的資料夾中的 MNIST 檔案無法讀取。{error} 修正方法：把四個 "
        "MNIST 檔案放進該資料夾（見 README 的「Full MNIST」），或取消設定 {var} 改用本實驗室"
        "內附的 5,000 個數字，然後重新啟動應用程式。"
    ),
    "live.no_bundled_data": (
        "目前無法訓練：本實驗室內附的 MNIST 數字無法讀取（{error}）。"
        "安裝已損壞，請重新安裝應用程式。"
    ),
    "live.failed": "實驗因錯誤而中止：{error}",
    # ---- one student cannot hurt the class (issue 16): bounds on a browser's and a network's runs
    "live.refused_browser": (
        "未開始：你的瀏覽器在本伺服器上已有 {limit} 個訓練正在排隊或進行，而全班共用這台伺服器。"
        "請等其中一個完成後再按一次**開始訓練**，或在它的分頁中停止一個。"
    ),
    "live.refused_address": (
        "未開始：來自你所在網路的 {limit} 個訓練已在本伺服器上排隊或進行。"
        "請等其中一些完成後再按一次**開始訓練**。"
    ),
    "overfit.epochs_cap": (
        "以目前的網路與資料設定，伺服器最多訓練 {most} 個 epoch：一次訓練最多只能占用全班共用的"
        "訓練器約 {minutes:.0f} 分鐘。"
    ),
    "live.busy_free": (
        "訓練器正忙著全班的訓練，所以這一頁沒有自動開始訓練：按下**開始訓練**即可排隊。"
    ),
    "export.csv": "下載 CSV",
    "data.in_use": "資料：{name}，{train_size:,} 張訓練圖片、{test_size:,} 張測試圖片。",
    "data.name_mnist-subset": "實驗室內附的 MNIST 子集",
    "data.name_mnist": "`TRAINING_LAB_MNIST_DIR` 所指資料夾中的 MNIST",
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
    "home.step_update": "更新<br>W ← W − η ∂L/∂W",
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
    "init.samples_limit": (
        "{layers} 層、每層 {nodes} 個節點時，樣本數最多 {most:,}：每頁最多計算 {values} 百萬個"
        "數值，全班同時使用也夠快。"
    ),
    "init.samples_limit_grad": (
        "{layers} 層、每層 {nodes} 個節點並計算梯度時，樣本數最多 {most:,}：每頁最多計算 "
        "{values} 百萬個數值，全班同時使用也夠快。"
    ),
    "init.activation": "活化函數",
    "init.act_sigmoid": "sigmoid",
    "init.act_tanh": "tanh",
    "init.act_relu": "ReLU",
    "init.init": "權重初始值",
    "init.init_help": (
        "權重初始值的標準差 σ：固定的數值、Xavier √(1/n)、He √(2/n)，或用滑桿自訂。"
    ),
    "init.init_1": "σ = 1",  # 標準差 1 scrolled the row of choices sideways at 390 px
    "init.init_0.01": "σ = 0.01",
    "init.init_xavier": "Xavier",
    "init.init_he": "He",
    "init.init_custom": "自訂",
    "init.custom_title": "標準差 {sigma:g}",
    "init.scale": "自訂標準差 σ（對數刻度）",
    "init.scale_help": "選擇「自訂」時使用：σ 可從 0.0001 到 10。",
    "init.sigma": "權重以 σ = {sigma:.4g} 抽樣（每個節點有 {nodes} 個輸入）。",
    "init.range": "直方圖範圍",
    "init.range_output": "函數值域",
    "init.range_auto": "依數值縮放",
    "init.range_book": "書中：(0, 1)",
    "init.range_help": (
        "活化值直方圖的橫軸範圍。函數值域：sigmoid 為 (0, 1)、tanh 為 (−1, 1)，"
        "所有數值擠在同一個數字上時就會顯示成一根尖峰；ReLU 沒有上限，所以涵蓋它所有的值。"
        "依數值縮放：從最小值到最大值。書中：每種函數都畫在 (0, 1)，和書中的直方圖一樣"
        "（tanh 的負半邊與 ReLU 的大數值會被切掉）。"
    ),
    "init.range_note_output": "橫軸：{low} 到 {high}，{activation} 所有可能的值",
    "init.range_note_relu": "橫軸：所有數值，{low} 到 {high}（ReLU 沒有上限）",
    "init.range_note_auto": "橫軸：依數值縮放，{low} 到 {high}",
    "init.range_note_book": "橫軸：書中的 0 到 1；範圍外的值不畫出",
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
        "飽和：距離函數邊界（sigmoid 的 0 或 1、tanh 的 ±1）0.05 以內的數值占比，"
        "那裡的斜率幾乎是 0。"
    ),
    "init.hist_csv": "下載直方圖（CSV）",
    "init.std_csv": "下載各層標準差（CSV）",
    "init.table_csv": "下載逐層統計表（CSV）",
    "init.see_header": "觀察重點",
    "init.see_saturated": (
        "**飽和。** 第 {layer} 層有 {percent:.0f}% 的活化值落在距離函數邊界 0.05 以內。"
        "那裡曲線是平的、導數 h'(a) 幾乎為 0，反向傳播經過這些神經元時梯度幾乎消失（梯度消失）："
        "它們的權重幾乎學不到東西。"
    ),
    "init.see_alike": (
        "**每個神經元都說同樣的話。** 第 {layer} 層活化值的標準差只有 {std}：{nodes} 個神經元"
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
        "沒有畫出來：改選「函數值域」或「依數值縮放」就能看到。"
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

$$
\mathrm{Var}(a) = n\,\sigma^2\,\mathrm{Var}(x)
$$

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
        "以 {optimizer}（學習率 {lr:g}、小批次 128 筆）同時訓練。細線是每個小批次的損失，"
        "粗線是它的移動平均。書中以 SGD 訓練，記錄約 1,500 次迭代後：標準差 0.01 停在 2.30"
        "（學不到東西），Xavier 約 0.2-0.4，He 約 0.2-0.3。"
    ),
    "init.iterations": "迭代次數",
    "init.iterations_help": "每個網路的小批次更新次數（書中為 2,000）。",
    "init.loss_title": "MNIST 上的訓練損失，{optimizer}",
    "init.optimizer": "最佳化方法",
    "init.optimizer_help": (
        "三個網路依梯度更新權重的方法。書中的比較用 SGD；其他方法用書中比較最佳化方法時的"
        "學習率（Adam 0.001，其餘 0.01）。換成 Adam，初始值還重要嗎？"
    ),
    "init.loss_x": "迭代次數",
    "init.loss_y": "損失（交叉熵）",
    "init.run_std": "標準差 0.01",
    "init.run_xavier": "Xavier",
    "init.run_he": "He",
    "init.loss_caption": (
        "每個點是某個小批次在「更新之前」的損失，與計算梯度是同一次前向傳播。書中的程式在更新"
        "之後再算一次，所以書中的曲線略低一些（He 在最後約低 0.02）。"
    ),
    "init.final_loss": "{init}：損失（最後 100 次平均）",
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
    "overfit.opt_momentum": "Momentum",
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
    # ---------------------------------------------------------------- 第 2 頁：批次正規化
    "state.empty_list": "連結中的 {param} = {value} 沒有任何數字；改用 {used}。",
    "state.not_a_number_in_list": ("連結中的 {param} = {value}：{token} 不是數字；改用 {used}。"),
    "state.number_too_large": (
        "連結中的 {param} = {value}：{token} 的絕對值超過 {high}；改用 {used}。"
    ),
    "state.too_long": "連結中的 {param} = {value} 超過輸入框可容納的 {high} 個字元；改用 {used}。",
    "state.number_too_small": (
        "連結中的 {param} = {value}：{token} 的絕對值小於 {low}（0 除外）；改用 {used}。"
    ),
    "state.too_many_numbers": ("連結中的 {param} = {value} 超過 {high} 個數字；改用 {used}。"),
    "batchnorm.title": "批次正規化（Batch Normalization）",
    "batchnorm.intro": (
        "批次正規化層接在 Affine 層之後：對每個小批次，把每個特徵平移、縮放成在這批資料上"
        "平均數為 0、變異數為 1，再乘上 γ、加上 β（兩個由網路學習的參數）。本頁一步一步建構它："
        "先看它用到的統計量，再用真實數字走過它正向與反向的計算圖，最後重做書中的實驗："
        "同一個網路，有與沒有批次正規化的訓練比較。"
    ),
    "batchnorm.primer_header": "1. 平均數、離均差、變異數：BN 計算的是什麼",
    "batchnorm.primer_intro": (
        "BN 對小批次中的每個特徵計算平均數與變異數。輸入幾個數字（或選一個範例）：先看它們落在"
        "哪裡（平均數、中位數、眾數），再比較兩種衡量數字離平均數多遠的方法：離均差的平均"
        "**長度**，以及離均差的平均**平方**。"
    ),
    "batchnorm.numbers": "數字（以逗號或空白分隔）",
    "batchnorm.numbers_help": (
        "最多 30 個數字，例如 1, 2, 3 或 0.5 -1 4e2；每個數字為 0，或絕對值介於 1e-999 與 1e6 "
        "之間。和 BN 一樣，每個統計量都除以個數 N（不是 N − 1）。本實驗室依照你輸入的數字精確"
        "計算（0.1 就是十分之一，沒有捨入誤差），顯示時才四捨五入到 4 位有效數字。"
    ),
    "batchnorm.preset_plain": "1、2、3",
    "batchnorm.preset_extreme": "1、2、3、100",
    "batchnorm.preset_help": "把這個範例填入上方的清單。",
    "batchnorm.numbers_empty_list": "清單是空的：請至少輸入一個數字，例如 1, 2, 3。",
    "batchnorm.numbers_not_a_number_in_list": (
        "{token} 不是數字。請輸入以逗號或空白分隔的數字，例如 1, 2, 3。"
    ),
    "batchnorm.numbers_number_too_large": (
        "{token} 對這個練習來說太大了：每個數字請保持在 ±{high} 以內。"
    ),
    "batchnorm.numbers_too_long": "超過 {high} 個字元了：請縮短這串數字。",
    "batchnorm.numbers_number_too_small": (
        "{token} 對這個練習來說太小了：0 以外的數字，絕對值請至少為 {low}。"
    ),
    "batchnorm.numbers_too_many_numbers": "超過 {high} 個數字，圖會看不清楚。請刪掉幾個。",
    "batchnorm.stat_mean": "平均數 μ",
    "batchnorm.stat_mean_help": "μ = (1/N) Σ xᵢ：這些數字的平衡點。",
    "batchnorm.stat_mad": "平均差",
    "batchnorm.stat_mad_help": "(1/N) Σ |xᵢ − μ|：到平均數的平均距離。",
    "batchnorm.stat_var": "變異數 σ²",
    "batchnorm.stat_var_help": (
        "σ² = (1/N) Σ (xᵢ − μ)²：離均差平方和除以 N，即到平均數的平均平方距離"
        "（單位是原單位的平方）。"
    ),
    "batchnorm.stat_std": "標準差 σ",
    "batchnorm.stat_std_help": "σ = √σ²：回到數字本身的單位。BN 除以的是 √(σ² + ε)。",
    "batchnorm.dev_title": "衡量分散程度的兩種方法",
    "batchnorm.dev_lengths": "離均差的長度 |x − μ|",
    "batchnorm.dev_squares": "離均差的平方 (x − μ)²",
    "batchnorm.dev_x": "數值",
    "batchnorm.dev_mad": "平均：{value}",
    "batchnorm.dev_mean": "平均數 μ = {value}",
    "batchnorm.dev_var": "平均面積 σ² = {value}",
    "batchnorm.primer_see": (
        "**觀察重點。** 平均差是藍色長度的平均；變異數是橘色面積的平均，標準差則是面積等於"
        "平均面積的虛線正方形的邊長。這裡 σ 是平均差的 {ratio:.2f} 倍（σ 永遠不會比較小；"
        "只有每個離均差長度都相同時兩者才相等）。"
    ),
    "batchnorm.primer_see_extreme": (
        "離平均數最遠的 x{index} = {value} 占總長度的 {share_length:.0f}%，"
        "卻占總面積的 {share_square:.0f}%：平方讓大的離均差份量重得多。"
        "BN 除以 σ，因此小批次裡只要有一個極端值，其他所有值正規化後就會被擠在一起。"
    ),
    "batchnorm.primer_see_try": (
        "試試含極端值的範例：一個離得很遠的數字，在變異數裡的份量比在平均差裡重得多。"
    ),
    "batchnorm.primer_see_same": (
        "**觀察重點。** 每個數字都等於平均數：離均差全是 0，所以平均差、變異數與標準差都是 0。"
        "BN 會除以 √(0 + ε)：這正是 ε 存在的原因。"
    ),
    "batchnorm.primer_formulas_header": r"公式（$N$ 個數字 $x_1 \dots x_N$）",
    "batchnorm.primer_formulas": r"""
平均數：

$$
\mu = \frac{1}{N}\sum_{i=1}^{N} x_i
$$

平均差，也就是各離均差長度的平均：

$$
\frac{1}{N}\sum_{i=1}^{N} \lvert x_i - \mu \rvert
$$

變異數，也就是離均差平方面積的平均，以及標準差：

$$
\sigma^2 = \frac{1}{N}\sum_{i=1}^{N} (x_i - \mu)^2 \qquad \sigma = \sqrt{\sigma^2}
$$

BN 對小批次中的每個特徵套用這些公式，再計算
$\hat{x}_i = (x_i - \mu) / \sqrt{\sigma^2 + \varepsilon}$：平均數 0、變異數（幾乎）為 1。
""",
    "batchnorm.graph_header": "2. 計算圖：正向傳播與反向傳播",
    "batchnorm.graph_intro": (
        "一個 BatchNormalization 層作用在一個小的小批次上：N 筆樣本、每筆 D 個特徵，取自 "
        "N(3, 2²)，再以一個隨機的上游梯度 ∂L/∂y 代表後面各層。用滑桿一個節點一個節點走："
        "每個節點顯示它的公式、代入這批資料第 1 個特徵的數字後的同一條公式，以及該層記錄下的"
        "全部數值。方框上的名稱與書中程式碼的變數名稱相同。"
    ),
    "batchnorm.batch": "批次大小 N",
    "batchnorm.batch_help": "小批次中的樣本數，計算圖與旁邊的梯度確認共用。試試看 1。",
    "batchnorm.features": "特徵數 D",
    "batchnorm.features_help": "每個特徵各自在這批資料上正規化。",
    "batchnorm.gamma": "γ（縮放）",
    "batchnorm.gamma_help": "學習得到的縮放係數；書中初始值為 1。",
    "batchnorm.beta": "β（平移）",
    "batchnorm.beta_help": "學習得到的平移量；書中初始值為 0。",
    "batchnorm.step": "節點",
    "batchnorm.step_help": (
        "正向從 x 到 out，再反向從 dout（從上一層傳來的梯度）到 dx。"
        "藍色：目前的節點；淺藍色：計算它所用到的節點。"
    ),
    "batchnorm.graph_title": "左邊：正向傳播 ↓　右邊：反向傳播 ↑",
    "batchnorm.step_x": "**x**：輸入，N 筆樣本（第 i 列）、D 個特徵（第 j 行）。",
    "batchnorm.step_mu": "**mu**：每個特徵在這批資料上的平均數。",
    "batchnorm.step_xc": "**xc**：每個值減去所屬特徵的平均數（離均差），每一行因此以 0 為中心。",
    "batchnorm.step_var": "**var**：每個特徵的變異數（除以 N，不是 N − 1）。",
    "batchnorm.step_std": "**std**：標準差；ε = 10⁻⁶ 讓所有值都相同時它也不會是 0。",
    "batchnorm.step_xn": "**xn**：正規化後的值：每一行的平均數為 0、變異數幾乎為 1。",
    "batchnorm.step_out": ("**out**：乘上 γ、加上 β，讓網路在有幫助時可以把正規化還原。"),
    "batchnorm.step_dout": (
        "**dout**：損失函數對輸出的梯度，由上一層傳下來（這裡是隨機產生的）。反向傳播從這裡開始。"
    ),
    "batchnorm.step_dbeta": "**dbeta**：β 加在每一筆樣本上，所以它的梯度是 dout 的總和。",
    "batchnorm.step_dgamma": (
        "**dgamma**：γ 乘在每一個 x̂ 上，所以它的梯度是 x̂ · dout 在這批資料上的總和。"
    ),
    "batchnorm.step_dxn": "**dxn**：梯度通過乘以 γ 的節點。",
    "batchnorm.step_dstd": "**dstd**：std 除了每一筆樣本的 xc，所以它的梯度要對整批加總。",
    "batchnorm.step_dvar": "**dvar**：通過平方根：d√v / dv = 1 / (2√v)。",
    "batchnorm.step_dxc": (
        "**dxc**：xc 經由兩條路影響損失：直接經過 xn，以及經過變異數；兩個梯度相加。"
    ),
    "batchnorm.step_dmu": (
        "**dmu**：dxc 對整批的總和，與書中程式碼相同。每一筆樣本都減去 μ，"
        "所以對 μ 的梯度是這個總和的負值：下一行把它減掉。"
    ),
    "batchnorm.step_dx": (
        "**dx**：x 經由 xc 與 μ 影響損失：這是本層往下傳的梯度。每一行的總和為 0。"
    ),
    "batchnorm.worked_caption": "代入這批資料的數字（特徵 j = 1、樣本 i = 1）：",
    "batchnorm.node_table": "{node} 的全部數值",
    "batchnorm.graph_one_sample": (
        "**N = 1 是退化的情況。** 只有一筆樣本時，平均數就是它自己，所以 xc = 0、var = 0、"
        "xn = 0，不論 x 是多少 out 都等於 β。下方各層怎麼變都改變不了輸出：dx 恰好為 0。"
    ),
    "batchnorm.trace_csv": "下載所有節點（CSV）",
    "batchnorm.check_header": "梯度確認",
    "batchnorm.check_intro": (
        "以數值微分 (L(p + h) − L(p − h)) / 2h（h = 10⁻⁵）檢查反向傳播，"
        "對象是一個小型 10-8-8-4 網路（tanh、float64）的每個參數，批次大小 N = {batch}。"
        "誤差小於 10⁻⁶ 代表反向傳播是對的。"
    ),
    "batchnorm.check_bn": "使用批次正規化",
    "batchnorm.check_bn_help": "兩個隱藏層都是 Affine → BatchNorm → tanh；關閉時為 Affine → tanh。",
    "batchnorm.col_param": "參數",
    "batchnorm.col_shape": "形狀",
    "batchnorm.col_error": "最大相對誤差",
    "batchnorm.col_gradient": "最大 |梯度|",
    "batchnorm.col_verdict": "結果",
    "batchnorm.check_caption": (
        "**最大相對誤差**：該參數中 |反向傳播 − 數值微分| 的最大值，除以它最大的梯度；"
        "梯度為 0 時寫「—」（沒有東西可除）。"
        "**結果**：✓ 反向傳播與數值微分一致；✗ 不一致；皆為 0：沒有檢查到任何東西。"
    ),
    "batchnorm.verdict_ok": "✓ 一致",
    "batchnorm.verdict_zero": "皆為 0",
    "batchnorm.verdict_bad": "✗ 不一致",
    "batchnorm.check_degenerate": (
        "**N = 1 什麼也檢查不到。** 單一樣本經過 BN 後不論輸入為何都輸出 β，所以它下方的梯度"
        "全都恰好是 0（{params}）：反向傳播與數值微分一致，只因為兩者都是 0，"
        "寫錯的反向傳播也一樣會通過。書中的 batch_norm_gradient_check 用的是只有一筆的批次；"
        "請用 N ≥ 4。"
    ),
    "batchnorm.check_two": (
        "**N = 2 也幾乎一樣糟。** 不論兩筆樣本原本是多少，BN 都把它們變成 −1 與 +1，"
        "所以它下方的梯度（{params}）幾乎是 0：只剩 ε 留下的約 10⁻⁶。"
        "這麼小的梯度上的誤差只是捨入雜訊，檢查不到程式碼。"
    ),
    "batchnorm.check_ok": (
        "**反向傳播是對的。** 最大相對誤差為 {error}（在 {param}），遠小於 10⁻⁶。"
    ),
    "batchnorm.check_bad": (
        "**有地方不一致。** {param} 的相對誤差達到 {error}：超出捨入誤差能解釋的範圍。"
    ),
    "batchnorm.check_bias": (
        "BN 前面的偏權重（{params}）不論 N 多少梯度都是 0：BN 會減去批次平均數，"
        "任何固定的平移都被消掉，偏權重因此影響不了損失。梯度為 0 時，相對誤差沒有意義："
        "表格中寫「—」。"
    ),
    "batchnorm.check_slip": (
        "**常見的抄寫錯誤。** 手抄 BN 反向傳播推導時，以這張計算圖的名稱來寫，常寫成 "
        "`dstd = -dxn * xc / std**2`：每筆樣本各一個值。但 std 由整批共用，流進它的梯度"
        "必須加總：`dstd = -np.sum(dxn * xc, axis=0) / std**2`，"
        "就像左邊的 dstd 節點。梯度確認抓得到這個錯誤，但只有在 N > 1 時。"
    ),
    "batchnorm.running_header": "評估時用的是什麼：小批次統計量與移動平均",
    "batchnorm.running_intro": (
        "訓練時，BN 用每個小批次自己的平均數與變異數來正規化那個小批次。它同時保留這兩者的"
        "移動平均：從 0 開始，每一步朝該小批次的值移動 1 − momentum 的比例（書中 momentum 為 "
        "0.9）。評估時（train_flg=False）改用這些移動平均來正規化，所以一張測試圖片的輸出不受同一"
        "批次中其他圖片影響。這裡上面那一層看到 {steps} 個訓練小批次，每批 N = {batch} 筆取自 "
        "N(3, 2²) 的樣本；圖中畫的是第 j = 1 個特徵。"
    ),
    "batchnorm.momentum": "動量（momentum）",
    "batchnorm.momentum_help": (
        "每一步保留多少移動平均（書中為 0.9）。越接近 1 越平滑，但越慢離開起點 0。"
    ),
    "batchnorm.steps": "訓練步數",
    "batchnorm.steps_help": "這一層在訓練模式下看到的小批次數（只有正向傳播）。",
    "batchnorm.running_mean_title": "第 1 個特徵的平均數，逐步變化",
    "batchnorm.running_var_title": "第 1 個特徵的變異數，逐步變化",
    "batchnorm.running_x": "訓練步數",
    "batchnorm.running_y_mean": "平均數",
    "batchnorm.running_y_var": "變異數",
    "batchnorm.running_batch": "這個小批次（訓練）",
    "batchnorm.running_running": "移動平均（評估）",
    "batchnorm.running_population": "資料的真實值",
    "batchnorm.running_see_start": (
        "**觀察重點。** {steps} 步之後，移動平均數裡仍有 {left} 來自起點 0（momentum 的 "
        "steps 次方）：它停在 {running}，而資料的平均數是 {mean}。現在評估就會用這個值而不是"
        "資料的值來正規化：只訓練幾步就評估的網路，BN 會有偏差。"
    ),
    "batchnorm.running_see_caught_up": (
        "**觀察重點。** {steps} 步之後，移動平均數裡只剩 {left} 來自起點 0（momentum 的 "
        "steps 次方）：{running} 已接近資料的平均數 {mean}，評估就用它來正規化；訓練時則用"
        "每個小批次自己、雜訊較大的平均數。"
    ),
    "batchnorm.running_see_var": (
        "移動平均的變異數最後是 {running_var}；資料的變異數是 {var}。小批次的變異數除以 "
        "N = {batch} 而不是 N − 1，所以平均起來是資料的 (N − 1)/N = {ratio}，也就是 {expected}"
        "（這 {steps} 步的小批次變異數平均為 {average}）。但 {batch} 個樣本算出的變異數起伏很大，"
        "而移動平均主要反映最近 {recent_steps} 個小批次（每一步保留 {momentum}）："
        "它們的變異數平均為 {recent}，移動平均的變異數跟著它們走。"
    ),
    "batchnorm.running_csv": "下載每一步的統計量（CSV）",
    "batchnorm.train_header": "3. 有與沒有批次正規化的訓練",
    "batchnorm.train_intro": (
        "書中的 `batch_norm_test`：兩個 784-100-100-100-100-100-10 的 ReLU 網路，"
        "權重初始值與小批次完全相同，一個是 Affine → BatchNorm → ReLU，另一個沒有 BN；"
        "SGD 學習率 0.01、小批次 100 筆，每個訓練週期（epoch）後以全部訓練資料計算準確率。"
        "實線為有 BN，虛線為沒有 BN。"
    ),
    "batchnorm.scale": "權重初始值的標準差（對數刻度）",
    "batchnorm.scale_help": (
        "每個初始權重的標準差。滑桿上有 0.0001 到 10 的整齊數值，以及書中的 16 個尺度"
        "（標示「書中」）。"
    ),
    "batchnorm.scale_book": "{scale:.3g}（書中）",
    "batchnorm.epochs": "訓練週期（epoch）",
    "batchnorm.epochs_help": "走過全部訓練資料的次數（書中為 20）。",
    "batchnorm.train_size": "訓練資料筆數",
    "batchnorm.train_size_help": "取訓練資料的前 N 張影像（書中為 1,000）。",
    "batchnorm.run_bn": "有 BN",
    "batchnorm.run_plain": "沒有 BN",
    "batchnorm.curve_title": "訓練準確率，權重初始值標準差 {scale}",
    "batchnorm.curve_x": "訓練週期（epoch）",
    "batchnorm.curve_y": "訓練準確率",
    "batchnorm.metric_final": "{run}：最終訓練準確率",
    "batchnorm.metric_diverged": "發散",
    "batchnorm.see_bn_wins": (
        "**觀察重點。** 有 BN 的網路最後達到 {bn:.2f}，沒有 BN 只有 {plain:.2f}："
        "把每一層的輸入正規化，不論初始尺度如何訊號都能傳下去，訓練一開始就能進展。"
    ),
    "batchnorm.see_bn_loses": (
        "**觀察重點。** 這裡 BN 反而輸了：有 BN {bn:.2f}，沒有 BN {plain:.2f}。"
        "在隱藏層的 He 尺度（√(2/100) ≈ 0.14）附近，沒有 BN 的網路本來就初始化得很好；"
        "書中的結果在 0.293 與 0.158 也是 BN 落後。"
    ),
    "batchnorm.see_even": (
        "**觀察重點。** 兩者最後差不多（有 BN {bn:.2f}，沒有 BN {plain:.2f}）："
        "在這個尺度下，沒有 BN 的網路自己就有不錯的起點。"
    ),
    "batchnorm.see_plain_diverged": (
        "**觀察重點。** 沒有 BN 時權重大到損失溢位；有 BN 時同樣的權重可以訓練到 {bn:.2f}。"
    ),
    "batchnorm.see_chance": (
        "沒有 BN 的準確率停在 {plain:.2f}，大約是 10 個數字隨便猜的機率："
        "訊號在層層傳遞中消失（或飽和），網路什麼也學不到。"
    ),
    "batchnorm.grid_header": "4. 書中的 16 個權重尺度",
    "batchnorm.grid_intro": (
        "書中在 1 到 0.0001 之間的 16 個權重尺度（`np.logspace(0, -4, 16)`）重複這個比較。"
        "按下**開始訓練**執行全部 32 個網路（每個 {epochs} 個訓練週期、{train_size} 張影像）："
        "表格會一個尺度一個尺度填滿。以書中的設定約需幾分鐘；完成的結果會保存在伺服器上供所有人使用。"
    ),
    "batchnorm.grid_row_ours_bn": "本實驗，有 BN",
    "batchnorm.grid_row_ours_plain": "本實驗，沒有 BN",
    "batchnorm.grid_row_book_bn": "書中，有 BN",
    "batchnorm.grid_row_book_plain": "書中，沒有 BN",
    "batchnorm.grid_title": "{epochs} 個訓練週期後的最終訓練準確率（依權重初始值標準差）",
    "batchnorm.grid_x": "權重初始值的標準差",
    "batchnorm.grid_z": "準確率",
    "batchnorm.grid_run": "{run}（標準差 {scale}）",
    "batchnorm.grid_diverged": "發散",
    "batchnorm.grid_caption": (
        "粗框：BN 最後不如沒有 BN 的尺度；"
        "「發散」：網路在最後一個訓練週期前就發散了（損失函數溢位）。"
        "書中的兩欄是書中筆記本記錄的數字"
        "（20 個訓練週期、1,000 張影像；「約 .12」記為 0.12）。"
        "我們用的是另一組影像，數字會有些不同；但現象應該一樣。"
    ),
    "batchnorm.grid_csv": "下載表格：本實驗與書中數字（CSV）",
    "batchnorm.grid_see_wins": (
        "**觀察重點。** 在 {total} 個尺度中有 {wins} 個是 BN 領先：沒有 BN 時，"
        "只有 He 值（約 0.14）附近的尺度能讓網路學到東西。"
    ),
    "batchnorm.grid_see_loses": (
        "BN 在 {scales} 落後：格子圖中以粗框標示。書中在 0.293 與 0.158 也是如此，"
        "那裡接近 He 尺度，沒有 BN 的網路本來就有好的起點。"
    ),
    "batchnorm.grid_see_never_loses": (
        "這次 BN 沒有在任何尺度落後；書中在 0.293 與 0.158 是 BN 輸。"
        "換一個亂數種子試試：在 He 尺度附近兩者很接近。"
    ),
    "batchnorm.grid_book_note": (
        "BN 不是萬靈丹：20 個訓練週期內，書中有 BN 的網路在最大的三個尺度只達到 0.42-0.63，"
        "在 0.002 以下只達到 0.52-0.83。它讓訓練對權重初始值遠沒那麼敏感，但不是完全不敏感。"
    ),
    # ------------------------------------------------ lesson links, predict then reveal (issue 12)
    # ui/lesson.py, ui/form.py, ui/lesson_view.py, ui/predict.py and the lessons' questions.py
    "state.lesson_unknown_control": (
        "連結中的 {param} 列出了 {value}，但本頁沒有這個控制項（本頁的控制項：{choices}），已略過。"
    ),
    "state.lesson_unknown_question": (
        "連結中的 {param} 列出了 {value}，但本頁沒有這個問題（本頁的問題：{choices}），已略過。"
    ),
    "state.lesson_sidebar": (
        "連結中的 {param} 列出了 {value}：側邊欄的設定由每位讀者自己決定，不能鎖定或隱藏，已略過。"
    ),
    "state.lesson_bad_class": (
        "連結中的 {param} = {value} 不是班級代碼（1 到 {high} 個英文字母、數字、- 或 _），"
        "答案不會被統計。"
    ),
    "state.lesson_too_long": "連結中的 {param} 超過 {high} 個字元，只讀取了開頭的部分。",
    "lesson.locked_help": (
        "🔒 這是老師為這堂課設定的。想試試其他數值，請用頁面最上方的按鈕開啟未鎖定的頁面。"
    ),
    "lesson.on": "開",
    "lesson.off": "關",
    "lesson.notice": "🔒 **老師為這堂課設定了：** {items}。下面的所有結果都依照這些設定。",
    "lesson.notice_locked": "{label}：{value}（已鎖定）",
    "lesson.notice_hidden": "{label}：{value}（已隱藏）",
    "lesson.open_unlocked": "開啟未鎖定的頁面 ↗",
    "lesson.open_unlocked_help": "在新分頁開啟同一頁、同樣的設定，每個控制項都能自由調整。",
    "lesson.panel_title": "🔗 製作課堂連結",
    "lesson.panel_intro": (
        "先用本頁自己的控制項設定好頁面，再在這裡選擇學生可以改什麼。連結會原樣開啟這個頁面。"
    ),
    "lesson.lock": "鎖定（看得到，不能調整）",
    "lesson.lock_help": "學生看得到這些控制項和它們的數值，但呈灰色無法操作。",
    "lesson.hide": "隱藏",
    "lesson.hide_help": (
        "學生看不到這些控制項；它們的數值照樣生效，所有結果、數字和說明都留在頁面上。"
    ),
    "lesson.ask": "先提問（先預測，再揭曉）",
    "lesson.ask_help": "學生先回答問題，才會看到結果，接著看到自己是否答對以及原因。",
    "lesson.class": "班級代碼（選填）",
    "lesson.class_help": (
        "自己取一個，例如 7b：1 到 {high} 個英文字母、數字、- 或 _。搭配問題時，全班的答案會"
        "以匿名方式統計，只存在伺服器的記憶體中，伺服器重新啟動就會消失。"
    ),
    "lesson.class_bad": "班級代碼是 1 到 {high} 個英文字母、數字、- 或 _。",
    "lesson.language": "連結的語言",
    "lesson.embed": "用於投影片或教學平台（嵌入）",
    "lesson.embed_help": (
        "加上 embed=true：Streamlit 的嵌入模式，沒有頁首和工具列，適合放進投影片或課程頁面的 "
        "iframe。"
    ),
    "lesson.link_students": "給學生的連結",
    "lesson.link_teacher": "你的檢視：即時看全班的答案",
    "lesson.teacher_note": (
        "同一個連結加上你的老師金鑰：即時顯示全班陸續送出的答案，按下「揭曉」後顯示結果，"
        "還能開始新一輪、結束投票、下載統計的 CSV。請勿外流：金鑰讓這個檢視只屬於你"
        "（給學生的連結沒有金鑰）。"
    ),
    "lesson.no_class_note": "加上班級代碼，就能在你自己的檢視中看到全班的答案。",
    "lesson.both_note": "同時被鎖定和隱藏的控制項會被隱藏。",
    "predict.header": "🤔 先預測：",
    "predict.choose": "你的預測",
    "predict.submit": "作答並揭曉",
    "predict.pick_first": "請先選一個答案。",
    "predict.counted": "你的答案會以匿名方式計入 {code} 班的統計（每個瀏覽器只算一次）。",
    "predict.you_said": "🤔 你的預測是 **{answer}**。",
    "predict.after_run": "訓練跑完後，這裡會顯示你的預測是否正確。",
    "predict.no_verdict": "這個結果無法判定答案：",
    "predict.right": "**答對了：{answer}。**",
    "predict.wrong": "**這次沒猜中：你選了 {answer}；結果是 {correct}。**",
    "predict.teacher_header": "👩‍🏫 老師的檢視。全班要回答：",
    "predict.teacher_count": "（{count} 人）",
    "predict.reveal": "揭曉結果",
    "predict.counts_title": "{code} 班：目前 {count} 個答案",
    "predict.counts_x": "答案數",
    "predict.shape.short": "直方圖：最後一層會長什麼樣子？",
    "predict.shape.prompt": (
        "權重的標準差是 {sigma} 時，第 {layer} 層的 {activation} 活化值會長什麼樣子？"
    ),
    "predict.shape.prompt_relu": (
        "權重的標準差是 {sigma} 時，ReLU 活化值的分散程度從第 1 層到第 {layer} 層會怎麼變化？"
    ),
    "predict.shape.opt_ends": "堆在兩端",
    "predict.shape.opt_spike": "中間一根窄窄的尖峰",
    "predict.shape.opt_spread": "在範圍內散開",
    "predict.shape.opt_shrink": "一層比一層小",
    "predict.shape.opt_keep": "每一層差不多",
    "predict.shape.opt_grow": "一層比一層大",
    "predict.shape.picture_x_relu": "每一層的分散程度（標準差）",
    "predict.shape.needs_layers": (
        "ReLU 分散程度的問題是拿最後一層和第一層比較：至少要有 2 層才會提問。"
    ),
    "predict.shape.needs_range": (
        "直方圖形狀的問題，要在直方圖畫在活化函數的輸出範圍上（x 軸範圍的第一個選項）時才會提問。"
    ),
    "predict.shape.why_ends": (
        "第 {layer} 層有 {percent:.0f}% 的值落在離兩端 0.05 以內。標準差 {sigma} 的權重把 "
        "{nodes} 個輸入加成一個離 0 很遠的 z，那裡的 {activation} 是平的：斜率、也就是梯度，"
        "幾乎是 0（梯度消失）。"
    ),
    "predict.shape.why_spike": (
        "第 {layer} 層的值標準差是 {std}，集中在 {mean} 附近：每個神經元輸出的數字幾乎一樣。"
        "標準差 {sigma} 的權重讓 z 都很接近 0，{activation} 在那裡給每個神經元同樣的值："
        "再多神經元也和一個差不多（表現力受限）。"
    ),
    "predict.shape.why_spread": (
        "第 {layer} 層的值以標準差 {std} 散開，既沒有堆在兩端（只有 {percent:.0f}%），也沒有"
        "擠在一起。接近 Xavier 的 1/√n = {xavier} 的標準差，讓 z 的分散程度一層一層大致維持不變。"
    ),
    "predict.shape.why_shrink": (
        "分散程度從第 1 層的 {first} 降到第 {layer} 層的 {std}（{ratio} 倍）。每一層 ReLU 把"
        "分散程度乘上大約 σ·√(n/2) = {gain}，小於 1：訊號逐漸消失，梯度也跟著消失。"
    ),
    "predict.shape.why_keep": (
        "分散程度從第 1 層的 {first} 到第 {layer} 層的 {std}（{ratio} 倍）。每一層 ReLU 把它"
        "乘上大約 σ·√(n/2) = {gain}：He 的 √(2/n) = {he} 讓這個倍數等於 1，補回 ReLU 設為 0 "
        "的那一半神經元。"
    ),
    "predict.shape.why_grow": (
        "分散程度從第 1 層的 {first} 增加到第 {layer} 層的 {std}。每一層 ReLU 把它乘上大約 "
        "σ·√(n/2) = {gain}，大於 1：活化值爆炸。"
    ),
    "predict.shape.not_ends": (
        "權重很大（例如標準差 1）、z 離 0 很遠時，值才會堆在兩端：這裡第 {layer} 層只有 "
        "{percent:.0f}% 的值靠近兩端（達到 40% 才算堆在兩端）。"
    ),
    "predict.shape.not_spike": (
        "權重小到每個神經元的 z 都接近 0（例如標準差 0.01）時，才會出現一根窄窄的尖峰："
        "這裡第 {layer} 層的標準差是 {std}（尖峰：小於輸出範圍的 5%）。"
    ),
    "predict.shape.not_spread": (
        "要散開，權重的標準差要接近 Xavier 的 1/√n = {xavier}：這裡是 {sigma}，第 {layer} 層的"
        "標準差是 {std}，有 {percent:.0f}% 的值靠近兩端。"
    ),
    "predict.shape.not_shrink": (
        "每一層的倍數明顯小於 1 時（標準差 0.01，或 ReLU 配 Xavier），分散程度才會縮小："
        "這裡的倍數 σ·√(n/2) 是 {gain}，第 {layer} 層的分散程度是第 1 層的 {ratio} 倍。"
    ),
    "predict.shape.not_keep": (
        "每一層的倍數大約是 1 時（像 He 的 √(2/n) = {he}），分散程度才會維持：這裡的倍數是 "
        "{gain}，第 {layer} 層的分散程度是第 1 層的 {ratio} 倍。"
    ),
    "predict.shape.not_grow": (
        "每一層的倍數大於 1 時（例如標準差 1），分散程度才會增加：這裡的倍數是 {gain}，"
        "第 {layer} 層的分散程度是第 1 層的 {ratio} 倍。"
    ),
    "predict.loss.short": "訓練：哪一種權重初始值最後的損失最低？",
    "predict.loss.prompt": (
        "用 {optimizer} 訓練 {iterations} 次迭代後，哪一種權重初始值的損失最低？"
    ),
    "predict.loss.numbers": "最後 100 次迭代的平均損失：{losses}。",
    "predict.loss.no_verdict": "還沒有可以比較損失的訓練。",
    "predict.loss.why_std": (
        "這次標準差 0.01 的損失最低：依梯度大小調整每一步的最佳化方法（{optimizer}），"
        "能彌補小到讓一般 SGD 卡住的權重。"
    ),
    "predict.loss.why_xavier": (
        "Xavier（標準差 1/√n）讓訊號通過各層 ReLU 時仍然存在，雖然每層稍微變弱，還是學得很好。"
    ),
    "predict.loss.why_he": (
        "He（標準差 √(2/n)）補回 ReLU 設為 0 的那一半神經元：訊號通過五層都維持大小，"
        "每一層一開始就能學習。"
    ),
    "predict.loss.not_std": (
        "標準差 0.01 配上 ReLU，活化值一層一層縮向 0，梯度也跟著縮小：用 SGD 時損失會長時間"
        "停在 2.30 附近（ln 10，也就是用猜的損失）。"
    ),
    "predict.loss.not_xavier": (
        "Xavier 的標準差 1/√n 是為 sigmoid 和 tanh 設計的；ReLU 把一半神經元設為 0，"
        "訊號每層都會縮小一點，通常學得比 He 慢一些。"
    ),
    "predict.loss.not_he": (
        "He 是為 ReLU 設計的，通常損失最低，但這次另一種初始值低了超過 {tie}。"
    ),
    "predict.bn.short": "有沒有 BN：這個尺度下誰領先？",
    "predict.bn.prompt": (
        "權重尺度 {scale}：訓練 {epochs} 個訓練週期後，哪一個網路的訓練準確率比較高？"
    ),
    "predict.bn.opt_bn": "有 BN",
    "predict.bn.opt_plain": "沒有 BN",
    "predict.bn.opt_even": "差不多（相差 0.05 以內）",
    "predict.bn.numbers": "最終訓練準確率：有 BN {bn:.2f}，沒有 BN {plain:.2f}。",
    "predict.bn.numbers_diverged": "最終訓練準確率：有 BN {bn:.2f}；沒有 BN 的網路發散了。",
    "predict.bn.no_verdict": (
        "有 BN 的網路沒有跑到最後一個訓練週期（發散了）：沒有最終準確率可比較。"
    ),
    "predict.bn.why_bn": (
        "BN 在每個小批次把每一層的輸入重新調整成平均數 0、標準差 1，所以初始尺度不好影響也小"
        "得多：訊號和梯度都維持大小，訓練一開始就能進展。"
    ),
    "predict.bn.why_plain": (
        "在 He 的尺度（√(2/100) ≈ {he}）附近，沒有 BN 的網路本來就有好的起點；BN 反而加入"
        "每個小批次統計量的雜訊，最後可能稍微落後。"
    ),
    "predict.bn.why_even": "在這個尺度，兩個網路的起點都足以學習：BN 的優勢在這裡很小。",
    "predict.bn.not_bn": (
        "BN 不一定領先：沒有 BN 的網路權重大小本來就合適時（{he} 附近），兩者結果接近，"
        "沒有 BN 的甚至可能領先。"
    ),
    "predict.bn.not_plain": (
        "離 He 的尺度（≈ {he}）很遠時，沒有 BN 的網路活化值會消失或爆炸，學得很慢甚至學不起來："
        "這正是 BN 最有幫助的地方。"
    ),
    "predict.bn.not_even": "兩者相差 {diff:.2f}，超過算作差不多的 {margin}。",
    "predict.scales.short": "16 個尺度：BN 在哪裡落後？",
    "predict.scales.prompt": (
        "在書中的 16 個權重尺度上，訓練 {epochs} 個訓練週期後，有 BN 的網路會在哪裡落後沒有 BN 的？"
    ),
    "predict.scales.opt_large": "最大的尺度（{range}）",
    "predict.scales.opt_medium": "中等的尺度（{range}）",
    "predict.scales.opt_small": "最小的尺度（{range}）",
    "predict.scales.opt_none": "哪裡都不會：BN 總是領先或打平",
    "predict.scales.why_loses": (
        "BN 在 {scales} 落後（在格子圖中以外框標出）。在 He 的 √(2/100) ≈ {he} 附近，沒有 BN "
        "的網路起點好、學得快，而 BN 依小批次做的正規化加入了雜訊；離它越遠，沒有 BN 的網路"
        "越學不起來，BN 就贏了。"
    ),
    "predict.scales.why_none": (
        "這次 BN 從來沒有落後：即使在 He 的尺度（≈ {he}）附近、沒有 BN 的網路起點很好，BN "
        "也跟上了。書中看到它在 0.293 和 0.158 落後；試試另一個亂數種子。"
    ),
    "predict.scales.not_large": (
        "在最大的尺度（{large_range}），沒有 BN 的網路活化值爆炸、學不太起來："
        "有 BN {large_bn}，沒有 BN {large_plain}。"
    ),
    "predict.scales.not_medium": (
        "在中等的尺度（{medium_range}），也就是 He 的 ≈ {he} 附近，兩者很接近，這次 BN 撐住了："
        "有 BN {medium_bn}，沒有 BN {medium_plain}。"
    ),
    "predict.scales.not_small": (
        "在最小的尺度（{small_range}），沒有 BN 的網路訊號消失，準確率停在用猜的附近："
        "有 BN {small_bn}，沒有 BN {small_plain}。"
    ),
    "predict.scales.not_none": "BN 確實落後了沒有 BN 的網路，在 {scales}。",
    "predict.gap.short": "哪一個訓練最後的差距比較小？",
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
    "diag.at_epoch": "在第 {epoch} 個訓練週期（epoch）",
    "diag.at_iteration": "到第 {iteration} 次更新時（第 {epoch} 個訓練週期）",
    "diag.q_activation": "活化值",
    "diag.q_gradient": "權重梯度（dW）",
    "diag.not_finite": "**{run}**：{at}，第 {layer} 層{quantity}的標準差已不再是有限的數。",
    "diag.exploding": (
        "**{run}**：{at}，第 {layer} 層{quantity}的標準差達到 {value}，遠超出合理範圍"
        "（最多 {high}）。"
    ),
    "diag.dead": (
        "**{run}**：{at}，第 {layer} 層的每個神經元對整個小批次都輸出同一個值"
        "（活化值標準差 {value}）：以 ReLU 來說就是每個神經元都關著，梯度無法經過這一層傳到"
        "下面的層。"
    ),
    "diag.vanished": (
        "**{run}**：{at}，第 {layer} 層{quantity}的標準差降到 {value}，低於合理範圍"
        "（至少 {low}）：這麼小的步幅幾乎推不動權重。"
    ),
    "diag.stalled": (
        "**{run}** 結束時接近隨機猜測（準確率 {chance:g}，和用猜的一樣），而每一層的標準差都在"
        "合理範圍內。"
    ),
    "diag.why_lr_too_large": (
        "原因：學習率 {lr:g} 對權重的尺度來說太大。每一步 lr × dW 都衝過頭，權重變大使活化值與"
        "梯度變大，下一步又衝得更遠。書中 {optimizer} 用 {book_lr:g}。"
    ),
    "diag.why_lr_too_large_stall": (
        "原因：學習率 {lr:g} 遠高於書中 {optimizer} 的 {book_lr:g}：這麼大的步幅可能把一層的"
        "ReLU 神經元全部關掉，或在最小值兩側來回跳，而進不到谷底。"
    ),
    "diag.why_init_too_large": (
        "原因：使用 ReLU 時，每一層把活化值的標準差乘上約「初始標準差 ÷ He 的 √(2/n)」"
        "= {std} ÷ {he} ≈ {gain}（n = 每個神經元的 {nodes} 個輸入），所以活化值一層比一層大，"
        "最初幾次更新就衝過頭。He 權重初始值或批次正規化（Batch Normalization）能讓標準差保持穩定。"
    ),
    "diag.why_inverted_dropout_scale": (
        "原因：反向縮放（inverted）的 Dropout 在訓練時把每個保留的神經元乘上 "
        "1 / (1 − ratio) = {scale:.3g}。平均數不變，但每一層的均方放大 {scale:.3g} 倍、"
        "標準差約放大 {root:.2g} 倍，活化值一層比一層大，直到某次更新衝過頭。"
        "書中的做法不縮放，比例為 {book_ratio:g}。"
    ),
    "diag.why_dropout_too_strong": (
        "原因：Dropout 比例 {ratio:g} 關掉了大部分神經元：每次訓練的正向傳播，每個隱藏層只保留"
        " {keep:.0f}% 的神經元，能用來學習的訊號太少、雜訊太多。書中用 {book_ratio:g}。"
    ),
    "diag.why_decay_too_strong": (
        "原因：權重衰減 λ = {lam:g} 每一步把每個權重往 0 拉（梯度多了 λW），力道大過資料把它"
        "推開的力量，網路於是縮成一個固定的猜測。書中用 λ = {book_lam:g}。"
    ),
    "diag.why_vanishing": (
        "原因：權重初始值太小。標準差 {std} 時，每個 ReLU 層把訊號乘上約 {std} ÷ He 的 "
        "√(2/n) = {he} ≈ {gain}（n = {nodes}），幾乎沒有訊號到得了輸出層，傳回前面幾層的梯度"
        "也小到推不動權重（梯度消失）。He 權重初始值或批次正規化能解決。"
    ),
    "diag.why_dead_relu": (
        "原因：權重初始值太小。標準差 {std} 時，每個 ReLU 層把訊號乘上約 {gain}"
        "（標準差 ÷ He 的 √(2/n) = {he}，n = {nodes}），直到某一層的神經元全部關掉，"
        "全是 0 的一層什麼也傳不過去。He 權重初始值或批次正規化能解決。"
    ),
    "diag.why_unknown": (
        "這次訓練的設定沒有已知的嫌疑：學習率、權重初始值、Dropout 與權重衰減都接近書中的值。"
    ),
    "diag.fix": "把{control}設為 {value}",
    "diag.fix_on": "開啟{control}",
    "diag.fix_help": "設定本頁（以及連結中）的控制項；再按一次訓練，就會以新設定開始訓練。",
    "diag.name_lr": "學習率",
    "diag.name_weight_decay_lambda": "權重衰減 λ",
    "diag.name_dropout_ratio": " Dropout 比例",
    "diag.name_weight_init_std": "權重初始值的標準差",
    "diag.name_use_batchnorm": "批次正規化",
    "diag.table_header": "每個失敗的訓練從哪裡開始出錯（{count} 個）",
    "diag.col_run": "訓練",
    "diag.col_where": "最先超出範圍",
    "diag.col_cause": "可能的原因",
    "diag.table_where": "第 {layer} 層{quantity}標準差 {value}，{at}",
    "diag.table_stalled": "標準差都在範圍內；結束時接近隨機猜測",
    "diag.cause_lr_too_large": "學習率太大",
    "diag.cause_init_too_large": "權重初始值對 ReLU 來說太大",
    "diag.cause_inverted_dropout_scale": "反向縮放 Dropout 的 1 / (1 − ratio)",
    "diag.cause_dropout_too_strong": "Dropout 比例太高",
    "diag.cause_decay_too_strong": "權重衰減太強",
    "diag.cause_vanishing": "梯度消失：權重初始值太小",
    "diag.cause_dead_relu": "ReLU 層全部關閉：權重初始值太小",
    "diag.cause_unknown": "沒有明顯的嫌疑",
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
    # ---------------------------------------------------------------- page 5: chapter 6 in 2-D
    "nav.plane": "二維平面上的第 6 章",
    "home.link_plane": (
        "**二維平面上的第 6 章**：兩個月亮形的資料，以及網路在它們之間畫出的決策邊界，"
        "即時呈現：網路背下資料點時邊界參差不齊，加上權重衰減或 Dropout 就變得平滑。"
    ),
    "plane.title": "二維平面上的第 6 章：決策邊界",
    "plane.intro": (
        "一個有兩個輸入（點的 x 與 y）的網路，學習判斷一個點屬於兩個交錯的**月亮**中的哪一個。"
        "它學到的東西就是一張圖：底色是平面上每一點屬於類別 1 的機率，機率為 0.5 的黑線就是"
        "它的**決策邊界**。其他頁面的各種方法在這裡同樣有效：權重初始值、"
        "批次正規化（Batch Normalization）、權重衰減（Weight decay）與 Dropout（丟棄法）。"
        "每次改變設定都會立刻訓練（一兩秒），邊訓練邊畫出來。"
    ),
    "plane.init": "權重初始值",
    "plane.init_help": (
        "初始權重 W ~ N(0, σ²) 的標準差 σ：固定的數值，或 Xavier（σ = √(1/n)）、"
        "He（σ = √(2/n)），n 是每個神經元的輸入數，與「權重初始值」頁相同。"
    ),
    "plane.activation": "活化函數",
    "plane.activation_help": (
        "每個隱藏層之後的函數。He 的尺度適合 ReLU，Xavier 適合 sigmoid 與 tanh。"
    ),
    "plane.bn": "批次正規化",
    "plane.bn_help": (
        "在每個 Affine 與活化函數之間加一層批次正規化（Batch Normalization）："
        "每個 10 個點的小批次都用它自己的平均數與變異數正規化。"
    ),
    "plane.lambda": "權重衰減 λ",
    "plane.lambda_help": "加到損失函數上的懲罰項 ½λ‖W‖² 的強度（0 表示不使用）。",
    "plane.dropout": "Dropout 比例",
    "plane.dropout_help": (
        "每次訓練的正向傳播中隨機關閉的隱藏層神經元比例（0 表示不使用）。"
        "與書中相同，測試時才把輸出乘上 1 − 比例，訓練時不調整。"
    ),
    "plane.compare": "並排：不加 λ 與 Dropout",
    "plane.compare_help": (
        "開啟權重衰減或 Dropout 時，同時訓練不加它們的同一個網路（相同的資料點、權重初始值與"
        "小批次），並把它的決策邊界畫在旁邊：兩者的差別就是正則化的效果。每次訓練的計算量會加倍。"
    ),
    "plane.test_points": "顯示測試資料",
    "plane.test_points_help": (
        "網路從未用來訓練的 400 個點，以空心符號表示：測試資料的準確率就是其中落在正確一側的比例。"
    ),
    "plane.network_header": (
        "資料與訓練：{train_size} 個點、雜訊 {noise:g}、{layers} × {width} 個神經元、"
        "{optimizer}、學習率 {lr:g}、{epochs} 個訓練週期（epoch）"
    ),
    "plane.train_size": "訓練資料點數",
    "plane.train_size_help": "網路用來訓練的點數，兩個月亮各一半。點越少越容易被背下來。",
    "plane.noise": "雜訊",
    "plane.noise_help": (
        "點偏離所屬月亮的程度（x 與 y 方向隨機位移的標準差）。雜訊越大，一個月亮的點越會混進"
        "另一個月亮之中：想把它們全部分對的網路就得繞著這些點彎曲。"
    ),
    "plane.epochs": "訓練週期（epoch）",
    "plane.epochs_help": "把訓練資料完整看過幾遍，每個小批次 10 個點。",
    "plane.epochs_cap": (
        "這組設定最多 {most} 個訓練週期：每次訓練最多只能占用伺服器約 {seconds:g} 秒的運算。"
    ),
    "plane.layers": "隱藏層數",
    "plane.layers_help": "網路有幾個隱藏層。",
    "plane.width": "每層神經元數",
    "plane.width_help": "每個隱藏層的神經元數。",
    "plane.optimizer": "最佳化方法",
    "plane.optimizer_help": (
        "更新規則。SGD 讓每個權重移動「學習率 × 梯度」，所以梯度很小時步幅也很小；"
        "Adam 依每個權重自己過去的梯度調整步幅。"
    ),
    "plane.lr": "學習率（對數刻度）",
    "plane.lr_help": "每次更新的步幅大小。",
    "plane.run_both": "λ = {lam:g}、Dropout {ratio:g}",
    "plane.run_dropout": "Dropout {ratio:g}",
    "plane.run_plain": "無正則化",
    "plane.run_baseline": "不加 λ 與 Dropout",
    "plane.panel": "第 {epoch} 個訓練週期 · {pieces} 塊區域",
    "plane.fig_title": "決策邊界：網路判斷 P(類別 1) = 0.5 的地方",
    "plane.fig_class_0": "類別 0（上方的月亮）",
    "plane.fig_class_1": "類別 1（下方的月亮）",
    "plane.fig_train_points": "訓練資料",
    "plane.fig_test_points": "測試資料",
    "plane.fig_boundary": "邊界，P = 0.5",
    "plane.fig_p_hover": "(%{x:.2f}, %{y:.2f})：P(類別 1) = %{z:.2f}",
    "plane.fig_waiting": "第一條決策邊界即將出現…",
    "plane.curve_title": "訓練過程中的準確率與權重範數",
    "plane.curve_x": "訓練週期（epoch）",
    "plane.curve_acc": "準確率",
    "plane.curve_norm": "權重範數 ‖W‖",
    "plane.curve_train": "訓練資料",
    "plane.curve_test": "測試資料",
    "plane.m_train": "訓練資料準確率",
    "plane.m_test": "測試資料準確率",
    "plane.m_gap": "差距（訓練 − 測試）",
    "plane.m_norm": "權重範數 ‖W‖",
    "plane.diverged": (
        "有一次訓練發散了：更新的步幅衝過頭，權重一路變大直到損失函數溢位。"
        "過大的權重初始值（ReLU 配上標準差 1）或過大的學習率都會造成這種情形："
        "請改用 He 或 Xavier，或調低學習率。"
    ),
    "plane.stalled_init": (
        "網路（{run}）完全沒有學到東西：訓練資料準確率 {train:.2f}，等於隨機猜測，"
        "而且每一點的機率都一樣（沒有邊界線）。標準差 0.01 時，訊號與梯度逐層縮小，"
        "SGD 幾乎無法移動權重。"
        "請開啟批次正規化，或改用 He 或 Xavier。"
    ),
    "plane.stalled": (
        "網路（{run}）完全沒有學到東西：訓練資料準確率 {train:.2f}，等於隨機猜測。"
        "請檢查學習率與訓練週期數；過大的 λ 或 Dropout 比例也會拖住網路。"
    ),
    "plane.memorized": (
        "網路（{run}）把訓練資料背下來了：訓練資料準確率 {train:.2f}，測試資料準確率 {test:.2f}"
        "（差距 {gap:.2f}）。邊界線繞著個別的雜訊點彎曲；調高 λ 或 Dropout 比例，看它變直。"
    ),
    "plane.reading": (
        "底色：網路判斷為類別 1 的機率，橘色偏向類別 1，藍色偏向類別 0，白色表示不確定。"
        "黑線：決策邊界。● 類別 0，▲ 類別 1；實心為訓練資料，空心為測試資料。"
        "區域數：邊界線把平面切成幾塊分開的區域（平順的邊界是兩塊；每多一座圍住單一點的小島就多一塊）。"
    ),
    "plane.delta_caption": "數值下方的小字：相對於「{baseline}」（同時訓練的同一個網路）的變化。",
    "plane.look_header": "觀察重點",
    "plane.look": (
        "- **過度學習就是參差不齊的邊界線。** 在預設設定下（100 個點、雜訊 0.4、3 × 64 個 "
        "ReLU 神經元、He 權重初始值、SGD、500 個訓練週期），網路幾乎把每個訓練資料點都分對，"
        "測試資料卻只對大約十分之八：邊界線繞著混進另一個月亮裡的個別點彎曲，常常圈出小島"
        "（超過兩塊區域）。\n"
        "- **權重衰減把它拉直。** λ = 0.01 時，我們試過的五個亂數種子都只剩一條平順的邊界"
        "（兩塊區域），權重範數降到約五分之一，訓練與測試準確率的差距也縮小了。λ = 0.1 時邊界"
        "太過簡單：連訓練資料的準確率也下降（學習不足）。\n"
        "- **Dropout 也有同樣效果。** 比例 0.5 時五個亂數種子都是兩塊區域，權重範數卻和不用"
        "時差不多：Dropout 不會縮小權重，而是讓神經元無法互相依賴。\n"
        "- **批次正規化在這裡也讓邊界變平順**（兩到三塊區域）：每個 10 個點的小批次都用自己的"
        "平均數與變異數正規化，這種雜訊也讓網路無法把每個點都擬合。\n"
        "- **權重初始值決定網路能不能學習。** 標準差 0.01 配上 SGD 時，ReLU 與 sigmoid 網路都"
        "停在 0.5，等於隨機猜測，每一點的機率都一樣：訊號逐層消失，梯度也跟著消失。"
        "批次正規化能救回來（測試資料約 0.85），Adam 也可以。ReLU 配上標準差 1 時，五個亂數"
        "種子中有四個在最初幾個訓練週期就發散；sigmoid 與 tanh 則能訓練。\n"
        "- **換一個亂數種子**（側邊欄）會產生新的資料點與新的權重初始值："
        "在另一份樣本上看到同樣的現象。"
    ),
    # ---------------------------------------------------------------- issue 21: the whole
    # chapter. Page 6: parameter updates, 6.1 (pages/updates.py, ui/updates/)
    "nav.updates": "參數更新",
    "home.link_updates": (
        "**參數更新**：SGD、Momentum、AdaGrad 與 Adam 一步一步走下一道狹長的山谷，"
        "再用同樣的方法在 MNIST 上訓練同一個網路。"
    ),
    "updates.title": "參數更新：SGD、Momentum、AdaGrad、Adam",
    "updates.intro": (
        "訓練就是往山下走：每個小批次之後，**更新方法**讓每個參數沿梯度的反方向移動。"
        "走多遠、是否記得先前的步伐，正是 6.1 節四種最佳化方法的差別。書中先在一個"
        "二變數函數上讓它們賽跑（每一步都畫得出來），再到 MNIST 上比較。"
    ),
    "updates.race_header": "在 f(x, y) = x²/20 + y² 上賽跑",
    "updates.race_intro": r"""
書中的 `optimizer_compare_naive`：每種方法從同一點出發、走相同的步數，各用自己的學習率
（書中：SGD 0.95、Momentum 0.1、AdaGrad 1.5、Adam 0.3）。這個函數是一道狹長的山谷，
橫向（y）比縱向（x）陡二十倍：

$$
f(x, y) = \frac{x^2}{20} + y^2, \qquad
\nabla f = \left( \frac{x}{10},\; 2y \right)
$$

梯度大多指向山谷的另一側，而不是指向最低點 (0, 0)，所以適合 x 的步長對 y 來說太大了。
""",
    "updates.lr": "{rule} 學習率（對數刻度）",
    "updates.lr_help": "這種方法的步長 η（書中的賽跑：{book:g}）。",
    "updates.x0": "起點 x",
    "updates.x0_help": "每種方法沿山谷方向的起點（書中：−7）。",
    "updates.y0": "起點 y",
    "updates.y0_help": "每種方法橫越山谷方向的起點（書中：2）。",
    "updates.steps": "步數",
    "updates.steps_help": "每種方法更新幾次（書中：30）。",
    "updates.race_title": "每種方法在 f 的等高線上走過的路徑",
    "updates.race_play": "▶ 播放",
    "updates.race_pause": "❚❚ 暫停",
    "updates.race_step": "第幾步",
    "updates.race_caption": (
        "灰線：f 等於 0.25、0.5、1、2、… 7 的等高線；十字標出最小值 (0, 0)。按「播放」"
        "重播每一步；面板下方的滑桿可跳到任一步。一開始顯示完整路徑。"
    ),
    "updates.race_arrived": (
        "**{rule}** 到達谷底：從第 {step} 步起（共 {steps} 步）f 一直低於 0.01（起點為 {f0}）。"
    ),
    "updates.race_diverged": (
        "**{rule}** 發散：第 {step} 步時 f 已超過起點的十倍。每一步都衝得比上一步更遠；"
        "較小的學習率才能留在山谷裡。"
    ),
    "updates.race_stalled": (
        "**{rule}** 停滯不前：走了 {steps} 步後 f 仍是 {f}（起點為 {f0}）。"
        "學習率太小，這些步數走不了多遠。"
    ),
    "updates.race_moving": ("**{rule}** 仍在路上：走了 {steps} 步後 f = {f}（起點為 {f0}）。"),
    "updates.race_zigzag": (
        "**{rule}** 在山谷兩側之字形來回：y 改變正負號 {turns} 次。陡峭的方向決定步長能有多大，"
        "平緩的方向於是走得很慢。"
    ),
    "updates.race_overshoot": (
        "**{rule}** 衝過頭：它越過最小值的 x {turns} 次再擺回來，帶著下坡時累積的速度。"
    ),
    "updates.rules_header": "更新規則，以及執行它們的程式碼",
    "updates.rules_intro": (
        "η 是學習率，∂L/∂W 是梯度；乘積與平方根都逐元素計算。每條公式下方是本實驗室自己的"
        "程式碼（engine/optimizers.py），上面的路徑與下面的網路都由它計算：它把每個中間結果"
        "寫進自己保留的陣列，所以每一步都不必配置新的記憶體。"
    ),
    "updates.rule_sgd": r"""
沿梯度的反方向走一步，每個參數用同一個 η：

$$
W \leftarrow W - \eta \frac{\partial L}{\partial W}
\vphantom{\bigg|}
$$
""",
    "updates.rule_momentum": r"""
像下坡滾動的球：速度 v 每一步保留自己的 α = 0.9，所以方向一致的步伐會累加，
來回的步伐會互相抵消：

$$
\begin{gathered}
v \leftarrow \alpha v - \eta \frac{\partial L}{\partial W} \\
W \leftarrow W + v
\end{gathered}
$$
""",
    "updates.rule_adagrad": r"""
每個參數的步長隨它見過的梯度平方和（h）縮小，所以陡峭的方向先慢下來：

$$
\begin{gathered}
h \leftarrow h + \frac{\partial L}{\partial W} \odot \frac{\partial L}{\partial W} \\
W \leftarrow W - \eta \frac{1}{\sqrt{h} + 10^{-7}} \frac{\partial L}{\partial W}
\end{gathered}
$$
""",
    "updates.rule_adam": r"""
動量（m）加上類似 AdaGrad 的縮放（v），兩者都是移動平均，並在步長中修正它們從零開始的偏差
（β₁ = 0.9、β₂ = 0.999，t 為第幾步）：

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
    "updates.rule_code": "引擎的程式碼",
    "updates.mnist_header": "同樣四種方法用在 MNIST 上",
    "updates.mnist_intro": (
        "書中的 `optimizer_compare_mnist`：四個 784-100-100-100-100-10 的 ReLU 網路，"
        "使用 He 權重初始值，每種方法一個，以相同的 128 張小批次並排訓練 2,000 次迭代，"
        "使用書中的學習率（SGD、Momentum、AdaGrad 為 0.01，Adam 為 0.001）。每條曲線是該次"
        "迭代的小批次損失，並依書中的方式平滑（11 次迭代的加權平均）。這裡四個網路還從相同的"
        "權重初始值開始，所以只有更新方法不同。"
    ),
    "updates.iterations": "迭代次數",
    "updates.iterations_help": "每個網路訓練的小批次數，每批 128 張（書中：2,000）。",
    "updates.mnist_title": "小批次損失，依書中的方式平滑",
    "updates.mnist_x": "迭代次數",
    "updates.mnist_y": "損失（平滑後）",
    "updates.mnist_run": "{rule}（η = {lr:g}）",
    "updates.mnist_final": "{rule}：最後 100 次的平均損失",
    "updates.mnist_axis": (
        "和書中一樣，損失的座標軸從 0 到 1：每種方法都從 2.3 附近開始（ln 10，在十個數字中"
        "瞎猜），所以最初的幾次迭代在圖的上方。"
    ),
    "updates.mnist_book_header": "我們的結果與書中的並列",
    "updates.col_rule": "方法",
    "updates.col_ours": "本實驗室：最後 {last} 次迭代的平均損失",
    "updates.col_book": "書中：第 1,500-1,900 次迭代印出的損失",
    "updates.mnist_book": (
        "書中用完整的 MNIST（60,000 張）訓練，每 100 次迭代印出一個小批次的損失；上表的範圍是它在"
        "第 1,500 到 1,900 次迭代印出的值。它的順序：SGD 遠遠落後，其次是 Momentum，AdaGrad 與 "
        "Adam 不相上下領先。本實驗室最後 {last} 次的平均值來自較小的資料集（網路會反覆看到同樣的"
        "圖片），所以數字不同；要比較的是順序。"
    ),
    "predict.race.short": "賽跑：哪種方法最後離最小值最近？",
    "predict.race.prompt": (
        "從同一個起點走 {steps} 步，使用上面設定的學習率，哪種方法最後的 f 最低（離最小值最近）？"
    ),
    "predict.race.end": "{rule} 最後 f = {f}",
    "predict.race.end_diverged": "{rule} 在第 {step} 步發散",
    "predict.race.all_diverged": "在這些學習率下每種方法都發散了：沒有一個停得下來。",
    "predict.race.why": "走了 {steps} 步後，{winners} 最低。{ends}。",
    "predict.mnist.short": "MNIST：哪種方法最後的損失最低？",
    "predict.mnist.prompt": (
        "四個網路以相同的 {iterations} 個小批次訓練，每種方法一個，各用書中的學習率。"
        "哪一個最後 {last} 次迭代的平均損失最低？"
    ),
    "predict.mnist.no_verdict": "還有網路沒有訓練到最後一次迭代。",
    "predict.mnist.why": "最後 {last} 次迭代的平均損失：{means}。最低：{winners}。",
    "predict.mnist.not": (
        "{rule} 最後是 {loss:.3f}，高於最低的 {low:.3f}：在它的學習率下，它在這裡降低損失比較慢。"
    ),
    # Page 7: hyperparameter search, 6.5 (pages/hyperparameters.py, ui/hyperparameters/)
    "nav.hyperparameters": "超參數搜尋",
    "home.link_hyperparameters": (
        "**超參數搜尋**：書中對學習率與權重衰減的隨機搜尋，以驗證資料評估，"
        "以及為什麼測試資料不能參與其中。"
    ),
    "hyper.title": "超參數搜尋：驗證資料與隨機試驗",
    "hyper.intro": (
        "學習率、權重衰減 λ、層數：網路不會自己學這些**超參數**，要由我們決定。6.5 節用實務上"
        "的方法決定其中兩個：隨機試很多組設定，用專門保留的資料評估每一組，把範圍縮小到好的"
        "設定所在之處，再試一次。"
    ),
    "hyper.why_header": "為什麼不能用測試資料調整？",
    "hyper.why": (
        "測試資料是用來評估網路在**從未看過**的圖片上表現如何。如果我們試了一百組設定，"
        "留下在測試資料上分數最高的那一組，測試資料就參與了網路的選擇：設定被調整得適合"
        "那些圖片（更高一層的過度學習），測試分數會比網路在新資料上實際的表現更樂觀。\n\n"
        "所以書中把訓練資料分開：其中 20 % 成為**驗證資料**，用來評估設定；其餘的用來訓練。"
        "測試資料只在最後對選定的那一個網路使用一次。本頁正是這樣做，並把最佳試驗的驗證"
        "準確率與它的測試準確率並列。"
    ),
    "hyper.search_header": "書中的隨機搜尋",
    "hyper.search_intro": (
        "書中的 `hyperparameter_optimization`：前 500 張訓練資料，打亂後保留 100 張作為驗證資料，"
        "其餘 400 張用來訓練。每次**試驗**抽出學習率 lr = 10^U(−6, −2) 與權重衰減 "
        "λ = 10^U(−8, −4)（U 為均勻分布，所以每個 10 的次方都一樣可能），再以 SGD 訓練一個 "
        "784-100×6-10 的 ReLU 網路 50 個訓練週期（epoch），每個小批次 100 張，並在每個訓練週期"
        "後記錄兩部分資料的準確率。整個搜尋是全班共用的一次訓練：要求相同設定的人，看到的是"
        "同一批試驗逐一出現。"
    ),
    "hyper.trials": "試驗次數",
    "hyper.trials_help": "要試幾組設定（書中：100）。",
    "hyper.epochs": "每次試驗的訓練週期",
    "hyper.epochs_help": "每次試驗訓練多久（書中：50；少一點看得比較快、比較粗略）。",
    "hyper.lr_range": "學習率：10 的次方",
    "hyper.lr_range_help": "學習率抽取的指數範圍：lr = 10^U(從, 到)（書中：−6 到 −2）。",
    "hyper.lr_range_caption": "lr 從 {low} 到 {high}",
    "hyper.decay_range": "權重衰減 λ：10 的次方",
    "hyper.decay_range_help": "λ 抽取的指數範圍：λ = 10^U(從, 到)（書中：−8 到 −4）。",
    "hyper.decay_range_caption": "λ 從 {low} 到 {high}",
    "hyper.cost": (
        "**這次搜尋的成本：** {trials} 次試驗 × {epochs} 個訓練週期 = {total:,} 個訓練週期"
        "（{steps:,} 步 100 張的 SGD，每個訓練週期後再算全部 500 張的準確率）：伺服器空閒時，"
        "在一個訓練程序上約 {minutes:.1f} 分鐘。每次搜尋最多 {most:,} 個訓練週期。"
        "沒有其他人在看時，按「停止」就會取消它。"
    ),
    "hyper.trial": "第 {trial} 次試驗",
    "hyper.scatter_title": "每次試驗：學習率對權重衰減",
    "hyper.scatter_x": "學習率 lr（對數刻度）",
    "hyper.scatter_y": "權重衰減 λ（對數刻度）",
    "hyper.scatter_z": "顏色：最後一個訓練週期的驗證準確率（色階在圖下方）",
    "hyper.scatter_best": "最佳試驗",
    "hyper.scatter_trials": "試驗",
    "hyper.scatter_hover": "第 %{customdata[0]} 次試驗",
    "hyper.curves_title": "最佳的幾次試驗，照書中的畫法（名次 · 驗證準確率）",
    "hyper.curves_x": "訓練週期",
    "hyper.curves_y": "準確率",
    "hyper.curves_validation": "驗證",
    "hyper.curves_train": "訓練",
    "hyper.m_val": "最佳驗證準確率（第 {trial} 次試驗）",
    "hyper.m_test": "它的測試準確率（只量一次）",
    "hyper.m_test_delta": "{diff:+.3f}（與驗證相比）",
    "hyper.m_lr": "它的學習率",
    "hyper.m_lam": "它的權重衰減 λ",
    "hyper.see_best": (
        "最佳的 {count} 次試驗（驗證準確率 {val_low} 到 {val_high}）學習率在 {lr_low} 到 "
        "{lr_high} 之間，λ 在 {lam_low} 到 {lam_high} 之間。"
    ),
    "hyper.see_lr": (
        "學習率區分出最佳的試驗：它們的學習率中位數是 {top_median}，其餘的是 {rest_median}"
        "（其驗證準確率中位數為 {rest_val}）。這麼小的學習率在這麼少的訓練週期裡幾乎移動不了權重。"
    ),
    "hyper.table_csv": "下載各次試驗（CSV）",
    "hyper.narrow": (
        "把範圍縮小到最佳的 {count} 次試驗：lr {lr_low} 到 {lr_high}，λ {lam_low} 到 {lam_high}"
    ),
    "hyper.narrow_help": (
        "把兩個範圍設為最佳試驗所在的區域（稍微放寬），如書中所建議；下一次搜尋就會在好的設定"
        "附近試更多組。"
    ),
    "hyper.book": (
        "**書中結果**（完整 MNIST 的前 500 張，100 次試驗，執行一次）：最佳驗證準確率 0.84，"
        "lr 0.0094、λ 2.8 × 10⁻⁶；前 20 名的學習率都在 0.0016 到 0.0100 之間，λ 則散布在"
        "10⁻⁸ 到 10⁻⁴ 整個範圍。書中建議下一步在 lr 0.001-0.01、λ 10⁻⁸-10⁻⁶ 附近搜尋。"
        "書中沒有列出測試準確率：搜尋是為了選擇，不是為了最後的分數。"
    ),
    "hyper.procedure_header": "步驟，共四步",
    "hyper.procedure": (
        "1. 為每個超參數設定範圍，用**對數刻度**（10 的次方）：我們常常連數量級都不知道。\n"
        "2. 從這些範圍隨機抽取設定。隨機搜尋比網格更快找到好的區域：當某個超參數遠比另一個"
        "重要時，網格只試了它少數幾個值，隨機試驗每次都試一個新值。\n"
        "3. 每組設定只訓練一小段（少量訓練週期），用**驗證資料**評估。\n"
        "4. 重複，並把範圍縮小到最佳試驗所在之處，直到有一組設定脫穎而出；然後，也只有在"
        "這時候，才用測試資料對那一個網路量一次。\n\n"
        "更精細的方法（貝氏最佳化）會根據目前的結果選擇下一次試驗；書中把它列為延伸閱讀。"
    ),
    "predict.test.short": "搜尋：最佳試驗的測試準確率與驗證準確率",
    "predict.test.prompt": (
        "搜尋依驗證準確率（100 張）從 {trials} 次試驗中選出最佳的一次。接著那個網路只遇見 "
        "{test_size:,} 張測試資料一次。它的測試準確率會……"
    ),
    "predict.test.opt_lower": "比它的驗證準確率低",
    "predict.test.opt_same": "差不多（相差 {margin:.2f} 以內）",
    "predict.test.opt_higher": "比它的驗證準確率高",
    "predict.test.no_verdict": "搜尋還沒量測試準確率。",
    "predict.test.numbers": (
        "第 {trial} 次試驗最佳：驗證 {val:.2f}，測試 {test:.3f}（相差 {diff:+.3f}）。"
    ),
    "predict.test.why_lower": (
        "從 {trials} 個以 100 張驗證資料算出的分數中挑最好的，也挑中了運氣：一組剛好適合那些"
        "圖片的設定。在沒有參與選擇的圖片上，運氣不見了，分數就回落。如果我們當初用測試資料"
        "來挑，這份樂觀就不會被發現。"
    ),
    "predict.test.why_same": (
        "這次選擇經得起考驗：網路在測試資料上的表現和在驗證資料上差不多。只有 100 張驗證資料，"
        "這也有一部分是運氣；換一個亂數種子（側邊欄）結果可能不同。"
    ),
    "predict.test.why_higher": (
        "測試資料剛好比那 100 張驗證資料更適合這個網路：驗證資料這麼少，分數上下會差好幾個"
        "百分點。平均而言，被選為最佳的試驗在新資料上的分數會比較低，而不是比較高。"
    ),
    "predict.test.not_lower": (
        "較低是常見的情形（最佳分數有一部分是運氣），但這次不是：相差 {diff:+.3f}。"
    ),
    "predict.test.not_same": "兩者相差 {diff:+.3f}，超過 {margin:.2f}。",
    "predict.test.not_higher": (
        "較高表示選擇偏向保守；但從 {trials} 個分數中挑出的最佳分數更常是偏樂觀的，"
        "就像這裡（{diff:+.3f}）。"
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
    "batchnorm.centre_header": "數字落在哪裡：平均數、中位數、眾數（集中量數）",
    "batchnorm.spread_header": "它們分散得多遠（分散量數）",
    "batchnorm.stat_median": "中位數",
    "batchnorm.stat_median_help": (
        "數字排序後位於中間的值（個數為偶數時，取中間兩個的平均）。一個極端的數字會拉動平均數，"
        "卻幾乎不影響中位數。"
    ),
    "batchnorm.stat_mode": "眾數",
    "batchnorm.stat_mode_help": "出現次數最多的值。每個值出現次數都一樣時，就沒有眾數。",
    "batchnorm.mode_none": "無",
    "batchnorm.centre_title": "數線上的數字，以及它們的平均數、中位數與眾數",
    "batchnorm.centre_x": "數值",
    "batchnorm.centre_mean": "平均數 {value}",
    "batchnorm.centre_median": "中位數 {value}",
    "batchnorm.centre_mode": "眾數 {value}",
    "batchnorm.centre_see": (
        "平均數把總和平分給所有的數字：{total} / {n} = {mean}。（筆記問到 1, 2, 3：為什麼是 2 "
        "而不是 3？若把總和除以少一個的 {short}，會得到 {wrong}：每個數字都只算一次。）"
    ),
    "batchnorm.panels_title": "{epochs} 個訓練週期的訓練準確率，每個權重初始值標準差一格",
    "batchnorm.panels_caption": (
        "這些面板就是書中這個實驗的圖：每個權重初始值標準差一格，實線為有加入 Batch "
        "Normalization，虛線為未加入（筆記：虛線為未加入 Batch，實線為有加入 Batch）。"
        "下方的格子把每個面板最後一個訓練週期的準確率整理成一個數字。"
    ),
    # ---------------------------------------------------------------- issue 18: every chart
    # speaks (ui/chart.py, ui/describe.py and the lessons' descriptions), projector mode
    "access.formula": "公式，可左右捲動",
    "chart.describe": "描述這張圖",
    "chart.numbers": "圖中畫出的數字",
    "chart.thinned": "較長的曲線以大約 40 個等距的點列出；下載的 CSV 含有每一列。",
    "chart.first_rows": "列出 {rows} 列中的前 {shown} 列。",
    "chart.col_series": "資料系列",
    "chart.col_x": "橫軸（x）",
    "chart.col_y": "縱軸（y）",
    "chart.col_z": "數值",
    "chart.live": "{title}：訓練中；訓練結束後會描述這張圖。",
    "chart.join": "；",
    "chart.end": "。",
    "chart.series": "{name}：從{x_name} {x_first} 的 {first} 到{x_name} {x_last} 的 {last}",
    "chart.more_series": "另有 {count} 條線",
    "chart.no_data": "尚未畫出任何資料。",
    "chart.run_end": (
        "{run} 訓練 {epoch} 個訓練週期（epoch）後：訓練 {train:.2f}、測試 {test:.2f}，"
        "差距 {gap:.2f}，權重範數 {norm}"
    ),
    "chart.run_diverged": "{run} 在第 {epoch} 個訓練週期發散",
    "chart.count": "{label}：{count}",
    "chart.total": "共 {count} 個回答",
    "chart.loop": (
        "訓練的循環。正向，由左到右：{forward}。反向，由右到左：{backward}。然後重複。"
        "選一個步驟可開啟改變它的頁面；圖下方的連結也一樣"
    ),
    "chart.loop_step": "{step}（頁面：{page}）",
    "chart.hist": (
        "第 {last} 層（共 {layers} 層）：{last_share:.0f}% 的活化值{share_name}；第 1 層為 "
        "{first_share:.0f}%。標準差從第 1 層的 {first_std} 變為第 {last} 層的 {last_std}"
    ),
    "chart.hist_std": (
        "活化值的標準差從第 1 層的 {first_std} 變為第 {last} 層（共 {layers} 層）的 {last_std}"
    ),
    "chart.share_saturated": "距兩端 0.02 以內（飽和）",
    "chart.share_zeros": "恰好為 0",
    "chart.hist_gradients": "梯度：第 1 層標準差 {first_std}，第 {last} 層 {last_std}",
    "chart.lowest_loss": "最後損失最低：{runs}",
    "chart.primer_lengths": (
        "數字 {values} 分布在平均數 {mean} 周圍；它們與平均數的距離是 {lengths}，"
        "這些距離的平均（平均差）是 {mad}"
    ),
    "chart.primer_squares": (
        "同樣的距離取平方：{squares}；平方的平均（變異數）是 {var}，其平方根（標準差）是 {std}"
    ),
    "chart.graph": (
        "批次正規化（Batch Normalization）的計算圖，從 x 到 out 共 {count} 個節點：{nodes}。"
        "標示中：第 {index} 步（共 {count} 步），{step}"
    ),
    "chart.grid_book": (
        "書中的 16 個權重尺度；我們的訓練尚未進行。書中記錄的最終訓練準確率，"
        "有 BN：{book_bn}；沒有 BN：{book_plain}（尺度由 1 到 0.0001）"
    ),
    "chart.grid_ours": "我們的結果，有 BN：{ours_bn}；沒有 BN：{ours_plain}",
    "chart.masks": (
        "這次傳遞保留了 {total} 個隱藏單元中的 {kept} 個（{percent:.0f}%，預期 "
        "{expected:.0f}%）：{layers}"
    ),
    "chart.masks_layer": "第 {layer} 層 {units} 個中的 {kept} 個",
    "chart.boundary": (
        "{run}，第 {epoch} 個訓練週期：決策邊界把平面分成 {pieces} 塊；"
        "訓練準確率 {train:.2f}，測試準確率 {test:.2f}"
    ),
    "chart.boundary_waiting": "{run}：尚無邊界，訓練開始中",
    "chart.picture": "答案 {label} 的示意圖",
    "sidebar.projector": "投影模式",
    "sidebar.projector_help": (
        "圖表文字更大、線條更粗、數字更大，讓教室後排看得清楚投影畫面。你製作的課程連結會保留這個設定。"
    ),
    # ---------------------------------------------------------------- issue 17: classroom-proof
    # lessons (ui/class_counts.py, ui/class_view.py, ui/browser.py, ui/pins.py, ui/lesson_view.py,
    # ui/predict.py, ui/diagnosis.py)
    "state.lesson_teacher_key": (
        "連結的 {param} = {value} 不是老師金鑰：老師的檢視只能從課堂連結面板製作的老師專用連"
        "結開啟。"
        "頁面以學生的檢視顯示。"
    ),
    "state.bad_pins": (
        "連結的 {param} = {value} 不是最多 {high} 個釘選訓練的清單（設定寫成 lambda:0.3,epoch"
        "s:100，"
        "以 ; 分隔）；保留：{used}。"
    ),
    "lesson.choose": "請選擇",
    "lesson.no_questions": "這一頁沒有問題可問",
    "lesson.class_taken": (
        "{code} 班已在這台伺服器上以另一位老師的金鑰開啟。請換一個班級代碼，"
        "或先開啟你自己 {code} 班的老師連結，再製作這個連結。"
    ),
    "lesson.class_full": "伺服器能容納的班級都在使用中：現在無法開新的班級，請稍後再試。",
    "lesson.examples": "現成的課程（書中的設定，已確認能教出重點）",
    "lesson.example_decay_gap": (
        "權重衰減（Weight decay）能縮小差距嗎？λ = 0.1 對 λ = 0，全班先預測。"
    ),
    "lesson.example_dropout_gap": "Dropout（丟棄法）能縮小差距嗎？比例 0.2 對不使用，全班先預測。",
    "lesson.example_init_shape": "sigmoid 配上標準差 1：最後一層的活化值會長什麼樣子？",
    "lesson.example_init_loss": "哪一種權重初始值學得最好：標準差 0.01、Xavier 還是 He？",
    "lesson.example_bn_small": (
        "權重初始值很小（標準差 0.01）：批次正規化（Batch Normalization）能救回訓練嗎？"
    ),
    "predict.closed": "老師已結束這一題的投票：你仍可作答並看到結果，但答案不會被統計。",
    "predict.full": "這一題能統計的答案已滿（{high} 個）：你仍可作答並看到結果，但答案不會被統計。",
    "predict.added_counted": "你的答案已以匿名方式計入 {code} 班的統計（每個瀏覽器只算一次）。",
    "predict.added_already": (
        "這個瀏覽器已經為 {code} 班回答過這一題：以第一次的答案為準（每個瀏覽器只算一次）。"
    ),
    "predict.added_full": "未統計：這一題能統計的答案已滿（{high} 個）。請告訴老師。",
    "predict.added_closed": "未統計：老師已結束這一題的投票。",
    "predict.added_no_class": "未統計：{code} 班尚未在這台伺服器上開啟（老師的連結會開啟它）。",
    "predict.added_no_voter": (
        "未統計：這個瀏覽器沒有提供本實驗室的識別碼（它存在瀏覽器的儲存空間或 cookie 中，"
        "用來讓每個瀏覽器只算一次）。請重新載入頁面再作答。"
    ),
    "predict.added_server_full": "未統計：伺服器目前能保存的答案已滿。請告訴老師。",
    "predict.added_bad_option": "未統計：這不是這一題的選項。",
    "class.key_taken": (
        "這個連結的老師金鑰無法開啟這台伺服器上的 {code} 班（該班屬於另一個金鑰）：頁面以學生"
        "的檢視顯示。"
    ),
    "class.key_full": "無法開啟 {code} 班：伺服器能容納的班級都在使用中。頁面以學生的檢視顯示。",
    "class.key_no_class": "老師金鑰需要搭配班級代碼（class=…）：頁面以學生的檢視顯示。",
    "class.round": "第 {round} 輪",
    "class.closed": "投票已結束",
    "class.full": "已滿：{high} 個答案，不再統計",
    "class.full_teacher": (
        "這一題能統計的答案已滿（{high} 個）：之後的答案不會被統計，學生也會收到通知。"
        "開始新一輪即可重新統計。"
    ),
    "class.new_round": "新一輪",
    "class.new_round_help": (
        "清除這一題的答案並重新提問：每個瀏覽器都能再答一次，結果在你揭曉前會再次隱藏。"
    ),
    "class.close": "結束投票",
    "class.reopen": "重新開放投票",
    "class.close_help": "結束後：學生仍可作答並看到結果，但答案不會被統計。",
    "class.questions": "{code} 班：目前為止的問題（{count}）",
    "class.no_questions": "還沒有人回答任何問題。",
    "class.csv": "下載統計（CSV）",
    "class.question_name": "{page}：{question}",
    "class.col_question": "問題",
    "class.col_settings": "設定",
    "class.col_answers": "答案數",
    "class.col_state": "狀態",
    "class.col_teacher": "你的",
    "class.book_settings": "書中的設定",
    "diag.fix_locked": (
        "有幫助的做法：{fix}。老師在這堂課固定了{control}，所以這一頁維持原值；請在未鎖定的頁"
        "面試試。"
    ),
    "diag.fix_locked_help": "在新分頁開啟同一頁，每個控制項都能調整，並已套用這個修正。",
    "diag.expect_lr": "預期：在書中的學習率 {value} 下，損失會逐步下降，準確率明顯高於猜測。",
    "diag.expect_weight_decay_lambda": (
        "預期：在書中的 λ = {value} 下，網路會重新學習（書中：200 個訓練週期後訓練 0.93、測試"
        " 0.72），"
        "且差距比不使用權重衰減時小。"
    ),
    "diag.expect_dropout_ratio": (
        "預期：在書中的比例 {value} 下，網路會重新學習，比不使用 Dropout 慢，但差距較小。"
    ),
    "diag.expect_weight_init_std": (
        "預期：使用 {value} 時，活化值的分散程度會逐層維持，網路能夠學習。"
    ),
    "diag.expect_use_batchnorm": (
        "預期：批次正規化會重新縮放每一層，不論權重初始值如何，網路都能學習。"
    ),
    "pins.book": "書中的設定",
    "pins.pin": "📌 釘選這次訓練",
    "pins.pin_help": (
        "把這次訓練的曲線以淡色保留在圖中，方便你嘗試其他設定（最多 {most} 個：最早的先移除）"
        "。釘選是網址的一部分，連結會帶著它們。"
    ),
    "pins.clear": "清除釘選",
    "pins.listed": "已釘選（圖中淡色）：{pins}",
    "pins.training": "訓練中，完成後顯示",
    "plane.init_std": "σ = {std}",  # with 標準差 the five choices overflowed a phone
    # ------------------------------------------------ words that agree (issue 17, items 13-17)
    "batchnorm.verdict_no_gradient": "無梯度（BN 前面的偏權重）",
    "batchnorm.running_see_var_start": (
        "移動平均的變異數最後是 {running_var}；資料的變異數是 {var}。小批次的變異數除以 "
        "N = {batch} 而不是 N − 1，所以平均起來是資料的 (N − 1)/N = {ratio}，也就是 {expected}"
        "（這 {steps} 步的小批次變異數平均為 {average}）。移動平均主要反映最近 {recent_steps} "
        "個小批次（每一步保留 {momentum}），它們的變異數平均為 {recent}；但移動平均裡還有 "
        "{left} 來自起點 0，讓它更低。"
    ),
    "diag.table_not_finite": "第 {layer} 層{quantity}標準差已不再是有限的數，{at}",
    # ---------------------------------------------------------------- issue 21 with issue 18:
    # the chapter pages' charts described (ui/updates, ui/hyperparameters, ui/batchnorm)
    "chart.comma": "，",
    "chart.race_start": "每個方法都從 {at} 出發，該處 f = {f}；最小值在 (0, 0)",
    "chart.race_end": "{rule} 走了 {steps} 步後停在 {at}，f = {f}",
    "chart.race_arrived": "從第 {step} 步起 f 一直低於 {level}",
    "chart.race_zigzag": "在山谷兩側之字形來回：穿過 y = 0 共 {turns} 次",
    "chart.race_overshoot": "衝過 x = 0，最遠超出 {by}",
    "chart.race_diverged": "{rule} 發散：第 {step} 步時 f 已是起點的十倍",
    "chart.mnist_lowest": "最後 {last} 次迭代的平均損失，由低到高：{means}",
    "chart.centre": "數線上的數字 {values}：平均數 {mean}，中位數 {median}，{mode}",
    "chart.centre_mode": "眾數 {modes}（出現 {count} 次）",
    "chart.centre_no_mode": "沒有眾數（每個值出現的次數都一樣）",
    "chart.centre_right": "平均數在中位數右邊 {gap} 處，被 {far} 拉過去",
    "chart.centre_left": "平均數在中位數左邊 {gap} 處，被 {far} 拉過去",
    "batchnorm.centre_values": "你輸入的數字",
    "chart.line_solid": "實線",
    "chart.line_dashed": "虛線",
    "chart.panels_run": (
        "{run}（{line}）：曲線最後落在 {low}（std {low_at}）到 {high}（std {high_at}）之間"
    ),
    "chart.panels_short": "{run}：std {scales} 的曲線未到第 {epochs} 個訓練週期就停止",
    "chart.panels_wins": "{both} 個面板中有 {wins} 個加入 BN 的最後準確率高出 {margin} 以上",
    "chart.panels_waiting": (
        "{count} 個面板，每個對應一個權重初始值的標準差，從 {largest} 到 {smallest}；還沒有畫出曲線"
    ),
    "chart.search_best": (
        "{trials} 次試驗：驗證準確率最高為 {val}，在 lr {lr}、λ {lam}（第 {trial} 次試驗）"
    ),
    "chart.search_top": (
        "最好的 {count} 次，lr 都在 {lr_low} 到 {lr_high} 之間，λ 在 {lam_low} 到 {lam_high} "
        "之間，驗證準確率 {val_low} 到 {val_high}"
    ),
    "chart.search_rest": "其餘 {rest} 次試驗的驗證準確率中位數是 {val}",
    "chart.search_range": (
        "虛線方框是搜尋的範圍：lr {lr_low} 到 {lr_high}，λ {lam_low} 到 {lam_high}"
    ),
    "chart.best_first": (
        "第 1 名（第 {trial} 次試驗，lr {lr}，λ {lam}）訓練 {epoch} 個訓練週期後，"
        "驗證準確率 {val}，訓練準確率 {train}"
    ),
    "chart.best_last": "第 {rank} 名驗證準確率 {val}，訓練準確率 {train}",
    "chart.best_gap": (
        "{shown} 個中有 {over} 個訓練準確率高於驗證準確率，差距最大 {gap}（第 {rank} 名）"
    ),
    "chart.best_no_gap": "{shown} 個的驗證準確率都不低於訓練準確率",
}
