"""The weight-initialization page's controls and sections: the activations of a deep network
for one initial weight scale (the book's weight_init_activation_histogram) with their
statistics, then std 0.01, Xavier and He trained on MNIST (weight_init_compare).

    form = Form(section.PAGE, section.CONTROLS)
    section.network_part(form)  # the widgets and histograms: a part that redraws alone
    section.comparison_section(form)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np
import pandas as pd
import streamlit as st

from engine.experiments import init_comparison
from engine.histograms import BOUNDS, MAX_HISTOGRAM_VALUES, max_samples
from engine.initializers import BOOK_INITS, weight_scale
from engine.optimizers import BOOK_LR
from ui import alone, cache, chart, dataset, live, pins, predict
from ui.choices import ACTIVATION_NAMES, INIT_NAMES
from ui.controls import Choice, Control, Flag, IntRange, LogRange
from ui.export import download_csv
from ui.figures import lines
from ui.form import current_seed
from ui.i18n import t, t_each
from ui.numbers import nice_number
from ui.optimizers import OPTIMIZERS, optimizer_name
from ui.shared import shared
from ui.weight_init import comparison, described, histograms, notes, questions

PAGE = "weight_init"
SAMPLES = IntRange("samples", 1000, 100, 5000, step=100)
CONTROLS: tuple[Control, ...] = (
    IntRange("layers", 5, 1, 20),
    IntRange("nodes", 100, 10, 500),
    SAMPLES,
    Choice("activation", "sigmoid", ("sigmoid", "tanh", "relu")),
    Choice("init", "1", (*BOOK_INITS, "custom")),
    LogRange("scale", 0.1, 1e-4, 10.0),
    # The histograms' x range (URL `range`). output: the activation's own range, sigmoid (0, 1),
    # tanh (-1, 1), ReLU all its values; auto: zoomed to the values (which hid sigmoid's
    # collapse to 0.5 in a bell curve when it was the default); book: (0, 1) for every
    # activation, as the book's script draws it.
    Choice("range", "output", ("output", "auto", "book")),
    Flag("gradients", False),
    IntRange("iterations", 2000, 10, 2000, step=10),
    Choice("optimizer", "sgd", OPTIMIZERS),
)
CONTROLS += (pins.control(CONTROLS[-2:]),)  # the comparison trains with the last two
BOOK_RANGE = (0.0, 1.0)
RANGE_NAMES = {"output": "init.range_output", "auto": "init.range_auto", "book": "init.range_book"}
QUANTITY_NAMES = {"activation": "init.name_activation", "gradient": "init.name_gradient"}
AXIS_NAMES = {"activation": "init.x_activation", "gradient": "init.x_gradient"}
RUN_KEYS = {"0.01": "init.run_std", "xavier": "init.run_xavier", "he": "init.run_he"}


def book_runs() -> list[tuple[str, Callable, dict]]:
    """The page's run at its default settings, seed 0, as the page asks for it (ui/warm.py)."""
    defaults = {c.name: c.default for c in CONTROLS}
    return [("init_comparison", init_comparison, comparison.run_kwargs(defaults, 0))]


def cap_samples(form) -> int:
    """The most samples the form's network may draw, the samples lowered to it first (widget
    and URL): no link may cost the server more than about a second."""
    v = form.values
    most = max_samples(v["layers"], v["nodes"], v["gradients"], step=SAMPLES.step)
    form.cap("samples", most)
    return most


def network_part(form) -> None:
    """The network's widgets and its histograms, a part that redraws alone (ui.alone) while
    the comparison below is not training for this reader."""

    def draw() -> None:
        network_widgets(form, cap_samples(form))  # capped before the slider shows it
        histogram_section(form)

    trains = live.training("init_comparison", comparison.run_kwargs(form.values, current_seed()))
    alone.part(form, draw, inline=form.lesson.active or trains)


def network_widgets(form, most_samples: int) -> None:
    """The network's size, activation, initial weights, the histograms' range and whether to
    show the gradients too."""
    size = st.columns(3)
    form.widget("layers", t("init.layers"), help=t("init.layers_help"), container=size[0])
    form.widget("nodes", t("init.nodes"), help=t("init.nodes_help"), container=size[1])
    form.widget("samples", t("init.samples"), help=t("init.samples_help"), container=size[2])
    v = form.values
    if most_samples < SAMPLES.high:
        size[2].caption(
            t(
                "init.samples_limit_grad" if v["gradients"] else "init.samples_limit",
                most=most_samples,
                layers=v["layers"],
                nodes=v["nodes"],
                values=MAX_HISTOGRAM_VALUES // 1_000_000,
            )
        )
    kind = st.columns([2, 3])
    form.widget(
        "activation",
        t("init.activation"),
        format_func=lambda a: t(ACTIVATION_NAMES[a]),
        style="segmented",
        container=kind[0],
    )
    form.widget(
        "init",
        t("init.init"),
        help=t("init.init_help"),
        format_func=lambda i: t(INIT_NAMES[i]),
        style="segmented",
        container=kind[1],
    )
    look = st.columns([2, 3])  # the range's three choices need the wider column (cut at 1/3)
    form.widget(
        "scale",
        t("init.scale"),
        help=t("init.scale_help"),
        disabled=form["init"] != "custom",
        container=look[0],
    )
    form.widget(
        "range",
        t("init.range"),
        help=t("init.range_help"),
        format_func=lambda r: t(RANGE_NAMES[r]),
        style="segmented",
        container=look[1],
    )
    form.widget("gradients", t("init.gradients"), help=t("init.gradients_help"))


def value_range(values: Mapping) -> tuple[float, float] | None:
    """The histograms' x range for the `range` control: None zooms to the values."""
    return {"output": BOUNDS.get(values["activation"]), "auto": None, "book": BOOK_RANGE}[
        values["range"]
    ]


def range_note(values: Mapping, hist: pd.DataFrame) -> str:
    """The histograms' subtitle: which x range they show, and from where to where."""
    shown = value_range(values)
    if shown is None:  # zoomed to the values: say from where to where
        drawn = hist[hist["quantity"] == "activation"]
        return t(
            "init.range_note_relu" if values["range"] == "output" else "init.range_note_auto",
            low=nice_number(drawn["bin_left"].min()),
            high=nice_number(drawn["bin_right"].max()),
        )
    if values["range"] == "book":
        return t("init.range_note_book")
    low, high = (f"{b:g}" for b in shown)
    activation = t(ACTIVATION_NAMES[values["activation"]])
    return t("init.range_note_output", activation=activation, low=low, high=high)


def quantity_labels() -> dict[str, str]:
    return t_each(QUANTITY_NAMES)


def histogram_labels(values: Mapping, hist: pd.DataFrame) -> dict[str, str]:
    init = (
        t(INIT_NAMES[values["init"]])
        if values["init"] != "custom"
        else t("init.custom_title", sigma=values["scale"])
    )
    activation = t(ACTIVATION_NAMES[values["activation"]])
    return {
        "title": t("init.hist_title", activation=activation, init=init),
        "subtitle": range_note(values, hist),
        "layer": t("init.layer_n"),
        "y": t("init.share_axis"),
        **{f"name_{q}": label for q, label in quantity_labels().items()},
        **{f"x_{q}": t(key) for q, key in AXIS_NAMES.items()},
    }


def histogram_section(form) -> None:
    """The activations (and gradients) layer by layer for the form's settings: the
    histograms, what they show, the spread by layer and the table of statistics."""
    v = form.values
    weight_init_std = v["scale"] if v["init"] == "custom" else BOOK_INITS[v["init"]]
    sigma = weight_scale(weight_init_std, v["nodes"])
    st.caption(t("init.sigma", sigma=sigma, nodes=v["nodes"]))
    result = cache.activation_distributions(
        gradients=v["gradients"],
        value_range=value_range(v),
        layers=v["layers"],
        nodes=v["nodes"],
        samples=v["samples"],
        activation=v["activation"],
        weight_init_std=weight_init_std,
        seed=current_seed(),
    )
    hist, stats = result.histograms, result.stats
    labels = histogram_labels(v, hist)
    # Built once per settings and language for the whole server: a class moves the same sliders.
    settings = (PAGE, tuple(sorted(v.items())), current_seed())
    predict.ask_first(questions.shape_question(v, sigma), settings, stats)  # when a lesson asks

    def grid():
        figure = histograms.histogram_grid(
            hist, labels, cap_spikes=v["activation"] == "relu", value_range=value_range(v)
        )
        return described.histograms(figure, stats, v["activation"])

    chart.draw(shared(settings, "hist", grid), key="init:hist")
    download_csv(hist, "activation-histograms", label=t("init.hist_csv"))

    st.subheader(t("init.see_header"))

    def insights() -> list[str]:
        found = notes.activation_insights(
            stats,
            hist,
            activation=v["activation"],
            nodes=v["nodes"],
            book_range=v["range"] == "book",
        )
        return [t(key, **args) for key, args in found]

    found = shared(settings, "insights", insights)
    if found:  # one element, not one per note: each element a move sends wakes the event loop
        st.markdown("\n\n".join(found))

    left, right = st.columns(2)
    with left:
        std_labels = {
            "title": t("init.std_title"),
            "x": t("init.std_x"),
            "y": t("init.std_y"),
            **{f"name_{q}": label for q, label in quantity_labels().items()},
        }

        def std_chart():
            return described.std_by_layer(histograms.std_by_layer(stats, std_labels))

        chart.draw(shared(settings, "std", std_chart), key="init:std")
        download_csv(stats[["quantity", "layer", "std"]], "std-by-layer", label=t("init.std_csv"))
    with right:
        st.markdown(f"**{t('init.table_header')}**")
        # An HTML table: every cell as wide as its text needs (a canvas grid cut "2.31 × 10⁻⁶"
        # to "2.31 × 10⁻"), and on a phone the columns share the width.
        st.table(shared(settings, "table", lambda: layer_table(stats, v)), hide_index=True)
        if v["activation"] != "relu":
            st.caption(t("init.col_saturated_help"))
        download_csv(stats, "layer-statistics", label=t("init.table_csv"))


def layer_table(stats: pd.DataFrame, values: Mapping) -> pd.DataFrame:
    """Each layer's statistics as the table shows them: translated column names, numbers as
    text, "—" for none; the quantity column only with the gradients, and saturation (sigmoid,
    tanh) or the share of zeros (ReLU), whichever the activation can have."""

    def percent(x):
        return "—" if pd.isna(x) else f"{100 * x:.1f}"

    def number(x):
        return "—" if not np.isfinite(x) else nice_number(x)

    table = pd.DataFrame(
        {
            t("init.col_quantity"): stats["quantity"].map(quantity_labels()),
            t("init.col_layer"): stats["layer"],
            t("init.col_mean"): stats["mean"].map(number),
            t("init.col_std"): stats["std"].map(number),
            t("init.col_saturated"): stats["saturated"].map(percent),
            t("init.col_zeros"): stats["zeros"].map(percent),
        }
    )
    hidden = [] if values["gradients"] else [t("init.col_quantity")]
    if values["activation"] == "relu":  # saturation is not defined for ReLU
        hidden.append(t("init.col_saturated"))
    else:  # sigmoid and tanh are never exactly 0 (engine.experiments.ActivationResult)
        hidden.append(t("init.col_zeros"))
    return table.drop(columns=hidden)


def comparison_section(form) -> None:
    """The three initial weights trained side by side with the chosen update rule, live, with
    the pinned runs faded in."""
    row = st.columns([2, 3])
    iterations = form.widget(
        "iterations", t("init.iterations"), help=t("init.iterations_help"), container=row[0]
    )
    optimizer = form.widget(
        "optimizer",
        t("init.optimizer"),
        help=t("init.optimizer_help"),
        format_func=optimizer_name,
        style="segmented",
        container=row[1],
    )
    optimizer_label = optimizer_name(optimizer)
    st.markdown(t("init.train_intro", optimizer=optimizer_label, lr=BOOK_LR[optimizer]))
    dataset.caption()
    run_names = {run: t(key) for run, key in RUN_KEYS.items()}
    loss_labels = {
        "title": t("init.loss_title", optimizer=optimizer_label),
        "x": t("init.loss_x"),
        "y": t("init.loss_y"),
    }
    pinned = pins.Pins(form, "init_comparison", init_comparison, comparison.run_kwargs)
    with_pins = pinned.figures(
        lambda run: lines.loss_curves(run.frame, loss_labels, run_names, x_range=(0, iterations))
    )
    outcome = predict.stream(
        questions.loss_question(iterations, optimizer_label, run_names),
        "init_comparison",
        init_comparison,
        comparison.run_kwargs(form.values, current_seed()),
        figures=lambda run: described.losses(with_pins(run), run.frame, run_names),
        draw_key=pinned.draw_key(None),
        metrics=lambda frame: comparison.final_losses(frame, run_names),
        run_names=run_names,
        csv_name="init-comparison",
        explain=comparison.explainer(form, iterations, dataset.mnist().train_size),
    )
    st.caption(t("init.loss_caption"))
    pinned.bar(outcome.status in ("finished", "cached"))
