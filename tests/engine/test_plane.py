"""engine.plane: chapter 6 in two dimensions. A deep net on 40 noisy moon points memorizes them
(the boundary curls around single points); weight decay keeps the weights small and the
boundary plain. Deterministic under a seed; the boundary is a probability on the grid."""

import functools

import numpy as np
import pandas as pd
import pytest

from engine import plane
from engine.cost import most_epochs
from engine.plane import EXTENT, GRID, boundary_training, grid_points, make_moons, make_spiral
from engine.progress import finish


def regions(mask: np.ndarray) -> int:
    """Connected regions (4-neighbours) of equal values in a boolean grid."""
    seen = np.zeros_like(mask, bool)
    count = 0
    for start in zip(*np.nonzero(~seen), strict=True):
        if seen[start]:
            continue
        count += 1
        stack, seen[start] = [start], True
        while stack:
            i, j = stack.pop()
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                inside = 0 <= a < mask.shape[0] and 0 <= b < mask.shape[1]
                if inside and not seen[a, b] and mask[a, b] == mask[i, j]:
                    seen[a, b] = True
                    stack.append((a, b))
    return count


@pytest.fixture(scope="module")
def runs():
    return {
        name: finish(boundary_training(seed=0, **kwargs))
        for name, kwargs in {
            "plain": {},
            "decay": {"weight_decay_lambda": 0.03},
            "same": {},
        }.items()
    }


def test_moons_are_two_balanced_classes_and_the_same_for_a_seed():
    a, b = make_moons(seed=3), make_moons(seed=3)
    np.testing.assert_array_equal(a.x_train, b.x_train)
    assert a.x_train.shape == (40, 2) and a.x_test.shape == (400, 2)
    assert np.bincount(a.t_train).tolist() == [20, 20]
    assert not np.array_equal(a.x_train, make_moons(seed=4).x_train)


def test_the_grid_covers_the_extent_row_by_row_from_the_bottom():
    points = grid_points()
    assert points.shape == (GRID * GRID, 2)
    np.testing.assert_allclose(points[0], EXTENT[::2])  # (x_min, y_min)
    np.testing.assert_allclose(points[-1], EXTENT[1::2])  # (x_max, y_max)
    assert points[1, 1] == points[0, 1] and points[GRID, 0] == points[0, 0]


def test_a_plain_net_memorizes_the_40_points(runs):
    last = runs["plain"].frame.iloc[-1]
    assert last["train_acc"] == 1.0
    assert last["test_acc"] < 0.9  # the test points show what memorizing cost
    boundary = runs["plain"].latest["boundary"]
    assert boundary.shape == (GRID, GRID) and 0 <= boundary.min() and boundary.max() <= 1
    assert regions(boundary > 0.5) >= 3  # an island around single points


def test_weight_decay_keeps_weights_small_and_the_boundary_plain(runs):
    plain, decay = runs["plain"].frame.iloc[-1], runs["decay"].frame.iloc[-1]
    assert decay["weight_norm"] < 0.7 * plain["weight_norm"]
    assert decay["train_acc"] < 1.0  # it no longer bends around every point
    assert regions(runs["decay"].latest["boundary"] > 0.5) == 2  # one line between two regions


def test_the_same_seed_gives_the_same_boundary(runs):
    np.testing.assert_array_equal(runs["plain"].latest["boundary"], runs["same"].latest["boundary"])
    assert runs["plain"].frame.equals(runs["same"].frame)


def test_about_frames_boundaries_are_yielded_and_the_last_is_at_the_end():
    frames = list(boundary_training(epochs=60, frames=12, seed=1))
    assert 12 <= len(frames) <= 14 and frames[-1].fraction == 1.0
    assert frames[-1].frame["epoch"].max() == 60
    assert frames[-1].latest["points"].shape == (40, 3)
    assert set(frames[-1].health_frame["layer"]) == {1, 2, 3, 4}


# --- spiral ------------------------------------------------------------------------------------


def test_spiral_same_seed_same_data_and_different_seed_different_data():
    a, b, c = make_spiral(seed=4), make_spiral(seed=4), make_spiral(seed=5)
    for field in ("x_train", "t_train", "x_test", "t_test"):
        np.testing.assert_array_equal(getattr(a, field), getattr(b, field))
    assert not np.array_equal(a.x_train, c.x_train)


def test_spiral_leaves_global_numpy_random_state_alone():
    before = np.random.get_state()[1].copy()
    make_spiral(seed=1)
    np.testing.assert_array_equal(np.random.get_state()[1], before)


def test_spiral_splits_each_arm_70_30_with_float32_points_and_int64_labels():
    ds = make_spiral(points_per_class=50, classes=4, noise=0.3, seed=2)
    assert ds.name == "spiral" and ds.input_size == 2 and ds.num_classes == 4
    assert ds.x_train.dtype == np.float32 and ds.t_train.dtype == np.int64
    np.testing.assert_array_equal(np.bincount(ds.t_train), np.full(4, 35))
    np.testing.assert_array_equal(np.bincount(ds.t_test), np.full(4, 15))
    both = np.concatenate([ds.x_train, ds.x_test])
    assert len(np.unique(both, axis=0)) == 200
    assert not np.array_equal(ds.t_train[:35], np.zeros(35)), "training set is not shuffled"


def test_spiral_without_noise_puts_each_point_on_its_arm():
    ds = make_spiral(points_per_class=40, classes=5, noise=0.0)
    x = np.concatenate([ds.x_train, ds.x_test]).astype(np.float64)
    t = np.concatenate([ds.t_train, ds.t_test])
    radius = np.hypot(x[:, 0], x[:, 1])
    assert radius.min() > 0 and radius.max() == pytest.approx(1.0, abs=1e-6)
    start = np.arctan2(x[:, 1], x[:, 0]) - plane.SPIRAL_TURN * radius
    offset = np.angle(np.exp(1j * (start - 2 * np.pi * t / 5)))  # wrapped to (-pi, pi]
    np.testing.assert_allclose(offset, 0.0, atol=1e-5)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"classes": 1}, "classes must be an integer from 2 to 10, got 1"),
        ({"classes": 11}, "classes must be an integer from 2 to 10, got 11"),
        ({"classes": 3.5}, "classes must be an integer from 2 to 10, got 3.5"),
        ({"points_per_class": 1}, "points_per_class must be an integer from 2 to 10000"),
        ({"noise": -0.1}, r"noise must be a number in \[0, 1\], got -0.1"),
        ({"noise": float("nan")}, r"noise must be a number in \[0, 1\], got nan"),
        ({"noise": "0.2"}, r"noise must be a number in \[0, 1\]"),
        ({"seed": -1}, "seed must be an integer from 0"),
        ({"seed": True}, "seed must be an integer from 0"),
    ],
)
def test_spiral_rejects_bad_arguments_naming_the_parameter(kwargs, message):
    with pytest.raises(ValueError, match=message):
        make_spiral(**kwargs)


# --- with and without the regularizers ---------------------------------------------------------

SMALL = {"train_size": 40, "epochs": 60, "frames": 12, "seed": 2}


def test_the_comparison_trains_the_same_net_without_regularizers_beside_it():
    both = finish(plane.boundary_comparison(weight_decay_lambda=0.03, dropout_ratio=0.2, **SMALL))
    alone = finish(boundary_training(weight_decay_lambda=0.03, dropout_ratio=0.2, **SMALL))
    plain = finish(boundary_training(**SMALL))
    assert list(dict.fromkeys(both.frame["run"])) == ["main", "baseline"]
    for run, expected in (("main", alone), ("baseline", plain)):
        rows = both.frame[both.frame["run"] == run].drop(columns="run").reset_index(drop=True)
        pd.testing.assert_frame_equal(rows, expected.frame)
    np.testing.assert_array_equal(both.latest["boundary"], alone.latest["boundary"])
    np.testing.assert_array_equal(both.latest["reference"], plain.latest["boundary"])
    np.testing.assert_array_equal(both.latest["points"], plain.latest["points"])  # same points
    assert set(both.health_frame["run"]) == {"main", "baseline"}
    assert both.fraction == 1.0


@pytest.mark.parametrize("settings", [{}, {"weight_decay_lambda": 0.03, "baseline": False}])
def test_without_a_regularizer_or_a_baseline_only_the_main_run_trains(settings):
    last = finish(plane.boundary_comparison(**settings, **SMALL))
    assert set(last.frame["run"]) == {"main"}
    assert set(last.latest) == {"boundary", "points"}


def test_the_comparison_yields_both_boundaries_together_and_reports_both_divergences():
    steps = list(plane.boundary_comparison(weight_decay_lambda=0.01, **SMALL))
    assert all({"boundary", "reference"} <= set(p.latest) for p in steps)
    assert [p.fraction for p in steps] == sorted(p.fraction for p in steps)
    # ReLU with std 1 and a large SGD step blows up at once, with weight decay or without.
    blown = finish(
        plane.boundary_comparison(
            weight_init_std=1.0, optimizer="sgd", lr=0.1, weight_decay_lambda=0.01, **SMALL
        )
    )
    assert set(blown.diverged) == {"main", "baseline"} and max(blown.diverged.values()) < 10
    assert blown.fraction == 1.0
    last_epochs = blown.frame.groupby("run")["epoch"].max()  # rows end before the blow-up
    assert {run: last_epochs[run] + 1 for run in last_epochs.index} == blown.diverged


@pytest.mark.parametrize("activation", ["relu", "sigmoid"])
def test_a_tiny_initial_scale_stalls_sgd_and_batch_normalization_rescues_it(activation):
    settings = {"train_size": 100, "noise": 0.4, "epochs": 150, "optimizer": "sgd", "lr": 0.1}
    settings |= {"weight_init_std": 0.01, "activation": activation}
    stalled = finish(boundary_training(**settings))
    rescued = finish(boundary_training(**settings, use_batchnorm=True))
    assert stalled.frame["train_acc"].iloc[-1] == 0.5  # one class everywhere
    assert np.ptp(stalled.latest["boundary"]) < 0.01  # the same probability at every point
    assert rescued.frame["test_acc"].iloc[-1] > 0.8
    assert regions(rescued.latest["boundary"] > 0.5) == 2


# --- the cost model ----------------------------------------------------------------------------


def test_run_seconds_grows_with_every_size_and_batch_normalization_and_a_second_run():
    base = {"train_size": 100, "hidden": (64, 64, 64), "epochs": 500}
    seconds = plane.run_seconds(**base)
    for bigger in (
        {"train_size": 200},
        {"hidden": (64, 64, 64, 64)},
        {"hidden": (128, 128, 128)},
        {"epochs": 1000},
        {"use_batchnorm": True},
        {"runs": 2},
    ):
        assert plane.run_seconds(**{**base, **bigger}) > seconds, bigger
    assert plane.run_seconds(**base, runs=2) == pytest.approx(2 * seconds)


@pytest.mark.parametrize(
    ("train_size", "hidden", "use_batchnorm", "runs"),
    [(100, (64,) * 3, False, 1), (200, (128,) * 5, True, 2), (20, (8,), False, 1)],
)
def test_most_epochs_is_the_last_step_within_the_budget(train_size, hidden, use_batchnorm, runs):
    cost = functools.partial(plane.run_seconds, train_size, hidden, use_batchnorm=use_batchnorm)
    most = most_epochs(lambda epochs: cost(epochs, runs=runs), 2.0, step=10, most=1000)
    assert most % 10 == 0 and 10 <= most <= 1000
    assert cost(most, runs=runs) <= 2.0 or most == 10
    assert most == 1000 or cost(most + 10, runs=runs) > 2.0
