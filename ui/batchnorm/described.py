"""The Batch Normalization page's charts with their descriptions (issue 18): what each shows
and what to notice, from the numbers the figures draw, in the page's language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ui import describe
from ui.batchnorm import graph, scale_grid
from ui.chart import Chart
from ui.i18n import t


def primer(pictures: Sequence[go.Figure], dev: pd.DataFrame, shown: Mapping[str, str]):
    """The two deviation pictures (lengths, squares). dev: primer.deviations rows; shown: the
    exact "mean", "mad", "var", "std" texts the page prints."""
    lengths_fig, squares_fig = pictures
    lengths = t(
        "chart.primer_lengths",
        values=", ".join(dev["value_text"]),
        mean=shown["mean"],
        lengths=", ".join(dev["length_text"]),
        mad=shown["mad"],
    )
    squares = t(
        "chart.primer_squares",
        squares=", ".join(dev["square_text"]),
        var=shown["var"],
        std=shown["std"],
    )
    return [
        Chart(lengths_fig, describe.sentences(describe.title_of(lengths_fig), lengths)),
        Chart(squares_fig, describe.sentences(describe.title_of(squares_fig), squares)),
    ]


def computation_graph(fig: go.Figure, step: str) -> Chart:
    """The graph's nodes in order, and which step is highlighted."""
    text = t(
        "chart.graph",
        count=len(graph.STEPS),
        nodes=", ".join(graph.STEPS),
        index=graph.STEPS.index(step) + 1,
        step=step,
    )
    return Chart(fig, describe.sentences(text))


def curves(fig: go.Figure) -> Chart:
    """Running averages, or the with/without BN accuracy: each line from start to end."""
    return Chart(fig, describe.curves(fig))


def _accuracies(values) -> str:
    return ", ".join("—" if not np.isfinite(v) else f"{v:.2f}" for v in values)


def grid(fig: go.Figure, summary: pd.DataFrame) -> Chart:
    """The 16-scale grid: the book's accuracies, and ours with what they show once trained.
    summary: scale_grid.grid_summary rows (one per book scale, largest first)."""
    book = t(
        "chart.grid_book",
        book_bn=_accuracies(summary["book_bn"]),
        book_plain=_accuracies(summary["book_plain"]),
    )
    if summary["ours_bn"].isna().all():
        return Chart(fig, describe.sentences(describe.title_of(fig), book))
    ours = t(
        "chart.grid_ours",
        ours_bn=_accuracies(summary["ours_bn"]),
        ours_plain=_accuracies(summary["ours_plain"]),
    )
    notes = [t(key, **args) for key, args in scale_grid.grid_notes(summary)]
    return Chart(fig, describe.sentences(describe.title_of(fig), *notes, ours, book))
