"""The prediction questions' judges: the right answer comes from the result (numbers built
here, or the engine's own histograms), so it follows the experiment at any setting. Pure."""

import math

import pandas as pd
import pytest

from engine.experiments import BOOK_BN_SCALES
from engine.histograms import BOUNDS, activation_distributions
from engine.initializers import weight_scale
from engine.progress import BASELINE, MAIN
from ui.batchnorm.questions import ahead, band, bn_question, losing_bands, scales_question
from ui.overfitting.questions import GAP_MARGIN, gap_question, smaller_gap
from ui.predict import LETTERS, answer_bars
from ui.weight_init.questions import (
    last_layer_shape,
    loss_question,
    lowest_loss,
    shape_pictures,
    shape_question,
)

# ------------------------------------------------------------------------ overfitting: the gap


def overfit_runs(main_gap: float, base_gap: float, epochs: int = 10, main_last: int | None = None):
    """Two runs whose final train - test gaps are main_gap and base_gap (test 0.7)."""
    rows = []
    for run, gap, last in ((MAIN, main_gap, main_last or epochs), (BASELINE, base_gap, epochs)):
        for epoch in range(last + 1):
            share = epoch / epochs
            rows.append(
                {
                    "run": run,
                    "epoch": epoch,
                    "train_acc": 0.7 + gap * share,
                    "test_acc": 0.7,
                    "weight_norm": 10.0,
                }
            )
    return pd.DataFrame(rows)


@pytest.mark.parametrize(
    "main_gap, base_gap, winner",
    [(0.05, 0.25, MAIN), (0.3, 0.1, BASELINE), (0.10, 0.11, "even"), (0.2, 0.2, "even")],
)
def test_the_smaller_gap_is_judged_from_the_final_numbers(main_gap, base_gap, winner):
    correct, args = smaller_gap(overfit_runs(main_gap, base_gap), epochs=10)
    assert correct == {winner}
    assert math.isclose(args["main_gap"], main_gap) and math.isclose(args["base_gap"], base_gap)


def test_gaps_just_beyond_the_margin_are_not_even():
    correct, _ = smaller_gap(overfit_runs(0.1, 0.1 + GAP_MARGIN * 1.5), epochs=10)
    assert correct == {MAIN}


def test_a_run_that_stopped_early_or_a_missing_baseline_gives_no_verdict():
    assert smaller_gap(overfit_runs(0.1, 0.3, main_last=4), epochs=10)[0] == frozenset()
    alone = overfit_runs(0.1, 0.3)
    assert smaller_gap(alone[alone["run"] == MAIN], epochs=10)[0] == frozenset()


def test_the_gap_question_explains_every_wrong_answer_with_the_numbers():
    names = {MAIN: "λ = 0.1", BASELINE: "λ = 0"}
    question = gap_question("weight_decay", names, epochs=10, compare=True)
    assert list(question.options) == [MAIN, BASELINE, "even"]
    assert question.label(BASELINE) == f"{LETTERS[1]} · λ = 0"
    verdict = question.judge(overfit_runs(0.05, 0.25))
    assert verdict.correct == {MAIN}
    assert "0.050" in verdict.why and "0.250" in verdict.why
    assert set(verdict.wrong) >= {BASELINE, "even"}
    assert "0.250" in verdict.wrong[BASELINE] and "0.200" in verdict.wrong["even"]
    assert "not always a better network" not in verdict.why  # both runs test at 0.7


def test_a_smaller_gap_from_a_network_that_learned_less_says_so():
    frame = overfit_runs(0.05, 0.25)
    frame.loc[frame["run"] == MAIN, ["train_acc", "test_acc"]] -= 0.3  # same gap, lower test
    names = {MAIN: "λ = 0.9", BASELINE: "λ = 0"}
    verdict = gap_question("weight_decay", names, epochs=10, compare=True).judge(frame)
    assert verdict.correct == {MAIN}
    assert "not always a better network" in verdict.why and "0.400 against 0.700" in verdict.why


def test_the_gap_question_needs_the_comparison_run():
    names = {MAIN: "λ = 0.1", BASELINE: "λ = 0"}
    off = gap_question("dropout", names, epochs=10, compare=False)
    assert off.unavailable


# ------------------------------------------------------------------------ BN


def bn_runs(pairs: dict[float, tuple[float, float]], epochs: int = 5) -> pd.DataFrame:
    """Final training accuracies (with BN, without) per weight scale; NaN: diverged (the run
    stops at epoch 2)."""
    rows = []
    for scale, accs in pairs.items():
        for bn, acc in zip((True, False), accs, strict=True):
            last = 2 if math.isnan(acc) else epochs
            for epoch in range(last + 1):
                value = 0.5 if math.isnan(acc) else acc
                rows.append(
                    {"weight_init_std": scale, "batchnorm": bn, "epoch": epoch, "train_acc": value}
                )
    return pd.DataFrame(rows)


@pytest.mark.parametrize(
    "bn, plain, winner",
    [(0.9, 0.1, "bn"), (0.8, 0.95, "plain"), (0.9, 0.88, "even"), (0.6, math.nan, "bn")],
)
def test_which_network_ends_ahead_is_judged_from_the_final_accuracies(bn, plain, winner):
    assert ahead(bn_runs({0.01: (bn, plain)}), epochs=5)[0] == {winner}


def test_a_diverged_bn_run_gives_no_verdict():
    assert ahead(bn_runs({0.01: (math.nan, 0.5)}), epochs=5)[0] == frozenset()
    question = bn_question(0.01, 5)
    assert question.judge(bn_runs({0.01: (math.nan, 0.5)})).correct == frozenset()


def test_the_bands_split_the_books_16_scales_largest_first():
    bands = [band(s) for s in BOOK_BN_SCALES]
    assert bands == sorted(bands, key=["large", "medium", "small"].index)
    assert set(bands) == {"large", "medium", "small"}


def grid(losing: set[float]) -> pd.DataFrame:
    return bn_runs({s: ((0.5, 0.8) if s in losing else (0.8, 0.1)) for s in BOOK_BN_SCALES})


def test_bn_losing_near_he_scale_is_the_medium_band():
    near_he = {s for s in BOOK_BN_SCALES if 0.1 < s < 0.3}  # the book's 0.293 and 0.158
    correct, args = losing_bands(grid(near_he), epochs=5)
    assert correct == {"medium"}
    assert "0.158" in args["scales"]


def test_bn_losing_in_two_bands_makes_both_right_and_nowhere_is_none():
    two = {BOOK_BN_SCALES[0], BOOK_BN_SCALES[-1]}
    assert losing_bands(grid(two), epochs=5)[0] == {"large", "small"}
    assert losing_bands(grid(set()), epochs=5)[0] == {"none"}
    question = scales_question(5)
    verdict = question.judge(grid(set()))
    assert verdict.correct == {"none"} and set(verdict.wrong) == set(question.options)


# ------------------------------------------------------------------------ weight init


def last_shape(activation: str, weight_init_std) -> str:
    stats = activation_distributions(
        layers=5,
        nodes=100,
        samples=500,
        activation=activation,
        weight_init_std=weight_init_std,
        value_range=BOUNDS.get(activation),
    ).stats
    return last_layer_shape(stats, activation)[0]


@pytest.mark.parametrize(
    "activation, weight_init_std, shape",
    [
        ("sigmoid", 1.0, "ends"),  # the book: piled at 0 and 1
        ("sigmoid", 0.01, "spike"),  # the book: all near 0.5
        ("sigmoid", "xavier", "spread"),  # the book: spread out
        ("tanh", 1.0, "ends"),
        ("tanh", 0.01, "spike"),
        ("relu", 0.01, "shrink"),  # the book: collapsed toward 0
        ("relu", "xavier", "shrink"),  # the book: skewed toward 0 layer by layer
        ("relu", "he", "keep"),  # the book: the same in every layer
        ("relu", 1.0, "grow"),
    ],
)
def test_the_last_layers_shape_follows_the_books_histograms(activation, weight_init_std, shape):
    assert last_shape(activation, weight_init_std) == shape


def test_the_shape_question_judges_from_the_stats_it_is_given():
    values = {"activation": "sigmoid", "layers": 5, "nodes": 100, "range": "output"}
    question = shape_question(values, sigma=1.0)
    assert list(question.options) == ["ends", "spike", "spread"] and not question.unavailable
    stats = activation_distributions(activation="sigmoid", weight_init_std=1.0, samples=500).stats
    verdict = question.judge(stats)
    assert verdict.correct == {"ends"}
    assert set(verdict.wrong) == {"ends", "spike", "spread"}
    assert shape_question({**values, "range": "auto"}, 1.0).unavailable
    relu = {**values, "activation": "relu", "layers": 1}
    assert shape_question(relu, weight_scale("he", 100)).unavailable


@pytest.mark.parametrize(
    "activation, shapes",
    [("sigmoid", ("ends", "spike", "spread")), ("relu", ("shrink", "keep", "grow"))],
)
def test_the_pictures_draw_each_shape_as_it_is_named(activation, shapes):
    pictures = shape_pictures(shapes, activation, {s: s.title() for s in shapes})
    assert list(pictures) == list(shapes)
    heights = {s: list(fig.data[0].y) for s, fig in pictures.items()}
    titles = [fig.layout.title.text for fig in pictures.values()]
    assert titles == [f"{letter} · {s.title()}" for letter, s in zip(LETTERS, shapes, strict=False)]
    if activation == "relu":  # spread per layer: falling, flat, rising
        assert heights["shrink"][-1] < 0.1 * heights["shrink"][0]
        assert 0.8 < heights["keep"][-1] / heights["keep"][0] <= 1
        assert heights["grow"][-1] > 10 * heights["grow"][0]
    else:  # ends: high at both ends; spike: one tall middle bar; spread: a wide middle
        ends, spike, spread = heights["ends"], heights["spike"], heights["spread"]
        middle = len(ends) // 2
        assert ends[0] > 5 * ends[middle] and ends[-1] > 5 * ends[middle]
        assert sum(h > 0.5 for h in spike) <= 2 and sum(h > 0.5 for h in spread) >= 6


def losses(final: dict[str, float], iterations: int = 200) -> pd.DataFrame:
    rows = [
        {"init": run, "iteration": i, "loss": 2.3 - (2.3 - value) * i / (iterations - 1)}
        for run, value in final.items()
        for i in range(iterations)
    ]
    return pd.DataFrame(rows)


def test_the_lowest_final_loss_wins_and_close_ones_tie():
    correct, numbers = lowest_loss(losses({"0.01": 2.3, "xavier": 0.5, "he": 0.3}))
    assert correct == {"he"} and numbers["0.01"] > numbers["xavier"] > numbers["he"]
    assert lowest_loss(losses({"0.01": 2.3, "xavier": 0.31, "he": 0.3}))[0] == {"xavier", "he"}
    question = loss_question(200, "SGD", {"0.01": "std 0.01", "xavier": "Xavier", "he": "He"})
    verdict = question.judge(losses({"0.01": 2.3, "xavier": 0.5, "he": 0.3}))
    assert verdict.correct == {"he"} and "std 0.01" in verdict.why


def test_the_class_counts_chart_has_a_bar_per_option_with_its_count():
    fig = answer_bars({"a": "A · one", "b": "B · two"}, {"b": 3}, "Class 7b", "answers")
    assert list(fig.data[0].x) == [0, 3] and list(fig.data[0].text) == ["0", "3"]
