"""The optimizer race as the book draws it (optimizer_compare_naive.py): one panel per update
rule, its path over the contour lines of f(x, y) = x²/20 + y², animated step by step in the
browser (Plotly frames: a play button and a step slider, no server work). Pure.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ui.figures.panels import panel_grid
from ui.figures.plotted import GUIDE
from ui.figures.style import OKABE_ITO

X_RANGE, Y_RANGE = (-10.0, 10.0), (-5.0, 5.0)  # the book's x range; y where its contours lie
LEVELS = (0.25, 0.5, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0)  # f on each contour line (the book: <= 7)
ELLIPSE_POINTS = 73
RACE_ROW_PX = 230
FRAME_MS = 250  # one step of the animation
CONTROLS_PX = 150  # room under the panels for Play, and under it the step slider ...
CONTROLS_DROP_PX = 70  # ... which start this far under the lowest panels' x axis
SLIDER_DROP_PX = 45  # the slider under the buttons (beside them it ran into them on a phone)


def contour_lines() -> dict:
    """The level sets f = c of LEVELS as one line trace: ellipses x = √(20c) cos t,
    y = √c sin t, separated by gaps."""
    t = np.linspace(0, 2 * np.pi, ELLIPSE_POINTS)
    xs, ys = [], []
    for c in LEVELS:  # three decimals: a hundredth of a pixel, a third of the figure's size
        xs += [*np.round(np.sqrt(20 * c) * np.cos(t), 3), None]
        ys += [*np.round(np.sqrt(c) * np.sin(t), 3), None]
    return {
        "type": "scatter",
        "x": xs,
        "y": ys,
        "mode": "lines",
        "line": {"color": "#B8BCC4", "width": 1},
        "hoverinfo": "skip",
        "showlegend": False,
        "meta": GUIDE,  # the function's shape, not a result: left out of the numbers table
    }


def _points(rows: pd.DataFrame, upto: int) -> dict:
    """One rule's positions from its start to step `upto` (fewer when it ended earlier): all
    a frame of the animation changes."""
    shown = rows[(rows["step"] <= upto) & np.isfinite(rows["x"]) & np.isfinite(rows["y"])]
    return {
        "x": shown["x"].to_numpy(),
        "y": shown["y"].to_numpy(),
        "customdata": shown["step"].to_numpy(),
    }


def _path(rows: pd.DataFrame, upto: int, name: str) -> dict:
    """One rule's path, drawn to step `upto`."""
    return {
        "type": "scatter",
        **_points(rows, upto),
        "mode": "lines+markers",
        "line": {"color": OKABE_ITO["vermillion"], "width": 2},
        "marker": {"size": 6, "color": OKABE_ITO["vermillion"]},
        "name": name,
        "showlegend": False,
        "hovertemplate": "%{customdata}: (%{x:.3f}, %{y:.3f})<extra>" + name + "</extra>",
    }


MINIMUM = {
    "type": "scatter",
    "x": [0.0],
    "y": [0.0],
    "mode": "markers",
    "marker": {"symbol": "cross-thin", "size": 14, "line": {"width": 2, "color": "#000000"}},
    "hoverinfo": "skip",
    "showlegend": False,
    "meta": GUIDE,
}
TRACES_PER_PANEL = 3  # contours, minimum, path (the path last: frames replace it)


def race_figure(
    paths: pd.DataFrame, labels: Mapping[str, str], names: Mapping[str, str], steps: int
) -> go.Figure:
    """A panel per optimizer in `names` (optimizer -> its title, e.g. "SGD · lr 0.95"), the
    whole path drawn; frames 0..steps replay it step by step (labels: "title", "x", "y",
    "play", "pause", "step")."""
    by_rule = {name: paths[paths["optimizer"] == name] for name in names}
    panels = [
        (title, [contour_lines(), MINIMUM, _path(by_rule[name], steps, title)])
        for name, title in names.items()
    ]
    fig = panel_grid(
        panels,
        cols=2,
        labels=labels,
        x_axis={"range": list(X_RANGE), "zeroline": False},
        y_axis={"range": list(Y_RANGE), "zeroline": False},
        row_px=RACE_ROW_PX,
        h_space=0.1,
    )
    moving = [TRACES_PER_PANEL * i + 2 for i in range(len(panels))]
    fig.frames = [
        go.Frame(
            name=str(k),
            data=[_points(by_rule[name], k) for name in names],
            traces=moving,
        )
        for k in range(steps + 1)
    ]
    # Play, then the step slider, under the panels, below the x axis's ticks and title.
    layout = fig.layout
    plot_px = layout.height - layout.margin.t - layout.margin.b
    below = -CONTROLS_DROP_PX / plot_px
    fig.update_layout(
        updatemenus=[_play_buttons(labels, below)],
        sliders=[_step_slider(labels, steps, below - SLIDER_DROP_PX / plot_px)],
        height=layout.height + CONTROLS_PX,
        margin={"b": layout.margin.b + CONTROLS_PX},
    )
    return fig


def _play_buttons(labels: Mapping[str, str], y: float) -> dict:
    play = {"frame": {"duration": FRAME_MS, "redraw": False}, "fromcurrent": False}
    pause = {"frame": {"duration": 0, "redraw": False}, "mode": "immediate"}
    return {
        "type": "buttons",
        "direction": "left",
        "x": 0,
        "xanchor": "left",
        "y": y,
        "yanchor": "top",
        "showactive": False,
        "buttons": [
            {"label": labels["play"], "method": "animate", "args": [None, play]},
            {"label": labels["pause"], "method": "animate", "args": [[None], pause]},
        ],
    }


def _step_slider(labels: Mapping[str, str], steps: int, y: float) -> dict:
    """The step slider: its tick labels hidden (31 ran together on a phone), the step it
    stands at written above it."""
    still = {"frame": {"duration": 0, "redraw": False}, "mode": "immediate"}
    return {
        "active": steps,
        "x": 0,
        "len": 1,
        "y": y,
        "yanchor": "top",
        "pad": {"t": 0},
        "font": {"color": "rgba(0,0,0,0)"},
        "currentvalue": {"prefix": labels["step"] + " ", "font": {"size": 13, "color": "#262730"}},
        "steps": [
            {"label": str(k), "method": "animate", "args": [[str(k)], still]}
            for k in range(steps + 1)
        ],
    }
