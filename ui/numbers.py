"""Numbers as every page writes them: one style in notes, tables, captions and hovers.

Between 10⁻³ and 10⁵ a number is written out (0.0123, 5.79, 12,200); outside, as a power of ten
with superscripts (2.31 × 10⁻⁶, 1.83 × 10⁴), never as 2.31e-06 or as a 0.000 that hides it.
The spaces around × are no-break spaces, so a line or a table cell never ends inside a number.
"""

from __future__ import annotations

import math

SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
TIMES = "\u00a0×\u00a0"  # no-break spaces around the multiplication sign
WRITTEN_OUT = (1e-3, 1e5)  # magnitudes written without a power of ten: [low, high)


def nice_number(x: float, digits: int = 3) -> str:
    """`digits` significant digits a class can read aloud: 0.0123, 5.79, 12,200, 1.22 × 10⁶;
    0 as "0"; inf and nan as Python writes them."""
    x = float(x)
    if x == 0 or not math.isfinite(x):
        return f"{x:g}"
    exponent = math.floor(math.log10(abs(x)))
    low, high = WRITTEN_OUT
    if low <= abs(x) < high:
        decimals = digits - 1 - exponent
        rounded = round(x, decimals)
        if abs(rounded) < high:  # 99,999.7 rounds to 10⁵: written as a power below
            return f"{rounded:,.{max(decimals, 0)}f}"
    mantissa, exponent_text = f"{x:.{digits - 1}e}".split("e")
    return f"{mantissa}{TIMES}10{str(int(exponent_text)).translate(SUPERSCRIPT)}"


def written(x: float, fmt: str) -> str:
    """`x` with a format spec, except significant digits (".3g"), which nice_number writes
    with their trailing zeros: a weight norm of 35.0 beside 35.3, not 35."""
    if fmt.endswith("g") and fmt[1:-1].isdigit():
        return nice_number(x, int(fmt[1:-1]))
    return format(x, fmt)
