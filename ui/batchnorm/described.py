"""The Batch Normalization page's charts with their descriptions (issue 18): what each shows
and what to notice, from the numbers the figures draw, in the page's language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from engine.experiments import BOOK_BN_SCALES
from ui import describe
from ui.batchnorm import graph, scale_grid, scale_panels
from ui.batchnorm.central import Centre
from ui.batchnorm.comparison import WIN_MARGIN
from ui.batchnorm.primer import exact_text
from ui.chart import Chart
from ui.i18n import t


def number_line(fig: go.Figure, values: Sequence, found: Centre) -> Chart:
    """The typed numbers on a line: the mean, the median and the mode, and which way an
    extreme value pulls the mean off the median."""
    modes = ", ".join(exact_text(m) for m in found.modes)
    mode = (
        t("chart.centre_mode", modes=modes, count=found.mode_count)
        if found.modes
        else t("chart.centre_no_mode")
    )
    text = t(
        "chart.centre",
        values=", ".join(exact_text(v) for v in values),
        mean=exact_text(found.mean),
        median=exact_text(found.median),
        mode=mode,
    )
    pull = ""
    if found.mean != found.median:
        far = max(values, key=lambda v: abs(float(v) - float(found.median)))
        side = "chart.centre_right" if found.mean > found.median else "chart.centre_left"
        pull = t(
            side,
            gap=exact_text(abs(found.mean - found.median)),
            far=exact_text(far),
        )
    return Chart(fig, describe.sentences(describe.title_of(fig), text, pull))


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


def _panel_runs(ends: list[dict], names: Mapping[bool, str], epochs: int) -> list[str]:
    """Per run (with BN, without): the range its curves end in, and where a curve stops
    early. ends: scale_panels.curve_ends."""
    parts = []
    for flag, line in ((True, "chart.line_solid"), (False, "chart.line_dashed")):
        mine = [e for e in ends if e["batchnorm"] == flag]
        if not mine:
            continue
        low = min(mine, key=lambda e: e["train_acc"])
        high = max(mine, key=lambda e: e["train_acc"])
        parts.append(
            t(
                "chart.panels_run",
                run=names[flag],
                line=t(line),
                low=f"{low['train_acc']:.2f}",
                low_at=f"{low['scale']:.3g}",
                high=f"{high['train_acc']:.2f}",
                high_at=f"{high['scale']:.3g}",
            )
        )
        short = [f"{e['scale']:.3g}" for e in mine if e["epoch"] < epochs]
        if short:
            parts.append(
                t("chart.panels_short", run=names[flag], epochs=epochs, scales=", ".join(short))
            )
    return parts


def panels(
    fig: go.Figure, frame: pd.DataFrame | None, names: Mapping[bool, str], epochs: int
) -> Chart:
    """The 16 panels of training curves (scale_panels): where each run's curves end, and in
    how many panels BN ends clearly higher. names: {True: with BN, False: without}."""
    ends = scale_panels.curve_ends(frame)
    if not ends:
        scales = BOOK_BN_SCALES
        waiting = t(
            "chart.panels_waiting",
            count=len(scales),
            largest=f"{max(scales):.3g}",
            smallest=f"{min(scales):.3g}",
        )
        return Chart(fig, describe.sentences(describe.title_of(fig), waiting))
    full = {(e["scale"], e["batchnorm"]): e["train_acc"] for e in ends if e["epoch"] >= epochs}
    both = [s for s, flag in full if flag and (s, False) in full]
    wins = sum(full[(s, True)] - full[(s, False)] > WIN_MARGIN for s in both)
    parts = _panel_runs(ends, names, epochs)
    if both:
        parts.append(t("chart.panels_wins", margin=WIN_MARGIN, wins=wins, both=len(both)))
    body = describe.joined(parts)
    body = body[:1].upper() + body[1:]  # a run's name ("with BN") begins the sentence
    return Chart(fig, describe.sentences(describe.title_of(fig), body))
