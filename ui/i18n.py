"""Translations: every visible string has a key, looked up in the current language.

    from ui.i18n import t
    st.title(t("init.title"))
    st.caption(t("live.diverged", run="He", epoch=3))

Where the strings live: one table per language (a flat dict `STRINGS`) for what the whole lab
shares (`ui/strings_en.py`, `ui/strings_zh_tw.py`, `ui/strings_ja.py`), and beside them the
same three files in each lesson folder for the keys only that lesson uses
(`ui/weight_init/strings_ja.py`...). Why in the lesson folder: a lesson owns everything about
itself, so whoever changes dropout edits one folder, and a translator checking a lesson opens
three files of a few hundred lines side by side instead of finding its keys among 900. A key
two lessons (or a shared module) use stays in the shared table. `TABLES` below lists them all
and is the one place they are merged, once at import: `t` reads one dict per language.
The tables are data (they import nothing), which is why this shared module may import them
from the lesson folders (tests/test_layering.py allows that and nothing else).

Keys are prefixed by the page or module that uses them (`init.`, `home.`, `live.`...), and
code spells every key whole (`t_each` translates a dict from a value to its key), so
tests/ui/test_string_keys.py finds a key no code uses. Every table has the keys of its English
table with the same placeholders (tests/ui/test_i18n.py), so a sentence is always translated
whole, never glued from fragments of another language.

Each translated table ends with MADE_FROM, a short hash of the English every string was
translated from; when the English changes, tests/ui/test_i18n.py names the translations to
check, and a translator who has checked one stamps it (ui/stamp.py):

    python -m ui.stamp ja weight_init init.title   # or every key: python -m ui.stamp ja shared

Placeholders are `{name}` or `{name:format}` and only the names passed to `t` are replaced, so
LaTeX braces (`\\sqrt{2/n}`) in the same string need no escaping.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import ModuleType
from typing import TypeVar

from ui import strings_en, strings_ja, strings_zh_tw
from ui.batchnorm import strings_en as batchnorm_en
from ui.batchnorm import strings_ja as batchnorm_ja
from ui.batchnorm import strings_zh_tw as batchnorm_zh_tw
from ui.hyperparameters import strings_en as hyperparameters_en
from ui.hyperparameters import strings_ja as hyperparameters_ja
from ui.hyperparameters import strings_zh_tw as hyperparameters_zh_tw
from ui.overfitting import strings_en as overfitting_en
from ui.overfitting import strings_ja as overfitting_ja
from ui.overfitting import strings_zh_tw as overfitting_zh_tw
from ui.plane import strings_en as plane_en
from ui.plane import strings_ja as plane_ja
from ui.plane import strings_zh_tw as plane_zh_tw
from ui.updates import strings_en as updates_en
from ui.updates import strings_ja as updates_ja
from ui.updates import strings_zh_tw as updates_zh_tw
from ui.weight_init import strings_en as weight_init_en
from ui.weight_init import strings_ja as weight_init_ja
from ui.weight_init import strings_zh_tw as weight_init_zh_tw

# Per language, its tables: the shared one first, then one per lesson folder (nav's order).
TABLES: dict[str, tuple[ModuleType, ...]] = {
    "en": (strings_en, weight_init_en, batchnorm_en, overfitting_en, plane_en)
    + (updates_en, hyperparameters_en),
    "zh-TW": (strings_zh_tw, weight_init_zh_tw, batchnorm_zh_tw, overfitting_zh_tw, plane_zh_tw)
    + (updates_zh_tw, hyperparameters_zh_tw),
    "ja": (strings_ja, weight_init_ja, batchnorm_ja, overfitting_ja, plane_ja)
    + (updates_ja, hyperparameters_ja),
}
LANGUAGES: dict[str, Mapping[str, str]] = {
    lang: {key: text for table in tables for key, text in table.STRINGS.items()}
    for lang, tables in TABLES.items()
}
"""Every key of a language, merged once (a key in two tables: tests/ui/test_i18n.py fails)."""
LANGUAGE_NAMES = {"en": "English", "zh-TW": "繁體中文", "ja": "日本語"}
DEFAULT_LANGUAGE = "en"
LANG_KEY = "app:lang"
"""Session-state key of the sidebar's language widget (ui/form.py names widget keys page:name)."""

K = TypeVar("K")
PLACEHOLDER = re.compile(r"\{([A-Za-z_]\w*)(?::([^{}]*))?\}")


def placeholders(text: str) -> list[str]:
    """The placeholder names in `text`, in order (LaTeX groups like `{n}` count too)."""
    return [m.group(1) for m in PLACEHOLDER.finditer(text)]


def translate(lang: str, key: str, **fmt) -> str:
    """The string `key` in language `lang` with `fmt` filled in. Unknown keys raise KeyError."""
    table = LANGUAGES.get(lang, LANGUAGES[DEFAULT_LANGUAGE])
    text = table[key]
    if not fmt:
        return text

    def fill(match: re.Match) -> str:
        name, spec = match.group(1), match.group(2)
        if name not in fmt:
            return match.group(0)
        return format(fmt[name], spec or "")

    return PLACEHOLDER.sub(fill, text)


def current_language() -> str:
    """The language chosen in the sidebar (or by ?lang=), English outside a Streamlit run."""
    try:
        import streamlit as st

        lang = st.session_state.get(LANG_KEY, DEFAULT_LANGUAGE)
    except Exception:  # no script run context (plain Python, unit tests)
        return DEFAULT_LANGUAGE
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, **fmt) -> str:
    """`translate` in the current language."""
    return translate(current_language(), key, **fmt)


def t_each(keys: Mapping[K, str], **fmt) -> dict[K, str]:
    """`t` of every key in `keys` (a dict from a value to its key), as value -> text.

    Code that picks a string by a value spells each key in such a dict, never glues one
    together (`t(f"init.act_{a}")`), so tests/ui/test_string_keys.py finds every key it uses."""
    return {value: t(key, **fmt) for value, key in keys.items()}
