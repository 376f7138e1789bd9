"""What a figure draws, read back from the figure itself (issue 18): the numbers behind its
traces as a table ("Show the numbers": the data exactly as plotted, whoever built the figure),
and the same figure enlarged for a projector. Pure: a go.Figure in, a DataFrame or a dict out.

    table = numbers(fig, {"series": "Series", "x": "x", "y": "y", "z": "value"})
    big = enlarged(fig, 1.4)      # fonts, lines, markers, margins and height 1.4 times
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

# A trace's meta: {"guide": True} draws no data (a function's contour lines, the mark at its
# minimum), left out of the table; {"panel": title} sits in a panel of small multiples
# (ui.figures.panels), named in the table by its panel's title and its own name.
GUIDE = {"guide": True}
MAX_POINTS = 41  # a line with more points is shown at this many, evenly spaced, last included
MAX_CELLS = 400  # a heatmap with more cells (a decision boundary's shading) is left out
_MARKUP = re.compile(r"<[^>]*>")


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def plain(text: Any) -> str:
    """A Plotly text without its markup (<br>, <b>, <sub>): what a reader hears. A line break
    between two CJK characters (ui.figures.style.wrap's) joins them without a space."""
    text = str(text or "")
    text = re.sub(
        r"(.)<br>(.)",
        lambda m: m[1] + ("" if _wide(m[1]) and _wide(m[2]) else " ") + m[2],
        text,
    )
    return re.sub(r"\s+", " ", _MARKUP.sub(" ", text)).strip()


def _array(value) -> np.ndarray:
    return np.asarray(value if value is not None else [], dtype=object).ravel()


def axis_title(layout: go.Layout, ref: str | None, letter: str) -> str:
    """The plain title of the axis a trace names (ref "x2", or None for "x"), "" if none."""
    name = (ref or letter).replace(letter, f"{letter}axis", 1)
    axis = layout[name] if name in layout else None
    return plain(axis.title.text) if axis is not None and axis.title.text else ""


def _thinned(n: int) -> np.ndarray:
    """Indices of at most MAX_POINTS of n points, evenly spaced, first and last included."""
    if n <= MAX_POINTS:
        return np.arange(n)
    return np.unique(np.linspace(0, n - 1, MAX_POINTS).round().astype(int))


def _finite(value) -> bool:
    try:
        return bool(np.isfinite(float(value)))
    except (TypeError, ValueError):
        return value is not None and str(value) != ""


def _meta(trace, key: str):
    meta = trace.meta if "meta" in trace else None
    return meta.get(key) if isinstance(meta, dict) else None


def _series(trace) -> str:
    """The trace's name in the table: its panel's title first, when it is in one."""
    name = plain(trace.name) if "name" in trace and trace.name else ""
    panel = plain(_meta(trace, "panel") or "")
    return " · ".join(dict.fromkeys(p for p in (panel, name) if p))  # once when they agree


def _colours(trace, n: int) -> np.ndarray | None:
    """A scatter's marker colours when they are numbers, one per point (a colour scale: the
    value a reader could otherwise only see), else None."""
    colours = trace.marker.color if trace.type == "scatter" and trace.marker else None
    if colours is None or isinstance(colours, str):
        return None
    values = _array(colours)
    try:
        return values.astype(float) if len(values) == n else None
    except (TypeError, ValueError):
        return None


def _rows(trace, layout: go.Layout) -> tuple[list[tuple], str, str, bool]:
    """(series, x, y, z) rows of one trace, its axes' titles, and whether it was thinned."""
    name = _series(trace)
    if trace.type == "heatmap":
        z = np.asarray(trace.z if trace.z is not None else [], dtype=float)
        if z.size == 0 or z.size > MAX_CELLS:
            return [], "", "", False
        xs = _array(trace.x) if trace.x is not None else np.arange(z.shape[1])
        ys = _array(trace.y) if trace.y is not None else np.arange(z.shape[0])
        rows = [
            (name, plain(xs[j]), plain(ys[i]), z[i, j])
            for i in range(z.shape[0])
            for j in range(z.shape[1])
            if np.isfinite(z[i, j])
        ]
        return rows, "", "", False
    xs, ys = _array(trace.x), _array(trace.y)
    if trace.type == "bar" and trace.orientation == "h":
        xs, ys = ys, xs  # the category first
    n = min(len(xs), len(ys))
    keep = [i for i in range(n) if _finite(xs[i]) and _finite(ys[i])]
    line = trace.type == "scatter" and "lines" in (trace.mode or "lines")
    picked = [keep[i] for i in _thinned(len(keep))] if line else keep
    colours = _colours(trace, len(xs))
    rows = [(name, xs[i], ys[i], None if colours is None else colours[i]) for i in picked]
    x_ref = trace.xaxis if "xaxis" in trace else None
    y_ref = trace.yaxis if "yaxis" in trace else None
    titles = (axis_title(layout, x_ref, "x"), axis_title(layout, y_ref, "y"))
    if trace.type == "bar" and trace.orientation == "h":
        titles = titles[::-1]
    return rows, *titles, len(picked) < len(keep)


def numbers(fig: go.Figure, labels: Mapping[str, str]) -> tuple[pd.DataFrame, bool]:
    """The figure's plotted numbers, one row per point: series (the trace's name), x, y and,
    for heatmaps and scatters coloured by a number, z. Columns are named after the axes when
    every trace with a titled axis shares its title, else labels "x", "y"; labels "series", "z"
    name the others. Points that are not drawn (NaN, None) are left out, and so are GUIDE
    traces; lines longer than MAX_POINTS are thinned (returned flag True); heatmaps of more
    than MAX_CELLS cells are left out. Columns that hold nothing are dropped."""
    rows: list[tuple] = []
    x_titles, y_titles, thinned = set(), set(), False
    for trace in fig.data:
        if trace.visible is False or trace.type not in ("scatter", "bar", "heatmap"):
            continue
        if _meta(trace, "guide"):
            continue
        found, x_title, y_title, cut = _rows(trace, fig.layout)
        if found:
            rows += found
            x_titles.add(x_title)
            y_titles.add(y_title)
            thinned |= cut
    names = [
        labels["series"],
        _one(x_titles) or labels["x"],
        _one(y_titles) or labels["y"],
        labels["z"],
    ]
    if len(set(names)) < len(names):  # two axes with one title: keep the columns apart
        names = [labels["series"], labels["x"], labels["y"], labels["z"]]
    table = pd.DataFrame(rows, columns=names)
    empty = [c for c in table if table[c].isna().all() or (table[c].astype(str) == "").all()]
    return table.drop(columns=empty), thinned


def _one(titles: set[str]) -> str:
    """The one title the axes share; small multiples title only their outer axes."""
    named = titles - {""}
    return next(iter(named)) if len(named) == 1 else ""


# ---------------------------------------------------------------- projector mode

_OFFSETS = {"xshift", "yshift", "thickness", "standoff"}  # pixel lengths wherever they are


def enlarged(fig: go.Figure, scale: float) -> dict:
    """The figure as a dict with every length in pixels times `scale`: fonts, line widths,
    marker sizes, label offsets, colour bar thickness, margins and the height. A figure keeps
    its proportions at a bigger type (its titles were wrapped for a phone's width, which a
    projector's 1280 px holds at 1.4 times). Bars' widths and bins (data units) are left."""
    spec = fig.to_plotly_json()
    layout = spec.get("layout", {})
    _scale_styles(spec.get("data", []), scale, inside="")
    _scale_styles(layout, scale, inside="")
    for shape in layout.get("shapes", []) or []:
        if shape.get("xsizemode") == "pixel":  # x0/x1 are pixel offsets from xanchor
            shape["x0"], shape["x1"] = shape["x0"] * scale, shape["x1"] * scale
    if "height" in layout:
        layout["height"] = round(layout["height"] * scale)
    margin = layout.get("margin") or {}
    for side in ("l", "r", "t", "b"):
        if side in margin:
            margin[side] = round(margin[side] * scale)
    _theme_fonts(layout, scale)
    return spec


# The sizes Streamlit's chart theme gives the texts a figure leaves unsized (seen in Chromium:
# tick labels 12 px, axis titles 14, legend 12): in projector mode they are set, enlarged.
THEME_FONTS = {"tick": 12, "axis_title": 14, "legend": 12}
TICK_STANDOFF = 6  # px between a tick label and its axis in projector mode (times the scale)


def _theme_fonts(layout: dict, scale: float) -> None:
    for key in {"xaxis", "yaxis", *(k for k in layout if re.fullmatch(r"[xy]axis\d*", k))}:
        axis = layout.setdefault(key, {})
        axis.setdefault("tickfont", {}).setdefault("size", THEME_FONTS["tick"] * scale)
        # Bigger tick labels need more room from their axis: the x and y axes' "0" at a
        # panel's corner ran into each other at 1.4 times.
        axis.setdefault("ticklabelstandoff", round(TICK_STANDOFF * scale))
        title = axis.setdefault("title", {})
        if isinstance(title, dict):
            title.setdefault("font", {}).setdefault("size", THEME_FONTS["axis_title"] * scale)
    legend = layout.setdefault("legend", {})
    legend.setdefault("font", {}).setdefault("size", THEME_FONTS["legend"] * scale)


def _scale_styles(node: Any, scale: float, inside: str) -> None:
    """Scale, in place, the pixel lengths below `node` (`inside`: the key of the dict that
    `node` is, e.g. "font", "line", "marker"): a font's size, a line's width, a marker's size
    and the offsets in _OFFSETS. Data, positions and ranges are never touched."""
    if isinstance(node, list):
        for item in node:
            _scale_styles(item, scale, inside)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key in ("x", "y", "z", "text", "customdata", "domain", "range"):
            continue
        pixels = key in _OFFSETS or (
            (key == "size" and (inside.endswith("font") or inside == "marker"))
            or (key == "width" and inside == "line")
        )
        if pixels:
            node[key] = _times(value, scale)
        else:
            _scale_styles(value, scale, key)


def _times(value: Any, scale: float) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        return value * scale
    if isinstance(value, np.ndarray):
        return value * scale
    if isinstance(value, list):
        return [_times(v, scale) for v in value]
    if isinstance(value, dict) and "bdata" in value:  # plotly's encoded array
        return value  # (sizes are never sent as arrays here; left as drawn)
    return value
