"""The book's experiments at their default settings, trained once when the server starts.

A class opening the lesson's default links should get curves at once, not a queue behind 30
identical requests. The first page any visitor opens starts these runs (app.py gathers each
lesson's `book_runs()`) in the background
(ui.trainers, warm=True): they take at most K - 1 of the K trainers, so students' own runs are
never stuck behind them, and they finish whether or not anyone watches. A page opened while
its default run trains shows that run live; afterwards, the stored result.

Set TRAINING_LAB_WARM=0 to switch it off (the tests do, to keep their runs their own).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable

from ui.results import run_key
from ui.runs import ref_of
from ui.trainers import trainers

WARM_ENV = "TRAINING_LAB_WARM"
_started = threading.Event()


def start(book_runs: Iterable[tuple[str, Callable, dict]]) -> None:
    """Start the trainer processes, then queue the book's runs, (section name, experiment,
    arguments) each as its page asks for them, once per server (a no-op after the first call;
    with TRAINING_LAB_WARM=0 only the processes start). A trainer process takes a second or two
    to import NumPy and the engine: started with the first page load, it is ready by the time
    anyone presses Train (started at that press, the first chart came 1.9-2.2 s late)."""
    if _started.is_set():
        return
    _started.set()
    pool = trainers()
    pool.start()
    if os.environ.get(WARM_ENV, "1") == "0":
        return
    for name, experiment, kwargs in book_runs:
        key = run_key(name, kwargs)
        if pool.results.get(key) is None:
            pool.request(key, ref_of(experiment), kwargs, warm=True)
