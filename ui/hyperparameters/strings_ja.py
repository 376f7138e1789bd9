"""日本語 strings of ui/hyperparameters/strings_en.py: its keys and placeholders, in its order, the
terms of ui/strings_ja.py."""

STRINGS = {
    # Page 7: hyperparameter search, 6.5 (pages/hyperparameters.py, ui/hyperparameters/)
    "hyper.title": "ハイパーパラメータの最適化：検証データとランダムな試行",
    "hyper.intro": (
        "学習係数、Weight decay（荷重減衰）の λ、層の数。"
        "ネットワークはこれらの**ハイパーパラメータ**を学習しません。決めるのは私たちです。"
        "6.5節では、そのうちの2つを実際によく使われる方法で決めます。多くの設定をランダムに試し、"
        "そのために取り分けておいたデータでそれぞれを評価し、良い設定がある範囲に絞り込んで、"
        "もう一度試すのです。"
    ),
    "hyper.why_header": "なぜテストデータで調整してはいけないのか？",
    "hyper.why": (
        "テストデータは、ネットワークが**一度も見たことのない**数字画像でどれだけうまくいくかを知る"
        "ためにあります。設定を100通り試して、テストデータで最も成績のよいものを残せば、"
        "テストデータがネットワークを選ぶのに手を貸したことになります。"
        "設定がまさにその数字画像に合わせ込まれ（一段上のレベルでの過学習）、"
        "テストデータでの成績は、新しいデータでネットワークが実際に出せる成績よりも良く見えてしまい"
        "ます。\n"
        "\n"
        "そこで書籍は訓練データを分けます。その20 %を**検証データ**として設定の評価に使い、"
        "残りで学習します。テストデータは最後に一度だけ、選ばれた1つのネットワークに使います。"
        "このページはまさにそのとおりに行い、最良の試行の検証データでの認識精度を、"
        "テストデータでの認識精度と並べて表示します。"
    ),
    "hyper.search_header": "書籍のランダムな探索",
    "hyper.search_intro": (
        "書籍の `hyperparameter_optimization` です。訓練データの最初の500枚をシャッフルし、"
        "100枚を検証データとして取り分け、400枚で学習します。各**試行**では学習係数 lr = 10^U(−6, "
        "−2) とWeight decayの λ = 10^U(−8, −4) を抽出し（U は一様分布なので、"
        "10のどのべき乗も同じくらい出やすい）、784-100×6-10 のReLUネットワークをSGDで、"
        "100枚のミニバッチで50エポック学習させ、各エポックの後で両方のデータの認識精度を記録します"
        "。探索はクラス全員で1回の学習です。同じ設定を求めた人は、"
        "同じ試行が埋まっていくのを見ます。"
    ),
    "hyper.trials": "試行回数",
    "hyper.trials_help": "試す設定の数（書籍では100）。",
    "hyper.epochs": "試行ごとのエポック数",
    "hyper.epochs_help": (
        "各試行で学習する長さ（書籍では50。少なくすると速く、大まかに見られます）。"
    ),
    "hyper.lr_range": "学習係数：10のべき乗",
    "hyper.lr_range_help": (
        "学習係数を抽出する指数の範囲：lr = 10^U(下限, 上限)（書籍では −6 から −2）。"
    ),
    "hyper.lr_range_caption": "lr は {low} から {high}",
    "hyper.decay_range": "Weight decay λ：10のべき乗",
    "hyper.decay_range_help": (
        "λ を抽出する指数の範囲：λ = 10^U(下限, 上限)（書籍では −8 から −4）。"
    ),
    "hyper.decay_range_caption": "λ は {low} から {high}",
    "hyper.cost": (
        "**この探索にかかる計算：** {trials} 試行 × {epochs} エポック = {total:,} "
        "エポックの学習（100枚のSGDステップ {steps:,} 回と、各エポック後の500枚すべてでの認識精度）"
        "。サーバーが空いていれば、学習の実行枠1つで約 {minutes:.1f} 分です。探索は最大 {most:,} "
        "エポックまでです。ほかに誰も見ていなければ、「停止」で取り消されます。"
    ),
    "hyper.trial": "試行 {trial}",
    "hyper.scatter_title": "すべての試行：学習係数とWeight decay",
    "hyper.scatter_x": "学習係数 lr（対数目盛）",
    "hyper.scatter_y": "Weight decay λ（対数目盛）",
    "hyper.scatter_z": "色：最後のエポックの検証精度（色の目盛は下）",
    "hyper.scatter_best": "最良の試行",
    "hyper.scatter_trials": "試行",
    "hyper.scatter_hover": "試行 %{customdata[0]}",
    "hyper.curves_title": "書籍と同じ描き方での最良の試行（順位 · 検証データの認識精度）",
    "hyper.curves_x": "エポック",
    "hyper.curves_y": "認識精度",
    "hyper.curves_validation": "検証データ",
    "hyper.curves_train": "訓練データ",
    "hyper.m_val": "最良の試行 {trial} の検証精度",
    "hyper.m_test": "1回だけ測ったテスト精度",
    "hyper.m_test_delta": "{diff:+.3f}（検証との差）",
    "hyper.m_lr": "その学習係数",
    "hyper.m_lam": "そのWeight decay λ",
    "hyper.see_best": (
        "最良の {count} 試行（検証データの認識精度 {val_low} から {val_high}）の学習係数は "
        "{lr_low} から {lr_high}、λ は {lam_low} から {lam_high} でした。"
    ),
    "hyper.see_lr": (
        "最良の試行とそれ以外を分けるのは学習係数です。最良の試行の lr の中央値は {top_median}、"
        "それ以外は {rest_median} です（その検証データの認識精度の中央値は {rest_val}）。"
        "これほど小さい学習係数では、これほど少ないエポックのあいだに重みはほとんど動きません。"
    ),
    "hyper.table_csv": "試行をダウンロード（CSV）",
    "hyper.narrow": (
        "範囲を最良の {count} 試行に絞り込む：lr {lr_low} から {lr_high}、λ {lam_low} から "
        "{lam_high}"
    ),
    "hyper.narrow_help": (
        "書籍が勧めるとおり、両方の範囲を最良の試行がある領域（少し広め）に設定します。"
        "次の探索では、良い設定があったところでより多くの設定を試します。"
    ),
    "hyper.book": (
        "**書籍**（MNIST全体の最初の500枚、100試行、1回の実行）："
        "検証データの認識精度の最高値は0.84で、lr 0.0094、λ 2.8 × 10⁻⁶ のときでした。"
        "最良の20試行の lr はすべて0.0016から0.0100のあいだでしたが、λ "
        "は10⁻⁸から10⁻⁴の範囲全体に散らばっていました。書籍は次に lr 0.001-0.01、λ 10⁻⁸-10⁻⁶ "
        "のあたりを探索することを勧めています。書籍はテストデータの認識精度を示していません。"
        "探索の目的は選ぶことで、最終的な成績ではないのです。"
    ),
    "hyper.procedure_header": "手順：4つのステップ",
    "hyper.procedure": (
        "1. 各ハイパーパラメータの範囲を**対数スケール**（10のべき乗）で設定する。"
        "桁さえわからないことが多いからです。\n"
        "2. その範囲からランダムに設定を抽出する。ランダムサーチはグリッドサーチよりも早く良い領域"
        "を見つけます。一方のハイパーパラメータがもう一方よりずっと重要なとき、"
        "グリッドではその値を少ししか試せませんが、ランダムな試行では毎回新しい値を試せます。\n"
        "3. それぞれを短く（少ないエポックで）学習させ、**検証データ**で評価する。\n"
        "4. 最良の試行があったところに範囲を絞り込みながら、1つの設定が抜きん出るまで繰り返す。"
        "そのあとで、そしてそのときに初めて、そのネットワークをテストデータで一度だけ測る。\n"
        "\n"
        "より洗練された手法（ベイズ最適化）は、それまでの結果から次の試行を選びます。"
        "書籍はこれを発展的な文献として挙げています。"
    ),
    "predict.test.prompt": (
        "探索は {trials} 回の試行から、検証データ（100枚）の認識精度で最良のものを選びます。"
        "そのあと、そのネットワークが {test_size:,} 枚のテストデータに一度だけ出会います。"
        "テストデータの認識精度は……"
    ),
    "predict.test.opt_lower": "検証データの認識精度より低い",
    "predict.test.opt_same": "ほぼ同じ（差 {margin:.2f} 以内）",
    "predict.test.opt_higher": "検証データの認識精度より高い",
    "predict.test.no_verdict": "探索はまだテストデータの認識精度を測っていません。",
    "predict.test.numbers": (
        "試行 {trial} が最良でした：検証データ {val:.2f}、テストデータ {test:.3f}（差 {diff:+.3f}）"
        "。"
    ),
    "predict.test.why_lower": (
        "100枚の検証データでの {trials} 個の成績から最良のものを選ぶと、運も一緒に選ばれます。"
        "たまたまその数字画像に合った試行です。選択に関わらなかった数字画像ではその運がなくなるので"
        "、成績は下がります。もしテストデータで選んでいたら、"
        "まさにこの楽観は気づかれないままだったでしょう。"
    ),
    "predict.test.why_same": (
        "今回は選択が持ちこたえました。ネットワークはテストデータでも検証データとほぼ同じくらいうま"
        "くいきます。検証データが100枚しかないので、これも一部は運です。別のシード（サイドバー）"
        "では違う結果になるかもしれません。"
    ),
    "predict.test.why_higher": (
        "テストデータがたまたま、100枚の検証データよりもこのネットワークに合っていました。"
        "検証データがこれほど少ないと、成績は上下どちらにも0.0数ほど不確かです。平均すると、"
        "最良として選ばれた試行の新しいデータでの成績は、高くなるのではなく低くなります。"
    ),
    "predict.test.not_lower": (
        "低くなるのがふつうです（最高の成績には運も含まれる）が、今回は違いました：差は "
        "{diff:+.3f} です。"
    ),
    "predict.test.not_same": "2つの差は {diff:+.3f} で、{margin:.2f} を超えています。",
    "predict.test.not_higher": (
        "高くなるなら、選択が悲観的だったことになります。{trials} 個の成績のうちの最高は、"
        "ここと同じく（{diff:+.3f}）楽観的であることの方が多いのです。"
    ),
    # ---------------------------------------------------------------- issue 21 with issue 18:
    # the chapter pages' charts described (ui/updates, ui/hyperparameters, ui/batchnorm)
    "chart.search_best": (
        "{trials} 試行：検証データの認識精度の最高値は {val}、lr {lr}、λ {lam} のとき（試行 "
        "{trial}）"
    ),
    "chart.search_top": (
        "最良の {count} 試行はすべて lr が {lr_low} から {lr_high}、λ が {lam_low} から "
        "{lam_high}、検証データの認識精度は {val_low} から {val_high}"
    ),
    "chart.search_rest": "残りの {rest} 試行の検証データの認識精度の中央値は {val}",
    "chart.search_range": (
        "破線の長方形は探索した範囲です：lr {lr_low} から {lr_high}、λ {lam_low} から {lam_high}"
    ),
    "chart.best_first": (
        "1位（試行 {trial}、lr {lr}、λ {lam}）は {epoch} エポック後に検証データ {val}、訓練データ "
        "{train} で終わります"
    ),
    "chart.best_last": "{rank}位は検証データ {val}、訓練データ {train}",
    "chart.best_gap": (
        "{shown} 個中 {over} 個で訓練データが検証データを上回って終わり、最大の差は "
        "{gap}（{rank}位）"
    ),
    "chart.best_no_gap": "{shown} 個すべてで、検証データが訓練データ以上で終わります",
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
