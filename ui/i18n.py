"""Translations: every visible string has a key, looked up in the current language.

    from ui.i18n import t
    st.title(t("init.title"))
    st.caption(t("live.diverged", run="He", epoch=3))

Strings live in one module per language (`ui/strings_en.py`, `ui/strings_zh_tw.py`,
`ui/strings_ja.py`), each a flat dict `STRINGS` whose keys are prefixed by the page or module
that uses them (`init.`, `home.`, `live.`...). Every file must have the same keys and the same
placeholders as the English (tests/ui/test_i18n.py checks it), so a sentence is always
translated whole, never glued from fragments of another language.

Placeholders are `{name}` or `{name:format}` and only the names passed to `t` are replaced, so
LaTeX braces (`\\sqrt{2/n}`) in the same string need no escaping.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypeVar

from ui import strings_en, strings_ja, strings_zh_tw

LANGUAGES: dict[str, Mapping[str, str]] = {
    "en": strings_en.STRINGS,
    "zh-TW": strings_zh_tw.STRINGS,
    "ja": strings_ja.STRINGS,
}
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
