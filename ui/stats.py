"""Descriptive statistics of a short list of numbers, for the primer before Batch Normalization.

Pure: a list in, numbers and a tidy frame out. The two measures of spread the primer sets side
by side are the mean absolute deviation (the average *length* |x - mean|) and the variance (the
average *square* (x - mean)^2, whose square root is the standard deviation). Both divide by N,
as BatchNormalization does with a batch.

Everything is computed exactly, in fractions of the numbers as typed (0.1 is 1/10, not the
nearest binary float), and only rounded for display (`exact_text`). So three equal numbers
have a spread of exactly 0, σ is never shown below the mean deviation, and numbers as small as
1e-300 or as far apart in size as 0 and 5e-324 give the right statistics instead of rounding
noise, NaN or a division by zero.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from fractions import Fraction

import pandas as pd

DIGITS = 4  # significant digits shown


def exact(value) -> Fraction:
    """A number (int, float, Decimal, Fraction) as the exact fraction it stands for."""
    return value if isinstance(value, Fraction) else Fraction(value)


def _decimal(value: Fraction, digits: int, root: bool = False) -> Decimal:
    with localcontext() as ctx:
        ctx.prec, ctx.Emin, ctx.Emax = digits + 2, -(10**6), 10**6
        d = Decimal(value.numerator) / Decimal(value.denominator)
        return d.sqrt() if root else d


def exact_text(value, digits: int = DIGITS, *, root: bool = False) -> str:
    """`value` (or its square root, with root=True) rounded to `digits` significant digits:
    2/3 -> "0.6667", 36.75 -> "36.75", 1/(4 * 10^324) -> "2.5e-324"."""
    value = exact(value)
    if value == 0:
        return "0"
    mantissa, e, exponent = format(_decimal(value, digits, root), f".{digits}g").partition("e")
    if "." in mantissa:  # as float's "g" does: 4.470e-602 -> 4.47e-602
        mantissa = mantissa.rstrip("0").rstrip(".")
    return mantissa + e + exponent


@dataclass(frozen=True)
class Summary:
    """n values; mean; mad = mean |x - mean|; var = mean (x - mean)^2 (1/N), all exact."""

    n: int
    mean: Fraction
    mad: Fraction
    var: Fraction

    @property
    def std(self) -> float:
        """σ = sqrt(var) as a float, for drawing (it may round to 0 for tiny spreads)."""
        return math.sqrt(float(self.var))

    @property
    def std_over_mad(self) -> float | None:
        """σ / mean deviation, from the exact var / mad² (never below 1); None when mad = 0."""
        return math.sqrt(self.var / self.mad**2) if self.mad else None


def summarize(values: Sequence) -> Summary:
    """The summary of one or more finite numbers."""
    x = [exact(v) for v in values]
    if not x:
        raise ValueError("summarize needs at least one number")
    n = len(x)
    mean = sum(x) / n
    return Summary(
        n,
        mean,
        sum(abs(v - mean) for v in x) / n,
        sum((v - mean) ** 2 for v in x) / n,
    )


def deviations(values: Sequence) -> pd.DataFrame:
    """One row per value: index (1-based), value, deviation x - mean, length |x - mean|,
    square (x - mean)^2 as floats for drawing, and value_text, length_text, square_text:
    the exact numbers rounded for display."""
    x = [exact(v) for v in values]
    mean = sum(x) / len(x)
    dev = [v - mean for v in x]
    return pd.DataFrame(
        {
            "index": range(1, len(x) + 1),
            "value": [float(v) for v in x],
            "deviation": [float(d) for d in dev],
            "length": [float(abs(d)) for d in dev],
            "square": [float(d * d) for d in dev],
            "value_text": [exact_text(v, 6) for v in x],
            "length_text": [exact_text(abs(d)) for d in dev],
            "square_text": [exact_text(d * d) for d in dev],
        }
    )


def largest_share(values: Sequence) -> dict | None:
    """The value farthest from the mean and its share of the total length (what the mean
    deviation averages) and of the total square (what the variance averages), both exact;
    None when every value equals the mean."""
    x = [exact(v) for v in values]
    mean = sum(x) / len(x)
    lengths = [abs(v - mean) for v in x]
    total_length = sum(lengths)
    if total_length == 0:
        return None
    k = max(range(len(x)), key=lengths.__getitem__)
    return {
        "index": k + 1,
        "value": float(x[k]),
        "value_text": exact_text(x[k], 6),
        "share_length": float(lengths[k] / total_length),
        "share_square": float(lengths[k] ** 2 / sum(d * d for d in lengths)),
    }
