"""繁體中文（台灣）strings of ui/batchnorm/strings_en.py: the same keys and placeholders, the
terms of ui/strings_zh_tw.py."""

STRINGS = {
    # ---------------------------------------------------------------- 第 2 頁：批次正規化
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
    # The study note's figures, one click away (pages/dropout.py, pages/weight_decay.py,
    # ui/batchnorm/central.py, ui/batchnorm/scale_panels.py)
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
    # ------------------------------------------------ words that agree (issue 17, items 13-17)
    "batchnorm.verdict_no_gradient": "無梯度（BN 前面的偏權重）",
    "batchnorm.running_see_var_start": (
        "移動平均的變異數最後是 {running_var}；資料的變異數是 {var}。小批次的變異數除以 "
        "N = {batch} 而不是 N − 1，所以平均起來是資料的 (N − 1)/N = {ratio}，也就是 {expected}"
        "（這 {steps} 步的小批次變異數平均為 {average}）。移動平均主要反映最近 {recent_steps} "
        "個小批次（每一步保留 {momentum}），它們的變異數平均為 {recent}；但移動平均裡還有 "
        "{left} 來自起點 0，讓它更低。"
    ),
    # ---------------------------------------------------------------- issue 21 with issue 18:
    # the chapter pages' charts described (ui/updates, ui/hyperparameters, ui/batchnorm)
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
