"""ui/plane: the 2-D page's figures (a boundary panel, the curves), what it says about a run
(pieces, final numbers, notes) and what its controls ask the engine for. Pure: no Streamlit."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from engine.plane import EXTENT, GRID, boundary_comparison, run_seconds
from engine.progress import BASELINE, MAIN, finish
from ui.plane import figures, notes, section

LABELS = {k: f"<{k}>" for k in section.BOUNDARY_LABELS}
CURVE_LABELS = {k: f"<{k}>" for k in section.CURVE_LABELS}
DEFAULTS = {c.name: c.default for c in section.CONTROLS}


def flood_regions(mask: np.ndarray) -> int:
    """Connected areas of equal values (4-neighbours), by flood fill: the slow, plain count."""
    seen = np.zeros(mask.shape, bool)
    count = 0
    for i, j in np.ndindex(mask.shape):
        if seen[i, j]:
            continue
        count += 1
        stack, seen[i, j] = [(i, j)], True
        while stack:
            a, b = stack.pop()
            for c, d in ((a + 1, b), (a - 1, b), (a, b + 1), (a, b - 1)):
                if 0 <= c < mask.shape[0] and 0 <= d < mask.shape[1]:
                    if not seen[c, d] and mask[c, d] == mask[a, b]:
                        seen[c, d] = True
                        stack.append((c, d))
    return count


def halves(island: bool = False) -> np.ndarray:
    """A boundary with class 1 on the right half (and one island of class 1 on the left)."""
    p = np.zeros((GRID, GRID), np.float32)
    p[:, GRID // 2 :] = 0.9
    if island:
        p[10:13, 5:8] = 0.8
    return p


# --------------------------------------------------------------------------------- pieces


def test_a_plain_boundary_makes_two_pieces_and_each_island_one_more():
    assert figures.regions(halves()) == 2
    assert figures.regions(halves(island=True)) == 3
    flat = np.full((GRID, GRID), 0.48, np.float32)  # a net that learned nothing
    assert figures.regions(flat) == 1


def test_cells_touching_only_at_a_corner_are_separate_pieces():
    checker = np.array([[1.0, 0.0], [0.0, 1.0]])
    assert figures.regions(checker) == 4


def test_pieces_agree_with_a_flood_fill_on_random_grids():
    rng = np.random.default_rng(3)
    for _ in range(300):
        shape = tuple(rng.integers(1, 15, size=2))
        mask = rng.random(shape) < rng.random()
        assert figures.regions(mask.astype(float)) == flood_regions(mask)


# ------------------------------------------------------------------------ boundary figure


def points_of(n: int = 6) -> np.ndarray:
    xy = np.linspace(-1, 2, 2 * n).reshape(n, 2)
    return np.column_stack([xy, np.arange(n) % 2]).astype(np.float32)


def test_the_boundary_panel_shades_p_draws_the_half_line_and_the_points_by_class():
    grid = halves(island=True)
    fig = figures.boundary_figure(grid, points_of(), ("λ = 0.01", "epoch 5"), LABELS)
    kinds = [trace.type for trace in fig.data]
    assert kinds == ["heatmap", "contour", "scatter", "scatter"]
    heat, line, class_0, class_1 = fig.data
    np.testing.assert_array_equal(np.asarray(heat.z), grid)
    assert (heat.zmin, heat.zmax) == (0.0, 1.0)
    assert np.asarray(heat.x)[[0, -1]].tolist() == [EXTENT[0], EXTENT[1]]
    assert np.asarray(heat.y)[[0, -1]].tolist() == [EXTENT[2], EXTENT[3]]  # row 0 at the bottom
    assert (line.contours.start, line.contours.end) == (0.5, 0.5)
    assert class_0.name == "<class_0> · <train_points>" and len(class_0.x) == 3
    assert class_0.marker.symbol != class_1.marker.symbol  # not told apart by colour alone
    assert fig.layout.yaxis.scaleanchor == "x"  # a unit as long across as up
    assert fig.layout.title.text == "λ = 0.01" and fig.layout.title.subtitle.text == "epoch 5"


def test_a_flat_boundary_has_no_line_and_test_points_are_hollow():
    flat = np.full((GRID, GRID), 0.5, np.float32)
    tests = points_of(40)
    fig = figures.boundary_figure(flat, points_of(), ("a", "b"), LABELS, tests)
    assert "contour" not in [trace.type for trace in fig.data]
    hollow = [trace for trace in fig.data if trace.type == "scatter" and "test" in trace.name]
    assert len(hollow) == 2 and sum(len(trace.x) for trace in hollow) == 40
    assert all(trace.marker.symbol.endswith("-open") for trace in hollow)


def test_before_the_first_boundary_the_panel_says_it_is_coming():
    fig = figures.boundary_figure(None, points_of(), ("a", ""), LABELS)
    assert not fig.data
    assert [a.text for a in fig.layout.annotations] == ["<waiting>"]


# ------------------------------------------------------------------------------- curves


def run_frame(epochs: int = 4, baseline: bool = True) -> pd.DataFrame:
    rows = []
    for run in (MAIN, BASELINE) if baseline else (MAIN,):
        for epoch in range(epochs + 1):
            rows.append(
                {
                    "run": run,
                    "epoch": epoch,
                    "train_acc": 0.5 + 0.1 * epoch,
                    "test_acc": 0.5 + 0.05 * epoch - (0.05 if run == BASELINE else 0),
                    "loss": 1.0,
                    "weight_norm": (1.0 if run == MAIN else 2.0) * (epoch + 1),
                }
            )
    return pd.DataFrame(rows)


def test_the_curves_draw_the_main_run_over_the_pale_baseline_into_a_fixed_epoch_axis():
    names = {MAIN: "λ = 0.1", BASELINE: "without"}
    fig = figures.curves_figure(run_frame(), CURVE_LABELS, names, epochs=10)
    drawn = [trace.name for trace in fig.data]
    assert drawn == [
        "without · <train>",
        "without · <test>",
        "without",
        "λ = 0.1 · <train>",
        "λ = 0.1 · <test>",
        "λ = 0.1",
    ]
    assert [trace.line.dash for trace in fig.data[3:5]] == ["solid", "dash"]
    assert fig.data[0].opacity < 1 and fig.data[0].line.width > fig.data[3].line.width
    assert list(fig.layout.xaxis.range) == [0, 10] and list(fig.layout.xaxis2.range) == [0, 10]
    assert fig.data[5].xaxis == "x2"  # the weight norm on its own panel
    np.testing.assert_array_equal(np.asarray(fig.data[5].y), [1, 2, 3, 4, 5])


# --------------------------------------------------------------------------- what it says


def test_panel_facts_name_each_boundarys_epoch_and_pieces():
    latest = {"boundary": halves(), "reference": halves(island=True), "points": points_of()}
    facts = notes.panel_facts(latest, run_frame(epochs=3))
    assert facts == {MAIN: {"epoch": 3, "pieces": 2}, BASELINE: {"epoch": 3, "pieces": 3}}
    assert notes.panel_facts(None, run_frame()) == {}


def test_metrics_carry_the_change_against_the_baseline_and_a_dash_before_the_end():
    labels = {k: k for k in ("train", "test", "gap", "norm")}
    items = notes.metrics(run_frame(epochs=4), 4, labels)
    assert [item[:3] for item in items] == [
        ("train", "0.900", "±0.000"),
        ("test", "0.700", "+0.050"),
        ("gap", "0.200", "-0.050"),
        ("norm", "5.00", "-5"),
    ]
    alone = notes.metrics(run_frame(epochs=4, baseline=False), 4, labels)
    assert [item[2] for item in alone] == [None] * 4
    unfinished = notes.metrics(run_frame(epochs=2), 4, labels)
    assert [item[1] for item in unfinished] == ["—"] * 4


def test_the_gap_is_coloured_as_good_only_when_both_runs_learned():
    labels = {k: k for k in ("train", "test", "gap", "norm")}
    assert notes.metrics(run_frame(epochs=4), 4, labels)[2][3] == "inverse"  # both learned
    stuck = run_frame(epochs=4)
    stuck.loc[stuck["run"] == MAIN, ["train_acc", "test_acc"]] = 0.5  # a guess, two classes
    gap = notes.metrics(stuck, 4, labels)[2]
    assert gap[:3] == ("gap", "0.000", "-0.250") and gap[3] == "off"  # issue 17.2


def test_notes_tell_memorizing_from_stalling_and_name_the_tiny_init():
    frame = run_frame(epochs=5)  # main ends at train 1.0, test 0.75: memorized
    found = notes.trouble_notes(frame, {}, epochs=5, settings={"weight_init_std": "he"})
    assert found == [("plane.memorized", {"run": MAIN, "train": 1.0, "test": 0.75, "gap": 0.25})]
    stuck = frame.assign(train_acc=0.5, test_acc=0.5)
    tiny = {"weight_init_std": 0.01, "use_batchnorm": False}
    keys = [key for key, _ in notes.trouble_notes(stuck, {}, epochs=5, settings=tiny)]
    assert keys == ["plane.stalled_init", "plane.stalled_init"]
    with_bn = {**tiny, "use_batchnorm": True}
    keys = [key for key, _ in notes.trouble_notes(stuck, {}, epochs=5, settings=with_bn)]
    assert keys == ["plane.stalled", "plane.stalled"]
    blown = notes.trouble_notes(frame, {MAIN: 2}, epochs=5, settings={})
    assert [key for key, _ in blown] == ["plane.diverged"]  # and no verdict on its numbers


# ----------------------------------------------------------------------- the page's settings


def test_the_reference_run_is_asked_for_only_when_a_regularizer_is_on():
    assert section.run_kwargs(DEFAULTS, seed=0)["baseline"] is False
    on = section.run_kwargs({**DEFAULTS, "lambda": 0.01}, seed=0)
    assert on["baseline"] is True and on["weight_decay_lambda"] == 0.01
    off = section.run_kwargs({**DEFAULTS, "lambda": 0.01, "compare": False}, seed=0)
    assert off["baseline"] is False
    # without a regularizer, compare on or off is the same run (shared, not trained twice)
    assert section.run_kwargs({**DEFAULTS, "compare": False}, 0) == section.run_kwargs(DEFAULTS, 0)


@pytest.mark.parametrize(("init", "std"), [("0.01", 0.01), ("1", 1.0), ("he", "he")])
def test_the_init_control_names_the_engines_weight_init_std(init, std):
    assert section.run_kwargs({**DEFAULTS, "init": init}, 0)["weight_init_std"] == std


def test_the_defaults_fit_the_budget_and_the_largest_settings_are_cut_to_it():
    assert section.most_epochs(DEFAULTS) >= DEFAULTS["epochs"]
    largest = {**DEFAULTS, "train_size": 200, "layers": 5, "width": 128, "bn": True}
    largest |= {"lambda": 0.05}  # with the reference run beside it: twice the work
    most = section.most_epochs(largest)
    assert section.EPOCHS.low <= most < DEFAULTS["epochs"]
    kwargs = section.run_kwargs({**largest, "epochs": most}, 0)
    seconds = run_seconds(200, kwargs["hidden"], most, True, runs=2)
    assert seconds <= section.BUDGET_S or most == section.EPOCHS.low


def test_the_warm_run_is_the_pages_default_run():
    ((name, experiment, kwargs),) = section.book_runs()
    assert (name, experiment) == ("plane", boundary_comparison)
    assert kwargs == section.run_kwargs(DEFAULTS, seed=0)


def test_the_test_points_are_the_engines_400_and_the_figures_row_follows_the_runs():
    kwargs = section.run_kwargs({**DEFAULTS, "lambda": 0.02, "epochs": 20}, seed=1)
    tests = section.test_points(kwargs)
    assert tests.shape == (400, 3) and set(np.unique(tests[:, 2])) == {0, 1}
    last = finish(boundary_comparison(**kwargs))
    names = {MAIN: "λ = 0.02", BASELINE: "without"}
    row, curves = section.figure_builder(kwargs, names, show_test=True)(last)
    assert [c.figure.layout.title.text for c in row] == ["λ = 0.02", "without"]
    assert all(sum(tr.type == "scatter" for tr in c.figure.data) == 4 for c in row)
    assert curves.figure.layout.xaxis.range == (0, 20)
