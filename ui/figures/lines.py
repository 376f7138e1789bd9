"""Curves: the general line chart (a colour per value of one column, a dash per value of
another) and the minibatch loss curves built on it. Pure: frames and translated labels in, a
plotly Figure out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ui.figures.style import AXIS_TEXT, DASHES, colour, series_marker, styled


def line_chart(
    frame: pd.DataFrame,
    *,
    x: str,
    y: str,
    labels: Mapping[str, str],
    color: str | None = None,
    names: Mapping | None = None,
    dash: str | None = None,
    dash_names: Mapping | None = None,
    smooth: int | None = None,
    log_y: bool = False,
    y_range: Sequence[float] | None = None,
    x_range: Sequence[float] | None = None,
    height: int = 420,
) -> go.Figure:
    """Lines of `y` against `x`: one colour per value of `color`, one dash per value of `dash`.

    names / dash_names: column value -> legend text (the order gives colours and dashes; values
    not named are drawn after, under their own text). labels: "title", "x", "y".
    smooth: draw the raw curve faint and a centred moving average of that many points on top.
    x_range / y_range: fixed axis ranges, so live curves grow into a frame that stays put.
    Rows whose y is not finite are dropped (a diverged run simply ends).
    """
    frame = frame[np.isfinite(frame[y].astype(float))]
    fig = go.Figure()
    for ci, cv in enumerate(ordered(frame, color, names)):
        for di, dv in enumerate(ordered(frame, dash, dash_names)):
            d = frame
            if color is not None:
                d = d[d[color] == cv]
            if dash is not None:
                d = d[d[dash] == dv]
            if d.empty:
                continue
            parts = [(names or {}).get(cv, str(cv)) if color else None]
            parts.append((dash_names or {}).get(dv, str(dv)) if dash else None)
            name = " · ".join(p for p in parts if p) or labels.get("y", y)
            line = {"color": colour(ci), "width": 3, "dash": DASHES[di % len(DASHES)]}
            fig.add_traces(_curve(d.sort_values(x), x, y, name, line, smooth, series_marker(ci)))
    fig.update_xaxes(title_text=labels["x"], **AXIS_TEXT)
    fig.update_yaxes(title_text=labels["y"], type="log" if log_y else "linear", **AXIS_TEXT)
    if y_range is not None:
        fig.update_yaxes(range=list(y_range))
    if x_range is not None:
        fig.update_xaxes(range=list(x_range))
    return styled(fig, labels.get("title"), height)


def _curve(
    d: pd.DataFrame, x: str, y: str, name: str, line: dict, smooth: int | None, marker: dict
):
    """One series' traces: its line with a few of its markers (one marker for a single
    point), under it the raw curve faint when `smooth` draws a moving average."""
    traces = []
    ys = d[y].to_numpy(dtype=float)
    if smooth and len(d) > 2:
        traces.append(
            go.Scatter(
                x=d[x].to_numpy(),
                y=ys,
                mode="lines",
                line={**line, "width": 1},
                opacity=0.3,
                showlegend=False,
                hoverinfo="skip",
                legendgroup=name,
            )
        )
        ys = pd.Series(ys).rolling(smooth, center=True, min_periods=1).mean().to_numpy()
    traces.append(
        go.Scatter(
            x=d[x].to_numpy(),
            y=ys,
            mode="lines+markers" if len(d) > 1 else "markers",
            name=name,
            line=line,
            marker=marker,
            legendgroup=name,
            hovertemplate="%{x}: %{y:.3f}<extra>%{fullData.name}</extra>",
        )
    )
    return traces


def ordered(frame: pd.DataFrame, column: str | None, names: Mapping | None) -> list:
    """The values of `column` in the frame: those named in `names` first, in its order, then
    any others as they appear ([None] for no column; [] for a frame without it)."""
    if column is None:
        return [None]
    if column not in frame:
        return []
    present = list(dict.fromkeys(frame[column].tolist()))
    named = [v for v in (names or {}) if v in present]
    return named + [v for v in present if v not in named]


def loss_curves(
    frame: pd.DataFrame,
    labels: Mapping[str, str],
    names: Mapping,
    *,
    x: str = "iteration",
    group: str = "init",
    smooth: int = 25,
    x_range: Sequence[float] | None = None,
) -> go.Figure:
    """Minibatch loss per iteration, one colour per `group` value (e.g. the init comparison)."""
    return line_chart(
        frame,
        x=x,
        y="loss",
        color=group,
        names=names,
        labels=labels,
        smooth=smooth,
        x_range=x_range,
    )
