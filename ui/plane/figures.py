"""The 2-D page's figures: the decision boundary (the net's P(class 1) over the plane, the line
where it is 0.5 and the points), one panel per run, and the accuracy and weight-norm curves.
Pure: arrays, frames and translated labels in, a plotly Figure out.

Both are redrawn several times a second while a run trains, so they are built from plain
dicts in one go.Figure call (no make_subplots, no update_layout) and send each grid once.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from engine.plane import EXTENT, GRID
from engine.progress import BASELINE, MAIN
from ui.figures.style import DASHES, OKABE_ITO, colour, figure, readable_axes, style_layout

# P(class 1) from 0 to 1: class 0's blue through white to class 1's orange, pale enough that
# the points (the same hues, saturated, with a dark rim) stand out on it.
SHADES = [[0.0, "#BCD7EC"], [0.5, "#FFFFFF"], [1.0, "#F8DDA4"]]
CLASS_COLOURS = (OKABE_ITO["blue"], OKABE_ITO["orange"])
CLASS_SYMBOLS = ("circle", "triangle-up")  # told apart by shape too, not by colour alone
BOUNDARY_COLOUR = "#222222"
PANEL_GAP = 0.12  # between the curves' two panels: room for the last epoch's tick and the next "0"
BOUNDARY_HEIGHT = 520  # one panel across the page; two side by side (or stacked on a phone):
PAIR_HEIGHT = 440  # less, so a half-width panel is not lost in white above and below
CURVES_HEIGHT = 400
CURVE_PANELS = (0.6, 0.4)  # accuracy, weight norm
REFERENCE_OPACITY = 0.45
PANELS = {MAIN: "boundary", BASELINE: "reference"}  # run -> its boundary's name in `latest`


def axis_values() -> tuple[np.ndarray, np.ndarray]:
    """The grid's cell centres along x and along y (GRID each), as engine.plane draws them."""
    x_min, x_max, y_min, y_max = EXTENT
    return np.linspace(x_min, x_max, GRID), np.linspace(y_min, y_max, GRID)


def regions(boundary: np.ndarray) -> int:
    """How many pieces the boundary cuts the plane into: connected areas (4-neighbours) of
    the cells the net gives one class (P(class 1) > 0.5 or not). A plain boundary between
    two moons makes 2; each island around a single point adds one. boundary: (GRID, GRID).

    Counted on runs (stretches of one class along a row), which touch the runs of the row
    above where their columns overlap: a few hundred runs instead of GRID² cells, so it costs
    well under a millisecond on every redraw."""
    mask = np.asarray(boundary) > 0.5
    parent: list[int] = []

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    above: list[tuple[int, int, bool, int]] = []  # (first column, end, class, run id)
    for row in mask:
        cuts = [0, *(np.flatnonzero(row[1:] != row[:-1]) + 1).tolist(), len(row)]
        runs = []
        for start, end in zip(cuts[:-1], cuts[1:], strict=True):
            runs.append((start, end, bool(row[start]), len(parent)))
            parent.append(len(parent))
        i = 0  # runs are sorted by column: walk both rows together
        for start, end, value, run in runs:
            while i < len(above) and above[i][1] <= start:
                i += 1
            k = i
            while k < len(above) and above[k][0] < end:  # the runs above that overlap
                if above[k][2] == value:
                    parent[root(above[k][3])] = root(run)
                k += 1
        above = runs
    return len({root(i) for i in range(len(parent))})


def _points_traces(points: np.ndarray, labels: Mapping[str, str], *, test: bool) -> list[dict]:
    """One scatter per class: training points filled with a dark rim, test points hollow."""
    traces = []
    for k in (0, 1):
        mine = points[points[:, 2] == k]
        marker = {  # an open symbol is drawn in the marker's colour, its rim's width
            "color": CLASS_COLOURS[k],
            "symbol": CLASS_SYMBOLS[k] + ("-open" if test else ""),
            "size": 7 if test else 9,
            "line": {"width": 1.5} if test else {"width": 1, "color": "#111"},
        }
        name = labels[f"class_{k}"] + " · " + labels["test_points" if test else "train_points"]
        traces.append(
            {
                "type": "scatter",
                "x": mine[:, 0],
                "y": mine[:, 1],
                "mode": "markers",
                "marker": marker,
                "opacity": 0.75 if test else 1.0,
                "name": name,
                "legendgroup": name,
                "hovertemplate": f"{name}<br>(%{{x:.2f}}, %{{y:.2f}})<extra></extra>",
            }
        )
    return traces


def _panel_traces(boundary, points, test_points, labels) -> list[dict]:
    xs, ys = axis_values()
    traces: list[dict] = [
        {
            "type": "heatmap",
            "x": xs,
            "y": ys,
            "z": boundary,
            "zmin": 0.0,
            "zmax": 1.0,
            "colorscale": SHADES,
            "zsmooth": "best",  # shading between the grid's points, not 61 x 61 tiles
            "showscale": False,
            "hovertemplate": labels["p_hover"] + "<extra></extra>",
        }
    ]
    if np.isfinite(boundary).any() and np.nanmin(boundary) < 0.5 < np.nanmax(boundary):
        traces.append(
            {
                "type": "contour",
                "x": xs,
                "y": ys,
                "z": boundary,
                "contours": {"start": 0.5, "end": 0.5, "size": 1, "coloring": "none"},
                "line": {"color": BOUNDARY_COLOUR, "width": 2.5},
                "showscale": False,
                "hoverinfo": "skip",
                "name": labels["boundary"],
            }
        )
    if test_points is not None:
        traces += _points_traces(test_points, labels, test=True)
    traces += _points_traces(points, labels, test=False)
    return traces


def boundary_figure(
    boundary: np.ndarray | None,
    points: np.ndarray,
    headings: tuple[str, str],
    labels: Mapping[str, str],
    test_points: np.ndarray | None = None,
    height: int = BOUNDARY_HEIGHT,
) -> go.Figure:
    """One run's decision boundary: the net's P(class 1) as shading on the grid (boundary:
    (GRID, GRID), row 0 at the bottom; None before the first one arrived), the line where it
    is 0.5, the training points (N, 3) x, y, class over it and `test_points` (M, 3) hollow.

    headings: (title, subtitle), e.g. the run and "epoch 120 · 2 pieces". labels:
    "class_0", "class_1", "train_points", "test_points", "boundary", "p_hover" (with %{z}),
    "waiting" (written on the empty plane before the first boundary).
    The plane keeps its aspect (a unit is as long across as up), so a page can put two of
    these side by side, and a phone can stack them, without distorting the moons.
    """
    x_min, x_max, y_min, y_max = EXTENT
    layout = style_layout(headings[0], height, headings[1])
    axis = {"showgrid": False, "zeroline": False, "constrain": "domain"}
    layout["xaxis"] = {**axis, "range": [x_min, x_max], "title": {"text": "x"}}
    layout["yaxis"] = {**axis, "range": [y_min, y_max], "title": {"text": "y"}}
    layout["yaxis"]["scaleanchor"] = "x"
    if boundary is None:
        traces: list[dict] = []
        layout["annotations"] = [
            {"text": labels["waiting"], "x": 0.5, "y": 0.5, "xref": "paper", "yref": "paper"}
            | {"showarrow": False}
        ]
    else:
        traces = _panel_traces(np.asarray(boundary), points, test_points, labels)
    return figure(traces, readable_axes(layout))


def curves_figure(
    frame: pd.DataFrame,
    labels: Mapping[str, str],
    run_names: Mapping[str, str],
    epochs: int,
) -> go.Figure:
    """Accuracy (train solid, test dashed) beside the weight norm ‖W‖, one colour per run;
    the run without the regularizers (BASELINE) as a pale wide band under the main one.

    frame: rows of run, epoch, train_acc, test_acc, weight_norm. labels: "title", "x", "acc",
    "norm", "train", "test". The epoch axis is fixed to [0, epochs] (live curves grow into a
    frame that stays put); accuracy spans [0, 1] (chance, 0.5, is in view); the norm starts
    at 0.
    """
    traces: list[dict] = []
    runs = [run for run in (BASELINE, MAIN) if run in set(frame.get("run", ()))]
    for run in runs:  # the baseline first: the main run is drawn on top of it
        rows = frame[frame["run"] == run].sort_values("epoch")
        main = run == MAIN
        line = {"color": colour(0 if main else 1), "width": 3 if main else 7}
        extra = {} if main else {"opacity": REFERENCE_OPACITY}
        name = run_names.get(run, run)
        for column, part, dash, axes in (
            ("train_acc", labels["train"], DASHES[0], ("x", "y")),
            ("test_acc", labels["test"], DASHES[1], ("x", "y")),
            ("weight_norm", None, DASHES[0], ("x2", "y2")),
        ):
            traces.append(
                {
                    "type": "scatter",
                    "x": rows["epoch"].to_numpy(),
                    "y": rows[column].to_numpy(dtype=float),
                    "mode": "lines" if len(rows) > 1 else "markers",
                    "line": {**line, "dash": dash},
                    "name": f"{name} · {part}" if part else name,
                    "showlegend": part is not None,
                    "legendrank": (1 if main else 3) + (column == "test_acc"),
                    "xaxis": axes[0],
                    "yaxis": axes[1],
                    "hovertemplate": "%{x}: %{y:.3f}<extra>%{fullData.name}</extra>",
                    **extra,
                }
            )
    split = (1 - PANEL_GAP) * CURVE_PANELS[0] / sum(CURVE_PANELS)
    x_range = [0, max(epochs, 1)]
    layout = style_layout(labels.get("title"), CURVES_HEIGHT)
    layout |= {
        "xaxis": {"domain": [0, split], "range": x_range, "title": {"text": labels["x"]}},
        "yaxis": {"range": [0, 1.02], "title": {"text": labels["acc"]}},
        "xaxis2": {
            "domain": [split + PANEL_GAP, 1],
            "range": x_range,  # epochs too: one axis title under both (two ran together)
            "nticks": 3,  # a narrow panel: "0 200 400" ran into the accuracy panel's "500"
        },
        # On the right edge: between the panels the norm's title was drawn in the accuracy plot.
        "yaxis2": {
            "anchor": "x2",
            "side": "right",
            "rangemode": "tozero",
            "title": {"text": labels["norm"]},
        },
    }
    layout["margin"] = layout["margin"] | {"r": 70}
    return figure(traces, readable_axes(layout))
