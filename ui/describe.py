"""Descriptions of charts, in the page's language, built from what they draw (issue 18).

The sentences every kind of chart shares; a lesson adds what to notice on its own chart.

    describe.curves(fig)                 # "Loss by iteration. He: from 2.30 at 0 to 0.31 ..."
    describe.curves(fig, lead=t(...))    # a lesson's sentence first
    describe.runs_at_end(frame, names)   # "After 200 epochs: λ = 0.1: train 0.88, test 0.78 ..."
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from engine.progress import last_rows
from ui.figures.plotted import axis_title, plain
from ui.i18n import t
from ui.numbers import nice_number

MAX_SERIES = 8  # a chart with more lines names the first ones and counts the rest


def number(x: float) -> str:
    """A number as a description says it: three significant digits, a whole number whole
    (epoch 20, layer 5), — when not finite."""
    if not np.isfinite(x):
        return "—"
    return f"{x:,.0f}" if float(x).is_integer() and abs(x) < 1e15 else nice_number(x)


def joined(parts: Iterable[str]) -> str:
    """Clauses of one sentence, in the page's language ("; " or "；")."""
    return t("chart.join").join(p for p in parts if p)


def sentences(*parts: str) -> str:
    """Sentences, each ended once ("." or "。"), joined by a space (nothing in 繁體中文);
    Markdown's bold marks (from a page's notes) are dropped."""
    end = t("chart.end")
    space = " " if end == "." else ""  # 繁體中文 sentences follow one another without one
    done = []
    for part in (p.replace("**", "").strip() for p in parts if p and p.strip()):
        done.append(part if part.endswith((".", "。", "!", "?", "！", "？")) else part + end)
    return space.join(done)


def title_of(fig: go.Figure) -> str:
    text = fig.layout.title.text if fig.layout.title else None
    return plain(text) if text else ""


def _named_lines(fig: go.Figure) -> list:
    """The figure's lines a reader tells apart: named, drawn, not a faint helper trace."""
    lines = []
    for trace in fig.data:
        if trace.type != "scatter" or trace.visible is False or not trace.name:
            continue
        if trace.hoverinfo == "skip" and trace.showlegend is False:
            continue  # a faint raw curve under its moving average
        lines.append(trace)
    return lines


def curves(fig: go.Figure, lead: str = "") -> str:
    """ "Title. [lead] Name: from y at x to y at x; ..." for each named line of the figure
    (at most MAX_SERIES, then how many more)."""
    parts = []
    lines = _named_lines(fig)
    for trace in lines[:MAX_SERIES]:
        x = np.asarray(trace.x if trace.x is not None else [], dtype=float)
        y = np.asarray(trace.y if trace.y is not None else [], dtype=float)
        keep = np.isfinite(x) & np.isfinite(y)
        if not keep.any():
            continue
        x, y = x[keep], y[keep]
        x_name = axis_title(fig.layout, trace.xaxis, "x") or "x"
        parts.append(
            t(
                "chart.series",
                name=plain(trace.name),
                x_name=x_name,
                first=number(y[0]),
                x_first=number(x[0]),
                last=number(y[-1]),
                x_last=number(x[-1]),
            )
        )
    if len(lines) > MAX_SERIES:
        parts.append(t("chart.more_series", count=len(lines) - MAX_SERIES))
    body = joined(parts) if parts else t("chart.no_data")
    return sentences(title_of(fig), lead, body)


def runs_at_end(
    frame: pd.DataFrame, run_names: Mapping[str, str], diverged: Mapping[str, int] | None = None
) -> str:
    """Each run's last epoch in the frame (run, epoch, train_acc, test_acc, weight_norm): train
    and test accuracy, the gap between them and the weight norm, in run_names order."""
    if frame is None or frame.empty:
        return t("chart.no_data")
    lasts = {str(row["run"]): row for row in last_rows(frame).to_dict("records")}
    parts = []
    for run, name in run_names.items():
        if run not in lasts:
            continue
        last = lasts[run]
        train, test = float(last["train_acc"]), float(last["test_acc"])
        if (diverged and run in diverged) or not (np.isfinite(train) and np.isfinite(test)):
            parts.append(t("chart.run_diverged", run=name, epoch=int(last["epoch"])))
            continue
        parts.append(
            t(
                "chart.run_end",
                run=name,
                epoch=int(last["epoch"]),
                train=train,
                test=test,
                gap=train - test,
                norm=number(float(last["weight_norm"])),
            )
        )
    return sentences(joined(parts)) if parts else t("chart.no_data")


def counts(labels: Mapping[str, str], found: Mapping[str, int], title: str) -> str:
    """A bar per option: "Title. A · ...: 3; B · ...: 5 (8 answers)"."""
    parts = [t("chart.count", label=plain(labels[o]), count=found.get(o, 0)) for o in labels]
    total = sum(found.get(o, 0) for o in labels)
    return sentences(plain(title), joined(parts), t("chart.total", count=total))
