"""Page 2: Batch Normalization. A statistics primer (mean, mean deviation, variance, standard
deviation), the layer's computation graph forward and backward with a batch's real numbers and
the numerical gradient check beside it, then the book's batch_norm_test: with vs without BN at
one weight scale, live, and over the book's 16 scales."""

import math

import pandas as pd
import streamlit as st

from engine.experiments import BOOK_BN_SCALES, batchnorm_comparison, batchnorm_grid
from ui import cache, chart, dataset, diagnosis, nav, pins, predict
from ui.batchnorm import (
    central,
    comparison,
    described,
    gradient_check,
    graph,
    primer,
    questions,
    running,
    scale_grid,
    scale_panels,
)
from ui.controls import Choice, Flag, FloatRange, IntRange, LogRange, NumberList, ParamError
from ui.export import download_csv
from ui.figures import diagrams
from ui.form import Form, current_seed, widget_key
from ui.i18n import t
from ui.numbers import nice_number
from ui.outside_text import inert

PRESETS = {"plain": "1, 2, 3", "extreme": "1, 2, 3, 100"}
CONTROLS = (
    NumberList("numbers", PRESETS["plain"]),
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
COMPARED = ("scale", "epochs", "train_size")  # what the BN comparison trains with (and pins)
CONTROLS += (pins.control([c for c in CONTROLS if c.name in COMPARED]),)
NUMBERS = CONTROLS[0]
SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
RUNS = {"with BN": True, "without BN": False}  # engine run name -> batchnorm column


def set_numbers(text: str) -> None:
    st.session_state[widget_key("batchnorm", "numbers")] = text


nav.ensure_entry_point()
form = Form("batchnorm", CONTROLS)
seed = current_seed()
st.title(t("batchnorm.title"))
st.markdown(t("batchnorm.intro"))

# ---------------------------------------------------------------- 1. statistics primer
st.header(t("batchnorm.primer_header"))
st.markdown(t("batchnorm.primer_intro"))
left, right = st.columns([3, 2], vertical_alignment="bottom")
form.widget("numbers", t("batchnorm.numbers"), help=t("batchnorm.numbers_help"), container=left)
with right:
    a, b = st.columns(2)
    for col, preset in zip((a, b), PRESETS, strict=True):
        col.button(
            t(f"batchnorm.preset_{preset}"),
            help=t("batchnorm.preset_help"),
            on_click=set_numbers,
            args=(PRESETS[preset],),
            disabled=not form.editable("numbers"),  # a lesson link locked or hid the numbers
            key=f"bn:preset_{preset}",
        )
try:
    numbers = NUMBERS.numbers(form["numbers"])
except ParamError as err:
    numbers = None
    detail = {k: inert(v) if k == "token" else v for k, v in err.detail.items()}
    st.error(t(f"batchnorm.numbers_{err.reason}", **detail), icon="✋")
if numbers is not None:
    central.centre_section(numbers)  # where the numbers sit, then how far they spread
    st.subheader(t("batchnorm.spread_header"))
    summary = primer.summarize(numbers)
    dev = primer.deviations(numbers)
    shown = {
        "mean": primer.exact_text(summary.mean),
        "mad": primer.exact_text(summary.mad),
        "var": primer.exact_text(summary.var),
        "std": primer.exact_text(summary.var, root=True),
    }
    for col, key in zip(st.columns(3), ("mad", "var", "std"), strict=True):  # μ is above
        col.metric(t(f"batchnorm.stat_{key}"), shown[key], help=t(f"batchnorm.stat_{key}_help"))
    pictures = primer.deviation_pictures(
        dev,
        mean=float(summary.mean),
        mad=float(summary.mad),
        std=summary.std,
        labels={
            "lengths": t("batchnorm.dev_lengths"),
            "squares": t("batchnorm.dev_squares"),
            "x": t("batchnorm.dev_x"),
            "mad": t("batchnorm.dev_mad"),
            "mean": t("batchnorm.dev_mean"),
            "var": t("batchnorm.dev_var"),
        },
        texts=shown,
    )
    st.markdown(f"**{t('batchnorm.dev_title')}**")
    chart.draw_row(described.primer(pictures, dev, shown), "bn:primer")  # a phone stacks them
    download_csv(dev, "primer-deviations")
    share = primer.largest_share(numbers)
    if share is None:
        st.markdown(t("batchnorm.primer_see_same"))
    else:
        st.markdown(t("batchnorm.primer_see", ratio=summary.std_over_mad))
        if share["share_square"] - share["share_length"] >= 0.1:
            st.markdown(
                t(
                    "batchnorm.primer_see_extreme",
                    index=str(share["index"]).translate(SUBSCRIPT),
                    value=share["value_text"],
                    share_length=100 * share["share_length"],
                    share_square=100 * share["share_square"],
                )
            )
        else:
            st.markdown(t("batchnorm.primer_see_try"))
with st.expander(t("batchnorm.primer_formulas_header")):
    st.markdown(t("batchnorm.primer_formulas"))

# ---------------------------------------------------------------- 2. the computation graph
st.header(t("batchnorm.graph_header"))
st.markdown(t("batchnorm.graph_intro"))
row = st.columns(4)
form.widget("batch", t("batchnorm.batch"), help=t("batchnorm.batch_help"), container=row[0])
form.widget(
    "features", t("batchnorm.features"), help=t("batchnorm.features_help"), container=row[1]
)
form.widget("gamma", t("batchnorm.gamma"), help=t("batchnorm.gamma_help"), container=row[2])
form.widget("beta", t("batchnorm.beta"), help=t("batchnorm.beta_help"), container=row[3])
v = form.values
trace, walk = cache.batchnorm_walkthrough(
    batch_size=v["batch"], features=v["features"], gamma=v["gamma"], beta=v["beta"], seed=seed
)
step = form.widget(
    "step",
    t("batchnorm.step"),
    help=t("batchnorm.step_help"),
    format_func=lambda s: f"{graph.STEPS.index(s) + 1}/{len(graph.STEPS)} · {s}",
    style="slider",
)
nodes, edges, dashed = graph.diagram_nodes(step)
graph_col, check_col = st.columns(2, gap="large")
with graph_col:  # the graph (tall: forward down, backward up) above its node's formulas
    chart.draw(
        described.computation_graph(
            diagrams.graph_diagram(
                nodes, edges, {"title": t("batchnorm.graph_title")}, dashed=dashed, height=470
            ),
            step,
        ),
        key="bn:graph",
        config={"displayModeBar": False},
    )
    st.markdown(t(f"batchnorm.step_{step}"))
    formula, worked = graph.step_latex(trace, step, v["gamma"], v["beta"])
    st.latex(formula)
    st.caption(t("batchnorm.worked_caption"))
    st.latex(worked)
    st.markdown(f"**{t('batchnorm.node_table', node=step)}**")
    # The digits of the worked example, in an HTML table: never a 0.0000 beside a 10⁻⁶ above.
    st.table(graph.node_table(trace, step, v["gamma"], v["beta"]).map(nice_number, digits=4))
    if v["batch"] == 1:
        st.warning(t("batchnorm.graph_one_sample"), icon="⚠️")
    download_csv(walk, "batchnorm-trace", label=t("batchnorm.trace_csv"))

with check_col:
    st.subheader(t("batchnorm.check_header"))
    st.markdown(t("batchnorm.check_intro", batch=v["batch"]))
    use_bn = form.widget("check_bn", t("batchnorm.check_bn"), help=t("batchnorm.check_bn_help"))
    check = cache.gradient_check_experiment(batch_size=v["batch"], use_batchnorm=use_bn, seed=seed)
    st.table(gradient_check.table(check), hide_index=True)
    st.caption(t("batchnorm.check_caption"))
    download_csv(check, "gradient-check")
    for key, args in gradient_check.check_notes(check, v["batch"], use_bn):
        if "error" in args:
            args = {**args, "error": nice_number(args["error"], digits=2)}
        (st.warning if key.endswith(("degenerate", "two", "bad")) else st.markdown)(t(key, **args))
    st.info(t("batchnorm.check_slip"), icon="✍️")

# ---------------------------------------------------------------- 2b. what evaluation uses
st.subheader(t("batchnorm.running_header"))
row = st.columns(2)
momentum = form.widget(
    "momentum", t("batchnorm.momentum"), help=t("batchnorm.momentum_help"), container=row[0]
)
steps = form.widget("steps", t("batchnorm.steps"), help=t("batchnorm.steps_help"), container=row[1])
st.markdown(t("batchnorm.running_intro", steps=steps, batch=v["batch"]))
averages = cache.batchnorm_running_stats(
    steps=steps, batch_size=v["batch"], features=v["features"], momentum=momentum, seed=seed
)
running_names = {k: t(f"batchnorm.running_{k}") for k in ("batch", "running", "population")}
first_feature = averages[averages["feature"] == 0]
for column, statistic in zip(st.columns(2), ("mean", "var"), strict=True):
    picture = running.running_averages(
        first_feature[first_feature["statistic"] == statistic],
        {
            "title": t(f"batchnorm.running_{statistic}_title"),
            "x": t("batchnorm.running_x"),
            "y": t(f"batchnorm.running_y_{statistic}"),
        },
        running_names,
    )
    chart.draw(described.curves(picture), key=f"bn:running_{statistic}", container=column)
for key, args in running.running_notes(averages, momentum, v["batch"]):
    st.markdown(t(key, **args))
download_csv(averages, "bn-running-stats", label=t("batchnorm.running_csv"))

# ---------------------------------------------------------------- 3. with vs without BN
st.header(t("batchnorm.train_header"))
st.markdown(t("batchnorm.train_intro"))
dataset.caption()
row = st.columns(3)
scale = form.widget(
    "scale",
    t("batchnorm.scale"),
    help=t("batchnorm.scale_help"),
    format_func=lambda s: (
        t("batchnorm.scale_book", scale=s)
        if any(math.isclose(s, b) for b in BOOK_BN_SCALES)
        else f"{s:.3g}"
    ),
    container=row[0],
)
epochs = form.widget(
    "epochs", t("batchnorm.epochs"), help=t("batchnorm.epochs_help"), container=row[1]
)
train_size = form.widget(
    "train_size", t("batchnorm.train_size"), help=t("batchnorm.train_size_help"), container=row[2]
)
names = {True: t("batchnorm.run_bn"), False: t("batchnorm.run_plain")}
run_names = {run: names[flag] for run, flag in RUNS.items()}
curve_labels = {
    "title": t("batchnorm.curve_title", scale=f"{scale:.3g}"),
    "x": t("batchnorm.curve_x"),
    "y": t("batchnorm.curve_y"),
}


def final_metrics(frame: pd.DataFrame):
    finals = comparison.final_accuracies(frame, epochs).set_index("batchnorm")["train_acc"]
    for flag in (True, False):
        value = finals.get(flag, math.nan)
        shown = t("batchnorm.metric_diverged") if math.isnan(value) else f"{value:.3f}"
        yield t("batchnorm.metric_final", run=names[flag]), shown, None


pinned = pins.Pins(form, "bn_comparison", batchnorm_comparison, comparison.run_kwargs)
with_pins = pinned.figures(
    lambda frame: comparison.bn_curves(frame, curve_labels, names, x_range=(0, epochs))
)
outcome = predict.stream(
    questions.bn_question(scale, epochs),
    "bn_comparison",
    batchnorm_comparison,
    comparison.run_kwargs(form.values, seed),
    figures=lambda frame: described.curves(with_pins(frame)),
    draw_key=pinned.draw_key(None),
    metrics=lambda frame: list(final_metrics(frame)),
    run_names=run_names,
    csv_name="bn-comparison",
    explain=comparison.explainer(form),
)
pinned.bar(outcome.status in ("finished", "cached"))
if outcome.status in ("finished", "cached"):
    for key, args in comparison.comparison_notes(outcome.frame, epochs):
        st.markdown(t(key, **args))

# ---------------------------------------------------------------- 4. the book's 16 scales
st.header(t("batchnorm.grid_header"))
st.markdown(t("batchnorm.grid_intro", epochs=epochs, train_size=train_size))
row_names = {row: t(f"batchnorm.grid_row_{row}") for row in scale_grid.GRID_ROWS}
grid_labels = {
    "title": t("batchnorm.grid_title", epochs=epochs),
    "x": "",
    "y": t("batchnorm.grid_x"),
    "z": t("batchnorm.grid_z"),
}
grid_run_names = {
    f"{s:g}/{run}": t("batchnorm.grid_run", run=names[flag], scale=f"{s:.3g}")
    for s in BOOK_BN_SCALES
    for run, flag in RUNS.items()
}


panel_labels = {
    "title": t("batchnorm.panels_title", epochs=epochs),
    "x": t("batchnorm.curve_x"),
    "y": t("batchnorm.curve_y"),
}


def grid_figures(frame: pd.DataFrame | None):
    """The book's 16 panels of curves, then the heatmap that sums them up."""
    panels = scale_panels.scale_panels(frame, panel_labels, names, epochs)
    return [described.panels(panels, frame, names, epochs), grid_figure(frame)]


def grid_figure(frame: pd.DataFrame | None):
    summary = scale_grid.grid_summary(frame, epochs)
    cells = scale_grid.grid_cells(summary, t("batchnorm.grid_diverged"))
    figure = scale_grid.heatmap(
        cells,
        x="row",
        y="weight_init_std",
        z="train_acc",
        labels=grid_labels,
        x_names=row_names,
        flag="flag",
        cell_text="text",
    )
    return described.grid(figure, summary)


grid = predict.stream(
    questions.scales_question(epochs),
    "bn_grid",
    batchnorm_grid,
    {"epochs": epochs, "train_size": train_size, "seed": seed},
    figures=grid_figures,
    run_names=grid_run_names,
    csv_name="bn-grid-curves",
    explain=diagnosis.Explainer(form),  # no lever: the grid runs every scale
)
if grid.status == "idle":
    chart.draw(grid_figure(None), key="bn:grid_book")
summary = scale_grid.grid_summary(grid.frame, epochs)
st.caption(t("batchnorm.grid_caption"))
st.caption(t("batchnorm.panels_caption"))
download_csv(summary, "bn-grid-summary", label=t("batchnorm.grid_csv"))
if grid.status in ("finished", "cached"):
    for key, args in scale_grid.grid_notes(summary):
        st.markdown(t(key, **args))
st.markdown(t("batchnorm.grid_book_note"))
