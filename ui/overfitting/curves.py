"""The overfitting pages' live figure: accuracy (train solid, test dashed) beside the weight
norm, one colour per run, the gap at the end bracketed. Pure."""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from engine.progress import MAIN, last_rows
from ui.figures.lines import ordered
from ui.figures.style import DASHES, colour, readable, readable_axes, series_marker, styled

LOG_NORM_RATIO = 100.0  # weight norms spanning more than this get a log axis
LOG_TICKS = 5  # ... with at most about this many ticks (every few powers of ten)
GAP_LABEL_SEP = 0.1  # accuracy units between two gap labels (a label is ~16 px of ~180 on a phone)
GAP_LABEL_SIZE = 11  # px: five labels stacked fit a phone's panel
LABEL_TOP = 0.97  # the highest a gap label's middle goes (the axis ends at 1.02)
REFERENCE_WIDTH = 7  # px: the run without the technique, a pale band drawn under the main run
REFERENCE_OPACITY = 0.45
PANEL_WIDTHS = (0.6, 0.4)  # accuracy, weight norm
PANEL_SPACING = 0.1  # between the panels: the last epoch's tick ("10") and the next "0"
HOVER = "%{x}: %{y:.3f}<extra>%{fullData.name}</extra>"


def accuracy_and_norm(
    frame: pd.DataFrame,
    labels: Mapping[str, str],
    run_names: Mapping[str, str],
    epochs: int,
    *,
    legend_per_run: bool = False,
) -> go.Figure:
    """Accuracy (train solid, test dashed) beside the weight norm, one colour per run.

    frame: engine.overfitting rows (run, epoch, train_acc, test_acc, weight_norm).
    labels: "title", "x", "acc", "norm", "train", "test", "gap" (template with {gap}: the
    bracket from test to train at each run's latest epoch).
    The main run is drawn last, on top, and the others (the baseline) as pale wide bands under
    it: when the two runs coincide (a weak lever, a few epochs) both stay visible, the main line
    inside the band. The legend still lists the runs in `run_names` order, each run's train
    and test line, or with legend_per_run one entry per run (its solid line; the title says
    what the dashes are): five runs' ten entries left a phone no room for the plot.
    The epoch axis is fixed to [0, epochs] so live curves grow into a frame that stays put; the
    norm axis starts at 0 (the shrinking is the point) unless the norms span more than
    LOG_NORM_RATIO, when it turns logarithmic (a blowing-up run before it diverges).

    Built as one go.Figure with two x-axis domains, traces and layout given at once: it is
    redrawn several times a second while the runs train, and composing panels with
    make_subplots and add_trace cost about 80 ms here, this about 10.
    """
    order = ordered(frame, "run", run_names)  # named runs first: the order gives colours
    traces = _traces(frame, order, labels, run_names, legend_per_run)
    layout = _layout(frame, order, labels, epochs)
    fig = styled(go.Figure(data=traces, layout=readable_axes(layout)), labels.get("title"), 420)
    fig.update_layout(margin={"r": 70})
    return fig


def _traces(
    frame: pd.DataFrame,
    order: list,
    labels: Mapping[str, str],
    run_names: Mapping[str, str],
    legend_per_run: bool,
) -> list[dict]:
    """Every run's train and test accuracy and weight norm as plain trace dicts, in drawing
    order: the runs in reverse `order`, so the first (main) run ends on top."""
    splits = (
        ("train_acc", labels["train"], DASHES[0]),
        ("test_acc", labels["test"], DASHES[1]),
    )
    drawn: list[tuple[int, dict]] = []  # (run's place in `order`, trace)
    for i, run in enumerate(order):
        rows = frame[frame["run"] == run].sort_values("epoch")
        name = run_names.get(run, str(run))
        line, opacity = _line_style(i, run, order)
        for k, (column, split, dash) in enumerate(splits):
            trace = _line(rows, column, f"{name} · {split}", {**line, "dash": dash}, opacity)
            if trace is not None and legend_per_run:  # one entry per run: its train line
                hover = HOVER.replace("%{fullData.name}", trace["name"])
                trace |= {"legendgroup": name, "showlegend": k == 0, "hovertemplate": hover}
                trace["name"] = name if k == 0 else trace["name"]
            if trace is not None:
                drawn.append((i, {**_marker(trace, i), "legendrank": 1 + len(splits) * i + k}))
        trace = _line(rows, "weight_norm", name, {**line, "dash": DASHES[0]}, opacity)
        if trace is not None:  # the legend of the accuracy panel names the runs
            norm = {"xaxis": "x2", "yaxis": "y2", "showlegend": False, "legendrank": 1 + i}
            drawn.append((i, {**_marker(trace, i), **norm}))
    # Drawn in reverse run order, so the first (main) run ends on top; stable within a run.
    return [trace for _, trace in sorted(drawn, key=lambda d: -d[0])]


def _layout(frame: pd.DataFrame, order: list, labels: Mapping[str, str], epochs: int) -> dict:
    """The two panels' axes (accuracy left, weight norm right) and the gap marks."""
    x_range = [0, max(epochs, 1)]
    usable = 1 - PANEL_SPACING
    left_end = usable * PANEL_WIDTHS[0] / sum(PANEL_WIDTHS)
    shapes, notes = _gap_marks(frame, labels["gap"], order)
    return {
        "xaxis": {
            "anchor": "y",
            "domain": [0.0, left_end],
            "title": {"text": labels["x"]},
            "range": x_range,
        },
        "yaxis": {
            "anchor": "x",
            "domain": [0.0, 1.0],
            "title": {"text": labels["acc"]},
            "type": "linear",
            "range": [0, 1.02],
        },
        "xaxis2": {  # epochs too: one axis title under the two panels is enough (a phone)
            "anchor": "y2",
            "domain": [left_end + PANEL_SPACING, 1.0],
            "range": x_range,
        },
        # The norm's axis on the right edge: between the panels its ticks and title ran into
        # the accuracy panel on a 390 px phone.
        "yaxis2": {
            "anchor": "x2",
            "domain": [0.0, 1.0],
            "side": "right",
            **_norm_axis(frame, labels),
        },
        "shapes": shapes,
        "annotations": notes,
    }


def _norm_axis(frame: pd.DataFrame, labels: Mapping[str, str]) -> dict:
    """The weight norm's axis: linear from 0, or logarithmic when the norms span more than
    LOG_NORM_RATIO, with a tick every few powers of ten (at most about LOG_TICKS of them: a
    run blowing up reached 10^33, and a tick per power ran 33 labels into each other)."""
    norms = frame["weight_norm"].to_numpy(dtype=float)
    norms = norms[np.isfinite(norms) & (norms > 0)]
    axis: dict = {"title": {"text": labels["norm"]}, "exponentformat": "power"}
    if len(norms) == 0 or norms.max() / norms.min() <= LOG_NORM_RATIO:
        return axis | {"type": "linear", "rangemode": "tozero"}
    decades = math.log10(norms.max() / norms.min())
    return axis | {"type": "log", "dtick": max(1, math.ceil(decades / LOG_TICKS))}


def _line_style(i: int, run, order: list) -> tuple[dict, float | None]:
    """(line, opacity) of a run: the main run (or a run alone) plain, any other run beside
    the main one a pale wide band."""
    reference = run != MAIN and MAIN in order
    line = {"color": colour(i), "width": REFERENCE_WIDTH if reference else 3}
    return line, REFERENCE_OPACITY if reference else None


def _marker(trace: dict, i: int) -> dict:
    """The run's marker shape on its line (ui.figures.style.series_marker), so runs differ by
    shape as well as colour (the five runs of the regularizer overlay)."""
    if trace["mode"] == "lines":
        return trace | {"mode": "lines+markers", "marker": series_marker(i)}
    return trace | {"marker": series_marker(i) | {"maxdisplayed": 0}}


def _line(rows: pd.DataFrame, column: str, name: str, line: dict, opacity) -> dict | None:
    """One trace as a plain dict: the rows' finite values of `column` by epoch (a diverged
    run simply ends), or None when there are none."""
    ys = rows[column].to_numpy(dtype=float)
    keep = np.isfinite(ys)
    if not keep.any():
        return None
    trace = {
        "type": "scatter",
        "x": rows["epoch"].to_numpy()[keep],
        "y": ys[keep],
        "mode": "lines" if keep.sum() > 1 else "markers",
        "name": name,
        "line": line,
        "legendgroup": name,
        "hovertemplate": HOVER,
        "xaxis": "x",
        "yaxis": "y",
    }
    if opacity is not None:
        trace["opacity"] = opacity
    return trace


def _spread(marks: list[dict]) -> None:
    """Move labels (sorted by "y") at least GAP_LABEL_SEP apart: up from the lowest, then, if
    the top one went past LABEL_TOP (several runs ending near 1), down from there."""
    for a, b in zip(marks, marks[1:], strict=False):
        b["y"] = max(b["y"], a["y"] + GAP_LABEL_SEP)
    if marks and marks[-1]["y"] > LABEL_TOP:
        marks[-1]["y"] = LABEL_TOP
        for a, b in zip(marks[-2::-1], marks[::-1], strict=False):
            a["y"] = min(a["y"], b["y"] - GAP_LABEL_SEP)


def _gap_marks(frame: pd.DataFrame, label: str, order: list) -> tuple[list[dict], list[dict]]:
    """A bracket from test to train accuracy at the latest epoch, one per run that reached it,
    labelled with the gap in the run's colour (`order` gives the colours). A run that ended
    earlier (diverged) gets none. Labels closer than GAP_LABEL_SEP apart are moved apart so
    both stay readable. Returns (shapes, annotations) on the accuracy panel (x, y)."""
    if frame.empty:
        return [], []
    frame = frame[np.isfinite(frame["train_acc"].astype(float))]
    frame = frame[np.isfinite(frame["test_acc"].astype(float))]
    if frame.empty:
        return [], []
    latest = int(frame["epoch"].max())
    marks = []
    lasts = last_rows(frame).set_index("run")
    for i, run in enumerate(order):
        if run not in lasts.index:
            continue
        last = lasts.loc[run]
        if int(last["epoch"]) != latest:
            continue
        train, test = float(last["train_acc"]), float(last["test_acc"])
        marks.append({"i": i, "train": train, "test": test, "y": (train + test) / 2})
    _spread(sorted(marks, key=lambda m: m["y"]))
    shapes, notes = [], []
    for k, m in enumerate(marks):
        col = colour(int(m["i"]))
        shapes.append(
            {
                "type": "line",
                "xref": "x",
                "yref": "y",
                "xsizemode": "pixel",
                "xanchor": latest,
                "x0": 5 * k,
                "x1": 5 * k,
                "y0": m["test"],
                "y1": m["train"],
                "line": {"color": col, "width": 4},
            }
        )
        notes.append(
            {
                "xref": "x",
                "yref": "y",
                "x": latest,
                "y": m["y"],
                "text": label.format(gap=m["train"] - m["test"]),
                "showarrow": False,
                "xanchor": "right",
                "xshift": -6,
                "font": {"color": readable(col), "size": GAP_LABEL_SIZE},
                "bgcolor": "rgba(255,255,255,0.75)",
            }
        )
    return shapes, notes
