"""English left in a 日本語 text: ASCII words of four letters or more that are not names.

The Japanese original keeps some names in Latin script (Xavier, He, Adam, MNIST, ReLU, sigmoid,
tanh, Affine, Batch Normalization, Dropout, Weight decay) and so does the lab; code, formulas
and markup are not prose. Whatever else is spelled in ASCII letters is a sentence, label or
title that was not translated.

    english_left("重みの初期値はXavier")   -> []
    english_left("Heの初期値 (layer 3)")   -> ["layer"]

Used on the string table (tests/ui/test_i18n.py), on what AppTest sees of every page
(tests/pages/test_japanese_pages.py) and on what Chromium shows (tests/e2e/).
"""

from __future__ import annotations

import re

from ui.batchnorm.graph import PARAMS, STEPS
from ui.i18n import PLACEHOLDER

# Names the book keeps in Latin script, and names of things the page shows (the app, the book's
# title, tools, the language switch). Matched case-insensitively, as whole words.
NAMES = {
    *("Xavier", "Glorot", "Bengio", "Adam", "AdaGrad", "Momentum", "MNIST", "ReLU"),
    *("sigmoid", "tanh", "Affine", "Dropout", "NumPy", "Streamlit", "README", "English"),
    # BatchNormalization(momentum=0.9): the book's class and its parameter
    *("BatchNormalization", "momentum"),
    # the Batch Normalization page's nodes and parameters, named as in the book's code
    *STEPS,
    *PARAMS,
}
# Names of more than one word, removed before the words are looked at.
PHRASES = (
    "Training Lab",  # the app's name
    "Deep Learning",  # the book's title: ゼロから作るDeep Learning
    "Batch Normalization",
    "Batch Norm",  # the layer's box in the book's figures
    "Weight decay",  # Weight decay（荷重減衰）, as the book writes it
    "inverted dropout",  # the name libraries give the convention (逆スケール方式)
    "Full MNIST",  # a heading of the README, which is in English
    "Language / 言語",  # the language switch speaks to every reader
)
# Not prose: formulas ($...$, $$...$$), code (`...`), HTML tags and what a browser never shows
# (a <script> or <style> element of the page, ui/access.py), Plotly's hover fields
# (%{customdata[0]}, filled in by the browser); placeholders ({layer}) are removed too, so a
# string of the table can be checked before it is filled.
NOT_PROSE = re.compile(
    r"\$\$.*?\$\$|\$[^$]*\$|`[^`]*`|<(script|style)\b.*?</\1>|<[^>]+>|%\{[^}]*\}", re.DOTALL
)
# A word: 4+ ASCII letters not glued to code-like characters (batch_norm, np.sum, embed=true,
# momentum^steps, float64, dL/da). CJK letters around it do not count as part of the word.
WORD = re.compile(r"(?<![A-Za-z0-9_=^.\\/-])[A-Za-z]{4,}(?![A-Za-z0-9_=^(/.-])")
_ALLOWED = {name.lower() for name in NAMES}
_PHRASE = re.compile("|".join(re.escape(p) for p in PHRASES), re.IGNORECASE)


def english_left(text: str) -> list[str]:
    """The ASCII words of `text` that are neither names nor code, in order."""
    prose = _PHRASE.sub(" ", PLACEHOLDER.sub(" ", NOT_PROSE.sub(" ", text)))
    return [w for w in WORD.findall(prose) if w.lower() not in _ALLOWED]
