"""The overfitting pages' charts with their descriptions (issue 18): the runs' accuracies, gaps
and weight norms at their last epoch, and the units one dropout pass kept, in the page's
language."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from ui import describe
from ui.chart import Chart
from ui.i18n import t


def accuracy(fig: go.Figure, frame: pd.DataFrame, run_names: Mapping[str, str]) -> Chart:
    """Accuracy and weight norm (ui.overfitting.curves): each run where its curves end."""
    return Chart(
        fig, describe.sentences(describe.title_of(fig), describe.runs_at_end(frame, run_names))
    )


def masks(fig: go.Figure, units: pd.DataFrame, ratio: float) -> Chart:
    """The mask grid: how many units each layer kept (units: layer, unit, kept)."""
    per_layer = units.groupby("layer")["kept"].agg(["sum", "size"])
    layers = describe.joined(
        t("chart.masks_layer", layer=layer, kept=int(row["sum"]), units=int(row["size"]))
        for layer, row in per_layer.iterrows()
    )
    kept, total = int(units["kept"].sum()), len(units)
    text = t(
        "chart.masks",
        kept=kept,
        total=total,
        percent=100 * kept / max(total, 1),
        expected=100 * (1 - ratio),
        layers=layers,
    )
    return Chart(fig, describe.sentences(describe.title_of(fig), text))
