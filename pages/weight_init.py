"""Page 1: weight initialization and the activation distributions it gives (the book's
weight_init_activation_histogram), then std 0.01 vs Xavier vs He trained on MNIST."""

import numpy as np
import pandas as pd
import streamlit as st

from engine.experiments import init_comparison
from engine.histograms import BOUNDS, MAX_HISTOGRAM_VALUES, max_samples
from engine.initializers import BOOK_INITS, weight_scale
from engine.optimizers import BOOK_LR
from ui import cache, chart, dataset, nav, pins, predict
from ui.controls import Choice, Flag, IntRange, LogRange
from ui.export import download_csv, to_csv
from ui.figures import lines
from ui.form import Form, current_seed
from ui.i18n import t
from ui.numbers import nice_number
from ui.optimizers import OPTIMIZERS, optimizer_name
from ui.shared import shared
from ui.weight_init import comparison, described, histograms, notes, questions

SAMPLES = IntRange("samples", 1000, 100, 5000, step=100)
CONTROLS = (
    IntRange("layers", 5, 1, 20),
    IntRange("nodes", 100, 10, 500),
    SAMPLES,
    Choice("activation", "sigmoid", ("sigmoid", "tanh", "relu")),
    Choice("init", "1", (*BOOK_INITS, "custom")),
    LogRange("scale", 0.1, 1e-4, 10.0),
    # The histograms' x range (URL `range`). output: the activation's own range, sigmoid (0, 1),
    # tanh (-1, 1), ReLU all its values; auto: zoomed to the values (the default before issue
    # 9.3, which hid sigmoid's collapse to 0.5 in a bell curve); book: (0, 1) for every
    # activation, as the book's script draws it.
    Choice("range", "output", ("output", "auto", "book")),
    Flag("gradients", False),
    IntRange("iterations", 2000, 10, 2000, step=10),
    Choice("optimizer", "sgd", OPTIMIZERS),
)
CONTROLS += (pins.control(CONTROLS[-2:]),)  # the comparison trains with the last two
BOOK_RANGE = (0.0, 1.0)
RUN_KEYS = {"0.01": "init.run_std", "xavier": "init.run_xavier", "he": "init.run_he"}


nav.ensure_entry_point()
form = Form("weight_init", CONTROLS)
v = form.values
# No link may cost the server more than about a second: fewer samples for many wide layers.
most_samples = max_samples(v["layers"], v["nodes"], v["gradients"], step=SAMPLES.step)
samples_limited = v["samples"] > most_samples
if samples_limited:  # before the slider is drawn, so it shows the samples used
    st.session_state[form.key("samples")] = most_samples
    form.publish()  # the URL shows the samples used
st.title(t("init.title"))
st.markdown(t("init.intro"))

row = st.columns(3)
form.widget("layers", t("init.layers"), help=t("init.layers_help"), container=row[0])
form.widget("nodes", t("init.nodes"), help=t("init.nodes_help"), container=row[1])
form.widget("samples", t("init.samples"), help=t("init.samples_help"), container=row[2])
if samples_limited or most_samples < SAMPLES.high:
    row[2].caption(
        t(
            "init.samples_limit_grad" if v["gradients"] else "init.samples_limit",
            most=most_samples,
            layers=v["layers"],
            nodes=v["nodes"],
            values=MAX_HISTOGRAM_VALUES // 1_000_000,
        )
    )
row = st.columns([2, 3])
form.widget(
    "activation",
    t("init.activation"),
    format_func=lambda v: t(f"init.act_{v}"),
    style="segmented",
    container=row[0],
)
form.widget(
    "init",
    t("init.init"),
    help=t("init.init_help"),
    format_func=lambda v: t(f"init.init_{v}"),
    style="segmented",
    container=row[1],
)
row = st.columns([2, 3])  # the range's three choices need the wider column (cut at 1/3)
v = form.values
form.widget(
    "scale",
    t("init.scale"),
    help=t("init.scale_help"),
    disabled=v["init"] != "custom",
    container=row[0],
)
form.widget(
    "range",
    t("init.range"),
    help=t("init.range_help"),
    format_func=lambda r: t(f"init.range_{r}"),
    style="segmented",
    container=row[1],
)
form.widget("gradients", t("init.gradients"), help=t("init.gradients_help"))

v = form.values
weight_init_std = v["scale"] if v["init"] == "custom" else BOOK_INITS[v["init"]]
st.caption(t("init.sigma", sigma=weight_scale(weight_init_std, v["nodes"]), nodes=v["nodes"]))
value_range = {"output": BOUNDS.get(v["activation"]), "auto": None, "book": BOOK_RANGE}[v["range"]]
result = cache.activation_distributions(
    gradients=v["gradients"],
    value_range=value_range,
    layers=v["layers"],
    nodes=v["nodes"],
    samples=v["samples"],
    activation=v["activation"],
    weight_init_std=weight_init_std,
    seed=current_seed(),
)
hist, stats = result.histograms, result.stats

quantity_labels = {q: t(f"init.name_{q}") for q in ("activation", "gradient")}
activation_name = t(f"init.act_{v['activation']}")
if value_range is None:  # zoomed to the values: say from where to where
    drawn = hist[hist["quantity"] == "activation"]
    range_note = t(
        "init.range_note_relu" if v["range"] == "output" else "init.range_note_auto",
        low=nice_number(drawn["bin_left"].min()),
        high=nice_number(drawn["bin_right"].max()),
    )
elif v["range"] == "book":
    range_note = t("init.range_note_book")
else:
    low, high = (f"{b:g}" for b in value_range)
    range_note = t("init.range_note_output", activation=activation_name, low=low, high=high)
hist_labels = {
    "title": t(
        "init.hist_title",
        activation=activation_name,
        init=t(f"init.init_{v['init']}")
        if v["init"] != "custom"
        else t("init.custom_title", sigma=v["scale"]),
    ),
    "subtitle": range_note,
    "layer": t("init.layer_n"),
    "y": t("init.share_axis"),
    **{f"name_{q}": label for q, label in quantity_labels.items()},
    **{f"x_{q}": t(f"init.x_{q}") for q in quantity_labels},
}
# Built once per settings and language for the whole server: a class moves the same sliders.
settings = ("weight_init", tuple(sorted(v.items())), current_seed())
sigma = weight_scale(weight_init_std, v["nodes"])
predict.ask_first(questions.shape_question(v, sigma), settings, stats)  # when a lesson asks
chart.draw(
    shared(
        settings,
        "hist",
        lambda: described.histograms(
            histograms.histogram_grid(
                hist, hist_labels, cap_spikes=v["activation"] == "relu", value_range=value_range
            ),
            stats,
            v["activation"],
        ),
    ),
    key="init:hist",
)
download_csv(
    hist,
    "activation-histograms",
    label=t("init.hist_csv"),
    csv=shared(settings, "hist.csv", lambda: to_csv(hist)),
)

st.subheader(t("init.see_header"))
for key, args in notes.activation_insights(
    stats, hist, activation=v["activation"], nodes=v["nodes"], book_range=v["range"] == "book"
):
    st.markdown(t(key, **args))

left, right = st.columns(2)
with left:
    std_labels = {
        "title": t("init.std_title"),
        "x": t("init.std_x"),
        "y": t("init.std_y"),
        **{f"name_{q}": label for q, label in quantity_labels.items()},
    }
    std_chart = lambda: described.std_by_layer(histograms.std_by_layer(stats, std_labels))  # noqa: E731
    chart.draw(shared(settings, "std", std_chart), key="init:std")
    download_csv(stats[["quantity", "layer", "std"]], "std-by-layer", label=t("init.std_csv"))
with right:
    st.markdown(f"**{t('init.table_header')}**")
    percent = lambda x: "—" if pd.isna(x) else f"{100 * x:.1f}"  # noqa: E731
    number = lambda x: "—" if not np.isfinite(x) else nice_number(x)  # noqa: E731
    table = pd.DataFrame(
        {
            t("init.col_quantity"): stats["quantity"].map(quantity_labels),
            t("init.col_layer"): stats["layer"],
            t("init.col_mean"): stats["mean"].map(number),
            t("init.col_std"): stats["std"].map(number),
            t("init.col_saturated"): stats["saturated"].map(percent),
            t("init.col_zeros"): stats["zeros"].map(percent),
        }
    )
    hidden = [] if v["gradients"] else [t("init.col_quantity")]
    if v["activation"] == "relu":  # saturation is not defined for ReLU
        hidden.append(t("init.col_saturated"))
    else:  # sigmoid and tanh are never exactly 0 (engine.experiments.ActivationResult)
        hidden.append(t("init.col_zeros"))
    # An HTML table: every cell as wide as its text needs (a canvas grid cut "2.31 × 10⁻⁶"
    # to "2.31 × 10⁻"), and on a phone the columns share the width.
    st.table(table.drop(columns=hidden), hide_index=True)
    if v["activation"] != "relu":
        st.caption(t("init.col_saturated_help"))
    download_csv(stats, "layer-statistics", label=t("init.table_csv"))

with st.expander(t("init.theory_header"), expanded=True):
    st.markdown(t("init.theory"))

st.header(t("init.train_header"))
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
    lambda frame: lines.loss_curves(frame, loss_labels, run_names, x_range=(0, iterations))
)


outcome = predict.stream(
    questions.loss_question(iterations, optimizer_label, run_names),
    "init_comparison",
    init_comparison,
    comparison.run_kwargs(form.values, current_seed()),
    figures=lambda frame: described.losses(with_pins(frame), frame, run_names),
    draw_key=pinned.draw_key(None),
    metrics=lambda frame: comparison.final_losses(frame, run_names),
    run_names=run_names,
    csv_name="init-comparison",
    explain=comparison.explainer(form, iterations, dataset.mnist().train_size),
)
st.caption(t("init.loss_caption"))
pinned.bar(outcome.status in ("finished", "cached"))
