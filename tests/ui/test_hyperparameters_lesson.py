"""ui.hyperparameters: the trials read from a search's rows, where the best ones lie, the test
accuracy measured once, the question it answers and the figures, without Streamlit. The rows
are built by hand here, so every expected number is known in advance."""

import math

import numpy as np
import pandas as pd
import pytest

from engine.search import TEST, TRAIN, VALIDATION
from ui.hyperparameters import described, figures, notes, questions

# trial -> (lr, λ, final validation accuracy, final training accuracy)
TRIALS = {
    1: (1e-5, 1e-7, 0.10, 0.11),
    2: (8e-3, 3e-6, 0.80, 0.90),
    3: (2e-6, 5e-5, 0.08, 0.10),
    4: (5e-3, 2e-8, 0.74, 0.85),
    5: (9.5e-3, 6e-5, 0.80, 0.95),  # ties trial 2: the earlier trial ranks first
    6: (3e-4, 1e-6, 0.20, 0.22),
}
EPOCHS = 4


def search_rows(test: float | None = 0.71) -> pd.DataFrame:
    """A search's rows: accuracies rising linearly to each trial's final ones, and the test
    row of trial 2 (the best) when `test` is given."""
    rows = []
    for trial, (lr, lam, val, train) in TRIALS.items():
        for epoch in range(EPOCHS + 1):
            tags = {"trial": trial, "lr": lr, "weight_decay_lambda": lam, "epoch": epoch}
            share = epoch / EPOCHS
            rows.append(tags | {"split": TRAIN, "accuracy": 0.1 + share * (train - 0.1)})
            rows.append(tags | {"split": VALIDATION, "accuracy": 0.1 + share * (val - 0.1)})
    if test is not None:
        rows.append(
            {"trial": 2, "lr": 8e-3, "weight_decay_lambda": 3e-6, "epoch": EPOCHS}
            | {"split": TEST, "accuracy": test}
        )
    return pd.DataFrame(rows)


def test_the_trials_are_ranked_by_their_final_validation_accuracy():
    table = notes.trial_table(search_rows())
    assert table["trial"].tolist() == [2, 5, 4, 6, 1, 3]
    assert table.index.tolist() == [1, 2, 3, 4, 5, 6]  # the rank
    assert table.loc[1, "val_acc"] == pytest.approx(0.80)
    assert table.loc[1, "train_acc"] == pytest.approx(0.90)
    assert (table["epochs"] == EPOCHS).all()
    assert notes.trial_table(None).empty


def test_the_test_accuracy_is_read_with_the_verdict_a_class_predicts():
    found = notes.test_result(search_rows(test=0.71))
    assert found["trial"] == 2 and found["val"] == pytest.approx(0.8)
    assert found["diff"] == pytest.approx(-0.09) and found["verdict"] == "lower"
    assert notes.test_result(search_rows(test=0.79))["verdict"] == "same"  # within 0.02
    assert notes.test_result(search_rows(test=0.85))["verdict"] == "higher"
    assert notes.test_result(search_rows(test=None)) is None
    question = questions.test_question(trials=6, test_size=1000)
    verdict = question.judge(search_rows(test=0.71))
    assert verdict.correct == {"lower"} and set(verdict.wrong) == {"same", "higher"}
    assert "0.710" in verdict.why
    assert question.judge(search_rows(test=None)).correct == frozenset()


def test_the_narrowed_region_spans_the_best_trials_snapped_outward():
    table = notes.trial_table(search_rows())
    bounds = {"lr": (-8.0, -1.0), "lam": (-10.0, -1.0)}
    region = notes.best_region(table, bounds)
    # the best three (trials 2, 5, 4): lr 5e-3 .. 9.5e-3, λ 2e-8 .. 6e-5, widened by 0.1
    lr_low, lr_high = math.log10(5e-3) - 0.1, math.log10(9.5e-3) + 0.1
    assert region["lr"] == (math.floor(lr_low * 10) / 10, math.ceil(lr_high * 10) / 10)
    assert region["lr"] == (-2.5, -1.9)
    lam_low, lam_high = math.log10(2e-8) - 0.1, math.log10(6e-5) + 0.1
    assert region["lam"] == (math.floor(lam_low * 10) / 10, math.ceil(lam_high * 10) / 10)
    assert notes.best_region(table, {"lr": (-2.2, -2.0), "lam": (-6, -5)}) == {
        "lr": (-2.2, -2.0),
        "lam": (-6, -5),
    }  # never outside the sliders
    assert notes.best_region(table.head(2), bounds) is None


def test_the_notes_name_the_best_region_and_the_learning_rate_that_decides():
    found = dict(notes.search_notes(notes.trial_table(search_rows())))
    assert found["hyper.see_best"]["count"] == 3
    assert found["hyper.see_best"]["lr_low"] == pytest.approx(5e-3)
    assert found["hyper.see_lr"]["top_median"] == pytest.approx(8e-3)
    assert found["hyper.see_lr"]["rest_median"] == pytest.approx(1e-5)


SCATTER_LABELS = {
    "title": "t",
    "x": "lr",
    "y": "λ",
    "z": "colour",
    "best": "best",
    "trials": "trials",
    "hover": "trial %{customdata[0]}",
}
CURVE_LABELS = {
    "title": "best",
    "x": "epoch",
    "y": "acc",
    "validation": "validation",
    "train": "training",
}


def test_the_scatter_colours_each_trial_by_its_validation_accuracy_and_rings_the_best():
    table = notes.trial_table(search_rows())
    fig = figures.trial_scatter(table, SCATTER_LABELS, (-6, -2), (-8, -4))
    points, best = fig.data
    np.testing.assert_allclose(points.x, table["lr"])
    np.testing.assert_allclose(points.marker.color, table["val_acc"])
    assert (points.marker.cmin, points.marker.cmax) == (0.0, 1.0)
    assert (best.x[0], best.y[0]) == (8e-3, 3e-6)
    (box,) = fig.layout.shapes
    assert (box.x0, box.x1, box.y0, box.y1) == pytest.approx((1e-6, 1e-2, 1e-8, 1e-4))
    empty = figures.trial_scatter(notes.trial_table(None), SCATTER_LABELS, (-6, -2), (-8, -4))
    assert len(empty.data) == 1 and len(empty.data[0].x) == 0


def test_the_best_trials_are_drawn_as_the_book_does_validation_solid_training_dashed():
    frame = search_rows()
    fig = figures.best_curves(frame, notes.trial_table(frame), CURVE_LABELS, EPOCHS, shown=4)
    titles = [a.text for a in fig.layout.annotations]
    assert titles == ["#1 · 0.80", "#2 · 0.80", "#3 · 0.74", "#4 · 0.20"]
    assert [tr.line.dash for tr in fig.data[:2]] == ["solid", "dash"]
    assert [tr.name for tr in fig.data[:2]] == ["validation", "training"]
    assert sum(bool(tr.showlegend) for tr in fig.data) == 2  # one legend entry each
    np.testing.assert_allclose(fig.data[0].y[-1], 0.80)
    assert fig.layout.yaxis.range == (0, 1)


def test_the_scatter_is_described_by_the_best_trial_and_where_the_best_lie():
    table = notes.trial_table(search_rows())
    fig = figures.trial_scatter(table, SCATTER_LABELS, (-6, -2), (-8, -4))
    text = described.scatter(fig, table, (-6, -2), (-8, -4)).description.replace("\xa0", " ")
    assert "6 trials: the best validation accuracy 0.80 at lr 0.00800, λ 3.00 × 10⁻⁶ (trial 2)" in (
        text
    )
    # the best three (trials 2, 5, 4) and the other three (6, 1, 3)
    assert "the 3 best all have lr from 0.00500 to 0.00950" in text
    assert "λ from 2.00 × 10⁻⁸ to 6.00 × 10⁻⁵, validation accuracy 0.74 to 0.80" in text
    assert "the other 3 trials' median validation accuracy is 0.10" in text
    assert "the range searched: lr 1.00 × 10⁻⁶ to 0.0100, λ 1.00 × 10⁻⁸ to 1.00 × 10⁻⁴" in text
    # The numbers table holds each trial's validation accuracy, its colour.
    chart = described.scatter(fig, table, (-6, -2), (-8, -4))
    assert "| 0\\.8000 |" in chart.numbers[0] and "| 0\\.7400 |" in chart.numbers[0]
    nothing = notes.trial_table(None)
    empty = figures.trial_scatter(nothing, SCATTER_LABELS, (-6, -2), (-8, -4))
    assert (
        "Nothing is drawn yet" in described.scatter(empty, nothing, (-6, -2), (-8, -4)).description
    )


def test_the_best_curves_are_described_by_the_first_and_last_panel_and_the_widest_gap():
    frame = search_rows()
    table = notes.trial_table(frame)
    fig = figures.best_curves(frame, table, CURVE_LABELS, EPOCHS, shown=4)
    text = described.best_curves(fig, table, 4).description.replace("\xa0", " ")
    first = "#1 (trial 2, lr 0.00800, λ 3.00 × 10⁻⁶) ends after 4 epochs at validation 0.80"
    assert first + ", training 0.90" in text and "#4 at validation 0.20, training 0.22" in text
    # train - validation: 0.10, 0.15, 0.11, 0.02 for ranks 1 to 4
    assert "training ends above validation in 4 of 4, the widest gap 0.15 (#2)" in text
    table.loc[:, "train_acc"] = table["val_acc"]  # no gap anywhere
    assert "validation ends at or above training in all 4" in (
        described.best_curves(fig, table, 4).description
    )
