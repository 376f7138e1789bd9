"""Tests for engine.experiments.regularizers: the book's overfitting network five ways (none,
weight decay, dropout, both, Batch Normalization) on one seed, one set of minibatches.

The chapter's phenomena are asserted at the book's settings (300 digits, SGD lr 0.01, batch
100, lambda 0.1, dropout ratio 0.2) over 100 epochs instead of the book's 200-301: the gaps
have settled by then (the full 200 epochs take twice as long and show the same order).
"""

import numpy as np
import pytest

from engine.experiments import BN, BOTH, DECAY, DROPOUT, NONE, REGULARIZER_RUNS, regularizers
from engine.progress import finish

EPOCHS = 100


def at_epoch(frame, run, epoch):
    row = frame[(frame["run"] == run) & (frame["epoch"] == epoch)]
    assert len(row) == 1, (run, epoch)
    return row.iloc[0]


def gap(frame, run, epoch=EPOCHS):
    row = at_epoch(frame, run, epoch)
    return row["train_acc"] - row["test_acc"]


@pytest.fixture(scope="module")
def book():
    progress = finish(regularizers(epochs=EPOCHS))
    assert progress.diverged == {}
    return progress.frame


def test_every_run_has_a_row_per_epoch_with_its_own_levers(book):
    levers = ["weight_decay_lambda", "dropout_ratio", "use_batchnorm"]
    expected = {
        NONE: (0.0, 0.0, False),
        DECAY: (0.1, 0.0, False),
        DROPOUT: (0.0, 0.2, False),
        BOTH: (0.1, 0.2, False),
        BN: (0.0, 0.0, True),
    }
    assert list(book["run"].unique()) == list(REGULARIZER_RUNS)
    for run, values in expected.items():
        rows = book[book["run"] == run]
        assert rows["epoch"].tolist() == list(range(EPOCHS + 1))
        assert rows["iteration"].tolist() == [3 * e for e in range(EPOCHS + 1)]  # 300 / 100
        for lever, value in zip(levers, values, strict=True):
            assert (rows[lever] == value).all(), (run, lever)
        assert rows[["train_acc", "test_acc", "weight_norm"]].notna().all().all(), run


def test_every_run_starts_from_the_same_weights(book):
    first = {run: at_epoch(book, run, 0) for run in REGULARIZER_RUNS}
    # One weight draw for all five (BN's gamma and beta are not drawn, nor counted).
    for run in REGULARIZER_RUNS:
        assert first[run]["weight_norm"] == first[NONE]["weight_norm"], run
    # The four nets without BN predict alike before training: the book's dropout multiplies
    # every hidden layer by (1 - ratio) at evaluation, and a ReLU net with zero biases is
    # positively homogeneous, so no prediction changes.
    for run in (DECAY, DROPOUT, BOTH):
        for column in ("train_acc", "test_acc"):
            assert first[run][column] == first[NONE][column], (run, column)


def test_runs_without_their_regularizer_train_identically():
    # lambda 0 and ratio 0: none, decay, dropout and both are the same net on the same
    # minibatches, so they must give the same curves to the last digit.
    frame = finish(regularizers(epochs=4, weight_decay_lambda=0.0, dropout_ratio=0.0)).frame
    columns = ["epoch", "iteration", "loss", "train_acc", "test_acc", "weight_norm"]
    reference = frame[frame["run"] == NONE][columns].reset_index(drop=True)
    for run in (DECAY, DROPOUT, BOTH):
        assert frame[frame["run"] == run][columns].reset_index(drop=True).equals(reference), run
    bn = frame[frame["run"] == BN][columns].reset_index(drop=True)
    assert not np.allclose(bn["loss"].iloc[1:], reference["loss"].iloc[1:])


def test_both_dropout_runs_drop_the_same_units():
    # With lambda 0, dropout and both differ in nothing but their own generators, so equal
    # curves mean equal dropout masks at every step (and equal minibatches).
    frame = finish(regularizers(epochs=3, weight_decay_lambda=0.0, runs=[DROPOUT, BOTH])).frame
    columns = ["epoch", "loss", "train_acc", "test_acc", "weight_norm"]
    dropout = frame[frame["run"] == DROPOUT][columns].reset_index(drop=True)
    both = frame[frame["run"] == BOTH][columns].reset_index(drop=True)
    assert dropout.equals(both)


def test_weight_decay_narrows_the_gap(book):
    assert gap(book, NONE) > 0.15  # the premise: 300 digits are overfitted
    assert gap(book, DECAY) < gap(book, NONE) - 0.05


def test_dropout_narrows_the_gap(book):
    assert gap(book, DROPOUT) < gap(book, NONE) - 0.05


def test_weight_decay_keeps_the_smallest_weights(book):
    norms = {run: at_epoch(book, run, EPOCHS)["weight_norm"] for run in (NONE, DROPOUT, DECAY)}
    assert norms[DECAY] < 0.9 * min(norms[NONE], norms[DROPOUT]), norms
    # Without decay nothing pulls the weights in: their norm does not shrink.
    assert norms[NONE] >= at_epoch(book, NONE, 0)["weight_norm"]


def test_both_together_leave_a_gap_no_larger_than_either_alone(book):
    # At these settings this holds because decay plus dropout barely learns in 100 epochs
    # (training accuracy near chance): the strongest regularization, the smallest gap.
    assert gap(book, BOTH) <= min(gap(book, DECAY), gap(book, DROPOUT))


def test_batch_normalization_trains_faster_early(book):
    early = 10
    none, bn = at_epoch(book, NONE, early), at_epoch(book, BN, early)
    assert bn["train_acc"] > none["train_acc"] + 0.2, (bn["train_acc"], none["train_acc"])
    assert bn["loss"] < none["loss"]


def test_chosen_runs_train_as_they_do_beside_the_others(book):
    some = finish(regularizers(epochs=3, runs=[BN, DECAY])).frame
    assert list(some["run"].unique()) == [DECAY, BN]  # REGULARIZER_RUNS' order
    columns = ["epoch", "loss", "train_acc", "test_acc", "weight_norm"]
    for run in (DECAY, BN):
        alone = some[some["run"] == run][columns].reset_index(drop=True)
        beside = book[(book["run"] == run) & (book["epoch"] <= 3)][columns]
        assert alone.equals(beside.reset_index(drop=True)), run


def test_one_run_by_name():
    frame = finish(regularizers(epochs=1, runs=DROPOUT)).frame
    assert set(frame["run"]) == {DROPOUT}


def test_same_seed_same_curves_other_seed_other_curves():
    def curves(seed):
        return finish(regularizers(epochs=3, train_size=100, seed=seed)).frame.drop(
            columns="seconds"
        )

    first, again, other = curves(0), curves(0), curves(1)
    assert first.equals(again)
    assert not np.allclose(first["loss"].iloc[5:], other["loss"].iloc[5:])


@pytest.mark.parametrize(
    "kwargs",
    [
        {"runs": []},
        {"runs": ["none", "l2"]},
        {"weight_decay_lambda": -0.1, "runs": [NONE]},
        {"dropout_ratio": 1.0, "runs": [NONE]},
        {"dropout_mode": "scaled"},
    ],
)
def test_bad_arguments_are_refused_at_once(kwargs):
    with pytest.raises(ValueError):
        regularizers(**kwargs)
