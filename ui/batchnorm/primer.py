"""The statistics primer before Batch Normalization: mean, mean deviation, variance and standard
deviation of a short list of numbers, and the picture that sets the two measures of spread side
by side (deviations as lengths and as squares).

Pure: a list in, numbers, a tidy frame and figures out. Both measures divide by N, as
BatchNormalization does with a batch. Everything is computed exactly, in fractions of the
numbers as typed (0.1 is 1/10, not the nearest binary float), and only rounded for display
(`exact_text`): three equal numbers have a spread of exactly 0, sigma is never shown below the
mean deviation, and numbers as small as 1e-300 or as far apart in size as 0 and 5e-324 give the
right statistics instead of rounding noise, NaN or a division by zero.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from fractions import Fraction

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ui.figures.style import FONT_SIZE, OKABE_ITO, colour, readable_axes, style_layout


def deviation_pictures(
    dev: pd.DataFrame,
    *,
    mean: float,
    mad: float,
    std: float,
    labels: Mapping[str, str],
    texts: Mapping[str, str],
) -> tuple[go.Figure, go.Figure]:
    """Two ways to measure spread (the primer before Batch Normalization), as two figures a
    page sets side by side in columns, which a phone stacks (as two panels of one figure their
    titles ran into each other at 390 px).

    Lengths: each value's deviation from the mean as a bar from the mean to the value; their
    average length is the mean absolute deviation, drawn as the last bar.
    Squares: a square of side |x - mean| per value; their average area is the variance, drawn
    as a dashed square whose side is the standard deviation.
    dev: index, value, length, square and their texts value_text, length_text, square_text
    (ui.stats.deviations). labels: "lengths", "squares" (the figures' titles), "x" (value
    axis), "mad" (the average bar's row), "mean" (the mean line's label), "var" (the dashed
    square's label); "mean", "mad", "var" may hold {value}, filled from texts["mean"],
    texts["mad"], texts["var"]. Numbers are printed from the texts (exact, rounded by
    ui.stats), never from the floats, which can round tiny spreads to 0.
    """
    rows = [f"x<sub>{i}</sub> = {v}" for i, v in zip(dev["index"], dev["value_text"], strict=True)]
    height = max(300, 90 + 34 * (len(rows) + 1))
    lengths = dev["length"].to_numpy(float)
    values = dev["value"].to_numpy(float)
    return (
        _deviation_lengths(rows, lengths, values, mean, mad, labels, texts, dev, height),
        _deviation_squares(rows, lengths, std, labels, texts, dev, height),
    )


def _deviation_lengths(rows, lengths, values, mean, mad, labels, texts, dev, height):
    mad_row = labels["mad"].format(value=texts["mad"])
    bars = go.Bar(
        y=[*rows, mad_row],
        x=[*lengths, mad],
        base=[*np.minimum(values, mean), mean],
        orientation="h",
        marker={"color": [colour(0)] * len(rows) + [OKABE_ITO["vermillion"]]},
        text=[*dev["length_text"], texts["mad"]],
        textposition="outside",
        cliponaxis=False,
        showlegend=False,
        hovertemplate="%{y}: |x − μ| = %{text}<extra></extra>",
    )
    mean_line = {
        "type": "line",
        "x0": mean,
        "x1": mean,
        "y0": 0,
        "y1": 1,
        "xref": "x",
        "yref": "y domain",
        "line": {"color": "#7A7F88", "dash": "dash", "width": 2},
    }
    mean_note = {
        "x": mean,
        "y": 0,
        "xref": "x",
        "yref": "y domain",
        "text": labels["mean"].format(value=texts["mean"]),
        "showarrow": False,
        "xanchor": "right",
        "yanchor": "bottom",
        "xshift": -4,
    }
    low, high = min(values.min(), mean), max(values.max(), mean)
    pad = 0.15 * (high - low) or 1.0
    layout = style_layout(labels.get("lengths"), height) | {
        "shapes": [mean_line],
        "annotations": [mean_note],
        "xaxis": {"title": {"text": labels["x"]}, "range": [low - pad, high + pad]},
        "yaxis": {"autorange": "reversed", "type": "category", "automargin": True},
    }
    return go.Figure(data=[bars], layout=readable_axes(layout))


def _deviation_squares(rows, lengths, std, labels, texts, dev, height):
    """The squares of the deviations side by side, and the dashed square of σ² (their
    average) last; each carries an invisible marker for its hover text."""
    sides = [*lengths, std]
    biggest = max(sides) or 1.0
    gap = 0.15 * biggest
    width = sum(sides) + gap * len(sides)
    square_texts = [*dev["square_text"], texts["var"]]
    var_text = labels["var"].format(value=texts["var"])
    lefts = [sum(sides[:k]) + gap * k for k in range(len(sides))]
    shapes = [
        _square(left, side, k == len(sides) - 1)
        for k, (left, side) in enumerate(zip(lefts, sides, strict=True))
    ]
    notes = []
    for k, (left, side) in enumerate(zip(lefts, sides, strict=True)):
        if k == len(sides) - 1:
            notes.append(_square_label(left, side, var_text, average=True))
        # a label where it fits (~2% of a phone-wide row per character), else a hover only
        elif side + gap >= 0.02 * len(f"x{k + 1}: {square_texts[k]}") * width:
            text = f"x<sub>{k + 1}</sub>: {square_texts[k]}"
            notes.append(_square_label(left, side, text, average=False))
    markers = go.Scatter(
        x=[left + side / 2 for left, side in zip(lefts, sides, strict=True)],
        y=[side / 2 for side in sides],
        mode="markers",
        marker={"size": 12, "color": "rgba(0,0,0,0)"},
        text=[*rows, var_text],
        customdata=square_texts,
        hovertemplate="%{text}: %{customdata}<extra></extra>",
        showlegend=False,
    )
    layout = style_layout(labels.get("squares"), height) | {
        "shapes": shapes,
        "annotations": notes,
        "xaxis": {"range": [-gap, lefts[-1] + sides[-1] + gap], "visible": False},
        "yaxis": {
            "range": [-0.25 * biggest, 1.3 * biggest],
            "scaleanchor": "x",
            "scaleratio": 1,
            "visible": False,
        },
    }
    layout["margin"] |= {"l": 10, "r": 10}
    return go.Figure(data=[markers], layout=readable_axes(layout))


def _square(left: float, side: float, average: bool) -> dict:
    """One deviation's square (filled), or the average's (dashed outline)."""
    return {
        "type": "rect",
        "x0": left,
        "x1": left + side,
        "y0": 0,
        "y1": side,
        "xref": "x",
        "yref": "y",
        "fillcolor": "rgba(0,0,0,0)" if average else colour(1),
        "opacity": 1.0 if average else 0.9,
        "line": {
            "color": OKABE_ITO["vermillion"] if average else colour(1),
            "width": 3 if average else 1,
            "dash": "dash" if average else "solid",
        },
    }


def _square_label(left: float, side: float, text: str, average: bool) -> dict:
    """A square's label: above it, or for the average (the last square, at the right edge)
    underneath, ending at its right side and running left under the other squares, so the
    edge of the figure never cuts it (σ² was clipped at 390 px)."""
    return {
        "x": left + side if average else left + side / 2,
        "y": 0 if average else side,
        "xref": "x",
        "yref": "y",
        "text": text,
        "showarrow": False,
        "xanchor": "right" if average else "center",
        "yanchor": "top" if average else "bottom",
        "yshift": -2 if average else 2,
        "font": {"size": FONT_SIZE - 2},
    }


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
    mean = sum(x, Fraction(0)) / n
    return Summary(
        n,
        mean,
        sum((abs(v - mean) for v in x), Fraction(0)) / n,
        sum(((v - mean) ** 2 for v in x), Fraction(0)) / n,
    )


def deviations(values: Sequence) -> pd.DataFrame:
    """One row per value: index (1-based), value, deviation x - mean, length |x - mean|,
    square (x - mean)^2 as floats for drawing, and value_text, length_text, square_text:
    the exact numbers rounded for display."""
    x = [exact(v) for v in values]
    mean = sum(x, Fraction(0)) / len(x)
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
    mean = sum(x, Fraction(0)) / len(x)
    lengths = [abs(v - mean) for v in x]
    total_length = sum(lengths, Fraction(0))
    if total_length == 0:
        return None
    k = max(range(len(x)), key=lambda i: lengths[i])
    return {
        "index": k + 1,
        "value": float(x[k]),
        "value_text": exact_text(x[k], 6),
        "share_length": float(lengths[k] / total_length),
        "share_square": float(lengths[k] ** 2 / sum((d * d for d in lengths), Fraction(0))),
    }
