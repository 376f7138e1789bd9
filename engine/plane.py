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

import numpy as np

from engine.checks import check_int
from engine.data import Dataset, make_moons
from engine.experiments import MAIN, Progress, health_rows, rngs
from engine.network import MultiLayerNet
from engine.optimizers import make_optimizer
from engine.trainer import train

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
    """Train a ReLU net on two moons and yield the boundary about `frames` times.

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
    grid = grid_points()
    points = np.column_stack([data.x_train, data.t_train]).astype(np.float32)
    every = max(1, epochs // frames)
    rows: list[dict] = []
    health: list[dict] = []
    for record in records:
        health.extend(health_rows(record, MAIN))
        if not record.diverged:
            rows.append(
                {
                    "epoch": record.epoch,
                    "train_acc": record.train_acc,
                    "test_acc": record.test_acc,
                    "loss": record.loss,
                    "weight_norm": record.weight_norm,
                }
            )
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
