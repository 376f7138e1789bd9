"""繁體中文（台灣）strings of ui/weight_init/strings_en.py: the same keys and placeholders, the
terms of ui/strings_zh_tw.py."""

STRINGS = {
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
    "init.init": "權重初始值",
    "init.init_help": (
        "權重初始值的標準差 σ：固定的數值、Xavier √(1/n)、He √(2/n)，或用滑桿自訂。"
    ),
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
    # ------------------------------------------------ lesson links, predict then reveal (issue 12)
    # ui/lesson.py, ui/form.py, ui/lesson_view.py, ui/predict.py and the lessons' questions.py
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
    # ---------------------------------------------------------------- teaching tools: the
    # regularizer overlay (ui/overfitting/regularizers.py) and the divergence explainer
    # (ui/diagnosis.py)
    "diag.at_iteration": "到第 {iteration} 次更新時（第 {epoch} 個訓練週期）",
    # ---------------------------------------------------------------- issue 18: every chart
    # speaks (ui/chart.py, ui/describe.py and the lessons' descriptions), projector mode
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
