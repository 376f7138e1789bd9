"""What BatchNormalization evaluates with: each batch's mean and variance beside the running
averages the layer keeps for evaluation, step by step (figure and notes). Pure."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from ui.figures.style import SERIES, readable_axes, style_layout
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
    return go.Figure(data=traces, layout=readable_axes(layout))


CAUGHT_UP = 0.05  # at most this share of the running averages' start (0) left in them


def running_notes(frame: pd.DataFrame, momentum: float, batch_size: int):
    """What the batch statistics and running averages of feature j = 1 show (keys
    "batchnorm."): how much of the running averages' start at 0 is still in them, and why the
    running variance settles below the data's (it averages biased 1/N batch variances)."""
    first = frame[frame["feature"] == 0]
    steps = int(first["step"].max())

    def last(statistic: str, kind: str) -> float:
        rows = first[(first["statistic"] == statistic) & (first["kind"] == kind)]
        return float(rows.sort_values("step")["value"].iloc[-1])

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
    notes.append(
        (
            "batchnorm.running_see_var",
            {
                "running_var": nice_number(last("var", "running")),
                "var": f"{last('var', 'population'):g}",
                "batch": batch_size,
                "ratio": f"{100 * (batch_size - 1) / batch_size:.0f}%",
            },
        )
    )
    return notes
