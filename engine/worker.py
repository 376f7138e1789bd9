"""A training worker: runs training experiments one at a time and streams their rows back.

The app runs K of these in their own processes (ui/trainers.py), so training never holds the
web server's GIL and K trainings use K cores:

    python -m engine.worker INDEX [BLAS_THREADS]

reads pickled messages (engine/messages.py) from its stdin and writes pickled messages to its
stdout (a plain subprocess: no multiprocessing start method re-importing the server's main
module). In a thread (`serve` with two queue.Queue) it speaks the same messages.

Rows are sent once each (only what is new since the last message), as the plain dicts the
experiment produced. Experiments are deterministic under their seed, so a run cancelled and
started again later produces the same rows again: Train.skip says how many the receiver has.
A parked run is a suspended generator: it continues without computing anything twice.
"""

from __future__ import annotations

import importlib
import os
import pickle
import queue
import sys
import threading
import traceback
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import IO, Protocol

from engine import blas
from engine.messages import (
    Cancel,
    Cancelled,
    Done,
    Drop,
    Dropped,
    Failed,
    FromWorker,
    Park,
    Parked,
    Quit,
    Ready,
    Rows,
    ToWorker,
    Train,
)
from engine.progress import Progress


class Outbox(Protocol):
    def put(self, message: FromWorker) -> None: ...


POLL_S = 1.0  # how often an idle worker looks at its inbox when nothing arrives
MAX_PARKED = 4  # suspended runs a worker keeps (each holds its network and data)


def resolve(ref: str) -> Callable:
    """The function named by "package.module:function"."""
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


class _Stream:
    """One run's generator and how much of it the receiver has."""

    def __init__(self, progress: Iterator[Progress], skip: tuple[int, int]):
        self.progress, self.skip = progress, skip
        self.sent = self.sent_health = 0

    def rows(self, worker: int, run_id: int, progress: Progress) -> Rows:
        new_rows = progress.rows[max(self.sent, self.skip[0]) : progress.n_rows]
        new_health = progress.health[max(self.sent_health, self.skip[1]) : progress.n_health]
        self.sent, self.sent_health = progress.n_rows, progress.n_health
        return Rows(
            worker,
            run_id,
            progress.fraction,
            new_rows,
            dict(progress.diverged),
            new_health,
            progress.latest,
        )


def serve(worker: int, inbox: queue.Queue, outbox: Outbox) -> None:
    """The worker's loop: take runs from `inbox` until told to quit."""
    outbox.put(Ready(worker))
    parked: OrderedDict[int, _Stream] = OrderedDict()
    while True:
        try:
            message = inbox.get(timeout=POLL_S)
        except queue.Empty:
            continue
        if isinstance(message, Quit):
            return
        if isinstance(message, Drop):
            parked.pop(message.run_id, None)
        elif isinstance(message, Train):
            if _train(worker, message, parked.pop(message.run_id, None), inbox, outbox, parked):
                return


def _train(
    worker: int,
    order: Train,
    stream: _Stream | None,
    inbox: queue.Queue,
    outbox: Outbox,
    parked: OrderedDict[int, _Stream],
) -> bool:
    """Stream one run (a new one, or `stream` continued); True if a Quit arrived meanwhile.

    Any exception from the experiment (bad settings, a broken data file) is reported as its
    message (and its traceback, for the server's log): the worker itself carries on."""
    run_id = order.run_id
    try:
        if stream is None:
            stream = _Stream(resolve(order.ref)(**order.kwargs), order.skip)
        for progress in stream.progress:
            outbox.put(stream.rows(worker, run_id, progress))
            stop = _control(inbox, run_id, parked)
            if isinstance(stop, Park):
                _park(worker, run_id, stream, outbox, parked)
                return False
            if stop is not None:
                outbox.put(Cancelled(worker, run_id))
                return isinstance(stop, Quit)
    except Exception as err:  # reported to the page, never lost in a worker's stderr
        outbox.put(Failed(worker, run_id, str(err) or type(err).__name__, traceback.format_exc()))
        return False
    outbox.put(Done(worker, run_id))
    return False


def _park(
    worker: int, run_id: int, stream: _Stream, outbox: Outbox, parked: OrderedDict[int, _Stream]
) -> None:
    parked[run_id] = stream
    outbox.put(Parked(worker, run_id))
    while len(parked) > MAX_PARKED:  # the one parked longest goes: it will start over
        oldest, _ = parked.popitem(last=False)
        outbox.put(Dropped(worker, oldest))


def _control(
    inbox: queue.Queue, run_id: int, parked: OrderedDict[int, _Stream]
) -> Cancel | Park | Quit | None:
    """A Cancel, Park or Quit the inbox holds for this run (checked between epochs), else
    None; a Drop of a parked run is done on the way."""
    while True:
        try:
            message = inbox.get_nowait()
        except queue.Empty:
            return None
        if isinstance(message, Quit):
            return message
        if isinstance(message, Drop):
            parked.pop(message.run_id, None)
        elif isinstance(message, Cancel | Park) and message.run_id == run_id:
            return message


class PipeOut:
    """An outbox that pickles each message to a binary stream: the worker's stdout, or, on the
    server's side, the worker's stdin."""

    def __init__(self, stream: IO[bytes]):
        self.stream, self.lock = stream, threading.Lock()

    def put(self, message: FromWorker | ToWorker) -> None:
        with self.lock:
            pickle.dump(message, self.stream, protocol=pickle.HIGHEST_PROTOCOL)
            self.stream.flush()


def _read_into(stream: IO[bytes], inbox: queue.Queue) -> None:
    """Unpickle messages from `stream` into `inbox`; at its end (the app closed the pipe or
    died) tell the worker to quit."""
    try:
        while True:
            inbox.put(pickle.load(stream))
    except (EOFError, OSError, pickle.UnpicklingError):
        inbox.put(Quit())


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    worker = int(argv[0])
    if len(argv) > 1 and int(argv[1]) > 0:
        blas.set_threads(int(argv[1]))
    # Messages go out on a copy of file descriptor 1, which then points at stderr: nothing else
    # (a print, a C library, a child process) can write into the message stream.
    pipe_in, pipe_out = sys.stdin.buffer, os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    inbox: queue.Queue = queue.Queue()
    threading.Thread(target=_read_into, args=(pipe_in, inbox), daemon=True).start()
    serve(worker, inbox, PipeOut(pipe_out))
    # Not a normal exit: the reader thread is blocked reading stdin, which the interpreter's
    # shutdown cannot interrupt ("could not acquire lock ... at interpreter shutdown").
    os._exit(0)


if __name__ == "__main__":
    main()
