"""The book's experiments at their default settings, trained once when the server starts.

A class opening the lesson's default links should get curves at once, not a queue behind 30
identical requests. The first page any visitor opens starts these runs in the background
(ui.trainers, warm=True), quickest first: they take at most K - 1 of the K trainers, so
students' own runs are never stuck behind them, and they finish whether or not anyone watches.
A page opened while its default run trains shows that run live; afterwards, the stored result.

The runs are each page's lesson module's `book_runs()`, the module named in ui/nav.PAGES beside
the page file: this shared module imports no lesson (tests/test_layering.py); it loads them by
name, as st.navigation runs the page files by theirs.

Set TRAINING_LAB_WARM=0 to switch it off (the tests do, to keep their runs their own).
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable, Iterable

from engine import cost
from ui import nav
from ui.results import run_key
from ui.runs import ref_of
from ui.trainers import trainers

WARM_ENV = "TRAINING_LAB_WARM"
_started = threading.Event()


def book_runs() -> list[tuple[str, Callable, dict]]:
    """Every page's runs at its default settings, seed 0, as the pages ask for them (section
    name, experiment, arguments), quickest first (engine.cost): the pages a class opens first
    are warm soonest, and the 100-trial search does not hold up the rest."""
    runs = [
        run
        for info in nav.available()
        if info.lesson is not None
        for run in importlib.import_module(info.lesson).book_runs()
    ]
    return sorted(runs, key=lambda run: cost.run_seconds(run[1].__name__, run[2]))


def start(runs: Callable[[], Iterable[tuple[str, Callable, dict]]] = book_runs) -> None:
    """Start the trainer processes, then queue the book's runs (`runs()`: section name,
    experiment, arguments, each as its page asks for them), once per server (a no-op after the
    first call; with TRAINING_LAB_WARM=0 only the processes start). A trainer process takes a
    second or two to import NumPy and the engine: started with the first page load, it is
    ready by the time anyone presses Train (started at that press, the first chart came
    1.9-2.2 s late)."""
    if _started.is_set():
        return
    _started.set()
    pool = trainers()
    pool.start()
    if os.environ.get(WARM_ENV, "1") == "0":
        return
    for name, experiment, kwargs in runs():
        key = run_key(name, kwargs)
        if pool.results.get(key) is None:
            pool.request(key, ref_of(experiment), kwargs, warm=True)
