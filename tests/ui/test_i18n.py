"""Both languages say everything, with the same placeholders, in Taiwan's usage."""

import re
from collections import Counter

import pytest

from ui import i18n, strings_en, strings_zh_tw

EN, ZH = strings_en.STRINGS, strings_zh_tw.STRINGS

# Identical in both languages on purpose: names the Taiwanese notes keep in English, and
# strings that are formulas or language names.
SAME_IN_BOTH = {
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
}
# Common simplified-only characters (traditional: 數 層 權 損 練 習 傳 據 統 計 圖 類 訴 這 們
# 將 應 為 訓 頁 設 碼): a zh-TW string holding one was written in the wrong script.
SIMPLIFIED = set("数层权损练习传据统计图类诉这们将应为训页设码")
# Mainland terms where Taiwan (and GLOSSARY.md) says otherwise.
MAINLAND_TERMS = ("激活", "归一化", "信息", "默认", "优化器", "数据集", "神经网络层")


def test_both_languages_have_the_same_keys():
    assert set(EN) == set(ZH), set(EN) ^ set(ZH)


@pytest.mark.parametrize("key", sorted(EN))
def test_same_placeholders_in_both_languages(key):
    assert Counter(i18n.placeholders(EN[key])) == Counter(i18n.placeholders(ZH[key]))


@pytest.mark.parametrize("key", sorted(EN))
def test_every_string_is_translated(key):
    assert EN[key].strip() and ZH[key].strip()
    if key not in SAME_IN_BOTH:
        assert EN[key] != ZH[key], f"{key} is not translated"


def test_chinese_is_traditional_and_uses_taiwan_terms():
    for key, text in ZH.items():
        assert not SIMPLIFIED & set(text), (key, SIMPLIFIED & set(text))
        for term in MAINLAND_TERMS:
            assert term not in text, (key, term)


def test_glossary_terms_appear_where_the_chapter_needs_them():
    assert "活化函數" in ZH["init.activation"]
    assert "梯度消失" in ZH["init.theory"]
    assert "表現力受限" in ZH["init.theory"]
    assert "批次正規化（Batch Normalization）" in ZH["home.intro"]
    assert "權重衰減（Weight decay）" in ZH["home.intro"]
    assert "訓練週期（epoch）" in ZH["live.diverged"]
    assert ZH["sidebar.seed"] == "亂數種子"
    assert ZH["export.csv"] == "下載 CSV"


def test_translate_fills_named_placeholders_with_their_format():
    assert (
        i18n.translate("en", "init.sigma", sigma=0.1414213, nodes=100)
        == "Weights are drawn with σ = 0.1414 (100 inputs per node)."
    )
    assert i18n.translate("zh-TW", "live.diverged", run="He", epoch=3).startswith("He 在第 3 個")


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
    # A zh-TW string may hold English names (ReLU, Xavier, Batch Normalization...) but never a
    # whole English sentence: at most a few Latin words in a row outside markup and LaTeX.
    for key, text in ZH.items():
        plain = re.sub(r"\$[^$]*\$|`[^`]*`|<[^>]+>", "", text)
        runs = re.findall(r"(?:[A-Za-z]+[ ,.]+){5,}", plain)
        assert not runs, (key, runs)
