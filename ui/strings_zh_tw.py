"""繁體中文（台灣）strings the whole lab shares (each lesson's own: ui/<lesson>/strings_zh_tw.py).
Same keys and placeholders as strings_en.py (tests/ui/test_i18n.py).

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
    "init.act_sigmoid": "sigmoid",
    "init.act_tanh": "tanh",
    "init.act_relu": "ReLU",
    "init.init_1": "σ = 1",  # 標準差 1 scrolled the row of choices sideways at 390 px
    "init.init_0.01": "σ = 0.01",
    "init.init_xavier": "Xavier",
    "init.init_he": "He",
    "init.init_custom": "自訂",
    # the option keeps its English name, as SGD, AdaGrad and Adam do: "動量（Momentum）"
    # made the four choices wider than a 390 px phone (the help text gives 動量)
    "overfit.opt_momentum": "Momentum",
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
    "predict.loss.short": "訓練：哪一種權重初始值最後的損失最低？",
    "predict.bn.short": "有沒有 BN：這個尺度下誰領先？",
    "predict.scales.short": "16 個尺度：BN 在哪裡落後？",
    "predict.gap.short": "哪一個訓練最後的差距比較小？",
    # ---------------------------------------------------------------- teaching tools: the
    # regularizer overlay (ui/overfitting/regularizers.py) and the divergence explainer
    # (ui/diagnosis.py)
    "diag.at_epoch": "在第 {epoch} 個訓練週期（epoch）",
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
    # ---------------------------------------------------------------- page 5: chapter 6 in 2-D
    "nav.plane": "二維平面上的第 6 章",
    "home.link_plane": (
        "**二維平面上的第 6 章**：兩個月亮形的資料，以及網路在它們之間畫出的決策邊界，"
        "即時呈現：網路背下資料點時邊界參差不齊，加上權重衰減或 Dropout 就變得平滑。"
    ),
    # ---------------------------------------------------------------- issue 21: the whole
    # chapter. Page 6: parameter updates, 6.1 (pages/updates.py, ui/updates/)
    "nav.updates": "參數更新",
    "home.link_updates": (
        "**參數更新**：SGD、Momentum、AdaGrad 與 Adam 一步一步走下一道狹長的山谷，"
        "再用同樣的方法在 MNIST 上訓練同一個網路。"
    ),
    "predict.race.short": "賽跑：哪種方法最後離最小值最近？",
    "predict.mnist.short": "MNIST：哪種方法最後的損失最低？",
    # Page 7: hyperparameter search, 6.5 (pages/hyperparameters.py, ui/hyperparameters/)
    "nav.hyperparameters": "超參數搜尋",
    "home.link_hyperparameters": (
        "**超參數搜尋**：書中對學習率與權重衰減的隨機搜尋，以驗證資料評估，"
        "以及為什麼測試資料不能參與其中。"
    ),
    "predict.test.short": "搜尋：最佳試驗的測試準確率與驗證準確率",
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
    # ------------------------------------------------ words that agree (issue 17, items 13-17)
    "diag.table_not_finite": "第 {layer} 層{quantity}標準差已不再是有限的數，{at}",
}

# Made from: the first 8 hex digits of the sha1 of the English each string translates
# (python -m ui.stamp; see ui/stamp.py)
MADE_FROM = {
    "app.no_such_page": "83ea2633",
    "nav.home": "70f8bb9a",
    "nav.weight_init": "8ce897ae",
    "nav.batchnorm": "c72acd36",
    "nav.weight_decay": "b5d144d6",
    "nav.dropout": "99a0d2b3",
    "sidebar.language": "bfa4285d",
    "sidebar.seed": "e83bff08",
    "sidebar.seed_help": "0b5c25b5",
    "sidebar.reset": "6d4539bb",
    "sidebar.reset_help": "4b8eb62e",
    "sidebar.share": "e7c31890",
    "state.unknown_name": "d414998f",
    "state.not_a_number": "099ccd18",
    "state.not_an_integer": "a174d5ba",
    "state.out_of_range": "53658b6e",
    "state.snapped": "afbb310e",
    "state.snapped_log": "c1479bb1",
    "state.unknown_choice": "c956f147",
    "state.not_a_flag": "af3278f8",
    "state.more_problems": "deedf46c",
    "state.link_too_long": "65cf2def",
    "live.train": "3b278ea9",
    "live.stop": "9e253470",
    "live.resume": "b3bd0b5a",
    "live.idle": "b34a19b2",
    "live.queued": "9126300f",
    "live.together_one": "169069b2",
    "live.together": "79a89fbc",
    "live.progress": "f18b7c56",
    "live.done": "e2bcda84",
    "live.stopped_bar": "66e3270e",
    "live.paused_bar": "c6cd82dc",
    "live.paused": "74099290",
    "live.stopped": "d745cde7",
    "live.cached": "bc518497",
    "live.diverged": "8680f896",
    "live.no_data": "08a2c617",
    "live.no_bundled_data": "ed829d7e",
    "live.failed": "be4dad9d",
    "live.refused_browser": "4deffb81",
    "live.refused_address": "13aa46bc",
    "live.busy_free": "e5350853",
    "export.csv": "eaa216ad",
    "data.in_use": "700026ed",
    "data.name_mnist-subset": "0009b4f5",
    "data.name_mnist": "ad96d752",
    "home.title": "ac3aa9b2",
    "home.intro": "dde6cd26",
    "home.how": "9b8aa0a5",
    "home.loop_header": "ef4f41da",
    "home.loop_title": "8a7fb958",
    "home.loop_caption": "effddf3f",
    "home.loop_repeat": "bea81266",
    "home.step_input": "bd7cfd4c",
    "home.step_affine": "34a0c815",
    "home.step_bn": "e06a8a5d",
    "home.step_act": "d7f9f136",
    "home.step_dropout": "99a0d2b3",
    "home.step_loss": "3e04ea54",
    "home.step_backward": "7a59b368",
    "home.step_update": "f8de1d0a",
    "home.pages_header": "9cf53d1b",
    "home.link_weight_init": "cf3877cc",
    "home.link_batchnorm": "fea722e6",
    "home.link_weight_decay": "0586f262",
    "home.link_dropout": "1a6827d0",
    "home.open_page": "cf9b7706",
    "home.coming_soon": "9549bf8d",
    "init.act_sigmoid": "e8e7e7e1",
    "init.act_tanh": "e37dc0a8",
    "init.act_relu": "5a864fcb",
    "init.init_1": "c4b24c81",
    "init.init_0.01": "b7059cd3",
    "init.init_xavier": "ae1d753f",
    "init.init_he": "53a41779",
    "init.init_custom": "f9ac14b6",
    "overfit.opt_momentum": "c29791e5",
    "state.empty_list": "a525fa10",
    "state.not_a_number_in_list": "e7e49acd",
    "state.number_too_large": "7cd1a0b7",
    "state.too_long": "87279b4c",
    "state.number_too_small": "bce7ccb1",
    "state.too_many_numbers": "5b287544",
    "state.lesson_unknown_control": "baa09481",
    "state.lesson_unknown_question": "de7b4fb4",
    "state.lesson_sidebar": "09a4f2d6",
    "state.lesson_bad_class": "5dcea401",
    "state.lesson_too_long": "6469554f",
    "lesson.locked_help": "b799d65d",
    "lesson.on": "db3d405b",
    "lesson.off": "da7a6873",
    "lesson.notice": "dac75475",
    "lesson.notice_locked": "ba74828a",
    "lesson.notice_hidden": "5cb1cd55",
    "lesson.open_unlocked": "3fe19fdb",
    "lesson.open_unlocked_help": "1557c4e5",
    "lesson.panel_title": "e7c41f00",
    "lesson.panel_intro": "235f0c94",
    "lesson.lock": "d265060b",
    "lesson.lock_help": "15f4c691",
    "lesson.hide": "34d8b60f",
    "lesson.hide_help": "fc2281d2",
    "lesson.ask": "ac9f4408",
    "lesson.ask_help": "e610e0e6",
    "lesson.class": "7641a6fe",
    "lesson.class_help": "1cc04f34",
    "lesson.class_bad": "3290381a",
    "lesson.language": "d17be6f0",
    "lesson.embed": "141817bb",
    "lesson.embed_help": "49c3abe7",
    "lesson.link_students": "1fee2673",
    "lesson.link_teacher": "8fe710c0",
    "lesson.teacher_note": "85a19d21",
    "lesson.no_class_note": "6d1adcd4",
    "lesson.both_note": "d5225bb5",
    "predict.header": "50f0588b",
    "predict.choose": "be466b4f",
    "predict.submit": "0d72fc42",
    "predict.pick_first": "b4ac1a97",
    "predict.counted": "25dc304e",
    "predict.you_said": "26fa6362",
    "predict.after_run": "72cbc54b",
    "predict.no_verdict": "dc72a6f3",
    "predict.right": "ef8bda0a",
    "predict.wrong": "229d4c19",
    "predict.teacher_header": "5c67a81c",
    "predict.teacher_count": "7371bdb6",
    "predict.reveal": "340a585a",
    "predict.counts_title": "e9c49db9",
    "predict.counts_x": "e3d9bca2",
    "predict.shape.short": "e62a84a9",
    "predict.loss.short": "a2a07757",
    "predict.bn.short": "bd4c48c9",
    "predict.scales.short": "bba1fd2e",
    "predict.gap.short": "868bcc97",
    "diag.at_epoch": "ca872898",
    "diag.q_activation": "6d183114",
    "diag.q_gradient": "92fa574e",
    "diag.not_finite": "05b328d5",
    "diag.exploding": "5b6da528",
    "diag.dead": "762e6409",
    "diag.vanished": "aa542f5c",
    "diag.stalled": "4866d5c3",
    "diag.why_lr_too_large": "cd1feff5",
    "diag.why_lr_too_large_stall": "910dcaa9",
    "diag.why_init_too_large": "b00dae86",
    "diag.why_inverted_dropout_scale": "29ecdac6",
    "diag.why_dropout_too_strong": "63eb75e0",
    "diag.why_decay_too_strong": "280522fb",
    "diag.why_vanishing": "bf28fb39",
    "diag.why_dead_relu": "049eb042",
    "diag.why_unknown": "2b410eca",
    "diag.fix": "0751b2ae",
    "diag.fix_on": "3d96ab53",
    "diag.fix_help": "d9a08200",
    "diag.name_lr": "221ace74",
    "diag.name_weight_decay_lambda": "cca968b6",
    "diag.name_dropout_ratio": "5e806313",
    "diag.name_weight_init_std": "7f5dcbd5",
    "diag.name_use_batchnorm": "c72acd36",
    "diag.table_header": "8e2becc6",
    "diag.col_run": "b1b39260",
    "diag.col_where": "59c86039",
    "diag.col_cause": "ec86bb88",
    "diag.table_where": "4ed476c8",
    "diag.table_stalled": "332d768f",
    "diag.cause_lr_too_large": "59bab468",
    "diag.cause_init_too_large": "fe222b06",
    "diag.cause_inverted_dropout_scale": "56c8ed36",
    "diag.cause_dropout_too_strong": "568a8f13",
    "diag.cause_decay_too_strong": "00d9dcb2",
    "diag.cause_vanishing": "117ea107",
    "diag.cause_dead_relu": "20923611",
    "diag.cause_unknown": "4906650f",
    "nav.plane": "857abd96",
    "home.link_plane": "e0dc43c9",
    "nav.updates": "8baca14f",
    "home.link_updates": "4ddcb387",
    "predict.race.short": "d8dff881",
    "predict.mnist.short": "8e556082",
    "nav.hyperparameters": "db9f0bc3",
    "home.link_hyperparameters": "6bc588b7",
    "predict.test.short": "a397873f",
    "access.formula": "72209411",
    "chart.describe": "0e66cfe6",
    "chart.numbers": "1e395a12",
    "chart.thinned": "9b52f0b2",
    "chart.first_rows": "b0d2e680",
    "chart.col_series": "40c20d94",
    "chart.col_x": "9ea187f5",
    "chart.col_y": "47d535e5",
    "chart.col_z": "8dce170d",
    "chart.live": "e396ab9f",
    "chart.join": "d2d58684",
    "chart.end": "3a52ce78",
    "chart.series": "fb7fc4ed",
    "chart.more_series": "2fb7cd63",
    "chart.no_data": "221049fd",
    "chart.run_end": "2741f35d",
    "chart.run_diverged": "352d2e64",
    "chart.count": "54fbc215",
    "chart.total": "8d139105",
    "chart.loop": "0353e787",
    "chart.loop_step": "7010ef35",
    "chart.picture": "a98b9359",
    "sidebar.projector": "78b5e86c",
    "sidebar.projector_help": "91fe47cc",
    "state.lesson_teacher_key": "47b37857",
    "state.bad_pins": "53fcf209",
    "lesson.choose": "78b7c9f6",
    "lesson.no_questions": "c2a4a32e",
    "lesson.class_taken": "ee598e23",
    "lesson.class_full": "2742084d",
    "lesson.examples": "3817d918",
    "lesson.example_decay_gap": "3eaf27a7",
    "lesson.example_dropout_gap": "935422bb",
    "lesson.example_init_shape": "6b64f997",
    "lesson.example_init_loss": "be7e13c3",
    "lesson.example_bn_small": "70df98db",
    "predict.closed": "ac2d1f19",
    "predict.full": "ab9086dc",
    "predict.added_counted": "25dc304e",
    "predict.added_already": "d1794274",
    "predict.added_full": "189b2aa7",
    "predict.added_closed": "9591fe81",
    "predict.added_no_class": "cc317b1a",
    "predict.added_no_voter": "1921f61d",
    "predict.added_server_full": "f1889cc9",
    "predict.added_bad_option": "ec294961",
    "class.key_taken": "7b713e3f",
    "class.key_full": "1166d19f",
    "class.key_no_class": "e89fefb2",
    "class.round": "34bf3f5f",
    "class.closed": "0d83e4ff",
    "class.full": "964469c5",
    "class.full_teacher": "63625ac2",
    "class.new_round": "9634e445",
    "class.new_round_help": "275e791b",
    "class.close": "a9f45012",
    "class.reopen": "ce654102",
    "class.close_help": "dc1a1019",
    "class.questions": "0ca53d6b",
    "class.no_questions": "423c709a",
    "class.csv": "bb87ff87",
    "class.question_name": "4d071a9a",
    "class.col_question": "002ff598",
    "class.col_settings": "c7f73bb5",
    "class.col_answers": "b12fcedc",
    "class.col_state": "a7250206",
    "class.col_teacher": "755844bc",
    "class.book_settings": "bc41f011",
    "diag.fix_locked": "7fddd693",
    "diag.fix_locked_help": "6ba142c6",
    "diag.expect_lr": "7ae2a5a6",
    "diag.expect_weight_decay_lambda": "e067f451",
    "diag.expect_dropout_ratio": "6c7e7c22",
    "diag.expect_weight_init_std": "45b464ea",
    "diag.expect_use_batchnorm": "c7764e6e",
    "pins.book": "d1f8de91",
    "pins.pin": "5a4ca014",
    "pins.pin_help": "9c744038",
    "pins.clear": "58a768d0",
    "pins.listed": "0ed18ad3",
    "pins.training": "fd00a09c",
    "diag.table_not_finite": "e919ee41",
}
