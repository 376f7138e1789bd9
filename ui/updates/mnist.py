"""The four update rules on MNIST (the book's optimizer_compare_mnist): their minibatch losses
smoothed as the book smooths them, and the losses the book's own run printed. Pure."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ui.figures.lines import line_chart

SMOOTH_WINDOW = 11  # common/util.py smooth_curve: 11 points of a Kaiser window with beta 2
SMOOTH_BETA = 2.0
# The minibatch losses the book's notebook printed at iterations 1500, 1600, ..., 1900 (full
# MNIST, each rule's loss on that iteration's minibatch after its update): lowest, highest.
BOOK_LOSSES = {
    "sgd": (0.150, 0.312),
    "momentum": (0.044, 0.117),
    "adagrad": (0.016, 0.047),
    "adam": (0.010, 0.050),
}


def book_smooth(values) -> np.ndarray:
    """The book's smoothing of a loss curve: a weighted moving average over SMOOTH_WINDOW
    points, weights a Kaiser window (beta 2) summing to 1. Near the ends the curve is mirrored
    as the book mirrors it: at the start about its first point, at the end including its last
    one. Returns an array as long as `values` (shorter curves are returned as they are)."""
    x = np.asarray(values, dtype=float)
    w = SMOOTH_WINDOW
    if len(x) < w:
        return x.copy()
    padded = np.concatenate([x[w - 1 : 0 : -1], x, x[:-w:-1]])
    kernel = np.kaiser(w, SMOOTH_BETA)
    averaged = np.convolve(kernel / kernel.sum(), padded, mode="valid")
    half = w // 2
    return averaged[half : len(averaged) - half]


def smoothed(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of engine.experiments.optimizer_comparison with a column "smoothed": each
    optimizer's losses through book_smooth, in iteration order."""
    parts = []
    for _, rows in frame.groupby("optimizer", sort=False):
        rows = rows.sort_values("iteration")
        parts.append(rows.assign(smoothed=book_smooth(rows["loss"].to_numpy())))
    return pd.concat(parts) if parts else frame.assign(smoothed=[])


def loss_figure(
    frame: pd.DataFrame, labels: Mapping[str, str], names: Mapping[str, str], iterations: int
) -> go.Figure:
    """The smoothed losses, a colour per optimizer (names: optimizer -> legend text), on the
    book's axes: iterations from 0, loss from 0 to 1."""
    return line_chart(
        smoothed(frame),
        x="iteration",
        y="smoothed",
        color="optimizer",
        names=names,
        labels=labels,
        x_range=(0, iterations),
        y_range=(0, 1),
    )


def comparison_table(
    finals: Mapping[str, float], names: Mapping[str, str], columns
) -> pd.DataFrame:
    """Ours beside the book's, one row per optimizer: name, our mean loss over the last
    iterations, the book's printed range. columns: the three headers."""
    rows = []
    for rule, name in names.items():
        low, high = BOOK_LOSSES[rule]
        ours = finals.get(rule, float("nan"))
        rows.append([name, "—" if np.isnan(ours) else f"{ours:.3f}", f"{low:.3f}–{high:.3f}"])
    return pd.DataFrame(rows, columns=list(columns))
