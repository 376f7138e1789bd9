"""One function per chapter-6 training experiment, each a generator of `Progress` whose frames
are tidy (long): one row per run and epoch.

Every random draw comes from Generators seeded by `seed` (see `rngs`), so the same arguments
give the same curves.
"""

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import numpy as np

from engine.checks import check_choice, check_float, check_int
from engine.data import Dataset, load_mnist
from engine.fast_network import FastMultiLayerNet
from engine.initializers import BOOK_INITS, COMPARED_INITS, weight_scale
from engine.optimizers import BOOK_LR, make_optimizer
from engine.progress import (
    BASELINE,
    MAIN,
    WITH_BN,
    WITHOUT_BN,
    Progress,
    finish,
    grid_run,
    lockstep,
    rngs,
)
from engine.trainer import EpochRecord, train

BOOK_BN_SCALES = tuple(float(s) for s in np.logspace(0, -4, 16))


# ---------------------------------------------------------------- 6.1 and 6.2: loss curves on MNIST


def _training_run(
    data: Dataset,
    hidden: Sequence[int],
    seed: int,
    *,
    optimizer: str = "sgd",
    lr: float = 0.01,
    epochs: int,
    batch_size: int,
    with_test: bool = True,
    evaluate: bool = True,
    **net_settings: Any,
) -> Iterator[EpochRecord]:
    """A fresh FastMultiLayerNet on `data` and its train() generator.

    Runs built with the same seed start from the same weights and see the same minibatches,
    so two settings compared side by side differ only in what the page changed.
    """
    net_rng, batch_rng = rngs(seed)
    net = FastMultiLayerNet(data.x_train.shape[1], hidden, 10, rng=net_rng, **net_settings)
    test = (data.x_test, data.t_test) if with_test else (None, None)
    return train(
        net,
        data.x_train,
        data.t_train,
        *test,
        optimizer=make_optimizer(optimizer, lr),
        epochs=epochs,
        batch_size=batch_size,
        rng=batch_rng,
        evaluate=evaluate,
    )


def init_comparison(
    iterations: int = 2000,
    batch_size: int = 128,
    lr: float = 0.01,
    hidden: Sequence[int] = (100, 100, 100, 100),
    seed: int = 0,
    data: Dataset | None = None,
    optimizer: str = "sgd",
) -> Iterator[Progress]:
    """784-100x4-10 ReLU nets, one per init in COMPARED_INITS, trained side by side with
    `optimizer` (the book's weight_init_compare: SGD, lr 0.01).

    Rows: init, iteration (1-based), loss (that iteration's minibatch loss).
    """
    runs = {name: ({"weight_init_std": BOOK_INITS[name]}, optimizer, lr) for name in COMPARED_INITS}
    return _minibatch_losses(runs, "init", iterations, batch_size, hidden, seed, data)


def optimizer_comparison(
    iterations: int = 2000,
    batch_size: int = 128,
    lrs: Mapping[str, float] | None = None,
    hidden: Sequence[int] = (100, 100, 100, 100),
    seed: int = 0,
    data: Dataset | None = None,
) -> Iterator[Progress]:
    """The book's optimizer_compare_mnist: 784-100x4-10 ReLU nets with He initial weights, one
    per update rule (lrs: optimizer name -> learning rate; by default the book's, BOOK_LR: each
    rule's class default), trained side by side on the same minibatches from the same initial
    weights.

    Rows: optimizer, iteration (1-based), loss (that iteration's minibatch loss).
    """
    lrs = dict(BOOK_LR if lrs is None else lrs)
    runs = {name: ({"weight_init_std": "he"}, name, lr) for name, lr in lrs.items()}
    return _minibatch_losses(runs, "optimizer", iterations, batch_size, hidden, seed, data)


def _minibatch_losses(
    runs: Mapping[str, tuple[dict, str, float]],
    column: str,
    iterations: int,
    batch_size: int,
    hidden: Sequence[int],
    seed: int,
    data: Dataset | None,
) -> Iterator[Progress]:
    """Several MNIST nets trained side by side for `iterations` minibatches, every minibatch's
    loss a row. runs: name (the rows' `column`) -> (network settings, optimizer, lr)."""
    iterations = check_int("iterations", iterations, 1, 100_000)
    data = load_mnist() if data is None else data
    # The book's 128 images a minibatch, or every image of a smaller training set.
    batch_size = min(check_int("batch_size", batch_size, 1, 100_000), data.train_size)
    iters_per_epoch = max(data.train_size // batch_size, 1)
    epochs = -(-iterations // iters_per_epoch)
    trainings = {
        name: (
            _training_run(
                data,
                hidden,
                seed,
                optimizer=optimizer,
                lr=lr,
                epochs=epochs,
                batch_size=batch_size,
                evaluate=False,
                with_test=False,
                **settings,
            ),
            {column: name},
        )
        for name, (settings, optimizer, lr) in runs.items()
    }

    def iteration_rows(rec: EpochRecord, tags: dict) -> list[dict]:
        first = max(rec.epoch - 1, 0) * iters_per_epoch + 1
        losses = rec.iteration_losses[: iterations - first + 1]
        return [
            {**tags, "iteration": first + k, "loss": float(loss)}
            for k, loss in enumerate(losses)
            if np.isfinite(loss)
        ]

    return lockstep(trainings, epochs, iteration_rows)


# ---------------------------------------------------------------- 6.3 Batch Normalization


def batchnorm_comparison(
    weight_init_std: float | str = 0.01,
    epochs: int = 20,
    train_size: int = 1000,
    lr: float = 0.01,
    batch_size: int = 100,
    seed: int = 0,
    data: Dataset | None = None,
) -> Iterator[Progress]:
    """The book's batch_norm_test at one weight scale: 784-100x5-10 ReLU with and without BN.

    Rows: batchnorm (bool), weight_init_std, epoch, train_acc (over all `train_size` images),
    loss, weight_norm, ... Arguments are checked at once.
    """
    data = (load_mnist() if data is None else data).subset(train_size)
    std = float(weight_scale(weight_init_std, 784))
    runs = {
        WITH_BN if bn else WITHOUT_BN: (
            _training_run(
                data,
                [100] * 5,
                seed,
                lr=lr,
                epochs=epochs,
                batch_size=batch_size,
                with_test=False,
                weight_init_std=weight_init_std,
                use_batchnorm=bn,
            ),
            {"batchnorm": bn, "weight_init_std": std},
        )
        for bn in (True, False)
    }
    return lockstep(runs, epochs)


def batchnorm_grid(
    scales: Sequence[float | str] = BOOK_BN_SCALES,
    epochs: int = 20,
    train_size: int = 1000,
    seed: int = 0,
    data: Dataset | None = None,
) -> Iterator[Progress]:
    """batchnorm_comparison at every scale (the book's 16-scale grid); yields after each scale.

    Rows: weight_init_std, batchnorm, epoch, train_acc, ...; diverged keys are "scale/run".
    """
    stds = [weight_scale(s, 784) for s in scales]
    comparisons = [batchnorm_comparison(s, epochs, train_size, seed=seed, data=data) for s in stds]
    return _one_after_another(stds, comparisons)


def _one_after_another(
    scales: Sequence[float], comparisons: Sequence[Iterator[Progress]]
) -> Iterator[Progress]:
    rows: list[dict] = []
    health: list[dict] = []
    diverged: dict[str, int] = {}
    for i, (scale, comparison) in enumerate(zip(scales, comparisons, strict=True)):
        last = finish(comparison)
        rows.extend(last.rows[: last.n_rows])
        health.extend(
            {**row, "run": grid_run(scale, row["run"])} for row in last.health[: last.n_health]
        )
        diverged.update({grid_run(scale, k): v for k, v in last.diverged.items()})
        yield Progress((i + 1) / len(scales), rows, len(rows), dict(diverged), health, len(health))


# ---------------------------------------------------------------- 6.4 overfitting, decay, dropout


def overfitting(
    train_size: int = 300,
    hidden: Sequence[int] = (100,) * 6,
    epochs: int = 200,
    weight_decay_lambda: float = 0.0,
    dropout_ratio: float = 0.0,
    dropout_mode: str = "book",
    optimizer: str = "sgd",
    lr: float = 0.01,
    batch_size: int = 100,
    baseline: bool = False,
    seed: int = 0,
    data: Dataset | None = None,
) -> Iterator[Progress]:
    """The book's overfit_weight_decay / overfit_dropout: a deep ReLU/He net on few digits.

    Rows: run ("main", or "baseline" = same settings with no decay and no dropout), epoch,
    train_acc, test_acc (the whole test set), loss, weight_norm, seconds. Arguments are
    checked at once.
    """
    data = (load_mnist() if data is None else data).subset(train_size)
    settings = {MAIN: (weight_decay_lambda, dropout_ratio)}
    if baseline:
        settings[BASELINE] = (0.0, 0.0)
    runs = {
        run: (
            _training_run(
                data,
                hidden,
                seed,
                optimizer=optimizer,
                lr=lr,
                epochs=epochs,
                batch_size=min(batch_size, data.train_size),
                weight_init_std="he",
                weight_decay_lambda=lam,
                dropout_ratio=ratio,
                dropout_mode=dropout_mode,
            ),
            {"run": run, "weight_decay_lambda": lam, "dropout_ratio": ratio},
        )
        for run, (lam, ratio) in settings.items()
    }
    return lockstep(runs, epochs)


# The runs of `regularizers`, in the order a page lists them: short ASCII names it translates.
NONE, DECAY, DROPOUT, BOTH, BN = "none", "decay", "dropout", "both", "bn"
REGULARIZER_RUNS = (NONE, DECAY, DROPOUT, BOTH, BN)


def regularizers(
    epochs: int = 200,
    weight_decay_lambda: float = 0.1,
    dropout_ratio: float = 0.2,
    dropout_mode: str = "book",
    train_size: int = 300,
    hidden: Sequence[int] = (100,) * 6,
    optimizer: str = "sgd",
    lr: float = 0.01,
    batch_size: int = 100,
    seed: int = 0,
    data: Dataset | None = None,
    runs: Sequence[str] | str = REGULARIZER_RUNS,
) -> Iterator[Progress]:
    """The book's overfitting network (784-100x6-10 ReLU, He init, `train_size` digits)
    trained five ways side by side: NONE; DECAY (weight_decay_lambda); DROPOUT (dropout_ratio
    after every hidden activation, `dropout_mode`); BOTH; BN (Batch Normalization before every
    activation, no decay, no dropout). `runs` picks some of REGULARIZER_RUNS (listed in that
    order whatever order they are given in).

    Rows: run, weight_decay_lambda, dropout_ratio, use_batchnorm (the run's own levers), epoch,
    iteration, train_acc, test_acc (the whole test set), loss (with the decay term),
    weight_norm, seconds. Arguments are checked at once, also those no chosen run uses.

    Every run draws its own rngs(seed) pair, so the runs differ only in their regularizer:
    - the batch generator serves nothing but minibatch indices, so every run sees the same
      images in the same order, step by step;
    - the network generator draws the same initial weights in every run (BN's gamma and beta
      start at 1 and 0, undrawn) and afterwards only dropout masks: DROPOUT and BOTH draw the
      very same masks at every step (same stream, same shapes, same ratio), while NONE, DECAY
      and BN draw nothing more. Dropout is the one extra randomness, and the two dropout runs
      share it.
    """
    weight_decay_lambda = check_float("weight_decay_lambda", weight_decay_lambda, 0.0, 1e3)
    dropout_ratio = check_float("dropout_ratio", dropout_ratio, 0.0, 1.0, high_open=True)
    dropout_mode = check_choice("dropout_mode", dropout_mode, ("book", "inverted"))
    chosen = {check_choice("run", run, REGULARIZER_RUNS) for run in _names(runs)}
    if not chosen:
        raise ValueError(f"runs must name at least one of {', '.join(REGULARIZER_RUNS)}")
    data = (load_mnist() if data is None else data).subset(train_size)
    lam, ratio = weight_decay_lambda, dropout_ratio
    levers = {  # run -> (weight_decay_lambda, dropout_ratio, use_batchnorm)
        NONE: (0.0, 0.0, False),
        DECAY: (lam, 0.0, False),
        DROPOUT: (0.0, ratio, False),
        BOTH: (lam, ratio, False),
        BN: (0.0, 0.0, True),
    }
    trainings = {
        run: (
            _training_run(
                data,
                hidden,
                seed,
                optimizer=optimizer,
                lr=lr,
                epochs=epochs,
                batch_size=min(batch_size, data.train_size),
                weight_init_std="he",
                weight_decay_lambda=run_lam,
                dropout_ratio=run_ratio,
                dropout_mode=dropout_mode,
                use_batchnorm=bn,
            ),
            {
                "run": run,
                "weight_decay_lambda": run_lam,
                "dropout_ratio": run_ratio,
                "use_batchnorm": bn,
            },
        )
        for run, (run_lam, run_ratio, bn) in levers.items()
        if run in chosen
    }
    return lockstep(trainings, epochs)


def _names(runs: Sequence[str] | str) -> list[str]:
    """One run name or several, as a list ("none" is one name, not four letters)."""
    if isinstance(runs, str):
        return [runs]
    return list(runs)
