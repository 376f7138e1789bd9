"""The weight-initialization page's figures: per-layer histograms as small multiples with
shared axes, and the per-layer standard deviation (how the signal travels through the
layers). Pure: the engine's frames and translated labels in, a plotly Figure out."""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ui.figures.panels import panel_title
from ui.figures.style import (
    FONT_SIZE,
    MARGIN_BOTTOM,
    PANEL_TITLE_GAP,
    ROW_HEIGHT,
    TITLE_LINE_PX,
    TOOLBAR_PX,
    colour,
    figure,
    grid_domains,
    readable_axes,
    style_layout,
)
from ui.numbers import nice_number

MAX_COLS = 5  # the book's five layers in a row; a phone still fits five panels with their titles


def histogram_grid(
    hist: pd.DataFrame,
    labels: Mapping[str, str],
    *,
    cap_spikes: bool = False,
    value_range: Sequence[float] | None = None,
    max_cols: int = MAX_COLS,
) -> go.Figure:
    """Small multiples: one bar histogram per layer, a block of rows per quantity.

    hist: quantity, layer, bin_left, bin_right, share (engine.activation_distributions).
    labels: "title"; "subtitle" (optional: which range the value axis spans); "layer" (a
    template with {layer}); "y" (share axis, with unit %); and per quantity q in the frame,
    "x_<q>" (value axis title) and "name_<q>" (row label).
    value_range: the activations' fixed (low, high), drawn edge to edge with ticks at both ends
    and the middle (the book's (0, 1)); None: the axis spans the bins.
    Within a quantity every panel shares the x range and the y range, so layers compare by eye.
    cap_spikes: clip the y axis above the tallest bar outside the bin at 0 (ReLU's zeros), so
    the rest of the distribution stays visible, and write each clipped bar's share beside its
    top, inside the panel (as text in the bar Plotly shrank it to a dot outside the figure).
    Panels are numbered row by row (axes x, x2, ...); cells left empty get no axes.
    """
    quantities = [q for q in ("activation", "gradient") if q in set(hist["quantity"])]
    layers = sorted(set(hist["layer"]))
    cols = min(len(layers), max_cols)
    rows_per_q = math.ceil(len(layers) / cols)
    layout, domains = _grid_layout(labels, len(quantities), rows_per_q, cols)
    narrow = cols > 6  # tick labels once per row (the axes are shared)
    traces = []
    for qi, q in enumerate(quantities):
        part = hist[hist["quantity"] == q]
        ceiling = _spike_ceiling(part) if cap_spikes and q == "activation" else None
        first = qi * rows_per_q * cols + 1  # the block's first panel: the others match it
        fixed = None
        if q == "activation" and value_range is not None:
            fixed = tuple(float(b) for b in value_range)
        for li, layer in enumerate(layers):
            row, col = qi * rows_per_q + li // cols, li % cols
            panel = row * cols + col + 1
            bars = part[part["layer"] == layer]
            traces.append(
                _histogram_bars(bars, q, qi, labels)
                | {"xaxis": _axis("x", panel), "yaxis": _axis("y", panel)}
            )
            if ceiling is not None:
                layout["annotations"] += _spike_shares(bars, ceiling, panel)
            title = labels["layer"].format(layer=layer)
            _add_panel(layout, panel, first, domains[panel - 1], title, col, narrow, fixed)
        # The shared y range set, not left to Plotly: with a fixed x range its autorange of
        # matched axes gave [0, 4] for bars reaching 54 % (seen in Chromium, plotly.js 3).
        top = ceiling if ceiling is not None else 1.05 * 100 * float(part["share"].max() or 1.0)
        last = (qi + 1) * rows_per_q * cols - cols + 1  # first column, block's last row
        _title_block(layout, labels, q, (first, last), top, fixed)
    return figure(traces, readable_axes(layout))


def _axis(letter: str, panel: int) -> str:
    """A panel's axis id as a trace names it: "x", "x2", ..."""
    return letter if panel == 1 else f"{letter}{panel}"


def _grid_layout(labels: Mapping[str, str], n_quantities: int, rows_per_q: int, cols: int):
    """The grid's layout (title, height) and each panel's (x_domain, y_domain)."""
    n_rows = rows_per_q * n_quantities
    # Room between rows for tick labels and the next row's titles, plus an x-axis title
    # between the blocks of two quantities.
    gap_px = 100 if n_quantities > 1 else 60
    plot_area = ROW_HEIGHT * n_rows + gap_px * (n_rows - 1)
    # Between panels, room for the last tick label of one and the first of the next
    # ("1" and "-1" ran together at 390 px with 0.035).
    domains = grid_domains(
        n_rows, cols, 0.02 if cols > 6 else 0.06, gap_px / plot_area if n_rows > 1 else 0.0
    )
    layout = style_layout(
        labels.get("title"),
        plot_area + TOOLBAR_PX + TITLE_LINE_PX + PANEL_TITLE_GAP + MARGIN_BOTTOM,
        labels.get("subtitle"),
        title_gap=PANEL_TITLE_GAP,
    )
    return layout | {"bargap": 0, "annotations": []}, domains


def _add_panel(
    layout: dict,
    panel: int,
    first: int,
    domain,
    title: str,
    col: int,
    narrow: bool,
    fixed: tuple[float, ...] | None,
) -> None:
    """One panel's axes (matching its block's first panel) and its title above it."""
    (x_domain, y_domain), suffix = domain, ("" if panel == 1 else str(panel))
    matches = panel != first
    layout[f"xaxis{suffix}"] = {
        "anchor": _axis("y", panel),
        "domain": x_domain,
        "showticklabels": not narrow or col == 0,
        **VALUE_AXIS,
        "nticks": 2 if narrow else 3,
        **({"tickvals": [fixed[0], sum(fixed) / 2, fixed[1]]} if fixed else {}),
        **({"matches": _axis("x", first)} if matches else {}),
    }
    layout[f"yaxis{suffix}"] = {
        "anchor": _axis("x", panel),
        "domain": y_domain,
        "showticklabels": col == 0,
        "rangemode": "tozero",
        **({"matches": _axis("y", first)} if matches else {}),
    }
    layout["annotations"].append(panel_title(title, x_domain, y_domain))


def _title_block(
    layout: dict,
    labels: Mapping[str, str],
    q: str,
    panels: tuple[int, int],
    top: float,
    fixed: tuple[float, ...] | None,
) -> None:
    """A quantity's block of panels: its axis titles (the share axis on its first panel, the
    value axis under its last row) and the ranges every panel of it shares."""
    first, last = ("" if p == 1 else str(p) for p in panels)
    layout[f"yaxis{first}"]["title"] = {"text": f"{labels[f'name_{q}']}<br>{labels['y']}"}
    layout[f"yaxis{first}"]["range"] = [0, top]
    layout[f"xaxis{last}"]["title"] = {"text": labels[f"x_{q}"]}
    if fixed:
        layout[f"xaxis{first}"]["range"] = list(fixed)


VALUE_AXIS = {  # a histogram's value axis: few ticks, upright, powers of ten written out
    "tickangle": 0,
    "automargin": True,
    "tickfont": {"size": FONT_SIZE - 3},
    "exponentformat": "power",
}


def _histogram_bars(d: pd.DataFrame, quantity, qi: int, labels) -> dict:
    """One layer's bars: x the bin centres, y the shares in %, bins exactly as wide as theirs."""
    left, right = d["bin_left"].to_numpy(), d["bin_right"].to_numpy()
    share = d["share"].to_numpy() * 100
    return {
        "type": "bar",
        "x": (left + right) / 2,
        "y": share,
        "width": right - left,
        "marker": {"color": colour(qi), "line": {"width": 0}},
        "name": labels[f"name_{quantity}"],
        "showlegend": False,
        # One string per bin (not a list of two): a grid shared by the class is kept by the
        # server, and every list in it is one more object for Python's collector to scan.
        "hovertext": [
            f"[{_edge_text(a)}, {_edge_text(b)})" for a, b in zip(left, right, strict=True)
        ],
        "hovertemplate": "%{hovertext}: %{y:.1f}%<extra></extra>",
    }


# Every layer of a quantity has the same bin edges: each edge is written once per server.
_edge_text = functools.lru_cache(maxsize=4096)(nice_number)


def _spike_shares(d: pd.DataFrame, ceiling: float, panel: int) -> list[dict]:
    """The share of each bar cut off at `ceiling` (%), written just right of its top inside
    the panel: the room above the other bars that the ceiling leaves (they reach 80 % of it)."""
    notes = []
    for right, share in zip(d["bin_right"], d["share"] * 100, strict=True):
        if share > ceiling:
            notes.append(
                {
                    "text": f"{share:.0f}%",
                    "x": float(right),
                    "y": ceiling,
                    "xref": _axis("x", panel),
                    "yref": _axis("y", panel),
                    "xanchor": "left",
                    "yanchor": "top",
                    "xshift": 2,
                    "showarrow": False,
                    "font": {"size": FONT_SIZE - 3},
                }
            )
    return notes


def _spike_ceiling(part: pd.DataFrame) -> float | None:
    """y-axis top (%) when one bin at 0 dwarfs the rest (>3x the tallest other bin), else None."""
    at_zero = (part["bin_left"] <= 0) & (part["bin_right"] > 0) | (part["bin_left"] == 0)
    rest = part.loc[~at_zero, "share"].max() * 100
    spike = part.loc[at_zero, "share"].max() * 100 if at_zero.any() else 0.0
    if not (rest > 0) or spike < 3 * rest:
        return None
    return float(rest * 1.25)


def std_by_layer(stats: pd.DataFrame, labels: Mapping[str, str]) -> go.Figure:
    """Per-layer standard deviation, one line per quantity.

    stats: quantity, layer, std. labels: "title", "x", "y", and "name_<quantity>".
    Values that are not finite (overflow) are left out. The y axis turns logarithmic when the
    values span more than two powers of ten (ReLU with std 1 grows ~x10 per layer).
    """
    finite = stats[np.isfinite(stats["std"])]
    positive = finite.loc[finite["std"] > 0, "std"]
    log_y = len(positive) > 0 and positive.max() / positive.min() > 100
    traces = []
    for qi, (q, d) in enumerate(finite.groupby("quantity", sort=False)):
        if log_y:
            d = d[d["std"] > 0]
        traces.append(
            {
                "type": "scatter",
                "x": d["layer"].to_numpy(),
                "y": d["std"].to_numpy(),
                "mode": "lines+markers",
                "name": labels[f"name_{q}"],
                "line": {"color": colour(qi), "width": 3, "dash": ("solid", "dot")[qi % 2]},
                "marker": {"size": 8},
                "customdata": [nice_number(v) for v in d["std"]],
                "hovertemplate": "%{x}: %{customdata}<extra>%{fullData.name}</extra>",
            }
        )
    n_layers = int(stats["layer"].max()) if len(stats) else 1
    layout = style_layout(labels.get("title"), 360) | {
        "xaxis": {
            "title": {"text": labels["x"]},
            "dtick": 1 if n_layers <= 10 else 2,
            "range": [0.5, n_layers + 0.5],
        },
        "yaxis": {
            "title": {"text": labels["y"]},
            "type": "log" if log_y else "linear",
            "rangemode": "tozero",
            "exponentformat": "power",
        },
    }
    return figure(traces, readable_axes(layout))
