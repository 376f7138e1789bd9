"""The dropout page's picture of one training forward pass: which hidden units were kept and
which dropped, layer by unit. Pure."""

from __future__ import annotations

import math
from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from ui.figures.style import AXIS_TEXT, OKABE_ITO, styled

# A dropped unit: a pale tint of vermillion, so kept and dropped differ in lightness (3.3:1
# against the kept blue) and read apart without colour vision, or in greyscale (issue 18).
DROPPED = "#F5C6A5"


def unit_grid(masks: pd.DataFrame, labels: Mapping[str, str]) -> go.Figure:
    """Which hidden units one training forward pass kept: a row per layer, a cell per unit.

    masks: layer, unit, kept (bool), factor (engine.dropout_masks). Kept cells are dark blue,
    dropped ones pale vermillion; each row's share kept is printed on its right.
    labels: "title", "x" (unit axis), "layer" (row label template with {layer}), "kept",
    "dropped" (legend and hover text), "share" (template with {percent}).
    """
    grid = masks.pivot(index="layer", columns="unit", values="kept").astype(float)
    factors = masks.groupby("layer")["factor"].first()
    layers, units = grid.index.tolist(), grid.columns.tolist()
    rows = [labels["layer"].format(layer=layer) for layer in layers]
    kept_text = {
        layer: labels["kept"] + (f" ×{f:.3g}" if not math.isclose(f, 1.0) else "")
        for layer, f in factors.items()
    }
    text = [
        [kept_text[layer] if k else labels["dropped"] for k in grid.loc[layer]] for layer in layers
    ]
    blue, red = OKABE_ITO["blue"], DROPPED
    gap = 1 if len(units) <= 150 else 0
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(),
            x=units,
            y=rows,
            zmin=0,
            zmax=1,
            colorscale=[[0, red], [0.5, red], [0.5, blue], [1, blue]],
            showscale=False,
            xgap=gap,
            ygap=4,
            text=text,
            hovertemplate="%{y} · %{x}: %{text}<extra></extra>",
        )
    )
    fig.add_traces([_legend_square(labels["kept"], blue), _legend_square(labels["dropped"], red)])
    share = grid.mean(axis=1)
    for row, s in zip(rows, share, strict=True):
        fig.add_annotation(
            x=1.0,
            xref="paper",
            y=row,
            xanchor="left",
            xshift=6,
            showarrow=False,
            text=labels["share"].format(percent=round(100 * s)),
        )
    fig.update_xaxes(
        title_text=labels["x"], range=[-0.5, len(units) - 0.5], showgrid=False, **AXIS_TEXT
    )
    fig.update_yaxes(type="category", autorange="reversed", showgrid=False, **AXIS_TEXT)
    fig = styled(fig, labels.get("title"), 150 + 30 * len(layers))
    fig.update_layout(margin={"r": 90}, plot_bgcolor="rgba(0,0,0,0)")
    return fig


def _legend_square(name: str, colour: str) -> go.Scatter:
    """A legend entry (a coloured square) with nothing drawn on the plot."""
    return go.Scatter(
        x=[None],
        y=[None],
        mode="markers",
        name=name,
        marker={"color": colour, "symbol": "square", "size": 14},
    )
