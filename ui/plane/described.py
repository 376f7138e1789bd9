"""The 2-D page's charts with their descriptions (issue 18): each boundary's epoch, pieces and
accuracies, and the curves where they end, in the page's language."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ui import describe
from ui.chart import Chart
from ui.i18n import t


def boundary(fig: go.Figure, run: str, name: str, facts: dict | None, frame: pd.DataFrame) -> Chart:
    """One run's boundary panel. facts: ui.plane.notes.panel_facts for the run (None before
    its first boundary); frame: the rows so far (run, epoch, train_acc, test_acc)."""
    if facts is None:
        return Chart(fig, describe.sentences(t("chart.boundary_waiting", run=name)))
    if "run" not in frame:
        frame = pd.DataFrame(columns=["run", "epoch", "train_acc", "test_acc"])
    rows = frame[(frame["run"] == run) & (frame["epoch"] == facts["epoch"])]
    train = float(rows["train_acc"].iloc[-1]) if len(rows) else float("nan")
    test = float(rows["test_acc"].iloc[-1]) if len(rows) else float("nan")
    text = t(
        "chart.boundary",
        run=name,
        epoch=facts["epoch"],
        pieces=facts["pieces"],
        train=train,
        test=test,
    )
    return Chart(fig, describe.sentences(text))


def curves(fig: go.Figure, frame: pd.DataFrame, names) -> Chart:
    """Accuracy and weight norm: each run where its curves end."""
    return Chart(
        fig, describe.sentences(describe.title_of(fig), describe.runs_at_end(frame, names))
    )
