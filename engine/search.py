"""Section 6.5: the book's random search for a learning rate and a weight decay
(hyperparameter_optimization.py).

500 training digits, a fifth of them held out as validation data; for each trial a learning
rate lr = 10^U(-6, -2) and a weight decay λ = 10^U(-8, -4), a 784-100x6-10 ReLU net (He initial
weights) trained with SGD for 50 epochs of 100-image minibatches, judged by its accuracy on the
validation digits. The test digits are touched once, at the very end, by the best trial only:
tuning on them would fit the settings to the test data, and its accuracy would then promise
more than the network keeps on data it has never seen.

    for progress in hyperparameter_search(trials=20, seed=0): ...
    progress.frame   # trial, lr, weight_decay_lambda, epoch, split, accuracy (tidy)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence

import numpy as np

from engine.checks import check_float, check_int, check_seed
from engine.data import Dataset, load_mnist
from engine.fast_network import FastMultiLayerNet
from engine.optimizers import make_optimizer
from engine.progress import Progress, rngs
from engine.trainer import EpochRecord, train

BOOK_LR_EXPONENTS = (-6.0, -2.0)  # lr = 10 ** U(-6, -2)
BOOK_DECAY_EXPONENTS = (-8.0, -4.0)  # weight_decay = 10 ** U(-8, -4)
EXPONENT_BOUNDS = (-10.0, 0.0)  # what a search may ask for (lr and λ at most 1)
MAX_TRIAL_EPOCHS = 10_000  # trials x epochs: the cost of one search, bounded
TRAIN, VALIDATION, TEST = "train", "validation", "test"  # the rows' `split`
_SPLIT, _DRAWS, _NETWORK = 0, 1, 2  # tags of a search's random streams (see _stream)


def _stream(seed: int, tag: int, trial: int = 0) -> np.random.SeedSequence:
    """The seed sequence of one of a search's streams: the split of the data (_SPLIT), a
    trial's lr and λ (_DRAWS) or its network and minibatches (_NETWORK). Trial k's streams
    depend on k only, so trial 7 is the same trial in a search of 10 and in one of 100."""
    return np.random.SeedSequence([check_seed(seed), tag, trial])


def validation_split(
    data: Dataset, train_size: int = 500, validation_rate: float = 0.2, seed: int = 0
) -> Dataset:
    """The book's split: the first `train_size` training digits, shuffled, the first
    validation_rate of them held out. Returns a Dataset whose test part is that validation
    data (x_test: (int(train_size * rate), D)), and whose train part is the rest."""
    train_size = check_int("train_size", train_size, 2, data.train_size)
    rate = check_float("validation_rate", validation_rate, 0.0, 1.0, low_open=True, high_open=True)
    n_val = int(train_size * rate)
    if not 1 <= n_val < train_size:
        raise ValueError(f"validation_rate {rate:g} leaves no validation or no training digits")
    order = np.random.default_rng(_stream(seed, _SPLIT)).permutation(train_size)
    x, t = data.x_train[:train_size][order], data.t_train[:train_size][order]
    return dataclasses.replace(
        data,
        x_train=x[n_val:],
        t_train=t[n_val:],
        x_test=x[:n_val],
        t_test=t[:n_val],
        name=f"{data.name}, {train_size - n_val} train / {n_val} validation",
    )


def trial_settings(
    seed: int,
    trial: int,
    lr_exponents: Sequence[float] = BOOK_LR_EXPONENTS,
    decay_exponents: Sequence[float] = BOOK_DECAY_EXPONENTS,
) -> tuple[float, float]:
    """Trial `trial`'s (lr, weight_decay_lambda), drawn as the book draws them: λ first, then
    lr, each 10 ** U(low, high) of its exponents."""
    rng = np.random.default_rng(_stream(seed, _DRAWS, trial))
    weight_decay = 10 ** rng.uniform(decay_exponents[0], decay_exponents[1])
    lr = 10 ** rng.uniform(lr_exponents[0], lr_exponents[1])
    return float(lr), float(weight_decay)


def search_trial(
    split: Dataset,
    lr: float,
    weight_decay_lambda: float,
    seed: int,
    epochs: int = 50,
    hidden: Sequence[int] = (100,) * 6,
    batch_size: int = 100,
) -> tuple[FastMultiLayerNet, Iterator[EpochRecord]]:
    """One trial: the book's __train(lr, weight_decay). A fresh ReLU net with He initial
    weights and its train() generator on split's training part, whose test accuracy is the
    accuracy on split's validation part (see validation_split). seed: an int for rngs()."""
    net_rng, batch_rng = rngs(seed)
    net = FastMultiLayerNet(
        split.input_size,
        hidden,
        split.num_classes,
        weight_init_std="he",
        weight_decay_lambda=weight_decay_lambda,
        rng=net_rng,
    )
    records = train(
        net,
        split.x_train,
        split.t_train,
        split.x_test,
        split.t_test,
        optimizer=make_optimizer("sgd", lr),
        epochs=epochs,
        batch_size=min(batch_size, split.train_size),
        rng=batch_rng,
    )
    return net, records


def _exponents(name: str, pair: Sequence[float]) -> tuple[float, float]:
    low, high = (check_float(name, v, *EXPONENT_BOUNDS) for v in pair)
    if low > high:
        raise ValueError(f"{name} must be (low, high) with low <= high, got {tuple(pair)}")
    return low, high


def hyperparameter_search(
    trials: int = 100,
    epochs: int = 50,
    lr_exponents: Sequence[float] = BOOK_LR_EXPONENTS,
    decay_exponents: Sequence[float] = BOOK_DECAY_EXPONENTS,
    train_size: int = 500,
    validation_rate: float = 0.2,
    hidden: Sequence[int] = (100,) * 6,
    batch_size: int = 100,
    seed: int = 0,
    data: Dataset | None = None,
) -> Iterator[Progress]:
    """The random search, one Progress per trial. Arguments are checked at once.

    Rows: trial (1-based), lr, weight_decay_lambda, epoch (0 = untrained), split ("train" or
    "validation"), accuracy; and after the last trial one more row, split "test": the test
    accuracy of the trial with the best final validation accuracy (the first such trial on a
    tie), measured once. A trial whose loss stops being finite ends early; `diverged` then maps
    str(trial) to its epoch, and it cannot be the best.
    """
    trials = check_int("trials", trials, 1, 1000)
    epochs = check_int("epochs", epochs, 1, 1000)
    check_int("trials x epochs", trials * epochs, 1, MAX_TRIAL_EPOCHS)
    lr_exponents = _exponents("lr_exponents", lr_exponents)
    decay_exponents = _exponents("decay_exponents", decay_exponents)
    data = load_mnist() if data is None else data
    split = validation_split(data, train_size, validation_rate, seed)
    settings = [trial_settings(seed, k, lr_exponents, decay_exponents) for k in range(trials)]
    return _trials(data, split, settings, epochs, tuple(hidden), batch_size, seed)


def _trials(
    data: Dataset,
    split: Dataset,
    settings: Sequence[tuple[float, float]],
    epochs: int,
    hidden: tuple[int, ...],
    batch_size: int,
    seed: int,
) -> Iterator[Progress]:
    """Train the trials one after another (see hyperparameter_search)."""
    rows: list[dict] = []
    diverged: dict[str, int] = {}
    best: tuple[float, int, FastMultiLayerNet] | None = None  # (validation accuracy, trial, net)
    for k, (lr, lam) in enumerate(settings):
        trial_seed = int(_stream(seed, _NETWORK, k).generate_state(1)[0])
        net, records = search_trial(split, lr, lam, trial_seed, epochs, hidden, batch_size)
        tags = {"trial": k + 1, "lr": lr, "weight_decay_lambda": lam}
        last = None
        for rec in records:
            if rec.diverged:
                diverged[str(k + 1)] = rec.epoch
                break
            rows.append({**tags, "epoch": rec.epoch, "split": TRAIN, "accuracy": rec.train_acc})
            rows.append({**tags, "epoch": rec.epoch, "split": VALIDATION, "accuracy": rec.test_acc})
            last = rec
        if last is not None and str(k + 1) not in diverged:
            if best is None or last.test_acc > best[0]:
                best = (last.test_acc, k, net)
        if k == len(settings) - 1 and best is not None:  # the test digits, once
            _, b, net = best
            test = net.accuracy(data.x_test, data.t_test)
            lr_b, lam_b = settings[b]
            rows.append(
                {"trial": b + 1, "lr": lr_b, "weight_decay_lambda": lam_b, "epoch": epochs}
                | {"split": TEST, "accuracy": test}
            )
        yield Progress((k + 1) / len(settings), rows, len(rows), dict(diverged))
