"""engine.descent: the book's optimizer race on f(x, y) = x²/20 + y², stepped by the engine's
update rules. The first steps are derived by hand from the book's formulas; SGD's whole path
has a closed form (each coordinate is a geometric sequence)."""

import math

import numpy as np
import pytest

from engine.descent import (
    BOOK_LRS,
    BOOK_START,
    FAR,
    descent_path,
    df,
    f,
    optimizer_race,
)
from engine.gradient import numerical_gradient


@pytest.mark.parametrize("point", [(-7.0, 2.0), (3.5, -0.25), (0.0, 0.0), (-9.9, 4.9)])
def test_df_is_the_gradient_of_f_by_centred_differences(point):
    xy = np.array(point)
    numeric = numerical_gradient(lambda: f(xy[0], xy[1]), xy, h=1e-5)
    np.testing.assert_allclose(df(*xy), numeric, rtol=1e-7, atol=1e-9)


def test_sgd_follows_its_closed_form_step_by_step():
    # x <- x - lr x / 10 and y <- y - lr 2y: x_k = x0 (1 - lr/10)^k, y_k = y0 (1 - 2 lr)^k.
    lr, k = BOOK_LRS["sgd"], np.arange(31)
    path = descent_path("sgd", lr)
    np.testing.assert_allclose(path[:, 0], -7.0 * (1 - lr / 10) ** k, rtol=1e-12)
    np.testing.assert_allclose(path[:, 1], 2.0 * (1 - 2 * lr) ** k, rtol=1e-12)
    assert np.all(np.sign(path[1:, 1]) != np.sign(path[:-1, 1]))  # the zigzag across y


def test_momentum_first_two_steps_by_hand():
    # v1 = -lr g0, p1 = p0 + v1; v2 = 0.9 v1 - lr g1, p2 = p1 + v2 (book: momentum 0.9)
    lr = BOOK_LRS["momentum"]
    p0 = np.array(BOOK_START)
    g0 = np.array([p0[0] / 10, 2 * p0[1]])
    v1 = -lr * g0
    p1 = p0 + v1
    v2 = 0.9 * v1 - lr * np.array([p1[0] / 10, 2 * p1[1]])
    path = descent_path("momentum", lr, steps=2)
    np.testing.assert_allclose(path[1], p1, rtol=1e-12)
    np.testing.assert_allclose(path[2], p1 + v2, rtol=1e-12)


def test_adagrad_and_adam_first_step_by_hand():
    p0 = np.array(BOOK_START)
    g = np.array([p0[0] / 10, 2 * p0[1]])
    lr = BOOK_LRS["adagrad"]  # h = g², step lr g / (sqrt(h) + 1e-7): about lr per coordinate
    np.testing.assert_allclose(
        descent_path("adagrad", lr, steps=1)[1], p0 - lr * g / (np.abs(g) + 1e-7), rtol=1e-12
    )
    lr = BOOK_LRS["adam"]  # m = 0.1 g, v = 0.001 g², lr_t = lr sqrt(0.001) / 0.1
    m, v, lr_t = 0.1 * g, 0.001 * g * g, lr * math.sqrt(1 - 0.999) / (1 - 0.9)
    np.testing.assert_allclose(
        descent_path("adam", lr, steps=1)[1], p0 - lr_t * m / (np.sqrt(v) + 1e-7), rtol=1e-12
    )


def test_at_the_books_settings_momentum_overshoots_and_adagrad_arrives_first():
    paths = optimizer_race()
    ends = {}
    for name, rows in paths.groupby("optimizer"):
        assert list(rows["step"]) == list(range(31))
        np.testing.assert_allclose(rows["f"], f(rows["x"], rows["y"]))
        ends[name] = rows["f"].iloc[-1]
    momentum_x = paths.loc[paths["optimizer"] == "momentum", "x"]
    assert momentum_x.max() > 0 > momentum_x.iloc[0]  # it passed the minimum's x
    assert min(ends, key=ends.get) == "adagrad"
    assert all(0 < v < f(*BOOK_START) for v in ends.values())  # every rule went downhill


def test_a_path_that_leaves_for_good_ends_there():
    path = descent_path("sgd", 5.0, steps=100)  # y <- -9y: past FAR within a few steps
    assert len(path) < 101
    assert np.hypot(*path[-1]) > FAR and np.hypot(*path[-2]) <= FAR
    small = descent_path("sgd", 1e-3, steps=30)  # a tiny step barely moves
    assert f(*small[-1]) > 0.9 * f(*small[0])


@pytest.mark.parametrize(
    "kwargs",
    [
        {"optimizer": "rmsprop", "lr": 0.1},
        {"optimizer": "sgd", "lr": 0.0},
        {"optimizer": "sgd", "lr": 0.1, "steps": 0},
    ],
)
def test_bad_arguments_are_refused(kwargs):
    with pytest.raises(ValueError):
        descent_path(**kwargs)
