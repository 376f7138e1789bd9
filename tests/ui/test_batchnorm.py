"""The Batch Normalization page's pure parts: the primer's statistics and picture, the
computation graph's steps, formulas and worked numbers, the grid beside the book's numbers, and
the notes on results."""

import ast
import math
import re

import numpy as np
import pandas as pd
import pytest

from engine.experiments import BOOK_BN_SCALES
from engine.walkthroughs import batchnorm_walkthrough
from ui import i18n
from ui.batchnorm import comparison, gradient_check, graph, primer, scale_grid
from ui.controls import NumberList
from ui.figures import diagrams

DEV_LABELS = {
    "title": "Spread",
    "lengths": "lengths",
    "squares": "squares",
    "x": "value",
    "mad": "average: {value}",
    "mean": "μ = {value}",
    "var": "σ² = {value}",
}


@pytest.fixture(scope="module")
def walk():
    trace, frame = batchnorm_walkthrough(batch_size=5, features=3, gamma=1.5, beta=-0.5, seed=2)
    return trace, frame


# ------------------------------------------------------------------------------- primer


def test_summary_of_1_2_3_is_mean_2_mad_and_var_two_thirds():
    s = primer.summarize([1, 2, 3])
    assert s.n == 3 and s.mean == 2
    assert s.mad == pytest.approx(2 / 3) and s.var == pytest.approx(2 / 3)
    assert s.std == pytest.approx(math.sqrt(2 / 3))


def test_one_extreme_value_weighs_more_in_the_variance_than_in_the_mean_deviation():
    share = primer.largest_share([1, 2, 3, 100])
    assert share["index"] == 4 and share["value"] == 100
    assert share["share_length"] == pytest.approx(73.5 / 147)
    assert share["share_square"] == pytest.approx(73.5**2 / (25.5**2 + 24.5**2 + 23.5**2 + 73.5**2))
    assert share["share_square"] > share["share_length"] + 0.2
    s = primer.summarize([1, 2, 3, 100])
    assert s.std_over_mad > 1.1  # the standard deviation is never below the mean deviation


def test_equal_numbers_have_no_spread_and_no_largest_share():
    assert primer.summarize([5, 5]).std == 0
    assert primer.largest_share([5, 5]) is None


@pytest.mark.parametrize("text", ["0.1, 0.1, 0.1", "1e-300 1e-300", "-7.25;-7.25"])
def test_numbers_typed_equal_have_exactly_no_spread(text):
    # In floats, the mean of three 0.1s is 0.10000000000000002 and the "spread" 1.4e-17.
    numbers = NumberList("numbers", "1").numbers(text)
    s = primer.summarize(numbers)
    assert s.mad == 0 and s.var == 0 and s.std_over_mad is None
    assert primer.largest_share(numbers) is None
    assert primer.exact_text(s.var) == "0"


@pytest.mark.parametrize(
    "text, mean, mad, var",
    [
        # 0 and 5e-324: in floats the mean deviation rounds to 0 (a ZeroDivisionError).
        ("0, 5e-324", "2.5e-324", "2.5e-324", "6.25e-648"),
        ("5e-324, 0, 0", "1.667e-324", "2.222e-324", "5.556e-648"),
        # in floats the squares underflow: a NaN share and "sigma is 0.00 times the mad"
        ("0, 4.228630468978202e-301", "2.114e-301", "2.114e-301", "4.47e-602"),
        ("0, 1e-200", "5e-201", "5e-201", "2.5e-401"),
    ],
)
def test_tiny_numbers_get_their_exact_statistics(text, mean, mad, var):
    numbers = NumberList("numbers", "1").numbers(text)
    s = primer.summarize(numbers)
    assert (primer.exact_text(s.mean), primer.exact_text(s.mad), primer.exact_text(s.var)) == (
        mean,
        mad,
        var,
    )
    share = primer.largest_share(numbers)
    assert 0 < share["share_length"] <= 1 and 0 < share["share_square"] <= 1
    assert s.std_over_mad >= 1  # sigma is never below the mean deviation
    # two values: both deviations have the same length, so sigma equals the mean deviation
    if len(numbers) == 2:
        assert s.std_over_mad == 1


def test_std_over_mad_agrees_with_the_definitions_in_floats_for_ordinary_numbers():
    values = [1.5, -2, 7, 0.25]
    mean = sum(values) / 4
    mad = sum(abs(v - mean) for v in values) / 4
    std = math.sqrt(sum((v - mean) ** 2 for v in values) / 4)
    assert primer.summarize(values).std_over_mad == pytest.approx(std / mad, rel=1e-12)
    assert primer.exact_text(primer.summarize(values).var, root=True) == f"{std:.4g}"


def test_deviation_pictures_draw_lengths_as_bars_and_squares_with_the_average_square():
    values = [1, 2, 3, 100]
    s = primer.summarize(values)
    dev = primer.deviations(values)
    texts = {"mean": "26.5", "mad": "36.75", "var": primer.exact_text(s.var)}
    lengths, squares = primer.deviation_pictures(
        dev, mean=float(s.mean), mad=float(s.mad), std=s.std, labels=DEV_LABELS, texts=texts
    )
    assert lengths.layout.title.text == "lengths" and squares.layout.title.text == "squares"
    (bars,) = [tr for tr in lengths.data if tr.type == "bar"]
    np.testing.assert_allclose(bars.x, [25.5, 24.5, 23.5, 73.5, float(s.mad)])
    np.testing.assert_allclose(bars.base, [1, 2, 3, 26.5, 26.5])  # from the mean to the value
    rects = [sh for sh in squares.layout.shapes if sh.type == "rect"]
    sides = [r.x1 - r.x0 for r in rects]
    heights = [r.y1 - r.y0 for r in rects]
    np.testing.assert_allclose(sides, [25.5, 24.5, 23.5, 73.5, s.std])
    np.testing.assert_allclose(sides, heights)  # squares, on an axis with equal scales
    assert squares.layout.yaxis.scaleanchor == "x"
    assert rects[-1].line.dash == "dash"  # the square of average area, side σ
    assert "average: 36.75" in [str(y) for y in bars.y]
    assert "μ = 26.5" in [a.text for a in lengths.layout.annotations]
    (average,) = [a for a in squares.layout.annotations if a.text == f"σ² = {float(s.var):.4g}"]
    # at the figure's right edge, its label ends there and runs left: never cut off
    assert average.xanchor == "right" and average.x == pytest.approx(rects[-1].x1)


# ------------------------------------------------------------------------------- the graph


def test_every_step_has_inputs_a_position_and_a_formula_and_comes_after_its_inputs():
    assert graph.STEPS[0] == "x" and graph.STEPS[-1] == "dx" and len(set(graph.STEPS)) == 16
    for k, step in enumerate(graph.STEPS):
        assert step in graph.POSITIONS and step in graph.FORMULA
        for source in graph.INPUTS[step]:
            assert source in graph.PARAMS or graph.STEPS.index(source) < k, (step, source)
    for a, b in graph.EDGES:
        assert a in graph.INPUTS[b], (a, b)  # every arrow is an input of its target


def test_node_tables_are_the_layers_own_trace(walk):
    trace, _ = walk
    xn = graph.node_table(trace, "xn")
    assert xn.shape == (5, 3) and list(xn.columns) == ["j = 1", "j = 2", "j = 3"]
    np.testing.assert_array_equal(xn.to_numpy(), trace.xn)
    mu = graph.node_table(trace, "mu")
    assert mu.shape == (1, 3)
    np.testing.assert_array_equal(mu.to_numpy()[0], trace.mu)
    gammas = graph.node_table(trace, "gamma", 1.5, -0.5).to_numpy()
    np.testing.assert_array_equal(gammas, [[1.5] * 3])


@pytest.mark.parametrize("step", graph.STEPS)
def test_worked_example_ends_in_the_value_the_layer_computed(walk, step):
    trace, _ = walk
    value = np.asarray(getattr(trace, step))
    first = value[0, 0] if value.ndim == 2 else value[0]
    latex = graph.worked_example(trace, step, 1.5, -0.5)
    end = rf" {graph.STRUT} \end{{aligned}}" if step not in ("x", "dout") else ""
    assert latex.endswith("= " + graph.latex_number(first) + end)
    assert latex.count("{") == latex.count("}")


def test_dmu_and_dx_steps_carry_the_books_signs(walk):
    # The layer keeps the book's dmu = sum(dxc) and dx = dxc - dmu / N; the page's formula and
    # worked numbers must say the same (a leading minus would state minus the shown value).
    trace, _ = walk
    np.testing.assert_allclose(trace.dmu, trace.dxc.sum(axis=0), rtol=1e-12)
    np.testing.assert_allclose(trace.dx, trace.dxc - trace.dmu / len(trace.x), rtol=1e-12)
    # the book's dmu is minus dL/dmu: the page writes it so, and the equations stay true
    assert graph.FORMULA["dmu"].startswith(r"-\frac{\partial L}{\partial \mu_j} = \sum")
    assert r"- \frac{1}{N}\left(-\frac{\partial L}{\partial \mu_j}\right)" in graph.FORMULA["dx"]
    assert graph.worked_example(trace, "dmu").startswith(r"\begin{aligned} -\frac{\partial L}")
    numbers = graph.worked_example(trace, "dmu").split("&=")[1]
    assert numbers.strip().startswith(graph._term(trace.dxc[0, 0]))
    assert " - \\frac{" in graph.worked_example(trace, "dx")


def test_worked_example_of_the_mean_shows_the_batchs_numbers(walk):
    trace, _ = walk
    latex = graph.worked_example(trace, "mu")
    assert latex.startswith(r"\begin{aligned} \mu_1 &= \frac{1}{5}\left(")
    # five terms are shortened to the first two, a dots and the last
    assert latex.count("+") == 3 and r"\cdots" in latex
    for i in (0, 1, 4):
        assert graph._term(trace.x[i, 0]) in latex  # negative numbers in parentheses
    assert graph._term(trace.x[2, 0]) not in latex
    shorter, _ = batchnorm_walkthrough(batch_size=4, features=1, seed=2)
    latex = graph.worked_example(shorter, "mu")
    assert latex.count("+") == 3 and r"\cdots" not in latex  # four terms are all shown
    latex = graph.worked_example(trace, "dgamma")  # products: the first, a dots and the last
    assert latex.count(r"\cdot ") == 2 and r"\cdots" in latex


def test_latex_numbers_write_powers_of_ten_and_parenthesize_negative_terms():
    assert graph.latex_number(1.23456e-7) == r"1.235 \times 10^{-7}"
    assert graph.latex_number(0.0) == "0" and graph.latex_number(2.0) == "2"
    assert graph._term(-1.5) == "(-1.5)"


def test_diagram_marks_the_current_node_and_its_inputs():
    nodes, edges, dashed = graph.diagram_nodes("dxc")
    roles = {k: n["role"] for k, n in nodes.items() if n["role"]}
    assert roles == {
        "dxc": "current",
        "dxn": "input",
        "std": "input",
        "xc": "input",
        "dvar": "input",
    }
    fig = diagrams.graph_diagram(nodes, edges, {"title": "graph"}, dashed=dashed)
    rects = fig.layout.shapes
    assert len(rects) == len(nodes)
    fills = [r.fillcolor for r in rects]
    assert fills.count(diagrams.ROLE_FILL["current"]) == 1
    assert fills.count(diagrams.ROLE_FILL["input"]) == 4
    arrows = [a for a in fig.layout.annotations if a.showarrow]
    assert len(arrows) == len(edges) + len(dashed)
    hot = [a for a in arrows if a.arrowcolor == diagrams.ROLE_FILL["current"]]
    assert len(hot) == 2  # dxn -> dxc and dvar -> dxc
    assert list(fig.data[0].customdata) == list(nodes)  # a click names its node


def test_arrows_start_and_end_on_the_box_borders():
    a, b = {"x": 0, "y": 0}, {"x": 2, "y": 1}
    (sx, sy), (ex, ey) = diagrams._edge_ends(a, b, 1.0, 0.5)
    assert sx == pytest.approx(0.5) and sy == pytest.approx(0.25)
    assert ex == pytest.approx(1.5) and ey == pytest.approx(0.75)


# ------------------------------------------------------------------------------- formulas in notes

CODE_FORMULA = re.compile(r"`([A-Za-z_]\w*) = ([^`]+)`")  # `dstd = -np.sum(...) / std**2`
SLIPS = {"batchnorm.check_slip": 0}  # the note's formula that shows a slip, by position


def evaluate_note_formula(expr: str, trace, gamma: float, beta: float):
    """(value, names used) of a formula from a note, computed with the graph's node names."""
    names = (*graph.STEPS, *graph.PARAMS)
    values = {name: graph.node_value(trace, name, gamma, beta) for name in names}
    tree = ast.parse(expr, mode="eval")
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} - {"np"}
    assert used <= set(values), f"{expr}: {sorted(used - set(values))} are no node of the graph"
    return eval(compile(tree, "<note>", "eval"), {"np": np, "__builtins__": {}}, values), used


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_every_formula_in_the_notes_is_written_in_the_graphs_node_names(lang, walk):
    """Issue 9.6: the slip note wrote `dstd = -dx * c / std**2`, names the graph does not have.
    Every `node = ...` formula in the Batch Normalization strings must use the node's inputs
    by their names in the graph, and give the node's value, except a slip, which must not."""
    trace, _ = walk  # gamma 1.5, beta -0.5
    found = 0
    for key, text in i18n.LANGUAGES[lang].items():
        if not key.startswith("batchnorm."):
            continue
        for position, (node, expr) in enumerate(CODE_FORMULA.findall(text)):
            found += 1
            assert node in graph.STEPS, (key, node)
            value, used = evaluate_note_formula(expr, trace, 1.5, -0.5)
            assert used == set(graph.INPUTS[node]), (key, expr, graph.INPUTS[node])
            expected = graph.node_value(trace, node, 1.5, -0.5)
            right = np.shape(value) == np.shape(expected) and np.allclose(value, expected)
            assert right == (SLIPS.get(key) != position), (key, expr)
    assert found >= 2


# ------------------------------------------------------------------------------- the grid


def grid_frame(acc_bn, acc_plain, epochs=2, diverged=()):
    """A batchnorm_grid-like frame: one row per scale, run and epoch."""
    rows = []
    for k, scale in enumerate(BOOK_BN_SCALES[: len(acc_bn)]):
        for flag, acc in ((True, acc_bn[k]), (False, acc_plain[k])):
            last = 1 if (k, flag) in diverged else epochs
            for epoch in range(last + 1):
                rows.append(
                    {"weight_init_std": scale, "batchnorm": flag, "epoch": epoch, "train_acc": acc}
                )
    return pd.DataFrame(rows)


def test_book_numbers_cover_the_16_scales_and_bn_loses_at_0_293_and_0_158():
    summary = scale_grid.grid_summary(None, 20)
    assert len(summary) == 16 and summary["ours_bn"].isna().all()
    losing = summary.loc[summary["book_bn_loses"], "weight_init_std"]
    assert [round(s, 3) for s in losing] == [0.293, 0.158]


def test_grid_summary_puts_ours_beside_the_books_and_flags_where_bn_loses():
    frame = grid_frame([0.5, 0.9, 0.3], [0.1, 0.2, 0.8], diverged={(1, False)})
    summary = scale_grid.grid_summary(frame, epochs=2)
    assert summary["ours_bn"].tolist()[:3] == [0.5, 0.9, 0.3]
    assert summary["ours_plain"].tolist()[0] == 0.1
    assert math.isnan(summary["ours_plain"].tolist()[1])  # diverged before the last epoch
    assert summary["bn_loses"].tolist()[:3] == [False, False, True]
    assert summary["ours_plain_diverged"].tolist()[:4] == [False, True, False, False]
    cells = scale_grid.grid_cells(summary, "gone")
    assert list(dict.fromkeys(cells["row"])) == ["ours_bn", "ours_plain", "book_bn", "book_plain"]
    plain = cells[cells["row"] == "ours_plain"]["text"].tolist()
    assert plain[:4] == ["0.10", "gone", "0.80", ""]  # trained, diverged, trained, not yet
    flagged = cells[cells["flag"]]
    assert set(flagged["row"]) == {"ours_bn", "book_bn"}
    assert len(flagged) == 3  # ours at the third scale, the book's two


def test_grid_notes_count_wins_and_name_the_losing_scales():
    frame = grid_frame([0.5, 0.9, 0.3], [0.1, 0.2, 0.8])
    notes = dict(scale_grid.grid_notes(scale_grid.grid_summary(frame, 2)))
    assert notes["batchnorm.grid_see_wins"] == {"wins": 2, "total": 3}
    assert notes["batchnorm.grid_see_loses"] == {"scales": "0.293"}


@pytest.mark.parametrize(
    "acc_bn, acc_plain, key",
    [
        (0.95, 0.11, "batchnorm.see_bn_wins"),
        (0.80, 0.95, "batchnorm.see_bn_loses"),
        (0.90, 0.92, "batchnorm.see_even"),
    ],
)
def test_comparison_notes_say_who_wins(acc_bn, acc_plain, key):
    notes = comparison.comparison_notes(grid_frame([acc_bn], [acc_plain]), epochs=2)
    assert notes[0][0] == key
    assert ("batchnorm.see_chance" in dict(notes)) == (acc_plain < comparison.CHANCE)


def test_comparison_notes_when_the_plain_network_diverged():
    notes = comparison.comparison_notes(grid_frame([0.9], [0.1], diverged={(0, False)}), epochs=2)
    assert notes == [("batchnorm.see_plain_diverged", {"bn": 0.9})]


# ------------------------------------------------------------------------------- the check


def check_frame(errors, gradients):
    params = ["W1", "b1", "gamma1", "beta1", "W2", "b2"]
    return pd.DataFrame(
        {"param": params, "max_relative_error": errors, "max_abs_gradient": gradients}
    )


def test_a_check_with_one_sample_is_called_degenerate_and_names_the_zero_gradients():
    check = check_frame([0.0] * 6, [0, 0, 0, 0, 0.5, 0.7])
    (note,) = gradient_check.check_notes(check, batch_size=1, use_batchnorm=True)
    assert note == ("batchnorm.check_degenerate", {"params": "W1, b1, gamma1, beta1"})


def test_a_check_that_agrees_names_the_worst_error_and_the_biases_before_bn():
    # b1's gradient is 0; rounding noise of ~1e-11 in its centred difference shows up as a
    # "relative error" of 1e-3 against the engine's 1e-8 floor: that is no disagreement
    check = check_frame([1e-8, 1.1e-3, 3e-10, 1e-9, 5e-9, 1e-9], [0.8, 1e-17, 0.2, 0.1, 0.6, 0.3])
    assert gradient_check.verdicts(check).tolist() == ["ok", "zero", "ok", "ok", "ok", "ok"]
    notes = gradient_check.check_notes(check, batch_size=8, use_batchnorm=True)
    assert notes[0] == ("batchnorm.check_ok", {"param": "W1", "error": 1e-8})
    assert notes[1] == ("batchnorm.check_bias", {"params": "b1"})


def test_a_zero_backprop_gradient_against_a_real_numerical_one_is_an_error():
    # a numerical gradient as large as the floor or more
    assert gradient_check.verdict(1.0, 0.0) == "bad"
    assert gradient_check.verdict(0.05, 0.0) == "zero"  # numerical gradient 5e-10: noise
    assert gradient_check.verdict(2e-6, 0.3) == "bad" and gradient_check.verdict(2e-7, 0.3) == "ok"
    # a difference of 3e-11 on a tiny gradient: noise
    assert gradient_check.verdict(1e-5, 3e-6) == "ok"


@pytest.mark.parametrize("use_batchnorm", [True, False])
@pytest.mark.parametrize("batch_size", [1, 2, 3, 5, 8, 16])
def test_the_engines_check_never_reads_as_a_disagreement(batch_size, use_batchnorm):
    from engine.walkthroughs import gradient_check_experiment

    check = gradient_check_experiment(batch_size=batch_size, use_batchnorm=use_batchnorm, seed=1)
    assert "bad" not in set(gradient_check.verdicts(check))


def test_two_samples_are_nearly_degenerate():
    from engine.walkthroughs import gradient_check_experiment

    check = gradient_check_experiment(batch_size=2, use_batchnorm=True, seed=0)
    notes = dict(gradient_check.check_notes(check, 2, True))
    # BN turns two samples into -1 and +1 whatever they were: below the second BN layer
    # every gradient is what epsilon leaves, ~1e-6 or less
    assert notes["batchnorm.check_two"] == {"params": "W1, b1, gamma1, beta1, W2, b2"}
    # the errors on those tiny gradients (1e-5) are noise: the note speaks of the real ones
    assert notes["batchnorm.check_ok"]["error"] < 1e-9


def test_the_engines_check_at_n_8_agrees_everywhere_once_zero_gradients_are_set_aside():
    from engine.walkthroughs import gradient_check_experiment

    check = gradient_check_experiment(batch_size=8, use_batchnorm=True, seed=0)
    kind = gradient_check.verdicts(check)
    assert "bad" not in set(kind)
    assert check.loc[kind == "zero", "param"].tolist() == ["b1", "b2"]
    bad = check_frame([1e-3, 0, 0, 0, 0, 0], [1] * 6)
    assert gradient_check.check_notes(bad, 4, False)[0][0] == "batchnorm.check_bad"


def test_formulas_are_balanced_latex():
    for step, latex in graph.FORMULA.items():
        assert latex.count("{") == latex.count("}"), step
        assert not re.search(r"\{\s*\}", latex.replace("{}", "")), step


def test_heatmap_prints_a_text_column_instead_of_numbers_when_asked():
    frame = grid_frame([0.5], [0.1], diverged={(0, False)})
    cells = scale_grid.grid_cells(scale_grid.grid_summary(frame, 2), "diverged")
    fig = scale_grid.heatmap(
        cells,
        x="row",
        y="weight_init_std",
        z="train_acc",
        labels={"title": "grid", "x": "", "y": "std", "z": "acc"},
        flag="flag",
        cell_text="text",
    )
    text = fig.data[0].text  # a row per scale (1 first), a column per GRID_ROWS entry
    assert text[0][1] == "diverged" and text[0][0] == "0.50" and text[1][0] == ""
    assert text[0][3] == "0.10" and text[0][2] == "0.42"  # the book's at the first scale, 1
