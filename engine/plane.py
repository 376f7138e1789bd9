"""Chapter 6 in two dimensions: the same levers (initial weight scale, Batch Normalization,
weight decay, dropout) on a net that separates two moons in the plane, where what it learned is
a picture: the decision boundary.

    for progress in boundary_training(weight_decay_lambda=0.01):
        progress.latest["boundary"]  # (GRID, GRID) float32: P(class 1) on the grid of EXTENT,
                                     # row 0 at the bottom
        progress.latest["points"]    # (40, 3): the training points x, y, class
        progress.frame               # epoch, train_acc, test_acc, loss, weight_norm

With 40 training points and a deep wide net the boundary curls around single points
(overfitting: training accuracy 1.0, test accuracy lower); weight decay and dropout smooth it.
"""

from collections.abc import Iterator
from typing import Any

import numpy as np

from engine.checks import check_float, check_int, check_seed
from engine.data import Dataset
from engine.network import MultiLayerNet
from engine.optimizers import make_optimizer
from engine.progress import BASELINE, MAIN, Progress, health_rows, rngs
from engine.trainer import EpochRecord, train

# ---------------------------------------------------------------- data sets in the plane


SPIRAL_TEST_FRACTION = 0.3
SPIRAL_TURN = 4.0  # radians each arm sweeps from the centre to the rim, as in CS231n's spiral


def make_spiral(
    points_per_class: int = 100, classes: int = 3, noise: float = 0.2, seed: int = 0
) -> Dataset:
    """A K-arm spiral in the plane: x (N, 2) float32 in about [-1, 1], t (N,) int64 arm index.

    Arm k starts at angle 2*pi*k/K; a point at radius r in (0, 1] sits at angle
    2*pi*k/K + 4r + noise * standard normal. Each arm is split 70/30 into train/test, then both
    sets are shuffled; the same arguments always give the same arrays.
    """
    points_per_class = check_int("points_per_class", points_per_class, 2, 10_000)
    classes = check_int("classes", classes, 2, 10)
    noise = check_float("noise", noise, 0.0, 1.0)
    seed = check_seed(seed)

    rng = np.random.default_rng(seed)
    # r = 0 is left out: every arm would put a point on the origin, each with a different label.
    radius = np.tile(np.linspace(0.0, 1.0, points_per_class + 1)[1:], classes)
    arm = np.repeat(np.arange(classes, dtype=np.int64), points_per_class)
    angle = 2 * np.pi * arm / classes + SPIRAL_TURN * radius
    angle += float(noise) * rng.standard_normal(angle.shape)
    x = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)]).astype(np.float32)

    n_test = max(1, round(SPIRAL_TEST_FRACTION * points_per_class))
    train_idx, test_idx = [], []
    for k in range(classes):
        idx = rng.permutation(np.flatnonzero(arm == k))
        test_idx.append(idx[:n_test])
        train_idx.append(idx[n_test:])
    train = rng.permutation(np.concatenate(train_idx))
    test = rng.permutation(np.concatenate(test_idx))
    return Dataset(x[train], arm[train], x[test], arm[test], name="spiral")


def make_moons(
    train_size: int = 40, test_size: int = 400, noise: float = 0.3, seed: int = 0
) -> Dataset:
    """Two interleaved half circles in the plane, classes 0 (upper) and 1 (lower): x (N, 2)
    float32 in about [-1.5, 2.5] x [-1, 1.5], t (N,) int64, each class half of each set.

    Class 0 lies on the upper half of the unit circle, class 1 on the lower half of the circle
    of radius 1 centred at (1, 0.5); every point moves by `noise` times a standard normal in x
    and y. A few training points and a wide net overfit: the boundary curls around single
    points, which is what chapter 6's regularizers smooth away.
    """
    train_size = check_int("train_size", train_size, 2, 10_000)
    test_size = check_int("test_size", test_size, 2, 100_000)
    noise = check_float("noise", noise, 0.0, 2.0)
    seed = check_seed(seed)
    rng = np.random.default_rng(seed)

    def points(n: int) -> tuple[np.ndarray, np.ndarray]:
        t = np.arange(n, dtype=np.int64) % 2
        angle = np.pi * rng.random(n)
        x = np.where(t == 0, np.cos(angle), 1 - np.cos(angle))
        y = np.where(t == 0, np.sin(angle), 0.5 - np.sin(angle))
        xy = np.column_stack([x, y]) + noise * rng.standard_normal((n, 2))
        order = rng.permutation(n)
        return xy[order].astype(np.float32), t[order]

    x_train, t_train = points(train_size)
    x_test, t_test = points(test_size)
    return Dataset(x_train, t_train, x_test, t_test, name="moons")


# ---------------------------------------------------------------- the decision boundary

GRID = 61  # boundary cells per side
EXTENT = (-2.0, 3.0, -1.6, 2.1)  # x_min, x_max, y_min, y_max: the moons and a margin


def grid_points(grid: int = GRID) -> np.ndarray:
    """The grid's cell centres as (grid * grid, 2) float32, row by row from the bottom."""
    x_min, x_max, y_min, y_max = EXTENT
    xs = np.linspace(x_min, x_max, grid, dtype=np.float32)
    ys = np.linspace(y_min, y_max, grid, dtype=np.float32)
    gx, gy = np.meshgrid(xs, ys)
    return np.column_stack([gx.ravel(), gy.ravel()])


def class_1_probability(net: MultiLayerNet, points: np.ndarray) -> np.ndarray:
    """P(class 1 | point) for points: (N, 2), from the net's evaluation scores (N,)."""
    scores = net.predict(points, train=False).astype(np.float64)
    scores -= scores.max(axis=1, keepdims=True)
    p = np.exp(scores)
    return (p[:, 1] / p.sum(axis=1)).astype(np.float32)


def boundary_training(
    train_size: int = 40,
    noise: float = 0.3,
    hidden: tuple[int, ...] = (64, 64, 64),
    activation: str = "relu",
    weight_init_std: float | str = "he",
    use_batchnorm: bool = False,
    weight_decay_lambda: float = 0.0,
    dropout_ratio: float = 0.0,
    optimizer: str = "adam",
    lr: float = 0.01,
    epochs: int = 300,
    batch_size: int = 10,
    frames: int = 60,
    seed: int = 0,
) -> Iterator[Progress]:
    """Train a net (ReLU by default) on two moons and yield the boundary about `frames` times.

    Rows: epoch, train_acc, test_acc (400 test points), loss, weight_norm. The data set
    depends on `seed` too, so one seed is one lesson: same points, same initial weights.
    """
    frames = check_int("frames", frames, 1, 1000)
    data: Dataset = make_moons(train_size, 400, noise, seed)
    net_rng, batch_rng = rngs(seed)
    net = MultiLayerNet(
        2,
        hidden,
        2,
        activation=activation,
        weight_init_std=weight_init_std,
        use_batchnorm=use_batchnorm,
        weight_decay_lambda=weight_decay_lambda,
        dropout_ratio=dropout_ratio,
        rng=net_rng,
    )
    records = train(
        net,
        data.x_train,
        data.t_train,
        data.x_test,
        data.t_test,
        optimizer=make_optimizer(optimizer, lr),
        epochs=epochs,
        batch_size=min(batch_size, data.train_size),
        rng=batch_rng,
    )
    points = np.column_stack([data.x_train, data.t_train]).astype(np.float32)
    yield from _boundary_progress(net, records, points, epochs, max(1, epochs // frames))


PLANE_COLUMNS = ("epoch", "train_acc", "test_acc", "loss", "weight_norm")


def _boundary_progress(
    net: MultiLayerNet, records: Iterator[EpochRecord], points: np.ndarray, epochs: int, every: int
) -> Iterator[Progress]:
    """boundary_training's Progress: a row per epoch (PLANE_COLUMNS; none for a divergence),
    the layer health, and every `every` epochs (and at the end) the boundary, P(class 1) on the
    (GRID, GRID) grid, with the training points: (N, 3) of x, y, label."""
    grid = grid_points()
    rows: list[dict] = []
    health: list[dict] = []
    for record in records:
        health.extend(health_rows(record, MAIN))
        if not record.diverged:
            rows.append({column: getattr(record, column) for column in PLANE_COLUMNS})
        last = record.diverged or record.epoch == epochs
        if record.epoch % every == 0 or last:
            with np.errstate(over="ignore", invalid="ignore"):
                boundary = class_1_probability(net, grid).reshape(GRID, GRID)
            yield Progress(
                1.0 if last else record.epoch / epochs,
                rows,
                len(rows),
                {MAIN: record.epoch} if record.diverged else {},
                health,
                len(health),
                latest={"boundary": boundary, "points": points},
            )


# ---------------------------------------------------------------- with and without regularizers


def regularizes(weight_decay_lambda: float = 0.0, dropout_ratio: float = 0.0) -> bool:
    """Whether these settings switch on one of chapter 6's regularizers."""
    return weight_decay_lambda > 0 or dropout_ratio > 0


def boundary_comparison(baseline: bool = True, **settings: Any) -> Iterator[Progress]:
    """boundary_training(**settings) (run MAIN) and, when `baseline` and the settings
    regularize, the same network without weight decay and dropout (run BASELINE) beside it,
    the two advanced in lockstep, one boundary each per yield. The same seed gives both the
    same points, initial weights and minibatch order: only the regularizers differ.

    Rows: run, epoch, train_acc, test_acc, loss, weight_norm. latest: "boundary" (MAIN's,
    (GRID, GRID) float32, row 0 at the bottom), "points" ((N, 3) x, y, class) and, while a
    baseline trains, "reference" (BASELINE's boundary). A run that diverged stops (the other
    goes on); its last boundary, from the blown-up weights, stays in `latest`.
    """
    runs = {MAIN: boundary_training(**settings)}
    lever = {k: settings[k] for k in ("weight_decay_lambda", "dropout_ratio") if k in settings}
    if baseline and regularizes(**lever):
        plain = {**settings, "weight_decay_lambda": 0.0, "dropout_ratio": 0.0}
        runs[BASELINE] = boundary_training(**plain)
    rows: list[dict] = []
    health: list[dict] = []
    diverged: dict[str, int] = {}
    latest: dict[str, np.ndarray] = {}
    fractions = dict.fromkeys(runs, 0.0)
    sent = dict.fromkeys(runs, (0, 0))  # (rows, health rows) taken from each run so far
    while runs:
        for name, run in list(runs.items()):
            progress = next(run, None)
            if progress is None:
                del runs[name]
                fractions[name] = 1.0
                continue
            n_rows, n_health = sent[name]
            rows.extend({"run": name, **row} for row in progress.rows[n_rows : progress.n_rows])
            new_health = progress.health[n_health : progress.n_health]
            health.extend({**row, "run": name} for row in new_health)
            sent[name] = (progress.n_rows, progress.n_health)
            if progress.diverged:
                diverged[name] = progress.diverged[MAIN]
            fractions[name] = progress.fraction
            drawn = progress.latest or {}  # boundary_training always reports one
            latest["boundary" if name == MAIN else "reference"] = drawn["boundary"]
            latest["points"] = drawn["points"]
        if runs:  # nothing new when the last run just ended
            yield Progress(
                min(fractions.values()),
                rows,
                len(rows),
                dict(diverged),
                health,
                len(health),
                latest=dict(latest),
            )


# ---------------------------------------------------------------- what a run costs

# A CPU-time model of boundary_training on one core, fitted to 20 runs (1-5 hidden layers of
# 8-128 units, 20-200 points, 100-500 epochs, with and without BN) on the lab's 2-core test
# machine: within about ±40 %, closest for the long runs it is used to bound.
STEP_MS = (0.045, 0.009, 0.003e-3)  # one minibatch step: fixed, per hidden layer, per weight
POINT_NS = (2.0, 0.019)  # one point through the net: per hidden unit, per weight
EPOCH_MS = 0.08  # bookkeeping per epoch
BN_FACTOR = 2.4  # Batch Normalization's layers multiply all of it


def run_seconds(
    train_size: int,
    hidden: tuple[int, ...],
    epochs: int,
    use_batchnorm: bool = False,
    runs: int = 1,
    batch_size: int = 10,
    frames: int = 60,
) -> float:
    """About how many CPU seconds `runs` boundary_training runs with these settings take.

    An epoch is train_size // batch_size minibatch steps, then every training and test point
    (400) through the net; about `frames` times the GRID x GRID boundary points too.
    """
    sizes = (2, *hidden, 2)
    weights = sum(a * b for a, b in zip(sizes, sizes[1:], strict=False))
    units = sum(hidden)
    steps = max(train_size // min(batch_size, train_size), 1)
    step_ms = STEP_MS[0] + STEP_MS[1] * len(hidden) + STEP_MS[2] * weights
    point_ns = POINT_NS[0] * units + POINT_NS[1] * weights
    boundaries = epochs // max(1, epochs // frames) + 1
    points = epochs * (train_size + 400) + boundaries * GRID * GRID
    total_ms = epochs * (steps * step_ms + EPOCH_MS) + points * point_ns / 1e6
    return runs * total_ms / 1000 * (BN_FACTOR if use_batchnorm else 1.0)
