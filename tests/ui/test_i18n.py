"""Every language says everything, with the English's placeholders, numbers and formulas:
繁體中文 in Taiwan's usage, 日本語 in the terms of the Japanese original."""

import ast
import hashlib
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.english_left import english_left
from ui import i18n, stamp
from ui.figures.style import NO_LINE_START

EN, ZH, JA = (i18n.LANGUAGES[lang] for lang in ("en", "zh-TW", "ja"))
TRANSLATIONS = {"zh-TW": ZH, "ja": JA}
TRANSLATIONS_TABLES = {lang: i18n.TABLES[lang] for lang in TRANSLATIONS}

# Identical to the English on purpose: names kept in Latin script (by the Taiwanese notes, by
# the Japanese original), and strings that are formulas, numbers or language names.
SAME_AS_ENGLISH = {
    "zh-TW": {
        "sidebar.language",
        "init.act_sigmoid",
        "init.act_tanh",
        "init.act_relu",
        "init.init_xavier",
        "init.init_he",
        "init.run_xavier",
        "init.run_he",
        "home.step_dropout",
        "home.step_affine",
        "overfit.opt_momentum",
    },
    "ja": {
        *("init.act_sigmoid", "init.act_tanh", "init.act_relu"),
        *("init.init_xavier", "init.init_he", "init.run_xavier", "init.run_he"),
        *("home.step_dropout", "home.step_affine", "overfit.opt_momentum"),
        # the book's names: Batch Normalization, Dropout, Weight decay λ, Batch Norm, BN
        *("nav.batchnorm", "batchnorm.title", "plane.bn", "diag.name_use_batchnorm"),
        *("nav.dropout", "dropout.title", "decay.lambda", "plane.lambda"),
        *("home.step_bn", "reg.run_bn"),
        *("batchnorm.preset_plain", "batchnorm.preset_extreme", "reg.col_norm"),  # numbers, ‖W‖
    },
}
# Numbers of the English a translation writes in words, as its language does.
NUMBERS_IN_WORDS = {
    ("zh-TW", "nav.plane", "2"),  # "2-D": 二維
    ("zh-TW", "home.link_plane", "2"),
    ("zh-TW", "plane.title", "2"),
    ("zh-TW", "plane.look", "8"),  # "8 in 10": 十分之八
}
# Common simplified-only characters (traditional: 數 層 權 損 練 習 傳 據 統 計 圖 類 訴 這 們
# 將 應 為 訓 頁 設 碼): a zh-TW string holding one was written in the wrong script.
SIMPLIFIED = set("数层权损练习传据统计图类诉这们将应为训页设码")
# Mainland terms where Taiwan (and GLOSSARY.md) says otherwise.
MAINLAND_TERMS = ("激活", "归一化", "信息", "默认", "优化器", "数据集", "神经网络层")
# Chinese forms (traditional or simplified) of characters Japanese writes otherwise
# (数 権 学 体 図 変 応 層 練 伝 輸 説 発 験 読 処): a 日本語 string holding one is Chinese.
NOT_JAPANESE = set("們们這这說说發发驗验讀读處处數權权學體圖图變变應应个层练传输为")
# Words for a concept where the Japanese original says otherwise (docs/GLOSSARY_ja.md):
# 学習係数, 過学習, Weight decay（荷重減衰）, Dropout, Batch Normalization, 活性化関数, 最適化手法.
NOT_THE_BOOKS_TERMS = (
    "学習率",
    "過剰適合",
    "過適合",
    "重み減衰",
    "ドロップアウト",
    "バッチ正規化",
    "アクティベーション関数",
    "オプティマイザ",
)

LANGS = list(TRANSLATIONS)
NUMBER = re.compile(r"(?<![0-9A-Za-z_.])\d+(?:[.,]\d+)*(?![0-9A-Za-z_])")
FORMULA = re.compile(r"\$\$.*?\$\$|\$[^$]*\$", re.DOTALL)


def numbers(text: str) -> set[str]:
    """The numbers written in `text` outside formulas and placeholders (1,000 read as 1000)."""
    prose = i18n.PLACEHOLDER.sub(" ", FORMULA.sub(" ", text))
    return {n.replace(",", "") for n in NUMBER.findall(prose)}


def every_translation():
    """(lang, key, English, translation) for every key of the English in every translation."""
    for lang, table in TRANSLATIONS.items():
        for key, english in EN.items():
            yield lang, key, english, table.get(key, "")


def report(bad: list[str]) -> str:
    """Every bad string at once, one a line (a loop over 889 keys must not stop at the first)."""
    return f"{len(bad)} bad:\n" + "\n".join(bad)


def test_every_language_has_the_english_keys():
    bad = [
        f"{lang} {'lacks' if key in EN else 'has extra'} {key}"
        for lang, table in TRANSLATIONS.items()
        for key in sorted(set(EN) ^ set(table))
    ]
    assert not bad, report(bad)


def source_keys(table) -> list[str]:
    """The keys of a table module's STRINGS, in the order its file writes them."""
    tree = ast.parse(Path(table.__file__).read_text())
    table = next(n.value for n in tree.body if isinstance(n, ast.Assign))
    return [k.value for k in table.keys]


def test_each_table_has_the_keys_of_its_english_table_and_the_japanese_its_order():
    # strings_ja.py follows strings_en.py key by key (and its section comments), so a key added
    # to the English is added at the same place in the Japanese when branches are merged. A
    # lesson's key is translated in that lesson's tables (ui/<lesson>/strings_<lang>.py).
    bad = []
    for lang, tables in TRANSLATIONS_TABLES.items():
        for english, table in zip(i18n.TABLES["en"], tables, strict=True):
            where = table.__name__
            bad += [f"{where} lacks {k}" for k in english.STRINGS if k not in table.STRINGS]
            bad += [
                f"{where} has {k}, not in its English"
                for k in set(table.STRINGS) - set(english.STRINGS)
            ]
            if lang == "ja" and source_keys(table) != source_keys(english):
                bad.append(f"{where} is not in the order of {english.__name__}")
    assert not bad, report(bad)


def test_no_translation_is_older_than_its_english():
    # Each translated table records the English each string was made from (ui/stamp.py): a
    # changed English leaves its translations stale until a translator checks and stamps them.
    bad = []
    for lang, tables in TRANSLATIONS_TABLES.items():
        for english, table in zip(i18n.TABLES["en"], tables, strict=True):
            made_from, name = getattr(table, "MADE_FROM", {}), stamp.table_name(table)
            bad += [
                f"{lang} {key}: the English changed since it was translated (then "
                f"{made_from.get(key, 'never stamped')}, now {stamp.fingerprint(text)}); check "
                f"the translation, then: python -m ui.stamp {lang} {name} {key}"
                for key, text in english.STRINGS.items()
                if made_from.get(key) != stamp.fingerprint(text)
            ]
            bad += [
                f"{lang} {key}: stamped, not in the table"
                for key in set(made_from) - set(english.STRINGS)
            ]
    assert not bad, report(bad)


def test_stamping_records_the_english_of_the_chosen_keys_only(tmp_path):
    table = '"""A table."""\n\nSTRINGS = {\n    "a.x": "エックス",\n    "a.y": "ワイ",\n}\n'
    path = tmp_path / "strings_ja.py"
    path.write_text(table)
    stamp.stamp_file(path, {"a.x": "x", "a.y": "y"})
    stamp.stamp_file(path, {"a.x": "x, changed", "a.y": "y"}, ["a.x"])
    namespace: dict = {}
    exec(path.read_text(), namespace)
    assert namespace["MADE_FROM"] == {
        "a.x": stamp.fingerprint("x, changed"),
        "a.y": stamp.fingerprint("y"),
    }
    assert stamp.fingerprint("y") == hashlib.sha1(b"y").hexdigest()[:8]
    assert path.read_text().startswith(table)  # the strings untouched
    with pytest.raises(KeyError):
        stamp.stamp_file(path, {"a.x": "x"}, ["a.z"])


def test_no_key_is_in_two_tables():
    bad = [
        f"{lang} {key}: {', '.join(m.__name__ for m in tables if key in m.STRINGS)}"
        for lang, tables in i18n.TABLES.items()
        for key, count in Counter(k for m in tables for k in m.STRINGS).items()
        if count > 1
    ]
    assert not bad, report(bad)


def test_every_lesson_folder_has_its_tables_in_every_language():
    folders = {m.__name__.split(".")[1] for m in i18n.TABLES["en"][1:]}
    assert {
        "weight_init",
        "batchnorm",
        "overfitting",
        "plane",
        "updates",
        "hyperparameters",
    } <= folders
    for lang, tables in i18n.TABLES.items():
        assert [m.__name__.rsplit(".", 1)[0] for m in tables] == [
            m.__name__.rsplit(".", 1)[0] for m in i18n.TABLES["en"]
        ], lang


def placeholders_changed(en: dict[str, str], table: dict[str, str], lang: str) -> list[str]:
    """`lang key: [its placeholders] != [the English's]` for every key whose placeholders differ."""
    return [
        f"{lang} {key}: {i18n.placeholders(table.get(key, ''))} != {i18n.placeholders(text)}"
        for key, text in en.items()
        if Counter(i18n.placeholders(text)) != Counter(i18n.placeholders(table.get(key, "")))
    ]


def test_same_placeholders_as_the_english():
    bad = [line for lang in LANGS for line in placeholders_changed(EN, TRANSLATIONS[lang], lang)]
    assert not bad, report(bad)


def test_the_placeholder_check_names_every_bad_key():
    en = {"a": "{n} runs", "b": "{run} at {epoch}", "c": "{x}"}
    table = {"a": "{m} 回", "b": "{epoch} {run}", "c": "x"}
    assert [line.split(":")[0] for line in placeholders_changed(en, table, "ja")] == [
        "ja a",
        "ja c",
    ]


def test_every_string_is_translated():
    bad = [
        f"{lang} {key}: {'empty' if not (english.strip() and text.strip()) else 'not translated'}"
        for lang, key, english, text in every_translation()
        if not (english.strip() and text.strip())
        or (key not in SAME_AS_ENGLISH[lang] and english == text)
    ]
    assert not bad, report(bad)


DELTAS = [key for key in EN if key.endswith("_delta")]  # hyper.m_test_delta


def test_a_metrics_delta_starts_with_its_signed_number():
    # st.metric colours a delta and points its arrow by the string's first character: a
    # translation that puts words first ("検証データとの差 -0.043") showed a drop as a green rise.
    assert DELTAS  # the check sees the deltas it guards
    bad = [
        f"{lang} {key}: {table[key]!r}"
        for lang, table in {"en": EN, **TRANSLATIONS}.items()
        for key in DELTAS
        if not re.match(r"\{\w+:\+", table[key])
    ]
    assert not bad, report(bad)


def test_every_formula_is_the_englishs():
    bad = [
        f"{lang} {key}: {FORMULA.findall(text)}"
        for lang, key, english, text in every_translation()
        if Counter(FORMULA.findall(text)) != Counter(FORMULA.findall(english))
    ]
    bad += [  # formulas were seen
        f"{lang} init.theory: fewer than 10 formulas"
        for lang, table in TRANSLATIONS.items()
        if len(FORMULA.findall(table["init.theory"])) < 10
    ]
    assert not bad, report(bad)


def test_every_number_of_the_english_is_kept():
    bad = [
        f"{lang} {key}: lost {number}"
        for lang, key, english, text in every_translation()
        for number in sorted(numbers(english) - numbers(text))
        if (lang, key, number) not in NUMBERS_IN_WORDS
    ]
    assert not bad, report(bad)


def test_the_number_check_sees_a_lost_number():
    assert numbers("the book: 1,000 samples, σ = {sigma:.4g}, $n = 100$") == {"1000"}
    assert numbers("書籍では1,000、100層目") == {"1000", "100"}


def wrong_script_or_terms(table: dict[str, str], chars: set[str], terms: tuple[str, ...]):
    """`key: [its characters from chars] [its terms from terms]` for every key holding any."""
    found = {
        key: (sorted(chars & set(text)), [w for w in terms if w in text])
        for key, text in table.items()
    }
    return [f"{key}: {c} {w}" for key, (c, w) in found.items() if c or w]


def test_chinese_is_traditional_and_uses_taiwan_terms():
    bad = wrong_script_or_terms(ZH, SIMPLIFIED, MAINLAND_TERMS)
    assert not bad, report(bad)


def test_japanese_is_japanese_and_uses_the_books_terms():
    bad = wrong_script_or_terms(JA, NOT_JAPANESE, NOT_THE_BOOKS_TERMS)
    assert not bad, report(bad)


def test_the_script_check_names_every_bad_key():
    table = {"a": "數据", "b": "重みの初期値", "c": "学習率", "d": "这个"}
    assert wrong_script_or_terms(table, NOT_JAPANESE, NOT_THE_BOOKS_TERMS) == [
        "a: ['數'] []",
        "c: [] ['学習率']",
        "d: ['个', '这'] []",
    ]


# Per language: (key, term) where the chapter needs the glossary's term (GLOSSARY.md of the team
# for 繁體中文, docs/GLOSSARY_ja.md for 日本語); a key ending in "=" must be the term exactly.
GLOSSARY_TERMS = {
    "zh-TW": [
        ("init.activation", "活化函數"),
        ("init.theory", "梯度消失"),
        ("init.theory", "表現力受限"),
        ("home.intro", "批次正規化（Batch Normalization）"),
        ("home.intro", "權重衰減（Weight decay）"),
        ("live.diverged", "訓練週期（epoch）"),
        ("sidebar.seed=", "亂數種子"),
        ("export.csv=", "下載 CSV"),
    ],
    "ja": [
        ("init.activation=", "活性化関数"),
        ("nav.weight_init=", "重みの初期値"),
        ("init.theory", "勾配消失"),
        ("init.theory", "表現力の制限"),
        ("init.title", "アクティベーション分布"),
        ("home.intro", "Weight decay（荷重減衰）"),
        ("home.intro", "Batch Normalization"),
        ("decay.intro", "過学習"),
        ("overfit.lr", "学習係数"),
        ("overfit.acc", "認識精度"),
        ("live.diverged", "エポック"),
        ("home.loop_title", "ミニバッチ"),
        ("batchnorm.check_intro", "誤差逆伝播法"),
        ("batchnorm.check_intro", "数値微分"),
        ("batchnorm.check_header=", "勾配確認"),
        ("sidebar.seed=", "乱数シード"),
        ("sidebar.language=", "Language / 言語"),
        # sections 6.1 and 6.5
        ("nav.updates=", "パラメータの更新"),
        ("updates.intro", "更新手法"),
        ("updates.lr", "学習係数"),
        ("hyper.intro", "ハイパーパラメータ"),
        ("hyper.why", "検証データ"),
        ("hyper.search_intro", "試行"),
        ("hyper.curves_y=", "認識精度"),
    ],
}


def test_glossary_terms_appear_where_the_chapter_needs_them():
    bad = [
        f"{lang} {key}: {term}"
        for lang, table in TRANSLATIONS.items()
        for key, term in GLOSSARY_TERMS[lang]
        if not (table[key[:-1]] == term if key.endswith("=") else term in table[key])
    ]
    assert not bad, report(bad)


def test_no_japanese_formula_is_followed_by_what_cannot_start_a_line():
    # A browser may break a line right after an inline formula (a box to it), so 。、）
    # written straight after one could start a line (seen at 390 px): words come between.
    glued = {
        key: text[match.start() - 12 : match.end()]
        for key, text in JA.items()
        for match in re.finditer(r"\$(?=[" + re.escape(NO_LINE_START) + "])", text)
        if text[: match.start()].count("$") % 2  # the $ that closes a formula
    }
    assert glued == {}


def test_no_english_left_in_japanese():
    # Names the book keeps in Latin script (Xavier, He, ReLU, Batch Normalization, Dropout...)
    # and code are allowed; any other ASCII word of 4+ letters is English (tests/english_left.py).
    bad = [f"ja {key}: {english_left(text)}" for key, text in JA.items() if english_left(text)]
    assert not bad, report(bad)


def test_the_english_finder_finds_english_and_passes_names_and_code():
    assert english_left("Heの初期値 (layer 3)") == ["layer"]
    assert english_left("書籍の `weight_init_compare` はSGDで、Xavierは約0.2") == []
    assert english_left("dstd = -np.sum(dxn * xc, axis=0)、embed=true、train=False") == []
    assert english_left("Weight decay（荷重減衰）とBatch Normalization") == []
    assert english_left("Weight decayを使う。Shrinking activations") == ["Shrinking", "activations"]
    assert english_left(r"$\mathrm{Var}(a) = n\,\sigma^2$ と {layer}層目") == []
    assert english_left("試行 %{customdata[0]}") == []  # Plotly's hover field, not prose
    assert english_left("trial %{customdata[0]}") == ["trial"]
    assert english_left("<script>\nconst FOCUSABLE = 'button';\n</script>") == []  # not shown
    assert english_left(EN["init.intro"])  # the English itself is caught


def test_translate_fills_named_placeholders_with_their_format():
    assert (
        i18n.translate("en", "init.sigma", sigma=0.1414213, nodes=100)
        == "Weights are drawn with σ = 0.1414 (100 inputs per node)."
    )
    assert i18n.translate("zh-TW", "live.diverged", run="He", epoch=3).startswith("He 在第 3 個")
    assert i18n.translate("ja", "live.diverged", run="He", epoch=3).startswith("He は 3 エポック目")


def test_translate_leaves_latex_braces_alone():
    text = i18n.translate("en", "init.theory", n=5)  # "n" is also a LaTeX group: {n}
    assert r"\sqrt{1/n}" in text and r"\mathrm{Var}(a)" in text
    assert i18n.translate("en", "init.theory") == EN["init.theory"]


def test_unknown_key_raises_and_unknown_language_falls_back_to_english():
    with pytest.raises(KeyError):
        i18n.translate("en", "no.such.key")
    assert i18n.translate("fr", "live.stop") == "Stop"


def test_outside_a_streamlit_run_t_speaks_english():
    assert i18n.t("live.stop") == "Stop"


def test_placeholders_are_found_with_and_without_format_specs():
    assert i18n.placeholders("{a} and {b:.3f} but not {1/n} or {{x") == ["a", "b"]


def test_no_string_concatenates_words_from_the_other_language():
    # A translation may hold English names (ReLU, Xavier, Batch Normalization...) but never a
    # whole English sentence: at most a few Latin words in a row outside markup and LaTeX.
    def runs(text: str) -> list[str]:
        plain = re.sub(r"\$[^$]*\$|`[^`]*`|<[^>]+>", "", text)
        return re.findall(r"(?:[A-Za-z]+[ ,.]+){5,}", plain)

    bad = [
        f"{lang} {key}: {runs(text)}"
        for lang, table in TRANSLATIONS.items()
        for key, text in table.items()
        if runs(text)
    ]
    assert not bad, report(bad)
