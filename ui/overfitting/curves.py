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
GAP_LABEL_SEP = 0.1  # accuracy units between two gap labels (a label is ~16 px of ~260)
GAP_LABEL_SIZE = 11  # px
LABEL_TOP = 0.97  # the highest a gap label's middle goes (the axis ends at 1.02)
LABEL_HALF = 0.035  # half a label's height, in accuracy units
CURVE_CLEARANCE = 0.03  # between a label and a curve (half a reference band and a little)
LABEL_SPAN = 0.55  # the share of the epochs a label covers from the right (a phone's panel)
REFERENCE_WIDTH = 7  # px: the run without the technique, a pale band drawn under the main run
REFERENCE_OPACITY = 0.45
PANEL_WIDTHS = (0.6, 0.4)  # accuracy, weight norm
PANEL_SPACING = 0.12  # between the panels: the last epoch's tick ("200") and the next "0"
NORM_EPOCH_TICKS = 3  # the narrower panel's epoch ticks (0, 100, 200): five ran together
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
    Each gap is written beside the right edge, stacked where no curve runs (gap_lane), or,
    where the curves leave no room for the stack (and always with legend_per_run: five labels
    found none), in the legend: the run's entry, or its test line's.
    The epoch axis is fixed to [0, epochs] so live curves grow into a frame that stays put; the
    norm axis starts at 0 (the shrinking is the point) unless the norms span more than
    LOG_NORM_RATIO, when it turns logarithmic (a blowing-up run before it diverges).

    Built as one go.Figure with two x-axis domains, traces and layout given at once: it is
    redrawn several times a second while the runs train, and composing panels with
    make_subplots and add_trace cost about 80 ms here, this about 10.
    """
    order = ordered(frame, "run", run_names)  # named runs first: the order gives colours
    marks = _gap_marks(frame, order)
    gaps = {m["run"]: labels["gap"].format(gap=m["train"] - m["test"]) for m in marks}
    notes = [] if legend_per_run else _gap_notes(frame, marks, gaps, epochs)
    traces = _traces(frame, order, labels, run_names, legend_per_run, {} if notes else gaps)
    layout = _layout(frame, order, labels, epochs)
    layout["shapes"] = _brackets(marks)
    layout["annotations"] = notes
    fig = styled(go.Figure(data=traces, layout=readable_axes(layout)), labels.get("title"), 420)
    fig.update_layout(margin={"r": 70})
    return fig


def _traces(
    frame: pd.DataFrame,
    order: list,
    labels: Mapping[str, str],
    run_names: Mapping[str, str],
    legend_per_run: bool,
    gaps: Mapping,
) -> list[dict]:
    """Every run's train and test accuracy and weight norm as plain trace dicts, in drawing
    order: the runs in reverse `order`, so the first (main) run ends on top. gaps: run -> the
    gap label its legend entry ends with (its test line's, without legend_per_run)."""
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
            gap = f" · {gaps[run]}" if run in gaps else ""
            if trace is not None and legend_per_run:  # one entry per run: its train line
                hover = HOVER.replace("%{fullData.name}", trace["name"])
                trace |= {"legendgroup": name, "showlegend": k == 0, "hovertemplate": hover}
                trace["name"] = f"{name}{gap}" if k == 0 else trace["name"]
            elif trace is not None and column == "test_acc":
                trace["name"] += gap
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
            "nticks": NORM_EPOCH_TICKS,
        },
        # The norm's axis on the right edge: between the panels its ticks and title ran into
        # the accuracy panel on a 390 px phone.
        "yaxis2": {
            "anchor": "x2",
            "domain": [0.0, 1.0],
            "side": "right",
            **_norm_axis(frame, labels),
        },
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


def _gap_marks(frame: pd.DataFrame, order: list) -> list[dict]:
    """Each run that reached the latest epoch: "run", its colour index "i" (its place in
    `order`), "train" and "test" there, and "latest" (the epoch). A run that ended earlier
    (diverged) gets none."""
    if frame.empty:
        return []
    frame = frame[np.isfinite(frame["train_acc"].astype(float))]
    frame = frame[np.isfinite(frame["test_acc"].astype(float))]
    if frame.empty:
        return []
    latest = int(frame["epoch"].max())
    lasts = last_rows(frame).set_index("run")
    marks = []
    for i, run in enumerate(order):
        if run in lasts.index and int(lasts.loc[run, "epoch"]) == latest:
            last = lasts.loc[run]
            train, test = float(last["train_acc"]), float(last["test_acc"])
            marks.append({"run": run, "i": i, "train": train, "test": test, "latest": latest})
    return marks


def _brackets(marks: list[dict]) -> list[dict]:
    """A bracket from test to train accuracy at the latest epoch per run, in the run's colour,
    side by side a few pixels apart, on the accuracy panel."""
    return [
        {
            "type": "line",
            "xref": "x",
            "yref": "y",
            "xsizemode": "pixel",
            "xanchor": m["latest"],
            "x0": 5 * k,
            "x1": 5 * k,
            "y0": m["test"],
            "y1": m["train"],
            "line": {"color": colour(int(m["i"])), "width": 4},
        }
        for k, m in enumerate(marks)
    ]


def _gap_notes(frame: pd.DataFrame, marks: list[dict], gaps: Mapping, epochs: int) -> list[dict]:
    """The gap labels, in the runs' colours, right-aligned at the panel's right edge and
    stacked in the order of their brackets (highest first) where no curve runs (gap_lane);
    [] when there is no such place."""
    if not marks:
        return []
    x_end = max(epochs, 1)
    marks = sorted(marks, key=lambda m: -(m["train"] + m["test"]) / 2)
    wanted = sum(m["train"] + m["test"] for m in marks) / (2 * len(marks))
    top = gap_lane(_spans_near(frame, x_end * (1 - LABEL_SPAN)), len(marks), wanted)
    if top is None:
        return []
    return [
        {
            "xref": "x",
            "yref": "y",
            "x": x_end,
            "y": top - k * GAP_LABEL_SEP,
            "text": gaps[m["run"]],
            "showarrow": False,
            "xanchor": "right",
            "xshift": -4,
            "font": {"color": readable(colour(int(m["i"]))), "size": GAP_LABEL_SIZE},
        }
        for k, m in enumerate(marks)
    ]


def _spans_near(frame: pd.DataFrame, x_from: float) -> np.ndarray:
    """(k, 2) low and high accuracy of every drawn segment of every curve from epoch `x_from`
    on (the segment that crosses x_from too): a line between two epochs passes every value
    between theirs."""
    spans = []
    for _, rows in frame.sort_values("epoch").groupby("run", sort=False):
        keep = rows["epoch"].to_numpy() >= x_from
        keep[:-1] |= keep[1:]  # the segment into the lane starts before it
        for column in ("train_acc", "test_acc"):
            ys = rows[column].to_numpy(dtype=float)[keep]
            ys = ys[np.isfinite(ys)]
            if len(ys):
                pairs = np.column_stack([ys[:-1], ys[1:]]) if len(ys) > 1 else ys[:, None]
                spans.append(np.column_stack([pairs.min(axis=1), pairs.max(axis=1)]))
    return np.concatenate(spans) if spans else np.zeros((0, 2))


def gap_lane(spans: np.ndarray, n: int, wanted: float) -> float | None:
    """Where the top label of a stack of `n` (GAP_LABEL_SEP apart) goes so that no label comes
    within CURVE_CLEARANCE of a curve: `spans` (k, 2) are the low and high values of the
    curves' segments near the right edge. In the free stretch of the axis that holds the
    stack, as close to `wanted` (the brackets' middle) as it can; None if none holds it."""
    reach = LABEL_HALF + CURVE_CLEARANCE
    low, high = LABEL_HALF, LABEL_TOP  # label middles stay on the axis (0 to 1.02)
    spans = spans[np.argsort(spans[:, 0])] if len(spans) else spans
    # the highest value reached by any segment starting below each one: free above that
    tops = np.maximum.accumulate(spans[:, 1]) if len(spans) else spans[:, 1]
    starts = np.maximum(np.concatenate([[-np.inf], tops]) + reach, low)
    ends = np.minimum(np.concatenate([spans[:, 0], [np.inf]]) - reach, high)
    free = ends >= starts
    edges = list(zip(starts[free].tolist(), ends[free].tolist(), strict=True))
    height = (n - 1) * GAP_LABEL_SEP
    fitting = [(a, b) for a, b in edges if b - a >= height]
    if not fitting:
        return None
    # the stack's top as close to wanted + height / 2 as each stretch allows; the nearest
    best = [min(max(wanted + height / 2, a + height), b) for a, b in fitting]
    return min(best, key=lambda top: abs(top - height / 2 - wanted))
