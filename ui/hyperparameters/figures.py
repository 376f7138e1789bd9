"""The hyperparameter search's figures: every trial as a point (learning rate against weight
decay, coloured by validation accuracy) inside the range searched, and the best trials'
curves as the book draws them (validation solid, training dashed). Pure."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from engine.search import TRAIN, VALIDATION
from ui.figures.panels import panel_grid, panel_line
from ui.figures.style import COLORBAR_UNDER, OKABE_ITO, style_layout
from ui.numbers import nice_number

SCATTER_HEIGHT = 470
CURVE_COLS = 4  # the best 20 in 5 rows of 4 (the book: 4 rows of 5; a phone keeps 4 readable)
CURVE_ROW_PX = 110


def trial_scatter(
    table: pd.DataFrame,
    labels: Mapping[str, str],
    lr_range: Sequence[float],
    lam_range: Sequence[float],
) -> go.Figure:
    """A point per trial at (lr, λ), log axes, coloured by its final validation accuracy
    (Cividis, 0 to 1), the best one ringed; the rectangle searched dashed. table:
    notes.trial_table (best first). lr_range, lam_range: the searched exponents. labels:
    "title", "x", "y", "z" (what the colours mean: the subtitle), "best", "trials", "hover"
    (the start of a point's hover text)."""
    pad = 0.25
    shapes = [
        {
            "type": "rect",
            "xref": "x",
            "yref": "y",
            "x0": 10 ** lr_range[0],
            "x1": 10 ** lr_range[1],
            "y0": 10 ** lam_range[0],
            "y1": 10 ** lam_range[1],
            "line": {"color": "#7A7F88", "width": 1, "dash": "dash"},
        }
    ]
    points = {
        "type": "scatter",
        "x": table["lr"].to_numpy(float),
        "y": table["weight_decay_lambda"].to_numpy(float),
        "mode": "markers",
        "name": labels["trials"],  # the points' name in the numbers table
        "showlegend": False,
        "marker": {
            "size": 11,
            "color": table["val_acc"].to_numpy(float),
            "cmin": 0.0,
            "cmax": 1.0,
            "colorscale": "Cividis",
            "line": {"width": 0.5, "color": "#FFFFFF"},
            "colorbar": COLORBAR_UNDER,  # its meaning in the subtitle: a title ran into it
        },
        "customdata": np.column_stack(
            [
                table["trial"].to_numpy(),
                [nice_number(v) for v in table["lr"]],
                [nice_number(v) for v in table["weight_decay_lambda"]],
                table["val_acc"].to_numpy(float),
            ]
        )
        if len(table)
        else None,
        "hovertemplate": labels["hover"]
        + ": lr %{customdata[1]}, λ %{customdata[2]} → %{customdata[3]:.2f}<extra></extra>",
    }
    traces = [points]
    if len(table):
        best = table.iloc[0]
        traces.append(
            {
                "type": "scatter",
                "x": [best["lr"]],
                "y": [best["weight_decay_lambda"]],
                "mode": "markers",
                "name": labels["best"],
                "marker": {
                    "size": 22,
                    "symbol": "circle-open",
                    "line": {"width": 3, "color": OKABE_ITO["vermillion"]},
                },
                "hoverinfo": "skip",
            }
        )
    layout = style_layout(labels.get("title"), SCATTER_HEIGHT, labels["z"]) | {
        "shapes": shapes,
        "xaxis": {
            "type": "log",
            "title": {"text": labels["x"]},
            "range": [lr_range[0] - pad, lr_range[1] + pad],
            "exponentformat": "power",
        },
        "yaxis": {
            "type": "log",
            "title": {"text": labels["y"]},
            "range": [lam_range[0] - pad, lam_range[1] + pad],
            "exponentformat": "power",
        },
    }
    layout["margin"] |= {"b": 150}  # the legend, then the colour bar under it
    return go.Figure(data=traces, layout=layout)


def best_curves(
    frame: pd.DataFrame,
    table: pd.DataFrame,
    labels: Mapping[str, str],
    epochs: int,
    shown: int = 20,
) -> go.Figure:
    """The best `shown` trials' accuracy per epoch, a panel each in rank order ("#1 · 0.84":
    the book's "Best-1" and the final validation accuracy), validation solid and training
    dashed, as the book draws them. labels: "title", "x", "y", "validation", "train"."""
    panels = []
    for rank, row in table.head(shown).iterrows():
        rows = frame[frame["trial"] == row["trial"]]
        splits = ((VALIDATION, labels["validation"]), (TRAIN, labels["train"]))
        traces = []
        for i, (split, name) in enumerate(splits):
            part = rows[rows["split"] == split].sort_values("epoch")
            x, y = part["epoch"].to_numpy(), part["accuracy"].to_numpy(float)
            traces.append(panel_line(x, y, name, i, legend=rank == 1))
        # "#1 · 0.84": a number and a name short enough for four panels across a phone
        panels.append((f"#{rank} · {row['val_acc']:.2f}", traces))
    return panel_grid(
        panels,
        cols=CURVE_COLS,
        labels=labels,
        x_axis={"range": [0, epochs], "nticks": 3},
        y_axis={"range": [0, 1], "nticks": 3},
        row_px=CURVE_ROW_PX,
        h_space=0.08,  # room between one panel's last x tick and the next one's first
    )
