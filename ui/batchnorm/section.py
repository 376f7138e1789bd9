"""The Batch Normalization page's controls and its training sections: with vs without BN at
one weight scale (the book's batch_norm_test), live, then over the book's 16 scales. The
sections before them, on the layer itself, are ui/batchnorm/walkthrough.py's.

    form = Form(section.PAGE, section.controls())
    ...walkthrough sections...
    section.comparison_section(form)
    section.grid_section(form)
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pandas as pd
import streamlit as st

from engine.experiments import BOOK_BN_SCALES, batchnorm_comparison, batchnorm_grid
from engine.progress import WITH_BN, WITHOUT_BN, grid_run
from ui import chart, dataset, diagnosis, pins, predict
from ui.batchnorm import comparison, described, graph, questions, scale_grid, scale_panels
from ui.controls import Choice, Control, Flag, FloatRange, IntRange, LogRange, NumberList
from ui.export import download_csv
from ui.form import current_seed
from ui.i18n import t, t_each
from ui.runs import Shown

PAGE = "batchnorm"
PRESETS = {"plain": "1, 2, 3", "extreme": "1, 2, 3, 100"}
NUMBERS = NumberList("numbers", PRESETS["plain"])
GRID_ROW_NAMES = {  # the heatmap's columns, in scale_grid.GRID_ROWS order
    "ours_bn": "batchnorm.grid_row_ours_bn",
    "ours_plain": "batchnorm.grid_row_ours_plain",
    "book_bn": "batchnorm.grid_row_book_bn",
    "book_plain": "batchnorm.grid_row_book_plain",
}
COMPARED = ("scale", "epochs", "train_size")  # what the BN comparison trains with (and pins)


def controls() -> tuple[Control, ...]:
    """The page's controls, the training images limited to the data set in use (read on every
    run: a server's data set, or a test's, is known only then); last the pins."""
    own = (
        NUMBERS,
        IntRange("batch", 4, 1, 16),
        IntRange("features", 3, 1, 6),
        FloatRange("gamma", 1.0, 0.0, 3.0, step=0.1),
        FloatRange("beta", 0.0, -3.0, 3.0, step=0.1),
        Choice("step", "x", graph.STEPS),
        Flag("check_bn", True),
        FloatRange("momentum", 0.9, 0.5, 0.99, step=0.01),
        IntRange("steps", 50, 10, 200, step=10),
        LogRange("scale", 0.01, 1e-4, 10.0, extra=BOOK_BN_SCALES),
        IntRange("epochs", 20, 1, 50),
        dataset.limited(IntRange("train_size", 1000, 100, 4000, step=100)),
    )
    return (*own, pins.control([c for c in own if c.name in COMPARED]))


RUNS = {WITH_BN: True, WITHOUT_BN: False}  # engine run name -> batchnorm column


def book_runs() -> list[tuple[str, Callable, dict]]:
    """The page's two runs at its default settings, seed 0, as the page asks for them: the
    comparison at std 0.01 and the 16-scale grid (for ui/warm.py)."""
    defaults = {c.name: c.default for c in controls()}
    return [
        ("bn_comparison", batchnorm_comparison, comparison.run_kwargs(defaults, 0)),
        ("bn_grid", batchnorm_grid, comparison.grid_kwargs(defaults, 0)),
    ]


def run_names() -> dict[bool, str]:
    """The two runs' names in the current language, by their batchnorm column."""
    return {True: t("batchnorm.run_bn"), False: t("batchnorm.run_plain")}


def scale_label(scale: float) -> str:
    if any(math.isclose(scale, b) for b in BOOK_BN_SCALES):
        return t("batchnorm.scale_book", scale=scale)
    return f"{scale:.3g}"


def comparison_section(form) -> None:
    """BN against no BN at the form's weight scale, epochs and images, live, with the pinned
    runs faded in and what the finished comparison shows."""
    st.header(t("batchnorm.train_header"))
    st.markdown(t("batchnorm.train_intro"))
    dataset.caption()
    row = st.columns(3)
    scale = form.widget(
        "scale",
        t("batchnorm.scale"),
        help=t("batchnorm.scale_help"),
        format_func=scale_label,
        container=row[0],
    )
    epochs = form.widget(
        "epochs", t("batchnorm.epochs"), help=t("batchnorm.epochs_help"), container=row[1]
    )
    form.widget(
        "train_size",
        t("batchnorm.train_size"),
        help=t("batchnorm.train_size_help"),
        container=row[2],
    )
    names = run_names()
    curve_labels = {
        "title": t("batchnorm.curve_title", scale=f"{scale:.3g}"),
        "x": t("batchnorm.curve_x"),
        "y": t("batchnorm.curve_y"),
    }

    def final_metrics(frame: pd.DataFrame) -> list[tuple]:
        finals = comparison.final_accuracies(frame, epochs).set_index("batchnorm")["train_acc"]
        items = []
        for flag in (True, False):
            value = finals.get(flag, math.nan)
            shown = t("batchnorm.metric_diverged") if math.isnan(value) else f"{value:.3f}"
            items.append((t("batchnorm.metric_final", run=names[flag]), shown, None))
        return items

    pinned = pins.Pins(form, "bn_comparison", batchnorm_comparison, comparison.run_kwargs)
    with_pins = pinned.figures(
        lambda run: comparison.bn_curves(run.frame, curve_labels, names, x_range=(0, epochs))
    )
    outcome = predict.stream(
        questions.bn_question(scale, epochs),
        "bn_comparison",
        batchnorm_comparison,
        comparison.run_kwargs(form.values, current_seed()),
        figures=lambda run: described.curves(with_pins(run)),
        draw_key=pinned.draw_key(None),
        metrics=final_metrics,
        run_names={run: names[flag] for run, flag in RUNS.items()},
        csv_name="bn-comparison",
        explain=comparison.explainer(form),
    )
    pinned.bar(outcome.status in ("finished", "cached"))
    if outcome.status in ("finished", "cached"):
        for key, args in comparison.comparison_notes(outcome.frame, epochs):
            st.markdown(t(key, **args))


def grid_section(form) -> None:
    """The book's 16 scales with and without BN at the comparison's epochs and images: 16
    panels of curves, then the heatmap that sums them up (the book's recorded one until
    the grid is trained)."""
    v = form.values
    epochs = v["epochs"]
    st.header(t("batchnorm.grid_header"))
    st.markdown(t("batchnorm.grid_intro", epochs=epochs, train_size=v["train_size"]))
    names = run_names()
    panel_labels = {
        "title": t("batchnorm.panels_title", epochs=epochs),
        "x": t("batchnorm.curve_x"),
        "y": t("batchnorm.curve_y"),
    }

    def grid_figures(run: Shown):
        frame = run.frame
        panels = scale_panels.scale_panels(frame, panel_labels, names, epochs)
        return [described.panels(panels, frame, names, epochs), grid_figure(frame, epochs)]

    grid = predict.stream(
        questions.scales_question(epochs),
        "bn_grid",
        batchnorm_grid,
        comparison.grid_kwargs(v, current_seed()),
        figures=grid_figures,
        run_names={
            grid_run(s, run): t("batchnorm.grid_run", run=names[flag], scale=f"{s:.3g}")
            for s in BOOK_BN_SCALES
            for run, flag in RUNS.items()
        },
        csv_name="bn-grid-curves",
        explain=diagnosis.Explainer(form),  # no lever: the grid runs every scale
    )
    if grid.status == "idle":
        chart.draw(grid_figure(None, epochs), key="bn:grid_book")
    summary = scale_grid.grid_summary(grid.frame, epochs)
    st.caption(t("batchnorm.grid_caption"))
    st.caption(t("batchnorm.panels_caption"))
    download_csv(summary, "bn-grid-summary", label=t("batchnorm.grid_csv"))
    if grid.status in ("finished", "cached"):
        for key, args in scale_grid.grid_notes(summary):
            st.markdown(t(key, **args))
    st.markdown(t("batchnorm.grid_book_note"))


def grid_figure(frame: pd.DataFrame | None, epochs: int) -> chart.Chart:
    """The heatmap of final training accuracies, scale by scale, with and without BN."""
    summary = scale_grid.grid_summary(frame, epochs)
    cells = scale_grid.grid_cells(summary, t("batchnorm.grid_diverged"))
    figure = scale_grid.heatmap(
        cells,
        x="row",
        y="weight_init_std",
        z="train_acc",
        labels={
            "title": t("batchnorm.grid_title", epochs=epochs),
            "x": "",
            "y": t("batchnorm.grid_x"),
            "z": t("batchnorm.grid_z"),
        },
        x_names=t_each(GRID_ROW_NAMES),
        flag="flag",
        cell_text="text",
    )
    return described.grid(figure, summary)
