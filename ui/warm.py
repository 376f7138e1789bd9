"""The book's experiments at their default settings, trained once when the server starts.

A class opening the lesson's default links should get curves at once, not a queue behind 30
identical requests. The first page any visitor opens starts these runs in the background
(ui.trainers, warm=True): they take at most K - 1 of the K trainers, so students' own runs are
never stuck behind them, and they finish whether or not anyone watches. A page opened while
its default run trains shows that run live; afterwards, the stored result.

Set TRAINING_LAB_WARM=0 to switch it off (the tests do, to keep their runs their own).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

from engine import experiments
from ui import overfit
from ui.results import run_key
from ui.trainers import ref_of, trainers

WARM_ENV = "TRAINING_LAB_WARM"
_started = threading.Event()


def book_runs() -> list[tuple[str, Callable, dict]]:
    """(section name, experiment, arguments) of every training section at the book's settings,
    seed 0, as its page asks for them (tests/test_warm.py checks each page against this)."""

    def defaults(epochs: int) -> dict:
        return {c.name: c.default for c in overfit.controls(epochs=epochs)}

    decay = overfit.run_kwargs(defaults(200), {"weight_decay_lambda": 0.1}, seed=0)
    dropout = overfit.run_kwargs(
        defaults(300), {"dropout_ratio": 0.2, "dropout_mode": "book"}, seed=0
    )
    bn = {"epochs": 20, "train_size": 1000, "seed": 0}
    return [  # the quick and most used first
        ("weight_decay", experiments.overfitting, decay),
        ("dropout", experiments.overfitting, dropout),
        ("bn_comparison", experiments.batchnorm_comparison, {"weight_init_std": 0.01, **bn}),
        ("init_comparison", experiments.init_comparison, {"iterations": 2000, "seed": 0}),
        ("bn_grid", experiments.batchnorm_grid, bn),
    ]


def start() -> None:
    """Queue the book's runs once per server (a no-op after the first call, or when
    TRAINING_LAB_WARM=0)."""
    if _started.is_set() or os.environ.get(WARM_ENV, "1") == "0":
        return
    _started.set()
    pool = trainers()
    for name, experiment, kwargs in book_runs():
        key = run_key(name, kwargs)
        if pool.results.get(key) is None:
            pool.request(key, ref_of(experiment), kwargs, warm=True)
