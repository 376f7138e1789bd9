"""AppTest: the Batch Normalization page, opened like a shared link."""

import json
import math
import re

import numpy as np
import pytest

from engine.experiments import BOOK_BN_SCALES
from engine.walkthroughs import (
    batchnorm_running_stats,
    batchnorm_walkthrough,
    gradient_check_experiment,
)
from tests.helpers import figures, open_page, texts, unwrapped, values, warnings
from ui.batchnorm import graph, scale_grid

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")
PAGE = "pages/batchnorm.py"
SMALL = {"epochs": 2, "train_size": 100}  # training that takes about a second


def widget(at, kind, label):
    return next(w for w in getattr(at, kind) if w.label == label)


def figure(at, title_start):
    """The figure whose title starts with `title_start`."""
    return next(
        f
        for f in figures(at)
        if f["layout"].get("title", {}).get("text", "").startswith(title_start)
    )


def alt(at, title_start) -> str:
    """The description (accessible name) of the chart whose title starts with `title_start`."""
    return next(
        el.proto.alt
        for el in at.get("plotly_chart")
        if json.loads(el.proto.spec)["layout"]
        .get("title", {})
        .get("text", "")
        .startswith(title_start)
    )


def primer(at):
    """The primer's lengths figure (its squares figure stands beside it)."""
    return figure(at, "Deviations as lengths")


def lengths(fig):
    (bars,) = [tr for tr in fig["data"] if tr["type"] == "bar"]
    return values(bars["x"]).astype(float)


def graph_figure(at):
    return figure(at, "Left: forward")


def current_node(fig):
    """The label of the box drawn as the current node (filled blue)."""
    return next(a["text"] for a in fig["layout"]["annotations"] if a["text"].startswith("<b>"))


SUPERSCRIPTS = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")


def parse_numbers(texts) -> np.ndarray:
    """Numbers written as the lab writes them ("3.252", "12,200", "-1.5 × 10⁻⁷") as floats."""

    def parse(text: str) -> float:
        mantissa, _, power = text.replace(",", "").partition("\u00a0×\u00a010")
        return float(mantissa) * 10.0 ** int(power.translate(SUPERSCRIPTS) or 0)

    return np.vectorize(parse, otypes=[float])(np.asarray(texts, dtype=object))


def metrics(at):
    return {m.label: m.value for m in at.metric}


def node_frame(at):
    """The walkthrough's node table (the first table on the page), as the texts shown."""
    return at.table[0].value


def check_frame(at):
    return at.table[1].value


# ------------------------------------------------------------------------------- defaults


def test_defaults_render_without_exception_and_need_no_url_parameters():
    at = open_page(PAGE)
    assert not at.exception and not warnings(at)
    assert at.title[0].value == "Batch Normalization"
    assert widget(at, "text_input", "Numbers (separated by commas or spaces)").value == "1, 2, 3"
    assert widget(at, "slider", "Batch size N").value == 4
    assert widget(at, "select_slider", "Node").value == "x"
    assert widget(at, "select_slider", "Initial weight std (log scale)").value == 0.01
    assert widget(at, "slider", "Epochs").value == 20
    assert widget(at, "slider", "Training images").value == 1000
    assert widget(at, "toggle", "With Batch Normalization").value is True
    assert dict(at.query_params) == {}
    # the primer's number line and two figures, the graph, the running averages' two and the
    # book's grid (ours still empty); training waits for a click
    assert len(figures(at)) == 7
    assert "**Two ways to measure the spread**" in texts(at)
    trains = [b for b in at.button if b.key and b.key.startswith("live:")]
    assert [b.label for b in trains] == ["Train", "Train"]


def test_primer_stats_for_1_2_3_are_computed_right():
    at = open_page(PAGE)
    shown = metrics(at)
    x = np.array([1.0, 2.0, 3.0])
    mean = x.sum() / len(x)
    mad = np.abs(x - mean).sum() / len(x)
    var = ((x - mean) ** 2).sum() / len(x)
    assert float(shown["Mean μ"]) == pytest.approx(2.0)
    assert float(shown["Mean absolute deviation"]) == pytest.approx(2 / 3, abs=5e-5)
    assert float(shown["Variance σ²"]) == pytest.approx(2 / 3, abs=5e-5)
    assert float(shown["Standard deviation σ"]) == pytest.approx(math.sqrt(2 / 3), abs=5e-5)
    assert (mean, mad, var) == pytest.approx((2.0, 2 / 3, 2 / 3))  # the same numbers by hand
    np.testing.assert_allclose(lengths(primer(at)), [1, 0, 1, 2 / 3])


# ------------------------------------------------------------------------------- controls


def test_editing_the_list_redraws_the_primer_and_the_extreme_example_is_one_click():
    at = open_page(PAGE)
    widget(at, "text_input", "Numbers (separated by commas or spaces)").set_value("2 4 4 4 5 5 7 9")
    at.run()
    assert float(metrics(at)["Standard deviation σ"]) == pytest.approx(2.0)
    np.testing.assert_allclose(lengths(primer(at)), [3, 1, 1, 1, 0, 0, 2, 4, 1.5])
    assert at.query_params["numbers"] == "2 4 4 4 5 5 7 9"
    next(b for b in at.button if b.label == "1, 2, 3, 100").click().run()
    assert widget(at, "text_input", "Numbers (separated by commas or spaces)").value == (
        "1, 2, 3, 100"
    )
    np.testing.assert_allclose(lengths(primer(at)), [25.5, 24.5, 23.5, 73.5, 36.75])
    assert "75% of the total area" in texts(at)


@pytest.mark.parametrize(
    "typed, message",
    [
        ("1, two, 3", "` two ` is not a number"),
        ("", "The list is empty"),
        ("1e9", "` 1e9 ` is too large"),
    ],
)
def test_bad_input_in_the_list_is_a_clear_message_not_a_traceback(typed, message):
    at = open_page(PAGE)
    widget(at, "text_input", "Numbers (separated by commas or spaces)").set_value(typed).run()
    assert not at.exception
    assert any(message in e.value for e in at.error)
    assert not at.metric  # no statistics of a list that is not one
    assert len(figures(at)) == 4  # the rest of the page still works (graph, running, grid)


def test_batch_size_changes_the_walkthrough_and_the_step_moves_the_highlight():
    at = open_page(PAGE)
    assert node_frame(at).shape == (4, 3)
    widget(at, "slider", "Batch size N").set_value(7).run()
    assert node_frame(at).shape == (7, 3)
    assert at.query_params["batch"] == "7"
    assert current_node(graph_figure(at)) == "<b>x</b>"
    widget(at, "select_slider", "Node").set_value("dstd").run()
    assert current_node(graph_figure(at)) == "<b>dstd</b>"
    assert node_frame(at).shape == (1, 3)  # one gradient per feature
    assert at.query_params["step"] == "dstd"


@pytest.mark.parametrize("step", ["x", "mu", "var", "xn", "out", "dout", "dgamma", "dxc", "dx"])
def test_walkthrough_numbers_are_the_engines_trace(step):
    settings = {"batch": 5, "features": 2, "gamma": 1.5, "beta": -0.5, "seed": 4}
    at = open_page(PAGE, step=step, **settings)
    trace, _ = batchnorm_walkthrough(batch_size=5, features=2, gamma=1.5, beta=-0.5, seed=4)
    expected = np.atleast_2d(getattr(trace, step))
    shown = node_frame(at).to_numpy()
    assert shown.shape == expected.shape
    # the numbers shown are the trace's, to the 4 digits of the worked example
    np.testing.assert_allclose(parse_numbers(shown), expected, rtol=6e-4, atol=0)
    worked = at.latex[-1].value.strip("$\n").removesuffix(rf" {graph.STRUT} \end{{aligned}}")
    assert worked.endswith("= " + graph.latex_number(expected[0, 0]))


def test_gradient_check_table_is_the_engines_and_n_1_is_called_degenerate():
    at = open_page(PAGE, batch=1)
    shown = check_frame(at)
    expected = gradient_check_experiment(batch_size=1, use_batchnorm=True, seed=0)
    gradients = parse_numbers(shown.iloc[:, 3].to_numpy())
    np.testing.assert_allclose(gradients, expected["max_abs_gradient"], rtol=0.06, atol=0)
    zero = expected.loc[expected["max_abs_gradient"] == 0, "param"].tolist()
    assert zero[:4] == ["W1", "b1", "gamma1", "beta1"]
    page = texts(at)
    assert "N = 1 tests nothing." in page and ", ".join(zero) in page
    assert "N = 1 is degenerate." in page  # the walkthrough says it too: out = β, dx = 0
    trace, _ = batchnorm_walkthrough(batch_size=1, seed=0)
    assert np.all(trace.dx == 0) and np.all(trace.out == 0)
    assert "dstd = -dxn * xc / std**2" in page  # the hand-copied slip, in the graph's names
    # Without BN a single sample has real gradients: nothing is degenerate.
    widget(at, "toggle", "With Batch Normalization").set_value(False).run()
    assert "N = 1 tests nothing." not in texts(at)
    assert "Backprop is right." in texts(at)


# ------------------------------------------------------------------------------- URL


def test_url_parameters_restore_every_control():
    book_scale = BOOK_BN_SCALES[1]
    at = open_page(
        PAGE,
        numbers="1, 2, 3, 100",
        batch=6,
        features=2,
        gamma=1.5,
        beta=-0.5,
        step="dxc",
        check_bn=0,
        scale=f"{book_scale:g}",
        epochs=3,
        train_size=200,
        seed=3,
    )
    assert not at.exception and not warnings(at)
    assert widget(at, "text_input", "Numbers (separated by commas or spaces)").value == (
        "1, 2, 3, 100"
    )
    assert widget(at, "slider", "Batch size N").value == 6
    assert widget(at, "slider", "Features D").value == 2
    assert widget(at, "slider", "γ (scale)").value == 1.5
    assert widget(at, "slider", "β (shift)").value == -0.5
    assert widget(at, "select_slider", "Node").value == "dxc"
    assert widget(at, "toggle", "With Batch Normalization").value is False
    assert widget(at, "select_slider", "Initial weight std (log scale)").value == book_scale
    assert widget(at, "slider", "Epochs").value == 3
    assert widget(at, "slider", "Training images").value == 200
    assert node_frame(at).shape == (6, 2)
    assert current_node(graph_figure(at)) == "<b>dxc</b>"
    assert dict(at.query_params) == {
        "numbers": "1, 2, 3, 100",
        "batch": "6",
        "features": "2",
        "gamma": "1.5",
        "beta": "-0.5",
        "step": "dxc",
        "check_bn": "0",
        "scale": "0.54117",
        "epochs": "3",
        "train_size": "200",
        "seed": "3",
    }


@pytest.mark.parametrize(
    "param, raw, named, used",
    [
        ("batch", "99", "` batch ` = ` 99 `", "using 16"),
        ("numbers", "1, x", "` numbers ` = ` 1, x `", "` x ` is not a number; using 1, 2, 3"),
        ("step", "dz", "` step ` = ` dz `", "using x"),
        ("scale", "0.0033", "` scale ` = ` 0.0033 `", "using the nearest, 0.003."),
        ("gamma", "lots", "` gamma ` = ` lots `", "using 1"),
    ],
)
def test_a_bad_url_parameter_warns_naming_it_and_the_value_used(param, raw, named, used):
    at = open_page(PAGE, **{param: raw})
    assert not at.exception
    (message,) = warnings(at)
    assert named in message and used in message


def test_the_language_switch_translates_the_page_and_its_figures():
    at = open_page(PAGE)
    at.sidebar.segmented_control[0].set_value("zh-TW").run()
    assert at.title[0].value == "批次正規化（Batch Normalization）"
    assert widget(at, "slider", "批次大小 N").value == 4
    assert "平均數 μ" in metrics(at) and "平均差" in metrics(at)
    titles = [unwrapped(f["layout"]["title"]["text"]) for f in figures(at)]
    assert "離均差的長度 |x − μ|" in titles
    assert "**衡量分散程度的兩種方法**" in texts(at)
    assert at.query_params["lang"] == "zh-TW"


def test_book_settings_resets_this_pages_controls():
    at = open_page(PAGE, batch=9, step="dx", numbers="5 6", epochs=3)
    next(b for b in at.button if b.label == "Book settings").click().run()
    assert widget(at, "slider", "Batch size N").value == 4
    assert widget(at, "select_slider", "Node").value == "x"
    assert widget(at, "text_input", "Numbers (separated by commas or spaces)").value == "1, 2, 3"
    assert dict(at.query_params) == {}


# ------------------------------------------------------------------------------- training


def test_training_draws_bn_solid_and_plain_dashed_with_final_metrics():
    at = open_page(PAGE, **SMALL)
    at.button(key="live:bn_comparison:action").click().run()
    assert not at.exception
    fig = figure(at, "Training accuracy")
    curves = {tr["name"]: tr for tr in fig["data"]}
    assert set(curves) == {"with BN", "without BN"}
    assert curves["with BN"]["line"]["dash"] == "solid"
    assert curves["without BN"]["line"]["dash"] == "dash"
    assert fig["layout"]["xaxis"]["range"] == [0, 2]
    shown = metrics(at)
    bn_acc = float(shown["with BN: final training accuracy"])
    plain_acc = float(shown["without BN: final training accuracy"])
    assert bn_acc == pytest.approx(values(curves["with BN"]["y"])[-1], abs=5e-4)
    assert bn_acc > plain_acc  # std 0.01: BN learns, the plain network stays at chance
    assert "What to see." in texts(at)

    again = open_page(PAGE, **SMALL)
    assert "trained on this server before" in texts(again)


def test_the_grid_runs_all_16_scales_beside_the_books_numbers():
    at = open_page(PAGE, epochs=1, train_size=100)
    at.button(key="live:bn_grid:action").click().run(timeout=300)
    assert not at.exception
    heat = figure(at, "Final training accuracy")
    (trace,) = [tr for tr in heat["data"] if tr["type"] == "heatmap"]
    z = values(trace["z"]).astype(float).reshape(16, 4).T  # a row per scale: tall for phones
    assert [unwrapped(x) for x in trace["x"]] == [
        "ours, with BN",
        "ours, without BN",
        "book, with BN",
        "book, without BN",
    ]
    np.testing.assert_allclose(z[2], scale_grid.BOOK_GRID_ACC[True])
    assert np.isfinite(z[0]).all()  # every scale trained
    flagged = [s for s in heat["layout"].get("shapes", []) if s["type"] == "rect"]
    ours_losing = int(np.sum(z[0] < z[1]))
    assert len(flagged) == 2 + ours_losing  # the book's two and ours
    assert "BN ends ahead at" in texts(at)


def test_weights_too_large_for_the_plain_network_give_a_divergence_note_not_a_nan_chart():
    at = open_page(PAGE, scale=10, epochs=2, train_size=100)
    at.button(key="live:bn_comparison:action").click().run()
    assert not at.exception
    page = texts(at)
    assert "without BN diverged at epoch" in page
    assert "the loss overflowed" in page  # the note on what it means
    assert metrics(at)["without BN: final training accuracy"] == "diverged"
    fig = figure(at, "Training accuracy")
    for trace in fig["data"]:
        assert np.isfinite(values(trace["y"]).astype(float)).all()


# ------------------------------------------------------------------------------- running averages


def running_figure(at, statistic):
    return figure(at, {"mean": "Mean of feature 1", "var": "Variance of feature 1"}[statistic])


def test_the_running_averages_are_the_layers_and_say_how_much_of_their_start_is_left():
    """Issue 9.8: BN's batch statistics beside its running averages, what evaluation uses."""
    at = open_page(PAGE, steps=10, batch=8)
    assert not at.exception and not warnings(at)
    fig = running_figure(at, "mean")
    names = [tr["name"] for tr in fig["data"]]
    assert names == [
        "this mini-batch (training)",
        "running average (evaluation)",
        "the data's true value",
    ]
    engine = batchnorm_running_stats(steps=10, batch_size=8, features=3, momentum=0.9, seed=0)
    mine = engine[(engine["feature"] == 0) & (engine["statistic"] == "mean")]
    shown = values(fig["data"][1]["y"]).astype(float)
    np.testing.assert_allclose(shown, mine[mine["kind"] == "running"]["value"])
    assert shown[0] == pytest.approx(0.1 * values(fig["data"][0]["y"])[0])  # from 0, 1 - 0.9
    page = texts(at)
    assert "After 10 steps, 34.9% of the running mean's start at 0 is still in it" in page
    assert "(N − 1)/N = 88%" in page  # N = 8: the batch variances divide by N


def test_more_steps_catch_up_and_momentum_is_in_the_link():
    at = open_page(PAGE)
    before = values(running_figure(at, "var")["data"][1]["y"])
    widget(at, "slider", "Momentum").set_value(0.5).run()
    widget(at, "slider", "Training steps").set_value(200).run()
    assert dict(at.query_params) == {"momentum": "0.5", "steps": "200"}
    after = values(running_figure(at, "var")["data"][1]["y"])
    assert len(after) == 200 and len(before) == 50
    assert "only 6.22 × 10⁻⁵⁹% of the running mean's start" in texts(at).replace("\u00a0", " ")


# ------------------------------------------------------------------------------- explainer


def test_a_blow_up_without_bn_is_explained_and_the_fix_sets_the_he_scale():
    at = open_page(PAGE, scale=10, **SMALL)
    at.button(key="live:bn_comparison:action").click().run()
    page = texts(at)
    assert re.search(
        r"\*\*without BN\*\*: at epoch 1, the activation std of layer \d reached", page
    )
    assert "= 10 ÷ 0.141 ≈ 71 (n = 100 inputs per unit)" in page  # the init's gain over He
    (fix,) = [b for b in at.button if b.key and b.key.startswith("fix:bn_comparison:")]
    assert fix.label == "Set the initial weight std to 0.15"  # He's sqrt(2/100), on the slider
    fix.click().run()
    assert widget(at, "select_slider", "Initial weight std (log scale)").value == 0.15
    assert at.query_params["scale"] == "0.15"
    assert "reached" not in texts(at)  # a new setting: nothing trained, nothing to explain
    at.button(key="live:bn_comparison:action").click().run()
    assert not at.exception
    assert "without BN diverged" not in texts(at) and "**without BN**" not in texts(at)


def test_the_grid_lists_where_each_failing_run_went_wrong():
    at = open_page(PAGE, epochs=1, train_size=100)
    at.button(key="live:bn_grid:action").click().run(timeout=300)
    (expander,) = [e for e in at.expander if e.label.startswith("Where each run that failed")]
    (table,) = [t.value for t in at.table if "Likely cause" in list(t.value.columns)]
    assert expander.label == f"Where each run that failed went wrong ({len(table)} runs)"
    assert "without BN at std 1" in list(table["Run"])  # std 1 without BN blows up in layer 1
    row = table[table["Run"] == "without BN at std 1"].iloc[0]
    assert row["First out of range"].startswith("layer ")
    assert row["Likely cause"] == "initial weights too large for ReLU"
    # One note per cause, with its numbers; the grid has no lever, so no button.
    assert "**without BN at std 1**: at epoch 1" in texts(at)
    assert not [b for b in at.button if b.key and b.key.startswith("fix:")]


# ------------------------------------------------------------------------------- study note


def centre_figure(at):
    return figure(at, "The numbers on a line")


def test_the_primer_starts_with_mean_median_and_mode_as_the_study_note_does():
    at = open_page(PAGE)
    shown = metrics(at)
    assert (shown["Mean μ"], shown["Median"], shown["Mode"]) == ("2", "2", "none")
    assert "6 / 3 = 2" in texts(at) and "one number fewer, 2, would give 3" in texts(at)
    lines = {tr["name"]: values(tr["x"])[0] for tr in centre_figure(at)["data"][1:]}
    assert lines == {"mean 2": 2.0, "median 2": 2.0}
    widget(at, "text_input", "Numbers (separated by commas or spaces)").set_value(
        "1 2 2 3 100"
    ).run()
    shown = metrics(at)
    assert (shown["Mean μ"], shown["Median"], shown["Mode"]) == ("21.6", "2", "2")
    dots = centre_figure(at)["data"][0]
    assert values(dots["y"]).tolist() == [1, 1, 2, 1, 1]  # the second 2 stacked on the first
    names = [tr["name"] for tr in centre_figure(at)["data"][1:]]
    assert names == ["mean 21.6", "median 2", "mode 2"]
    # The number line speaks: (1 + 2 + 2 + 3 + 100) / 5 = 21.6 lies 19.6 right of the median 2.
    said = alt(at, "The numbers on a line")
    assert "The numbers 1, 2, 2, 3, 100 on a number line: mean 21.6, median 2, mode 2" in said
    assert (
        "(it appears 2 times)" in said and "19.6 to the right of the median, pulled by 100" in said
    )


def test_the_grid_draws_the_books_16_panels_bn_solid_and_plain_dashed():
    at = open_page(PAGE, epochs=1, train_size=100)
    at.button(key="live:bn_grid:action").click().run(timeout=300)
    assert not at.exception
    panels = figure(at, "Training accuracy over 1 epochs")
    titles = [a["text"] for a in panels["layout"]["annotations"]]
    assert titles == [f"{s:.3g}" for s in BOOK_BN_SCALES]
    assert len(panels["data"]) == 32
    dashes = {(tr["name"], tr["line"]["dash"]) for tr in panels["data"]}
    assert dashes == {("with BN", "solid"), ("without BN", "dash")}
    # each panel ends where the heatmap's cell says
    heat = figure(at, "Final training accuracy")
    (trace,) = [tr for tr in heat["data"] if tr["type"] == "heatmap"]
    ours_bn = values(trace["z"]).astype(float).reshape(16, 4)[:, 0]
    last_bn = [values(tr["y"])[-1] for tr in panels["data"][::2]]
    np.testing.assert_allclose(last_bn, ours_bn)
    # The panels speak: where each run's curves end, and where BN ends clearly higher.
    ours_plain = values(trace["z"]).astype(float).reshape(16, 4)[:, 1]
    wins = int(np.sum(ours_bn - ours_plain > 0.05))
    said = alt(at, "Training accuracy over 1 epochs")
    assert f"BN ends higher by more than 0.05 in {wins} of 16 panels" in said
    low = int(np.argmin(ours_bn))
    assert f"the curves end between {ours_bn[low]:.2f} at std {BOOK_BN_SCALES[low]:.3g}" in said
    assert "with BN solid and without BN dashed" in texts(at)
