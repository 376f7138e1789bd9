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
    # ---------------------------------------------------------------- URL warnings (ui/state.py)
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
