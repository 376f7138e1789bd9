"""Training as a generator: one EpochRecord per epoch, so a page can draw while it trains."""

import math
import time
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from engine.checks import check_int
from engine.fast_network import FastMultiLayerNet
from engine.optimizers import Optimizer


@dataclass(frozen=True)
class EpochRecord:
    """What one epoch left behind. Epoch 0 is the untrained network.

    loss: mean minibatch loss of the epoch (nan for epoch 0); iteration_losses: (iterations,)
    each minibatch's loss; seconds: time since training started; diverged: the loss stopped
    being finite, and this is the last record; health: (layer, activation std, gradient std)
    at the epoch's last step (the failing one when it diverged; empty for epoch 0), see
    FastMultiLayerNet.health.
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
    health: tuple[tuple[int, float, float], ...] = ()


def train(
    network: FastMultiLayerNet,
    x_train: np.ndarray,
    t_train: np.ndarray,
    x_test: np.ndarray | None = None,
    t_test: np.ndarray | None = None,
    *,
    optimizer: Optimizer,
    epochs: int,
    batch_size: int = 100,
    rng: np.random.Generator,
    evaluate: bool = True,
) -> Iterator[EpochRecord]:
    """Train `network` with minibatches drawn with replacement, as the book does.

    x_train: (N, D), t_train: (N,). One epoch is max(N // batch_size, 1) iterations. Yields
    epoch 0 (before training) and then every epoch up to `epochs`; stops early, with
    diverged=True, as soon as a loss is not finite. evaluate=False skips the accuracies (nan).
    Arguments are checked at once, before the first epoch is asked for.
    """
    epochs = check_int("epochs", epochs, 0, 100_000)
    n = len(x_train)
    if np.shape(t_train) != (n,):
        raise ValueError(
            f"t_train must be a 1-D array of {n} labels, one per image, "
            f"got shape {np.shape(t_train)}"
        )
    batch_size = check_int("batch_size", batch_size, 1, n)
    x_train = np.asarray(x_train, dtype=network.dtype)
    t_train = network.checked_labels(t_train, x_train)
    if x_test is not None and len(x_test) > 0:
        # Train and test accuracy in one pass over one stacked array: fewer, larger matmuls.
        x_eval = np.concatenate([x_train, np.asarray(x_test, network.dtype)])
        t_eval = np.concatenate([t_train, t_test])
    else:
        x_eval, t_eval = x_train, np.asarray(t_train)
    eval_set = (network.label_predictor(x_eval), t_eval, n) if evaluate else None
    return _epochs(network, x_train, t_train, eval_set, optimizer, epochs, batch_size, rng)


def _epochs(
    network: FastMultiLayerNet,
    x_train: np.ndarray,
    t_train: np.ndarray,
    eval_set: tuple | None,
    optimizer: Optimizer,
    epochs: int,
    batch_size: int,
    rng: np.random.Generator,
) -> Iterator[EpochRecord]:
    n = len(x_train)
    iters_per_epoch = max(n // batch_size, 1)
    start = time.perf_counter()

    def record(epoch: int, losses: list[float], diverged: bool = False) -> EpochRecord:
        train_acc = test_acc = math.nan
        if eval_set is not None and not diverged:
            predict_labels, t_eval, n_train = eval_set
            with np.errstate(over="ignore", invalid="ignore"):
                hits = predict_labels() == t_eval
            train_acc = float(hits[:n_train].mean())
            test_acc = float(hits[n_train:].mean()) if len(hits) > n_train else math.nan
        return EpochRecord(
            epoch=epoch,
            iteration=(epoch - 1) * iters_per_epoch + len(losses) if epoch else 0,
            loss=float(np.mean(losses)) if losses else math.nan,
            train_acc=train_acc,
            test_acc=test_acc,
            weight_norm=math.sqrt(network.weight_square_sum()),
            seconds=time.perf_counter() - start,
            diverged=diverged,
            iteration_losses=np.asarray(losses, dtype=np.float64),
            health=tuple(network.health()) if losses else (),
        )

    # The book updates params["W1"], params["b1"], ... one by one; every one of them is a view
    # into network.theta, so the optimizer updates that vector instead: one NumPy call per rule.
    params, grads = {"theta": network.theta}, {"theta": network.grad}
    batch = np.empty((batch_size, *x_train.shape[1:]), x_train.dtype)  # refilled every step
    yield record(0, [])
    for epoch in range(1, epochs + 1):
        losses = []
        # Overflow in a blowing-up network is expected; the finite-loss check reports it.
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            for _ in range(iters_per_epoch):
                idx = rng.integers(0, n, size=batch_size)
                # With out=, take copies through a temporary unless mode is not "raise"; the
                # indices are always in range, so "clip" never clips.
                np.take(x_train, idx, axis=0, out=batch, mode="clip")
                loss, _ = network.loss_and_gradient(batch, t_train[idx])
                losses.append(loss)
                if not math.isfinite(loss):
                    break
                optimizer.update(params, grads)
        if not math.isfinite(losses[-1]):
            yield record(epoch, losses, diverged=True)
            return
        yield record(epoch, losses)
