"""The Batch Normalization page's sections on the layer itself, before any training: the
statistics primer on numbers the reader types, the layer's computation graph forward and
backward on a batch's real numbers with the numerical gradient check beside it, and the
running averages that evaluation uses. The controls are ui/batchnorm/section.py's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import streamlit as st

from ui import cache, chart
from ui.batchnorm import central, described, gradient_check, graph, primer, running
from ui.batchnorm.section import NUMBERS, PAGE, PRESETS
from ui.controls import ParamError
from ui.export import download_csv
from ui.figures import diagrams
from ui.form import current_seed, set_control
from ui.i18n import t, t_each
from ui.numbers import nice_number
from ui.outside_text import inert

SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


PRESET_NAMES = {"plain": "batchnorm.preset_plain", "extreme": "batchnorm.preset_extreme"}
NUMBERS_REFUSED = {  # why the typed numbers cannot be used (a ParamError's reason)
    "empty_list": "batchnorm.numbers_empty_list",
    "not_a_number_in_list": "batchnorm.numbers_not_a_number_in_list",
    "number_too_large": "batchnorm.numbers_number_too_large",
    "number_too_small": "batchnorm.numbers_number_too_small",
    "too_long": "batchnorm.numbers_too_long",
    "too_many_numbers": "batchnorm.numbers_too_many_numbers",
}
STATS = {  # a statistic's name and help
    "mean": ("batchnorm.stat_mean", "batchnorm.stat_mean_help"),
    "median": ("batchnorm.stat_median", "batchnorm.stat_median_help"),
    "mode": ("batchnorm.stat_mode", "batchnorm.stat_mode_help"),
    "mad": ("batchnorm.stat_mad", "batchnorm.stat_mad_help"),
    "var": ("batchnorm.stat_var", "batchnorm.stat_var_help"),
    "std": ("batchnorm.stat_std", "batchnorm.stat_std_help"),
}
CENTRE_LABELS = {
    "title": "batchnorm.centre_title",
    "x": "batchnorm.centre_x",
    "values": "batchnorm.centre_values",
    "mean": "batchnorm.centre_mean",
    "median": "batchnorm.centre_median",
    "mode": "batchnorm.centre_mode",
}
STEP_NOTES = {  # what each node of the graph computes
    "x": "batchnorm.step_x",
    "mu": "batchnorm.step_mu",
    "xc": "batchnorm.step_xc",
    "var": "batchnorm.step_var",
    "std": "batchnorm.step_std",
    "xn": "batchnorm.step_xn",
    "out": "batchnorm.step_out",
    "dout": "batchnorm.step_dout",
    "dbeta": "batchnorm.step_dbeta",
    "dgamma": "batchnorm.step_dgamma",
    "dxn": "batchnorm.step_dxn",
    "dstd": "batchnorm.step_dstd",
    "dvar": "batchnorm.step_dvar",
    "dxc": "batchnorm.step_dxc",
    "dmu": "batchnorm.step_dmu",
    "dx": "batchnorm.step_dx",
}
RUNNING_NAMES = {
    "batch": "batchnorm.running_batch",
    "running": "batchnorm.running_running",
    "population": "batchnorm.running_population",
}
RUNNING_LABELS = {  # per statistic: the panel's title and y axis
    "mean": {"title": "batchnorm.running_mean_title", "y": "batchnorm.running_y_mean"},
    "var": {"title": "batchnorm.running_var_title", "y": "batchnorm.running_y_var"},
}


def stat_metric(column, key: str, shown: Mapping[str, str]) -> None:
    """The statistic `key` as a metric, with its help."""
    name, help_key = STATS[key]
    column.metric(t(name), shown[key], help=t(help_key))


def primer_section(form) -> None:
    """Numbers typed (or a preset), then where they sit and how far they spread."""
    st.header(t("batchnorm.primer_header"))
    st.markdown(t("batchnorm.primer_intro"))
    left, right = st.columns([3, 2], vertical_alignment="bottom")
    form.widget("numbers", t("batchnorm.numbers"), help=t("batchnorm.numbers_help"), container=left)
    with right:
        for col, preset in zip(st.columns(2), PRESETS, strict=True):
            col.button(
                t(PRESET_NAMES[preset]),
                help=t("batchnorm.preset_help"),
                on_click=set_control,
                args=(PAGE, NUMBERS, PRESETS[preset]),
                disabled=not form.editable("numbers"),  # a lesson link locked or hid them
                key=f"bn:preset_{preset}",
            )
    try:
        numbers = NUMBERS.numbers(form["numbers"])
    except ParamError as err:
        detail = {k: inert(v) if k == "token" else v for k, v in err.detail.items()}
        st.error(t(NUMBERS_REFUSED[err.reason], **detail), icon="✋")
    else:
        centre_section(numbers)  # where the numbers sit, then how far they spread
        spread_section(numbers)
    with st.expander(t("batchnorm.primer_formulas_header")):
        st.markdown(t("batchnorm.primer_formulas"))


def centre_section(numbers: Sequence) -> None:
    """The mean, the median and the mode of the typed numbers as metrics, on a number line,
    and how the mean came about (sum / count)."""
    found = central.centre(numbers)
    st.subheader(t("batchnorm.centre_header"))
    shown = {
        "mean": primer.exact_text(found.mean),
        "median": primer.exact_text(found.median),
        "mode": ", ".join(primer.exact_text(m) for m in found.modes) or t("batchnorm.mode_none"),
    }
    for column, key in zip(st.columns(3), shown, strict=True):
        stat_metric(column, key, shown)
    labels = t_each(CENTRE_LABELS)
    figure = central.number_line(numbers, found, labels)
    chart.draw(described.number_line(figure, numbers, found), key="bn:primer_centre")
    st.markdown(
        t(
            "batchnorm.centre_see",
            total=primer.exact_text(found.total),
            n=found.n,
            short=found.n - 1,
            mean=shown["mean"],
            wrong=primer.exact_text(found.total / (found.n - 1)) if found.n > 1 else "—",
        )
    )


def spread_section(numbers: Sequence) -> None:
    """Mean deviation, variance and standard deviation, the deviations as lengths and as
    squares, and what the two measures of spread make of an extreme value."""
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
        stat_metric(col, key, shown)
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
        return
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


def graph_section(form) -> None:
    """The computation graph at one step, that node's formulas with the batch's numbers, and
    the numerical gradient check beside it."""
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
        batch_size=v["batch"],
        features=v["features"],
        gamma=v["gamma"],
        beta=v["beta"],
        seed=current_seed(),
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
        title = {"title": t("batchnorm.graph_title")}
        figure = diagrams.graph_diagram(nodes, edges, title, dashed=dashed, height=470)
        chart.draw(
            described.computation_graph(figure, step),
            key="bn:graph",
            config={"displayModeBar": False},
        )
        st.markdown(t(STEP_NOTES[step]))
        formula, worked = graph.step_latex(trace, step, v["gamma"], v["beta"])
        st.latex(formula)
        st.caption(t("batchnorm.worked_caption"))
        st.latex(worked)
        st.markdown(f"**{t('batchnorm.node_table', node=step)}**")
        # The digits of the worked example, in an HTML table: never a 0.0000 beside a 10⁻⁶.
        st.table(graph.node_table(trace, step, v["gamma"], v["beta"]).map(nice_number, digits=4))
        if v["batch"] == 1:
            st.warning(t("batchnorm.graph_one_sample"), icon="⚠️")
        download_csv(walk, "batchnorm-trace", label=t("batchnorm.trace_csv"))
    with check_col:
        check_section(form)


def check_section(form) -> None:
    """Every gradient of a small network with BN (or without) against its numerical
    derivative, for the form's batch size."""
    batch = form["batch"]
    st.subheader(t("batchnorm.check_header"))
    st.markdown(t("batchnorm.check_intro", batch=batch))
    use_bn = form.widget("check_bn", t("batchnorm.check_bn"), help=t("batchnorm.check_bn_help"))
    check = cache.gradient_check_experiment(
        batch_size=batch, use_batchnorm=use_bn, seed=current_seed()
    )
    st.table(gradient_check.table(check), hide_index=True)
    st.caption(t("batchnorm.check_caption"))
    download_csv(check, "gradient-check")
    for key, args in gradient_check.check_notes(check, batch, use_bn):
        if "error" in args:
            args = {**args, "error": nice_number(args["error"], digits=2)}
        (st.warning if key in gradient_check.WARNINGS else st.markdown)(t(key, **args))
    st.info(t("batchnorm.check_slip"), icon="✍️")


def running_section(form) -> None:
    """The running mean and variance a BN layer keeps for evaluation, step by step, against
    each batch's statistics and the population's."""
    st.subheader(t("batchnorm.running_header"))
    row = st.columns(2)
    momentum = form.widget(
        "momentum", t("batchnorm.momentum"), help=t("batchnorm.momentum_help"), container=row[0]
    )
    steps = form.widget(
        "steps", t("batchnorm.steps"), help=t("batchnorm.steps_help"), container=row[1]
    )
    v = form.values
    st.markdown(t("batchnorm.running_intro", steps=steps, batch=v["batch"]))
    averages = cache.batchnorm_running_stats(
        steps=steps,
        batch_size=v["batch"],
        features=v["features"],
        momentum=momentum,
        seed=current_seed(),
    )
    names = t_each(RUNNING_NAMES)
    first_feature = averages[averages["feature"] == 0]
    for column, statistic in zip(st.columns(2), ("mean", "var"), strict=True):
        picture = running.running_averages(
            first_feature[first_feature["statistic"] == statistic],
            t_each(RUNNING_LABELS[statistic]) | {"x": t("batchnorm.running_x")},
            names,
        )
        chart.draw(described.curves(picture), key=f"bn:running_{statistic}", container=column)
    for key, args in running.running_notes(averages, momentum, v["batch"]):
        st.markdown(t(key, **args))
    download_csv(averages, "bn-running-stats", label=t("batchnorm.running_csv"))
