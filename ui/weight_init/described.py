"""The weight-initialization page's charts with their descriptions (issue 18): what each shows
and what to notice, from the same statistics the figures draw, in the page's language."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ui import describe
from ui.chart import Chart
from ui.i18n import t
from ui.weight_init.questions import lowest_loss


def _stds(stats: pd.DataFrame, quantity: str) -> tuple[int, str, str] | None:
    """(last layer, std in layer 1, std in the last layer) of one quantity, None without it."""
    rows = stats[stats["quantity"] == quantity].sort_values("layer")
    if rows.empty:
        return None
    std = rows["std"].to_numpy(dtype=float)
    return int(rows["layer"].iloc[-1]), describe.number(std[0]), describe.number(std[-1])


def histograms(fig: go.Figure, stats: pd.DataFrame, activation: str) -> Chart:
    """The histogram grid: the last layer's share of saturated activations (sigmoid, tanh)
    or of zeros (ReLU) against the first layer's, and how the spread changes layer by layer.

    stats: quantity, layer, std, saturated, zeros (engine.activation_distributions)."""
    rows = stats[stats["quantity"] == "activation"].sort_values("layer")
    last, first_std, last_std = _stds(stats, "activation") or (0, "—", "—")
    column, name = (
        ("zeros", "chart.share_zeros")
        if activation == "relu"
        else ("saturated", "chart.share_saturated")
    )
    shares = rows[column].to_numpy(dtype=float) * 100
    if len(shares) and np.isfinite(shares).all():
        text = t(
            "chart.hist",
            share_name=t(name),
            last=last,
            layers=len(rows),
            last_share=shares[-1],
            first_share=shares[0],
            first_std=first_std,
            last_std=last_std,
        )
    else:
        text = t(
            "chart.hist_std", first_std=first_std, last_std=last_std, last=last, layers=len(rows)
        )
    gradients = _stds(stats, "gradient")
    extra = ""
    if gradients is not None:
        g_last, g_first, g_last_std = gradients
        extra = t("chart.hist_gradients", first_std=g_first, last_std=g_last_std, last=g_last)
    return Chart(fig, describe.sentences(describe.title_of(fig), text, extra))


def std_by_layer(fig: go.Figure) -> Chart:
    """The spread by layer: each line from layer 1 to the last."""
    return Chart(fig, describe.curves(fig))


def losses(fig: go.Figure, frame: pd.DataFrame, run_names: Mapping[str, str]) -> Chart:
    """The loss curves of the three initializations, with the runs whose loss ends lowest."""
    lead = ""
    if not frame.empty:
        best, found = lowest_loss(frame)
        runs = [f"{run_names.get(r, r)} {found[r]:.3f}" for r in run_names if r in best]
        lead = t("chart.lowest_loss", runs=describe.joined(runs)) if runs else ""
    return Chart(fig, describe.curves(fig, lead=lead))
