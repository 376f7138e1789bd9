"""What the server and a training worker say to each other: one record per kind of message.

The server (ui/trainers.py) sends a worker (engine/worker.py) Train, Cancel, Park, Drop or
Quit; the worker answers with Ready once, Rows after every epoch of a run, and one of Done,
Failed, Cancelled or Parked when the run stops, or Dropped when it lets a parked run go. In a
process they travel pickled over its stdin and stdout; in a thread, through queues.
"""

from __future__ import annotations

from typing import Any, NamedTuple

# ------------------------------------------------------------------ server -> worker


class Train(NamedTuple):
    """Train experiment `ref` ("module:function") with `kwargs`, or continue it if it is
    parked in this worker; skip: (rows, health rows) the server has already."""

    run_id: int
    ref: str
    kwargs: dict
    skip: tuple[int, int]


class Cancel(NamedTuple):
    """Stop the run at its next epoch."""

    run_id: int


class Park(NamedTuple):
    """Suspend the run at its next epoch and keep it to continue later (another run waits)."""

    run_id: int


class Drop(NamedTuple):
    """Forget that parked run."""

    run_id: int


class Quit(NamedTuple):
    """End the worker."""


# ------------------------------------------------------------------ worker -> server


class Ready(NamedTuple):
    """The worker can take runs (sent once)."""

    worker: int


class Rows(NamedTuple):
    """After every yield of a run: the rows and health rows new since the last message and
    the rest of engine.progress.Progress."""

    worker: int
    run_id: int
    fraction: float
    rows: list
    diverged: dict
    health: list
    latest: dict[str, Any] | None


class Done(NamedTuple):
    worker: int
    run_id: int


class Failed(NamedTuple):
    """The experiment raised: its message for the page, its traceback for the server's log."""

    worker: int
    run_id: int
    message: str
    traceback: str = ""


class Cancelled(NamedTuple):
    worker: int
    run_id: int


class Parked(NamedTuple):
    """Suspended where it stood; a Train with its run_id continues it."""

    worker: int
    run_id: int


class Dropped(NamedTuple):
    """A parked run let go (the worker keeps MAX_PARKED): it will start over."""

    worker: int
    run_id: int


ToWorker = Train | Cancel | Park | Drop | Quit
FromWorker = Ready | Rows | Done | Failed | Cancelled | Parked | Dropped
