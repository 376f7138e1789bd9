"""The book's figure of batch_norm_test: a small panel of training curves per weight scale, 16
of them, with BN solid and without dashed (the study note: 虛線為未加入 Batch, 實線為有加入
Batch). The heatmap (scale_grid.py) sums the same runs up in one number each. Pure."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from engine.experiments import BOOK_BN_SCALES
from ui.figures.panels import panel_grid, panel_line

COLS = 4  # the book's 4 x 4
ROW_PX = 110


def scale_panels(
    frame: pd.DataFrame | None,
    labels: Mapping[str, str],
    names: Mapping[bool, str],
    epochs: int,
    scales: Sequence[float] = BOOK_BN_SCALES,
) -> go.Figure:
    """One panel per scale (every scale drawn, trained or not, so the grid stays put while it
    fills in): training accuracy per epoch with BN (solid) and without (dashed). frame: rows
    of engine.experiments.batchnorm_grid (weight_init_std, batchnorm, epoch, train_acc).
    names: {True: with BN, False: without}. labels: "title" (saying the panels are titled by
    their std), "x", "y"."""
    panels = []
    for k, scale in enumerate(scales):
        traces = []
        for i, flag in enumerate((True, False)):
            rows = _rows(frame, scale, flag)
            x, y = rows["epoch"].to_numpy(), rows["train_acc"].to_numpy(float)
            traces.append(panel_line(x, y, names[flag], i, legend=k == 0))
        panels.append((f"{scale:.3g}", traces))  # the std alone: "std 0.0858" ran together
    return panel_grid(
        panels,
        cols=COLS,
        labels=labels,
        x_axis={"range": [0, epochs], "nticks": 3},
        y_axis={"range": [0, 1.02], "nticks": 3},
        row_px=ROW_PX,
        h_space=0.08,  # room between one panel's last x tick and the next one's first
    )


def curve_ends(frame: pd.DataFrame | None, scales: Sequence[float] = BOOK_BN_SCALES) -> list[dict]:
    """Where each panel's curves end: {"scale", "batchnorm", "epoch", "train_acc"} of each
    run's last finite row, in panel order (a run without rows left out)."""
    ends = []
    for scale in scales:
        for flag in (True, False):
            rows = _rows(frame, scale, flag)
            if len(rows):
                last = rows.iloc[-1]
                ends.append(
                    {
                        "scale": scale,
                        "batchnorm": flag,
                        "epoch": int(last["epoch"]),
                        "train_acc": float(last["train_acc"]),
                    }
                )
    return ends


def _rows(frame: pd.DataFrame | None, scale: float, flag: bool) -> pd.DataFrame:
    """One run's finite rows in epoch order (none before it trained)."""
    if frame is None or frame.empty:
        return pd.DataFrame({"epoch": [], "train_acc": []})
    near = np.isclose(frame["weight_init_std"].astype(float), scale, rtol=1e-9)
    rows = frame[near & (frame["batchnorm"] == flag) & np.isfinite(frame["train_acc"])]
    return rows.sort_values("epoch")
