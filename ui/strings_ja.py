"""日本語 strings the whole lab shares (each lesson's own are in ui/<lesson>/strings_ja.py): the
keys and placeholders of strings_en.py, in its order (tests/ui/test_i18n.py checks both).

Terms as the Japanese original uses them (斎藤康毅『ゼロから作るDeep Learning』, chapter 6;
docs/GLOSSARY_ja.md lists English, 日本語 and 繁體中文 side by side): 重みの初期値, 活性化関数,
アクティベーション, 勾配消失, 表現力の制限, 過学習, Weight decay（荷重減衰）, Dropout,
Batch Normalization, 学習係数, 認識精度, エポック, ミニバッチ, 乱数シード.
"""

STRINGS = {
    # ---------------------------------------------------------------- app, navigation, sidebar
    "app.no_such_page": (
        "このラボに {path} というページはありません。ここはホームページです。"
        "すべてのページはサイドバーにあります。"
    ),
    "nav.home": "ホーム",
    "nav.weight_init": "重みの初期値",
    "nav.batchnorm": "Batch Normalization",
    "nav.weight_decay": "過学習とWeight decay",
    "nav.dropout": "Dropout",
    "sidebar.language": "Language / 言語",
    "sidebar.seed": "乱数シード",
    "sidebar.seed_help": (
        "すべての乱数（入力、重みの初期値、ミニバッチ、Dropoutのマスク）"
        "はこのシードから生成されます。同じシードなら同じ数値に、"
        "別のシードなら新しい標本になります。"
    ),
    "sidebar.reset": "書籍の設定に戻す",
    "sidebar.reset_help": "このページのコントロールを、書籍で使われている設定に戻します。",
    "sidebar.share": (
        "**共有：** アドレスバーにこのページのすべての設定が入っています。コピーすれば、"
        "クラスにまったく同じ画面を見せられます。"
    ),
    # ---------------------------------------------------------------- URL warnings (ui/form.py)
    "state.unknown_name": "リンクのパラメータ {param}（= {value}）は不明なため無視しました。",
    "state.not_a_number": "リンクの {param} = {value} は数値ではないため、{used} を使います。",
    "state.not_an_integer": "リンクの {param} = {value} は整数ではないため、{used} を使います。",
    "state.out_of_range": (
        "リンクの {param} = {value} は {low} から {high} の範囲外のため、{used} を使います。"
    ),
    "state.snapped": (
        "リンクの {param} = {value} はスライダーの刻み {step} に乗っていないため、{used} "
        "を使います。"
    ),
    "state.snapped_log": (
        "リンクの {param} = {value} はスライダーの値ではないため、最も近い {used} を使います。"
    ),
    "state.unknown_choice": (
        "リンクの {param} = {value} は {choices} のいずれでもないため、{used} を使います。"
    ),
    "state.not_a_flag": (
        "リンクの {param} = {value} はオン／オフ（1/0、true/false）ではないため、{used} "
        "を使います。"
    ),
    "state.more_problems": (
        "…ほかにもこのリンクのパラメータ {count} 個を書かれたとおりには使えませんでした。"
        "上と同様、それぞれ無視するか、許される値に置き換えています。"
    ),
    "state.link_too_long": (
        "このリンクは長すぎて読み込めません（{chars:,} 文字、パラメータ {params:,} 個。"
        "このサーバーが読み込むのは最大 {most_chars:,} 文字、パラメータ {most_params:,} 個です）。"
        "そのため、ページは書籍の設定で開きました。共有した人に、もっと短いリンクを頼んでください。"
    ),
    # ---------------------------------------------------------------- live training (ui/live.py)
    "live.train": "学習開始",
    "live.stop": "停止",
    "live.resume": "再開",
    "live.idle": (
        "**学習開始**を押してください。ネットワークが学習するあいだ、曲線が描かれていきます。"
    ),
    "live.queued": (
        "順番待ち：{position} 番目、待ち時間は約 {wait}（このサーバーで同時に行う学習：{slots}。"
        "自分の番になると曲線が描かれ始めます）"
    ),
    "live.together_one": " · ほかの学生1人と一緒に学習中",
    "live.together": " · ほかの学生 {others} 人と一緒に学習中",
    "live.progress": "学習中：{percent}% 完了、残り約 {left}",
    "live.done": "完了。",
    "live.stopped_bar": "{percent}% で停止",
    "live.paused_bar": "{percent}% で一時停止",
    "live.paused": (
        "{percent}% で一時停止しました。この学習を見ていた人が全員ほかへ移ったので、"
        "サーバーを空けるために止めています。曲線はここまでの学習を示します。"
        "続けるには**再開**を押してください。"
    ),
    "live.stopped": (
        "{percent}% で停止しました。曲線はここまでの学習を示します。"
        "続けるには**再開**を押してください。"
    ),
    "live.cached": (
        "この設定はこのサーバーで以前に学習済みなので、保存された結果をすぐに表示しています。"
        "新たに学習するには、サイドバーで乱数シードを変えてください。"
    ),
    "live.diverged": (
        "{run} は {epoch} エポック目で発散しました。損失関数の値が有限の数でなくなったので、"
        "曲線はそこで終わります。"
    ),
    "live.no_data": (
        "学習できません。{var} で指定されたフォルダのMNISTファイルを読み込めません。{error} "
        "直すには、そこにMNISTの4つのファイルを置くか（READMEの「Full MNIST」を参照）、{var} "
        "の設定を外してラボ付属の5,000枚の数字画像を使い、アプリを再起動してください。"
    ),
    "live.no_bundled_data": (
        "学習できません。ラボ付属のMNISTの数字画像を読み込めません（{error}）。"
        "インストールが壊れています。アプリをインストールし直してください。"
    ),
    "live.failed": "実験はエラーで止まりました：{error}",
    # ---- one student cannot hurt the class (issue 16): bounds on a browser's and a network's runs
    "live.refused_browser": (
        "開始しませんでした：あなたのブラウザは、クラス全員で共有するこのサーバーで、すでに "
        "{limit} 個の学習を順番待ちまたは実行中です。"
        "そのどれかが終わってからもう一度**学習開始**を押すか、そのタブでひとつ停止してください。"
    ),
    "live.refused_address": (
        "開始しませんでした：あなたのネットワークからの {limit} 個の学習が、"
        "すでにこのサーバーで順番待ちまたは実行中です。いくつか終わってからもう一度**学習開始**を押"
        "してください。"
    ),
    "live.busy_free": (
        "学習の実行枠はクラスの学習でふさがっているため、"
        "このページは自動では学習を始めませんでした。**学習開始**を押すと順番待ちに入ります。"
    ),
    "export.csv": "CSVをダウンロード",
    # ---------------------------------------------------------------- data set (ui/dataset.py)
    "data.in_use": "データ：{name}、訓練画像 {train_size:,} 枚、テスト画像 {test_size:,} 枚。",
    "data.name_mnist-subset": "ラボ付属のMNISTの一部",
    "data.name_mnist": "`TRAINING_LAB_MNIST_DIR` で指定したフォルダのMNIST",
    # ---------------------------------------------------------------- home page
    "home.title": "Training Lab 学習テクニック実験室",
    "home.intro": (
        "斎藤康毅『ゼロから作るDeep Learning』第6章「学習に関するテクニック」"
        "のための対話型の副教材です。設定をひとつ変えると、章で説明されていることが目の前で起こり"
        "ます。計算は、書籍のクラスにならった小さなNumPyエンジンがその場で行います。"
        "重みの初期値が層ごとのアクティベーションをどう形づくるか、Batch "
        "Normalizationが初期値の悪いネットワークをどう救うか、そしてWeight decay（荷重減衰）"
        "とDropoutが訓練データとテストデータの認識精度の差をどう縮めるかを確かめられます。"
    ),
    "home.how": (
        "**使い方。** どのページも書籍の設定から始まります。サイドバーには言語、乱数シード、"
        "そしてその設定に戻す**書籍の設定に戻す**ボタンがあります。"
        "アドレスバーには常に現在の設定が入っているので、コピーすれば今見ているものをそのまま共有"
        "できます。"
    ),
    "home.loop_header": "この章の土台になる学習ループ",
    "home.loop_title": "学習の1ステップ。ミニバッチごとに繰り返す",
    "home.loop_caption": (
        "ミニバッチはAffineレイヤと活性化関数のレイヤを順伝播して損失関数へ進み、"
        "逆伝播で勾配が戻され、最適化手法が重みを更新し、ループが繰り返されます。"
        "色の付いたステップが、このラボの各ページで変えられる部分です。"
        "箱か下のボタンをクリックしてください。"
    ),
    "home.loop_repeat": "次のミニバッチで繰り返す",
    "home.step_input": "入力 x<br>（ミニバッチ）",
    "home.step_affine": "Affine<br>x·W + b",
    "home.step_bn": "Batch<br>Norm",
    "home.step_act": "活性化関数<br>ReLU, sigmoid",
    "home.step_dropout": "Dropout",
    "home.step_loss": "損失関数<br>+ ½λ‖W‖²",
    "home.step_backward": "逆伝播<br>∂L/∂W",
    "home.step_update": "更新<br>W ← W − η ∂L/∂W",
    "home.pages_header": "各ページで変えるもの",
    "home.link_weight_init": (
        "**重みの初期値**：学習前のWのスケールと、それが生むアクティベーション（標準偏差1、"
        "標準偏差0.01、Xavier、He）。"
    ),
    "home.link_batchnorm": (
        "**Batch Normalization**：Affineの後に置き、ミニバッチごとに正規化するレイヤ。"
        "その順伝播と逆伝播をノードごとに。"
    ),
    "home.link_weight_decay": (
        "**過学習とWeight decay（荷重減衰）**：損失関数に加えるペナルティ ½λ‖W‖² と、各更新での "
        "λW。"
    ),
    "home.link_dropout": "**Dropout**：学習中、順伝播のたびにニューロンをランダムに消去します。",
    "home.open_page": "開く",
    "home.coming_soon": "準備中",
    # ---------------------------------------------------------------- page 1: weight initialization
    "init.act_sigmoid": "sigmoid",
    "init.act_tanh": "tanh",
    "init.act_relu": "ReLU",
    "init.init_1": "σ = 1",
    "init.init_0.01": "σ = 0.01",
    "init.init_xavier": "Xavier",
    "init.init_he": "He",
    "init.init_custom": "任意",
    # ---------------------------------------------------------------- pages 3 and 4 (ui/overfit.py)
    "overfit.opt_momentum": "Momentum",
    # ---------------------------------------------------------------- page 2: Batch Normalization
    "state.empty_list": "リンクの {param} = {value} には数値がないため、{used} を使います。",
    "state.not_a_number_in_list": (
        "リンクの {param} = {value}：{token} は数値ではないため、{used} を使います。"
    ),
    "state.number_too_large": (
        "リンクの {param} = {value}：{token} の大きさが {high} を超えるため、{used} を使います。"
    ),
    "state.too_long": (
        "リンクの {param} = {value} は入力欄に入る {high} 文字より長いため、{used} を使います。"
    ),
    "state.number_too_small": (
        "リンクの {param} = {value}：{token} の大きさが {low} より小さい（0以外）ため、{used} "
        "を使います。"
    ),
    "state.too_many_numbers": (
        "リンクの {param} = {value} には {high} 個を超える数値があるため、{used} を使います。"
    ),
    # ------------------------------------------------ lesson links, predict then reveal (issue 12)
    # ui/lesson.py, ui/form.py, ui/lesson_view.py, ui/predict.py and the lessons' questions.py
    "state.lesson_unknown_control": (
        "リンクの {param} が指す {value} は、このページのコントロールではありません（このページの"
        "コントロール：{choices}）。無視しました。"
    ),
    "state.lesson_unknown_question": (
        "リンクの {param} が指す {value} は、このページの問題ではありません（このページの問題："
        "{choices}）。無視しました。"
    ),
    "state.lesson_sidebar": (
        "リンクの {param} が指す {value} はサイドバーの設定です。サイドバーの設定は各自のもので、"
        "固定したり隠したりできません。無視しました。"
    ),
    "state.lesson_bad_class": (
        "リンクの {param} = {value} はクラスコード（1から {high} 文字の英数字、- または _）"
        "ではありません。回答は集計されません。"
    ),
    "state.lesson_too_long": "リンクの {param} が {high} 文字より長いため、先頭だけを読みました。",
    "lesson.locked_help": (
        "🔒 この授業のために先生が設定しました。ほかの値を試すには、"
        "固定なしでページを開いてください（ページ上部のボタン）。"
    ),
    "lesson.on": "オン",
    "lesson.off": "オフ",
    "lesson.notice": (
        "🔒 **この授業のために先生が設定：** {items}。以下はすべてこの設定に従います。"
    ),
    "lesson.notice_locked": "{label}：{value}（固定）",
    "lesson.notice_hidden": "{label}：{value}（非表示）",
    "lesson.open_unlocked": "固定なしでこのページを開く ↗",
    "lesson.open_unlocked_help": (
        "同じ設定の同じページを新しいタブで開きます。どのコントロールも自由に動かせます。"
    ),
    "lesson.panel_title": "🔗 授業用リンクを作る",
    "lesson.panel_intro": (
        "ページのコントロールで設定してから、学生が変えてよいものをここで選びます。"
        "リンクを開くと、ページがそのとおりに開きます。"
    ),
    "lesson.lock": "固定（表示するが動かせない）",
    "lesson.lock_help": "学生にはこれらのコントロールと値がグレーで表示されます。",
    "lesson.hide": "非表示",
    "lesson.hide_help": (
        "学生にはこれらのコントロールが見えません。値はそのまま適用され、結果、数値、"
        "説明はすべてページに残ります。"
    ),
    "lesson.ask": "先に問う（予想してから答え合わせ）",
    "lesson.ask_help": (
        "学生は結果が表示される前に問題に答え、そのあとで正しかったかどうかとその理由を見ます。"
    ),
    "lesson.class": "クラスコード（任意）",
    "lesson.class_help": (
        "自由に決めてください。例：7b。1から {high} 文字の英数字、- または _。問題があれば、"
        "クラスの回答がサーバーのメモリ上で匿名で集計されます（サーバーの再起動まで）。"
    ),
    "lesson.class_bad": "クラスコードは1から {high} 文字の英数字、- または _ です。",
    "lesson.language": "リンクの言語",
    "lesson.embed": "スライドやLMS用（埋め込み）",
    "lesson.embed_help": (
        "embed=true を付けます。Streamlitの埋め込みモードで、ヘッダーとツールバーがなくなり、"
        "スライドや講義ページの `iframe` に入れられます。"
    ),
    "lesson.link_students": "学生用リンク",
    "lesson.link_teacher": "先生用ビュー：クラスの回答をリアルタイムで",
    "lesson.teacher_note": (
        "あなたの先生用キーを付けた同じリンクです。届いたクラスの回答、「結果を見せる」"
        "を押したときの結果、新しい回、投票の締め切り、集計のCSVが使えます。"
        "このリンクは自分だけのものにしてください。キーがあるからあなたのリンクになるのです（学生用"
        "リンクにはキーがありません）。"
    ),
    "lesson.no_class_note": "クラスコードを付けると、クラスの回答を自分用のビューで見られます。",
    "lesson.both_note": "固定と非表示の両方を指定したコントロールは非表示になります。",
    "predict.header": "🤔 まず予想：",
    "predict.choose": "あなたの予想",
    "predict.submit": "回答して答え合わせ",
    "predict.pick_first": "先に答えを選んでください。",
    "predict.counted": (
        "あなたの回答はクラス {code} の分として匿名で集計されます（ブラウザごとに1回答）。"
    ),
    "predict.you_said": "🤔 あなたの予想は **{answer}** です。",
    "predict.after_run": "予想が当たったかどうかは、学習が終わるとここに表示されます。",
    "predict.no_verdict": "この結果では問題の答えが決まりません：",
    "predict.right": "**正解：{answer}。**",
    "predict.wrong": "**今回ははずれ：あなたの答えは {answer}、結果は {correct}。**",
    "predict.teacher_header": "👩‍🏫 先生用ビュー。クラスへの問題：",
    "predict.teacher_count": "（回答数：{count}）",
    "predict.reveal": "結果を見せる",
    "predict.counts_title": "クラス {code} · これまでの回答数：{count}",
    "predict.counts_x": "回答数",
    "predict.shape.short": "ヒストグラム：最後の層はどう見える？",
    "predict.loss.short": "学習：損失が最も小さくなる初期値はどれ？",
    "predict.bn.short": "BNあり、なし：このスケールで上回るのは？",
    "predict.scales.short": "16個のスケール：BNが負けるのはどこ？",
    "predict.gap.short": "差が小さくなるのはどちらの学習？",
    # ---------------------------------------------------------------- issue 12.3-4: the
    # regularizer overlay (ui/overfitting/regularizers.py) and the divergence explainer
    # (ui/diagnosis.py)
    "diag.at_epoch": "{epoch} エポック目に",
    "diag.q_activation": "アクティベーション",
    "diag.q_gradient": "重みの勾配（dW）",
    "diag.not_finite": (
        "**{run}**：{at}、{layer}層目の{quantity}の標準偏差が有限の数でなくなりました。"
    ),
    "diag.exploding": (
        "**{run}**：{at}、{layer}層目の{quantity}の標準偏差が {value} に達し、正常な範囲（{high} "
        "まで）を大きく超えました。"
    ),
    "diag.dead": (
        "**{run}**：{at}、{layer}層目のすべてのニューロンがミニバッチ全体で同じ値を出力しました（"
        "アクティベーションの標準偏差 {value}）。ReLUなら、すべてのニューロンが止まっていて、"
        "この層を通って下の層へ届く勾配はありません。"
    ),
    "diag.vanished": (
        "**{run}**：{at}、{layer}層目の{quantity}の標準偏差が {value} まで下がり、"
        "正常な範囲（{low} から）を下回りました。そんなに小さなステップでは重みはほとんど動きませ"
        "ん。"
    ),
    "diag.stalled": (
        "**{run}** はチャンスレベル付近（認識精度 {chance:g}、当てずっぽうと同じ）で終わりました。"
        "どの層の標準偏差も正常な範囲にありました。"
    ),
    "diag.why_lr_too_large": (
        "理由：学習係数 {lr:g} は重みのスケールに対して大きすぎます。各ステップ lr × dW "
        "が行き過ぎ、重みが大きくなるとアクティベーションと勾配も大きくなり、"
        "次のステップはさらに行き過ぎます。書籍では {optimizer} で {book_lr:g} を使います。"
    ),
    "diag.why_lr_too_large_stall": (
        "理由：学習係数 {lr:g} は、書籍が {optimizer} で使う {book_lr:g} "
        "をはるかに上回っています。そんなに大きなステップでは、ある層のReLUニューロンがすべて止ま"
        "ってしまったり、最小値に入らずにその両側を行ったり来たりしたりします。"
    ),
    "diag.why_init_too_large": (
        "理由：ReLUでは、各層がアクティベーションの標準偏差を「初期値の標準偏差 ÷ Heの √(2/n)」"
        "倍、つまり約 {std} ÷ {he} ≈ {gain} 倍にします（n = {nodes}、各ニューロンへの入力数）。"
        "そのためアクティベーションは層ごとに大きくなり、最初の更新から行き過ぎます。"
        "Heの初期値かBatch Normalizationを使えば、標準偏差は安定します。"
    ),
    "diag.why_inverted_dropout_scale": (
        "理由：逆スケール方式のDropoutは、学習中に残したニューロンすべてに 1 / (1 − 比率) = "
        "{scale:.3g} を掛けます。平均は変わりませんが、各層の2乗平均は {scale:.3g} 倍、"
        "標準偏差は約 {root:.2g} 倍になるので、アクティベーションが層ごとに大きくなり、"
        "やがて更新が行き過ぎます。書籍の方式はスケーリングせず、比率は {book_ratio:g} です。"
    ),
    "diag.why_dropout_too_strong": (
        "理由：Dropout比率 {ratio:g} ではほとんどのニューロンが消去されます。"
        "学習のたびに各隠れ層に残るのはニューロンの {keep:.0f}% だけで、"
        "学習に使うには信号の小さく雑音の多い一部分にすぎません。書籍では {book_ratio:g} "
        "を使います。"
    ),
    "diag.why_decay_too_strong": (
        "理由：Weight decay λ = {lam:g} は、各ステップですべての重みを0へ引き寄せる力（勾配に λW "
        "が加わる）が、データが押し出す力より強いので、ネットワークは一定の答えしか返さないものへ"
        "縮んでいきます。書籍では λ = {book_lam:g} を使います。"
    ),
    "diag.why_vanishing": (
        "理由：重みの初期値が小さすぎます。標準偏差 {std} では、ReLUの各層が信号を約 {std} ÷ Heの "
        "√(2/n) = {he} ≈ {gain} 倍にする（n = {nodes}）ので、出力にはほとんど何も届かず、"
        "最初の層へ戻ってくる勾配は小さすぎて重みを動かせません。Heの初期値かBatch "
        "Normalizationで直ります。"
    ),
    "diag.why_dead_relu": (
        "理由：重みの初期値が小さすぎます。標準偏差 {std} では、ReLUの各層が信号を約 {gain} "
        "倍にし（標準偏差 ÷ Heの √(2/n) = {he}、n = {nodes}）、"
        "やがてある層のニューロンがすべて止まります。0ばかりの層は何も通しません。"
        "Heの初期値かBatch Normalizationで直ります。"
    ),
    "diag.why_unknown": (
        "この学習の設定には、既知の疑わしい点がありません。学習係数、重みの初期値、Dropout、"
        "Weight decayはどれも書籍の値に近いものです。"
    ),
    "diag.fix": "{control}を {value} にする",
    "diag.fix_on": "{control}をオンにする",
    "diag.fix_help": (
        "このページとリンクのコントロールを設定します。新しい設定での学習は、"
        "もう一度学習させたときに始まります。"
    ),
    "diag.name_lr": "学習係数",
    "diag.name_weight_decay_lambda": "Weight decay λ",
    "diag.name_dropout_ratio": "Dropout比率",
    "diag.name_weight_init_std": "重みの初期値の標準偏差",
    "diag.name_use_batchnorm": "Batch Normalization",
    "diag.table_header": "失敗した各学習がどこでおかしくなったか（{count} 件）",
    "diag.col_run": "学習",
    "diag.col_where": "最初に範囲外になったところ",
    "diag.col_cause": "考えられる原因",
    "diag.table_where": "{layer}層目、{quantity}の標準偏差 {value}、{at}",
    "diag.table_stalled": "範囲外の標準偏差なし、チャンスレベル付近で終了",
    "diag.cause_lr_too_large": "学習係数が大きすぎる",
    "diag.cause_init_too_large": "ReLUに対して重みの初期値が大きすぎる",
    "diag.cause_inverted_dropout_scale": "逆スケール方式のDropoutの 1 / (1 − 比率)",
    "diag.cause_dropout_too_strong": "Dropout比率が高すぎる",
    "diag.cause_decay_too_strong": "Weight decayが強すぎる",
    "diag.cause_vanishing": "勾配消失：重みの初期値が小さすぎる",
    "diag.cause_dead_relu": "ReLUの層が死んでいる：重みの初期値が小さすぎる",
    "diag.cause_unknown": "はっきりした原因なし",
    # ---------------------------------------------------------------- page 5: chapter 6 in 2-D
    "nav.plane": "2次元で見る第6章",
    "home.link_plane": (
        "**2次元で見る第6章**：2つの三日月と、ネットワークがそのあいだに引く決定境界をリアルタイム"
        "で。点を丸暗記するとギザギザになり、Weight decayやDropoutでなめらかになります。"
    ),
    # ---------------------------------------------------------------- issue 21: the whole
    # chapter. Page 6: parameter updates, 6.1 (pages/updates.py, ui/updates/)
    "nav.updates": "パラメータの更新",
    "home.link_updates": (
        "**パラメータの更新**：SGD、Momentum、AdaGrad、Adamが細長い谷を1ステップずつ下る競争をし、"
        "続いて同じネットワークをMNISTで学習させます。"
    ),
    "predict.race.short": "競争：最小値に最も近づいて終わる手法は？",
    "predict.mnist.short": "MNIST：損失が最も小さくなって終わる手法は？",
    # Page 7: hyperparameter search, 6.5 (pages/hyperparameters.py, ui/hyperparameters/)
    "nav.hyperparameters": "ハイパーパラメータの最適化",
    "home.link_hyperparameters": (
        "**ハイパーパラメータの最適化**：学習係数とWeight decayの値を検証データで評価する、"
        "書籍のランダムな探索。そして、そこにテストデータを使ってはいけない理由。"
    ),
    "predict.test.short": "探索：最良の試行のテストデータと検証データの認識精度",
    # ---------------------------------------------------------------- issue 18: every chart
    # speaks (ui/chart.py, ui/describe.py and the lessons' descriptions), projector mode
    "access.formula": "数式（横にスクロールできます）",
    "chart.describe": "このグラフを説明",
    "chart.numbers": "描かれている数値",
    "chart.thinned": (
        "長い曲線は、等間隔の約40点で一覧にしています。"
        "CSVのダウンロードにはすべての行が入っています。"
    ),
    "chart.first_rows": "{rows} 行のうち最初の {shown} 行。",
    "chart.col_series": "系列",
    "chart.col_x": "x軸",
    "chart.col_y": "y軸",
    "chart.col_z": "値",
    "chart.live": "{title}：学習中です。学習が終わるとグラフを説明します。",
    "chart.join": "。",
    "chart.end": "。",
    "chart.series": (
        "{name}：{x_name} {x_first} での {first} から、{x_name} {x_last} での {last} まで"
    ),
    "chart.more_series": "ほかに {count} 本の線",
    "chart.no_data": "まだ何も描かれていません。",
    "chart.run_end": (
        "{run}、{epoch} エポック後：訓練 {train:.2f}、テスト {test:.2f}、差 {gap:.2f}、"
        "重みのノルム {norm}"
    ),
    "chart.run_diverged": "{run} は {epoch} エポック目で発散",
    "chart.count": "{label}：{count}",
    "chart.total": "回答は全部で {count} 件",
    "chart.loop": (
        "学習ループ。順伝播は左から右へ：{forward}。逆伝播は右から左へ：{backward}。"
        "そして繰り返します。ステップを選ぶと、それを変えるページが開きます。"
        "図の下のリンクも同じです"
    ),
    "chart.loop_step": "{step}（ページ：{page}）",
    "chart.picture": "答え {label} の図",
    "sidebar.projector": "プロジェクターモード",
    "sidebar.projector_help": (
        "グラフの文字と数値を大きく、線を太くして、遠くから画面を見る教室に合わせます。"
        "作成した授業用リンクにもこの設定が残ります。"
    ),
    # ---------------------------------------------------------------- issue 17: classroom-proof
    # lessons (ui/class_counts.py, ui/class_view.py, ui/browser.py, ui/pins.py, ui/lesson_view.py,
    # ui/predict.py, ui/diagnosis.py)
    "state.lesson_teacher_key": (
        "リンクの {param} = {value} は先生用キーではありません。先生用ビューは、"
        "授業用リンクのパネルが作る先生自身のリンクからしか開けません。"
        "ページは学生用として表示しています。"
    ),
    "state.bad_pins": (
        "リンクの {param} = {value} は、最大 {high} "
        "個のピン留めした学習のリスト（`lambda:0.3,epochs:100` のような設定を ; で区切ったもの）"
        "ではありません。残したもの：{used}。"
    ),
    "lesson.choose": "選択してください",
    "lesson.no_questions": "このページには問題がありません",
    "lesson.class_taken": (
        "クラス {code} は、このサーバーで別の先生のキーで開かれています。別のコードを選ぶか、"
        "{code} 用の自分の先生用リンクを開いてから、このリンクを作ってください。"
    ),
    "lesson.class_full": (
        "サーバーが保持できるだけのクラスがすべて使用中で、今は新しいクラスを開けません。"
        "あとでもう一度試してください。"
    ),
    "lesson.examples": "できあいの授業（書籍の設定で、教えられることを確認済み）",
    "lesson.example_decay_gap": (
        "Weight decay（荷重減衰）で差は縮まる？ λ = 0.1 と λ = 0 を比べ、クラスが先に予想します。"
    ),
    "lesson.example_dropout_gap": (
        "Dropoutで差は縮まる？ 比率0.2となしを比べ、クラスが先に予想します。"
    ),
    "lesson.example_init_shape": "sigmoidで σ = 1：最後の層のアクティベーションはどう見える？",
    "lesson.example_init_loss": "最もよく学習する初期値はどれ？ σ = 0.01、Xavier、He",
    "lesson.example_bn_small": (
        "小さな重みの初期値（σ = 0.01）：Batch Normalizationで学習は救われる？"
    ),
    "predict.closed": (
        "先生がこの問題の投票を締め切りました。回答して結果を見ることはできますが、"
        "あなたの回答は集計されません。"
    ),
    "predict.full": (
        "この問題は集計できる回答数（{high}）に達しました。回答して結果を見ることはできますが、"
        "あなたの回答は集計されません。"
    ),
    "predict.added_counted": (
        "あなたの回答はクラス {code} の分として匿名で集計されました（ブラウザごとに1回答）。"
    ),
    "predict.added_already": (
        "このブラウザはクラス {code} のこの問題にすでに回答しています。"
        "最初の回答が有効です（ブラウザごとに1回答）。"
    ),
    "predict.added_full": (
        "集計されませんでした：この問題は集計できる回答数（{high}）に達しています。"
        "先生に伝えてください。"
    ),
    "predict.added_closed": "集計されませんでした：先生がこの問題の投票を締め切っていました。",
    "predict.added_no_class": (
        "集計されませんでした：クラス {code} はこのサーバーで開かれていません（先生のリンクで開きま"
        "す）。"
    ),
    "predict.added_no_voter": (
        "集計されませんでした：このブラウザがラボにIDを渡しませんでした（ブラウザごとに1回答として"
        "数えるため、ブラウザはIDをストレージかクッキーに保存します）。ページを再読み込みして、"
        "もう一度回答してください。"
    ),
    "predict.added_server_full": (
        "集計されませんでした：サーバーは今、保持できるだけの回答を保持しています。"
        "先生に伝えてください。"
    ),
    "predict.added_bad_option": "集計されませんでした：それはこの問題の選択肢ではありません。",
    "class.key_taken": (
        "このリンクの先生用キーでは、このサーバーのクラス {code} "
        "を開けません（そのクラスは別のキーのものです）。ページは学生用として表示しています。"
    ),
    "class.key_full": (
        "クラス {code} を開けません：サーバーが保持できるだけのクラスがすべて使用中です。"
        "ページは学生用として表示しています。"
    ),
    "class.key_no_class": (
        "先生用キーにはクラスコード（class=…）が必要です。ページは学生用として表示しています。"
    ),
    "class.round": "{round} 回目",
    "class.closed": "投票締め切り",
    "class.full": "上限：回答 {high} 件、これ以上は集計しません",
    "class.full_teacher": (
        "この問題は集計できる回答数（{high}）に達しました。これ以降の回答は集計されず、"
        "学生にもそう伝えられます。もう一度集計するには、新しい回を始めてください。"
    ),
    "class.new_round": "新しい回",
    "class.new_round_help": (
        "この問題の回答を消去して、もう一度問います。どのブラウザももう一度回答でき、"
        "結果はあなたが見せるまで隠れています。"
    ),
    "class.close": "投票を締め切る",
    "class.reopen": "投票を再開する",
    "class.close_help": (
        "締め切ると、学生は回答して結果を見ることはできますが、回答は集計されません。"
    ),
    "class.questions": "クラス {code}：これまでの問題（{count}）",
    "class.no_questions": "まだどの問題にも回答がありません。",
    "class.csv": "集計をダウンロード（CSV）",
    "class.question_name": "{page}：{question}",
    "class.col_question": "問題",
    "class.col_settings": "設定",
    "class.col_answers": "回答数",
    "class.col_state": "状態",
    "class.col_teacher": "あなたの問題",
    "class.book_settings": "書籍の設定",
    "diag.fix_locked": (
        "役に立つこと：{fix}。この授業では先生が{control}を設定したので、"
        "このページではそのままです。固定なしのページで試してください。"
    ),
    "diag.fix_locked_help": (
        "同じページを新しいタブで開きます。どのコントロールも自由に動かせ、"
        "この修正がすでに設定されています。"
    ),
    "diag.expect_lr": (
        "予想：書籍の学習係数 {value} では、損失はステップごとに下がり、"
        "認識精度はチャンスレベルを大きく上回ります。"
    ),
    "diag.expect_weight_decay_lambda": (
        "予想：書籍の λ = {value} ではネットワークは再び学習し（書籍：200エポック後に訓練 0.93、"
        "テスト 0.72）、差はWeight decayなしより小さくなります。"
    ),
    "diag.expect_dropout_ratio": (
        "予想：書籍の比率 {value} ではネットワークは再び学習します。Dropoutなしより遅いですが、"
        "差は小さくなります。"
    ),
    "diag.expect_weight_init_std": (
        "予想：{value} では、アクティベーションの広がりが層から層へ保たれ、"
        "ネットワークは学習します。"
    ),
    "diag.expect_use_batchnorm": (
        "予想：Batch Normalizationが各層のスケールを整え直すので、"
        "重みの初期値がどうであってもネットワークは学習します。"
    ),
    "pins.book": "書籍の設定",
    "pins.pin": "📌 この学習をピン留め",
    "pins.pin_help": (
        "ほかの設定を試すあいだ、この学習の曲線を薄くしてグラフに残します（最大 {most} 個。"
        "古いものから消えます）。ピンはアドレスの一部なので、リンクにも含まれます。"
    ),
    "pins.clear": "ピンを外す",
    "pins.listed": "ピン留め（グラフに薄く表示）：{pins}",
    "pins.training": "学習中。終わると表示されます",
    # ------------------------------------------------ words that agree (issue 17, items 13-17)
    "diag.table_not_finite": "{layer}層目、{quantity}の標準偏差が有限の数でなくなった、{at}",
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
