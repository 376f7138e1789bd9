"""Text from outside the lab, made inert before it reaches the page.

A link's parameter names and values, a typed list of numbers, a data file's name or an error
message quoting it: none of it is the lab's own text, so none of it may turn into a link, an
image, a heading or a formula. Streamlit renders Markdown, LaTeX (`$...$`), colour directives
and bare web addresses in st.markdown, st.warning, st.error, st.info, st.caption, labels and
help texts; inside an inline code span none of that applies. So outside text is always shown
as one code span:

    t("state.not_a_number", param=inert(name), value=inert(raw), ...)

`inert` cuts the text to `limit` characters (an ellipsis says so), turns control, format and
line-separator characters into spaces (a newline could end the span and start a heading; a
bidirectional override could reorder what follows), and fences the span with more backticks
than the text holds in a row, so the text cannot close it.
"""

from __future__ import annotations

import re
import unicodedata

MAX_CHARS = 40  # enough for any value a control accepts, short enough to read in a warning
_BACKTICKS = re.compile(r"`+")


def _plain(char: str) -> str:
    """char, or a space for a character that is not text: control (Cc), format (Cf), private
    use, surrogate, unassigned (C*), and separators other than the plain space (Z*)."""
    kind = unicodedata.category(char)
    return char if char == " " or kind[0] not in "CZ" else " "


def inert(text: object, limit: int = MAX_CHARS) -> str:
    """`text` as a Markdown inline code span of at most `limit` characters (plus "…")."""
    text = str(text)
    if len(text) > limit:
        text = text[:limit] + "…"
    text = "".join(_plain(c) for c in text)
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    fence = "`" * (longest + 1)
    # The spaces inside the fence are stripped by Markdown; they let the text start or end
    # with a backtick of its own.
    return f"{fence} {text} {fence}"
