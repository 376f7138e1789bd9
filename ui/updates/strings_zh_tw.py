"""繁體中文（台灣）strings of ui/updates/strings_en.py: the same keys and placeholders, the
terms of ui/strings_zh_tw.py."""

STRINGS = {
    # ---------------------------------------------------------------- issue 21: the whole
    # chapter. Page 6: parameter updates, 6.1 (pages/updates.py, ui/updates/)
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
    "predict.race.prompt": (
        "從同一個起點走 {steps} 步，使用上面設定的學習率，哪種方法最後的 f 最低（離最小值最近）？"
    ),
    "predict.race.end": "{rule} 最後 f = {f}",
    "predict.race.end_diverged": "{rule} 在第 {step} 步發散",
    "predict.race.all_diverged": "在這些學習率下每種方法都發散了：沒有一個停得下來。",
    "predict.race.why": "走了 {steps} 步後，{winners} 最低。{ends}。",
    "predict.mnist.prompt": (
        "四個網路以相同的 {iterations} 個小批次訓練，每種方法一個，各用書中的學習率。"
        "哪一個最後 {last} 次迭代的平均損失最低？"
    ),
    "predict.mnist.no_verdict": "還有網路沒有訓練到最後一次迭代。",
    "predict.mnist.why": "最後 {last} 次迭代的平均損失：{means}。最低：{winners}。",
    "predict.mnist.not": (
        "{rule} 最後是 {loss:.3f}，高於最低的 {low:.3f}：在它的學習率下，它在這裡降低損失比較慢。"
    ),
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
