"""Where a short list of numbers sits, before how far it spreads (the study note's order): the
mean, the median and the mode (measures of central tendency), exact, and a number line that
marks all three. Pure: ui/batchnorm/walkthrough.py draws them on the page.

The note's example: 1, 2, 3 has mean (1 + 2 + 3) / 3 = 6 / 3 = 2, the middle value 2 as its
median, and no mode (every value appears once).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

import plotly.graph_objects as go

from ui.batchnorm.primer import exact, exact_text
from ui.figures.style import DASHES, FONT_SIZE, OKABE_ITO, colour, figure, style_layout


@dataclass(frozen=True)
class Centre:
    """n values; total (their sum); mean = total / n; median (the middle value of the sorted
    list, or the mean of the two middle ones); modes (the values seen most often, smallest
    first; empty when every value appears the same number of times); mode_count (how often)."""

    n: int
    total: Fraction
    mean: Fraction
    median: Fraction
    modes: tuple[Fraction, ...]
    mode_count: int


def centre(values: Sequence) -> Centre:
    """The central tendency of one or more finite numbers, exactly."""
    x = sorted(exact(v) for v in values)
    if not x:
        raise ValueError("centre needs at least one number")
    n, total = len(x), sum(x, Fraction(0))
    half = n // 2
    median = x[half] if n % 2 else (x[half - 1] + x[half]) / 2
    counts = Counter(x)
    most = max(counts.values())
    # A mode is a value more common than others: none when all are equally common (1, 2, 3).
    modes = () if len(set(counts.values())) == 1 else tuple(v for v in counts if counts[v] == most)
    return Centre(n, total, total / n, median, tuple(sorted(modes)), most)


MARKS = ("mean", "median", "mode")


def number_line(values: Sequence, found: Centre, labels: Mapping[str, str]) -> go.Figure:
    """The values as dots on a number line (a repeated value stacked), and a vertical line at
    the mean, the median and each mode, each in its own colour and dash. labels: "title",
    "x", "values" (the dots' name), "mean", "median", "mode" (each may hold {value})."""
    x = [exact(v) for v in values]
    seen: Counter = Counter()
    heights = []
    for v in x:
        seen[v] += 1
        heights.append(seen[v])
    dots = {
        "type": "scatter",
        "x": [float(v) for v in x],
        "y": heights,
        "mode": "markers",
        "marker": {"size": 14, "color": colour(0)},
        "text": [exact_text(v, 6) for v in x],
        "hovertemplate": "%{text}<extra></extra>",
        "showlegend": False,
        "name": labels["values"],  # in the numbers table
    }
    marks = [("mean", found.mean), ("median", found.median)]
    marks += [("mode", m) for m in found.modes]
    top = max(heights) + 1.2
    traces = [dots]
    texts = {"mean": exact_text(found.mean), "median": exact_text(found.median)}
    texts["mode"] = ", ".join(exact_text(m) for m in found.modes)
    for kind, value in marks:
        k = MARKS.index(kind)
        traces.append(
            {
                "type": "scatter",
                "x": [float(value), float(value)],
                "y": [0, top],
                "mode": "lines",
                "name": labels[kind].format(value=texts[kind]),
                "legendgroup": kind,
                "showlegend": kind != "mode" or value == found.modes[0],
                "line": {"color": _MARK_COLOURS[k], "width": 3, "dash": DASHES[k + 1]},
                "hoverinfo": "name",
            }
        )
    low, high = float(min(x)), float(max(x))
    pad = 0.12 * (high - low) or 1.0
    layout = style_layout(labels.get("title"), 260) | {
        "xaxis": {"title": {"text": labels["x"]}, "range": [low - pad, high + pad]},
        "yaxis": {"visible": False, "range": [0, top]},
        "font": {"size": FONT_SIZE},
    }
    return figure(traces, layout)


_MARK_COLOURS = (OKABE_ITO["vermillion"], OKABE_ITO["green"], OKABE_ITO["orange"])
