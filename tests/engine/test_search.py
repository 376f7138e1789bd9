"""engine.search: the book's random hyperparameter search. The split is the book's, the draws
stay inside their ranges, trial k does not depend on how many trials follow it, the learning
rate decides (a searched rate of 0.01 learns, one of 10⁻⁶ does not), and the test digits are
read once, by the best trial, after the last trial."""

import numpy as np
import pytest

from engine.data import load_mnist
from engine.progress import finish
from engine.search import (
    TEST,
    TRAIN,
    VALIDATION,
    hyperparameter_search,
    trial_settings,
    validation_split,
)

SMALL = {"hidden": (20, 20), "epochs": 3}  # a search that takes a fraction of a second


def final_validation(frame):
    val = frame[frame["split"] == VALIDATION]
    return val.loc[val.groupby("trial")["epoch"].idxmax()].set_index("trial")["accuracy"]


def test_the_split_holds_out_a_fifth_of_the_first_500_digits():
    data = load_mnist()
    split = validation_split(data, 500, 0.2, seed=0)
    assert (split.train_size, split.test_size) == (400, 100)
    first = data.x_train[:500]
    # every digit of both parts is one of the first 500, and none is in both
    rows = {r.tobytes(): i for i, r in enumerate(first)}
    train_ids = {rows[r.tobytes()] for r in split.x_train}
    val_ids = {rows[r.tobytes()] for r in split.x_test}
    assert len(train_ids) == 400 and len(val_ids) == 100 and not train_ids & val_ids
    again = validation_split(data, 500, 0.2, seed=0)
    np.testing.assert_array_equal(again.x_test, split.x_test)
    other = validation_split(data, 500, 0.2, seed=1)
    assert not np.array_equal(other.x_test, split.x_test)


def test_draws_stay_in_their_ranges_and_spread_over_them():
    draws = np.array([trial_settings(0, k, (-6, -2), (-8, -4)) for k in range(400)])
    lr, lam = np.log10(draws[:, 0]), np.log10(draws[:, 1])
    assert lr.min() >= -6 and lr.max() <= -2 and lam.min() >= -8 and lam.max() <= -4
    # uniform in the exponent: each quarter of the range gets about a quarter of the draws
    for exponents, low in ((lr, -6), (lam, -8)):
        counts = np.histogram(exponents, bins=4, range=(low, low + 4))[0]
        assert counts.min() > 60
    assert trial_settings(0, 3) == trial_settings(0, 3) != trial_settings(1, 3)


def test_a_trial_is_the_same_whatever_the_number_of_trials():
    short = finish(hyperparameter_search(trials=2, seed=5, **SMALL)).frame
    longer = finish(hyperparameter_search(trials=4, seed=5, **SMALL)).frame
    keep = ["trial", "lr", "weight_decay_lambda", "epoch", "split", "accuracy"]
    first_two = longer[(longer["trial"] <= 2) & (longer["split"] != TEST)][keep]
    np.testing.assert_array_equal(
        short[short["split"] != TEST][keep].to_numpy(), first_two.to_numpy()
    )


def test_the_learning_rate_decides_and_the_test_digits_are_read_once_by_the_best_trial():
    # A range of one value fixes the learning rate: 10^-2 against 10^-6.
    fast = finish(hyperparameter_search(trials=1, epochs=30, lr_exponents=(-2, -2), seed=0))
    slow = finish(hyperparameter_search(trials=1, epochs=30, lr_exponents=(-6, -6), seed=0))
    assert final_validation(fast.frame).iloc[0] > 0.5  # the book: lr near 0.01 reaches 0.7-0.8
    assert final_validation(slow.frame).iloc[0] < 0.3  # lr 1e-6 barely moves the weights

    progress = list(hyperparameter_search(trials=3, seed=2, **SMALL))
    assert [p.fraction for p in progress] == pytest.approx([1 / 3, 2 / 3, 1.0])
    for p in progress[:-1]:  # no test row before the search is over
        assert TEST not in set(p.frame["split"])
    frame = progress[-1].frame
    (test,) = frame[frame["split"] == TEST].itertuples()
    finals = final_validation(frame)
    assert test.trial == finals.idxmax()  # the best validation accuracy, the first on a tie
    assert test.epoch == SMALL["epochs"] and 0.0 <= test.accuracy <= 1.0
    assert set(frame["split"]) == {TRAIN, VALIDATION, TEST}
    assert len(frame) == 3 * (SMALL["epochs"] + 1) * 2 + 1


@pytest.mark.parametrize(
    "kwargs",
    [
        {"trials": 1000, "epochs": 50},  # 50,000 trial-epochs: past the bound
        {"lr_exponents": (-2, -6)},
        {"decay_exponents": (-12, -4)},
        {"trials": 0},
    ],
)
def test_bad_arguments_are_refused_at_once(kwargs):
    with pytest.raises(ValueError):
        hyperparameter_search(**kwargs)
