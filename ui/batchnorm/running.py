"""What BatchNormalization evaluates with: each batch's mean and variance beside the running
averages the layer keeps for evaluation, step by step (figure and notes). Pure."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from ui.figures.style import SERIES, figure, readable_axes, style_layout
from ui.numbers import nice_number

RUNNING_STYLE = {  # kind -> line: the batches thin and dotted, the running average bold
    "batch": {"color": SERIES[0], "width": 1.5, "dash": "solid"},
    "running": {"color": SERIES[1], "width": 4, "dash": "solid"},
    "population": {"color": "#7A7F88", "width": 2, "dash": "dash"},
}


def running_averages(
    frame: pd.DataFrame, labels: Mapping[str, str], names: Mapping[str, str]
) -> go.Figure:
    """One statistic of one BN feature by training step (engine.batchnorm_running_stats rows
    of one statistic and feature): each mini-batch's own value (thin, with dots), the layer's
    running average (bold), and the data's true value (dashed).

    names: kind -> legend text ("batch", "running", "population"). labels: "title", "x", "y".
    """
    traces = []
    for kind, line in RUNNING_STYLE.items():
        rows = frame[frame["kind"] == kind].sort_values("step")
        if rows.empty:
            continue
        traces.append(
            {
                "type": "scatter",
                "x": rows["step"].to_numpy(),
                "y": rows["value"].to_numpy(dtype=float),
                "mode": "lines+markers" if kind == "batch" else "lines",
                "marker": {"size": 5},
                "name": names.get(kind, kind),
                "line": line,
                "customdata": [nice_number(v) for v in rows["value"]],
                "hovertemplate": "%{x}: %{customdata}<extra>%{fullData.name}</extra>",
            }
        )
    steps = int(frame["step"].max()) if len(frame) else 1
    layout = style_layout(labels.get("title"), 380) | {
        "xaxis": {"title": {"text": labels["x"]}, "range": [0, steps + 0.5]},
        "yaxis": {"title": {"text": labels["y"]}, "rangemode": "tozero"},
    }
    layout["legend"] |= {"traceorder": "normal"}
    return figure(traces, readable_axes(layout))


CAUGHT_UP = 0.05  # at most this share of the running averages' start (0) left in them


def running_notes(frame: pd.DataFrame, momentum: float, batch_size: int):
    """What the batch statistics and running averages of feature j = 1 show (keys
    "batchnorm."): how much of the running averages' start at 0 is still in them, and where
    the running variance ends: the biased 1/N batch variances average (N − 1)/N of the data's,
    but with a few samples they swing widely, and the running average follows the last
    ~1/(1 − momentum) of them."""
    first = frame[frame["feature"] == 0]
    steps = int(first["step"].max())

    def series(statistic: str, kind: str) -> pd.Series:
        rows = first[(first["statistic"] == statistic) & (first["kind"] == kind)]
        return rows.sort_values("step")["value"]

    def last(statistic: str, kind: str) -> float:
        return float(series(statistic, kind).iloc[-1])

    left = momentum**steps  # the start's weight in the running average after `steps`
    args = {
        "steps": steps,
        "momentum": momentum,
        "left": f"{nice_number(100 * left)}%",
        "running": nice_number(last("mean", "running")),
        "mean": f"{last('mean', 'population'):g}",
    }
    key = "batchnorm.running_see_start" if left > CAUGHT_UP else "batchnorm.running_see_caught_up"
    notes = [(key, args)]
    variances, var = series("var", "batch"), last("var", "population")
    recent = min(steps, max(1, round(1 / (1 - momentum))))  # the steps that weigh most
    ratio = (batch_size - 1) / batch_size
    # Early on, the start at 0 still holds the running variance below the batches it follows.
    caught_up = left <= CAUGHT_UP
    notes.append(
        (
            "batchnorm.running_see_var" if caught_up else "batchnorm.running_see_var_start",
            {
                "running_var": nice_number(last("var", "running")),
                "var": f"{var:g}",
                "batch": batch_size,
                "ratio": f"{100 * ratio:.0f}%",
                "expected": nice_number(ratio * var),
                "steps": steps,
                "average": nice_number(variances.mean()),
                "recent_steps": recent,
                "momentum": f"{100 * momentum:g}%",
                "recent": nice_number(variances.tail(recent).mean()),
                **({} if caught_up else {"left": args["left"]}),
            },
        )
    )
    return notes
