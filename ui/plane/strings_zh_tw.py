"""繁體中文（台灣）strings of ui/plane/strings_en.py: the same keys and placeholders, the
terms of ui/strings_zh_tw.py."""

STRINGS = {
    # ---------------------------------------------------------------- page 5: chapter 6 in 2-D
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
    # ---------------------------------------------------------------- issue 18: every chart
    # speaks (ui/chart.py, ui/describe.py and the lessons' descriptions), projector mode
    "chart.boundary": (
        "{run}，第 {epoch} 個訓練週期：決策邊界把平面分成 {pieces} 塊；"
        "訓練準確率 {train:.2f}，測試準確率 {test:.2f}"
    ),
    "chart.boundary_waiting": "{run}：尚無邊界，訓練開始中",
    # ---------------------------------------------------------------- issue 17: classroom-proof
    # lessons (ui/class_counts.py, ui/class_view.py, ui/browser.py, ui/pins.py, ui/lesson_view.py,
    # ui/predict.py, ui/diagnosis.py)
    "plane.init_std": "σ = {std}",  # with 標準差 the five choices overflowed a phone
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
