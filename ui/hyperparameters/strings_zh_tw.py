"""繁體中文（台灣）strings of ui/hyperparameters/strings_en.py: the same keys and placeholders, the
terms of ui/strings_zh_tw.py."""

STRINGS = {
    # Page 7: hyperparameter search, 6.5 (pages/hyperparameters.py, ui/hyperparameters/)
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
    # ---------------------------------------------------------------- issue 21 with issue 18:
    # the chapter pages' charts described (ui/updates, ui/hyperparameters, ui/batchnorm)
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

# Made from: the first 8 hex digits of the sha1 of the English each string translates
# (python -m ui.stamp; see ui/stamp.py)
MADE_FROM = {
    "hyper.title": "4d7e4800",
    "hyper.intro": "44300d30",
    "hyper.why_header": "917fb419",
    "hyper.why": "d5e252f4",
    "hyper.search_header": "02300596",
    "hyper.search_intro": "03fdde98",
    "hyper.trials": "3dcdcafe",
    "hyper.trials_help": "a0748504",
    "hyper.epochs": "12ca1038",
    "hyper.epochs_help": "489aea56",
    "hyper.lr_range": "e5dfe51e",
    "hyper.lr_range_help": "6c4a2469",
    "hyper.lr_range_caption": "e6737eb0",
    "hyper.decay_range": "654a9848",
    "hyper.decay_range_help": "30f6bc23",
    "hyper.decay_range_caption": "1140c749",
    "hyper.cost": "25f9dbfd",
    "hyper.trial": "291efe54",
    "hyper.scatter_title": "f5adcb84",
    "hyper.scatter_x": "868105d4",
    "hyper.scatter_y": "bd4d36e8",
    "hyper.scatter_z": "4af024c8",
    "hyper.scatter_best": "7171eef9",
    "hyper.scatter_trials": "069fd3a4",
    "hyper.scatter_hover": "f3fda3ef",
    "hyper.curves_title": "b4c16c0a",
    "hyper.curves_x": "8ac1f753",
    "hyper.curves_y": "26de05a4",
    "hyper.curves_validation": "6d361f1d",
    "hyper.curves_train": "0a2b9827",
    "hyper.m_val": "d9e6bddd",
    "hyper.m_test": "c4e22e5c",
    "hyper.m_test_delta": "f5df674a",
    "hyper.m_lr": "8dced602",
    "hyper.m_lam": "a6f7ca7a",
    "hyper.see_best": "30eafc9b",
    "hyper.see_lr": "abc0398c",
    "hyper.table_csv": "4e330e60",
    "hyper.narrow": "19b81376",
    "hyper.narrow_help": "401e9615",
    "hyper.book": "c6a6611d",
    "hyper.procedure_header": "be2a4b92",
    "hyper.procedure": "3959d19a",
    "predict.test.prompt": "10fbb920",
    "predict.test.opt_lower": "ef753968",
    "predict.test.opt_same": "6b2a3693",
    "predict.test.opt_higher": "7ae76689",
    "predict.test.no_verdict": "e587ec3f",
    "predict.test.numbers": "c4b1bece",
    "predict.test.why_lower": "07b5b0d1",
    "predict.test.why_same": "ceaedb9f",
    "predict.test.why_higher": "306b5df9",
    "predict.test.not_lower": "a5f08806",
    "predict.test.not_same": "5ebbd061",
    "predict.test.not_higher": "be825391",
    "chart.search_best": "0427d917",
    "chart.search_top": "73234c38",
    "chart.search_rest": "ab9cc7dc",
    "chart.search_range": "da062a38",
    "chart.best_first": "e912ae8d",
    "chart.best_last": "b97fd22b",
    "chart.best_gap": "c27e543e",
    "chart.best_no_gap": "499420d8",
}
