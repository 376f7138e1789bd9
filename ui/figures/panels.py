"""Small multiples: a grid of panels that share their axes, each titled above, for the figures
the book draws as a grid (the optimizer race's 2 x 2, the 16 weight scales of batch_norm_test,
the best 20 trials of a search). Pure: trace dicts in, a go.Figure out.

    fig = panel_grid(
        [("SGD", [path, contours]), ("Momentum", [...]), ...],
        cols=2,
        labels={"title": "...", "x": "x", "y": "y"},
        x_axis={"range": [-10, 10]},
    )
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import plotly.graph_objects as go

from ui.figures.style import (
    DASHES,
    FONT_SIZE,
    MARGIN_BOTTOM,
    PANEL_TITLE_GAP,
    ROW_HEIGHT,
    TITLE_LINE_PX,
    TOOLBAR_PX,
    colour,
    figure,
    grid_domains,
    style_layout,
)

PANEL_GAP_PX = 60  # between two rows: the upper row's x ticks and the lower row's titles


def axis_id(letter: str, panel: int) -> str:
    """Panel `panel`'s (1-based) axis as a trace names it: "x", "x2", ..."""
    return letter if panel == 1 else f"{letter}{panel}"


def panel_grid(
    panels: Sequence[tuple[str, Sequence[dict]]],
    *,
    cols: int,
    labels: Mapping[str, str],
    x_axis: Mapping | None = None,
    y_axis: Mapping | None = None,
    row_px: int = ROW_HEIGHT,
    h_space: float = 0.06,
) -> go.Figure:
    """One panel per (title, trace dicts), row by row, `cols` to a row.

    Every panel's axes match the first panel's (x_axis and y_axis: settings they all share,
    e.g. a fixed range); tick labels are drawn on the first column (y) and under the lowest
    panel of each column (x). labels: "title", optional "subtitle", "x" (under the first
    column's lowest panel), "y" (beside the first panel). Traces keep every key they have;
    their axes are set here, and their meta names their panel (ui.figures.plotted).
    """
    n = max(len(panels), 1)
    cols = max(1, min(cols, n))
    rows = math.ceil(n / cols)
    plot_px = row_px * rows + PANEL_GAP_PX * (rows - 1)
    domains = grid_domains(rows, cols, h_space, PANEL_GAP_PX / plot_px if rows > 1 else 0.0)
    height = plot_px + TOOLBAR_PX + TITLE_LINE_PX + PANEL_TITLE_GAP + MARGIN_BOTTOM
    layout = style_layout(
        labels.get("title"), height, labels.get("subtitle"), title_gap=PANEL_TITLE_GAP
    )
    layout["annotations"] = []
    traces: list[dict] = []
    for i, (title, panel_traces) in enumerate(panels):
        panel, (x_domain, y_domain) = i + 1, domains[i]
        row, col = divmod(i, cols)
        lowest = i + cols >= len(panels)  # nothing drawn under it
        suffix = "" if panel == 1 else str(panel)
        layout[f"xaxis{suffix}"] = {
            **(x_axis or {}),
            "domain": x_domain,
            "anchor": axis_id("y", panel),
            "showticklabels": lowest,
            **({"matches": "x"} if panel > 1 else {}),
        }
        layout[f"yaxis{suffix}"] = {
            **(y_axis or {}),
            "domain": y_domain,
            "anchor": axis_id("x", panel),
            "showticklabels": col == 0,
            **({"matches": "y"} if panel > 1 else {}),
        }
        if lowest and col == 0 and labels.get("x"):
            layout[f"xaxis{suffix}"]["title"] = {"text": labels["x"]}
        layout["annotations"].append(panel_title(title, x_domain, y_domain))
        traces += [
            {
                **tr,
                "xaxis": axis_id("x", panel),
                "yaxis": axis_id("y", panel),
                "meta": {**(tr.get("meta") or {}), "panel": title},  # named in the numbers table
            }
            for tr in panel_traces
        ]
    if labels.get("y"):
        layout["yaxis"] = {**layout.get("yaxis", {}), "title": {"text": labels["y"]}}
    return figure(traces, layout)


def panel_title(text: str, x_domain: Sequence[float], y_domain: Sequence[float]) -> dict:
    """A panel's title: an annotation centred over the panel, just above its top."""
    return {
        "text": text,
        "x": sum(x_domain) / 2,
        "y": y_domain[1],
        "xref": "paper",
        "yref": "paper",
        "xanchor": "center",
        "yanchor": "bottom",
        "showarrow": False,
        "font": {"size": FONT_SIZE - 2},
    }


def panel_line(x, y, name: str, style: int, legend: bool) -> dict:
    """One curve of a panel: the `style`-th colour and dash (so a curve is told apart by its
    dash too, not by colour alone), one legend entry for all panels' curves of that name
    (legend: this is the one that shows it)."""
    return {
        "type": "scatter",
        "x": x,
        "y": y,
        "mode": "lines",
        "name": name,
        "legendgroup": name,
        "showlegend": legend,
        "line": {"color": colour(style), "width": 2, "dash": DASHES[style % len(DASHES)]},
        "hovertemplate": "%{x}: %{y:.2f}<extra>" + name + "</extra>",
    }
