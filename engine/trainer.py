"""Training as a generator: one EpochRecord per epoch, so a page can draw while it trains."""

import math
import time
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from engine.checks import check_int


@dataclass(frozen=True)
class EpochRecord:
    """What one epoch left behind. Epoch 0 is the untrained network.

    loss: mean minibatch loss of the epoch (nan for epoch 0); iteration_losses: (iterations,)
    each minibatch's loss; seconds: time since training started; diverged: the loss stopped
    being finite, and this is the last record.
    """

    epoch: int
    iteration: int
    loss: float
    train_acc: float
    test_acc: float
    weight_norm: float
    seconds: float
    diverged: bool
    iteration_losses: np.ndarray


def train(
    network,
    x_train,
    t_train,
    x_test=None,
    t_test=None,
    *,
    optimizer,
    epochs: int,
    batch_size: int = 100,
    rng: np.random.Generator,
    evaluate: bool = True,
) -> Iterator[EpochRecord]:
    """Train `network` with minibatches drawn with replacement, as the book does.

    x_train: (N, D), t_train: (N,). One epoch is max(N // batch_size, 1) iterations. Yields
    epoch 0 (before training) and then every epoch up to `epochs`; stops early, with
    diverged=True, as soon as a loss is not finite. evaluate=False skips the accuracies (nan).
    """
    epochs = check_int("epochs", epochs, 0, 100_000)
    n = len(x_train)
    batch_size = check_int("batch_size", batch_size, 1, n)
    iters_per_epoch = max(n // batch_size, 1)
    x_train = np.asarray(x_train, dtype=network.dtype)
    has_test = x_test is not None and len(x_test) > 0
    # Train and test accuracy in one pass over one stacked array: fewer, larger matmuls.
    x_eval = np.concatenate([x_train, np.asarray(x_test, network.dtype)]) if has_test else x_train
    t_eval = np.concatenate([t_train, t_test]) if has_test else np.asarray(t_train)

    def record(epoch, losses, start, diverged=False):
        if evaluate and not diverged:
            hits = network.predict_labels(x_eval) == t_eval
            train_acc = float(hits[:n].mean())
            test_acc = float(hits[n:].mean()) if has_test else math.nan
        else:
            train_acc = test_acc = math.nan
        return EpochRecord(
            epoch=epoch,
            iteration=epoch * iters_per_epoch
            if not diverged
            else (epoch - 1) * iters_per_epoch + len(losses),
            loss=float(np.mean(losses)) if len(losses) else math.nan,
            train_acc=train_acc,
            test_acc=test_acc,
            weight_norm=math.sqrt(network.weight_square_sum()),
            seconds=time.perf_counter() - start,
            diverged=diverged,
            iteration_losses=np.asarray(losses, dtype=np.float64),
        )

    start = time.perf_counter()
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        yield record(0, [], start)
        for epoch in range(1, epochs + 1):
            losses = []
            for _ in range(iters_per_epoch):
                idx = rng.integers(0, n, size=batch_size)
                loss, grads = network.gradient(x_train[idx], t_train[idx])
                losses.append(loss)
                if not math.isfinite(loss):
                    yield record(epoch, losses, start, diverged=True)
                    return
                optimizer.update(network.params, grads)
            yield record(epoch, losses, start)
