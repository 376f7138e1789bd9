"""A training worker: runs training experiments one at a time and streams their rows back.

The app runs K of these in their own processes (ui/trainers.py), so training never holds the
web server's GIL and K trainings use K cores:

    python -m engine.worker INDEX [BLAS_THREADS]

reads pickled messages from its stdin and writes pickled messages to its stdout (a plain
subprocess: no multiprocessing start method re-importing the server's main module). In a
thread (`serve` with two queue.Queue) it speaks the same messages:

    inbox  <- ("run", run_id, ref, kwargs, skip)   train experiment `ref` ("module:function")
                                             with kwargs (or continue it, if it is parked
                                             here); skip = (rows, health rows) the receiver
                                             has already
              ("cancel", run_id)             stop that run at its next epoch
              ("park", run_id)               suspend that run at its next epoch, keeping it
                                             here to continue later (another run waits)
              ("drop", run_id)               forget that parked run
              ("quit",)                      end the worker
    outbox -> ("rows", worker, run_id, fraction, new_rows, diverged, new_health, latest)
                                                       after every yield (Progress fields)
              ("done", worker, run_id)
              ("failed", worker, run_id, message)      the experiment raised
              ("cancelled", worker, run_id)
              ("parked", worker, run_id)               suspended; "run" continues it
              ("dropped", worker, run_id)              a parked run let go (MAX_PARKED)
              ("ready", worker)                        once, when the worker can take runs

Rows are sent once each (only what is new since the last message), as the plain dicts the
experiment produced. Experiments are deterministic under their seed, so a run cancelled and
started again later produces the same rows again: `skip` says how many the receiver has.
A parked run is a suspended generator: it continues without computing anything twice.
"""

from __future__ import annotations

import importlib
import os
import pickle
import queue
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import IO, Protocol

from engine import blas
from engine.progress import Progress


class Outbox(Protocol):
    def put(self, message: tuple) -> None: ...


POLL_S = 1.0  # how often an idle worker looks at its inbox when nothing arrives
MAX_PARKED = 4  # suspended runs a worker keeps (each holds its network and data)


def resolve(ref: str) -> Callable:
    """The function named by "package.module:function"."""
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


class _Stream:
    """One run's generator and how much of it the receiver has."""

    def __init__(self, progress: Iterator, skip: tuple[int, int]):
        self.progress, self.skip = progress, skip
        self.sent = self.sent_health = 0

    def send(self, worker: int, run_id: int, progress: Progress, outbox: Outbox) -> None:
        new_rows = progress.rows[max(self.sent, self.skip[0]) : progress.n_rows]
        new_health = progress.health[max(self.sent_health, self.skip[1]) : progress.n_health]
        self.sent, self.sent_health = progress.n_rows, progress.n_health
        outbox.put(
            (
                "rows",
                worker,
                run_id,
                progress.fraction,
                new_rows,
                dict(progress.diverged),
                new_health,
                progress.latest,
            )
        )


def serve(worker: int, inbox: queue.Queue, outbox: Outbox) -> None:
    """The worker's loop: take runs from `inbox` until told to quit."""
    outbox.put(("ready", worker))
    parked: OrderedDict[int, _Stream] = OrderedDict()
    while True:
        try:
            message = inbox.get(timeout=POLL_S)
        except queue.Empty:
            continue
        kind = message[0]
        if kind == "quit":
            return
        if kind == "drop":
            parked.pop(message[1], None)
        elif kind == "run":
            _, run_id, ref, kwargs, skip = message
            stream = parked.pop(run_id, None)
            ended = _train(worker, run_id, stream, ref, kwargs, skip, inbox, outbox, parked)
            if ended == "quit":
                return


def _train(
    worker: int,
    run_id: int,
    stream: _Stream | None,
    ref: str,
    kwargs: dict,
    skip: tuple[int, int],
    inbox: queue.Queue,
    outbox: Outbox,
    parked: OrderedDict[int, _Stream],
) -> str:
    """Stream one run (a new one, or `stream` continued); returns "quit" if a quit arrived
    meanwhile, else "".

    Any exception from the experiment (bad settings, a broken data file) is reported as its
    message: the worker itself carries on."""
    try:
        if stream is None:
            stream = _Stream(resolve(ref)(**kwargs), skip)
        for progress in stream.progress:
            stream.send(worker, run_id, progress, outbox)
            stop = _control(inbox, run_id, parked)
            if stop == "park":
                _park(worker, run_id, stream, outbox, parked)
                return ""
            if stop:
                outbox.put(("cancelled", worker, run_id))
                return "quit" if stop == "quit" else ""
    except Exception as err:  # reported to the page, never lost in a worker's stderr
        outbox.put(("failed", worker, run_id, str(err) or type(err).__name__))
        return ""
    outbox.put(("done", worker, run_id))
    return ""


def _park(
    worker: int, run_id: int, stream: _Stream, outbox: Outbox, parked: OrderedDict[int, _Stream]
) -> None:
    parked[run_id] = stream
    outbox.put(("parked", worker, run_id))
    while len(parked) > MAX_PARKED:  # the one parked longest goes: it will start over
        oldest, _ = parked.popitem(last=False)
        outbox.put(("dropped", worker, oldest))


def _control(inbox: queue.Queue, run_id: int, parked: OrderedDict[int, _Stream]) -> str:
    """ "cancel", "park" or "quit" if the inbox asks this run to stop (checked between
    epochs); a "drop" of a parked run is done on the way."""
    while True:
        try:
            message = inbox.get_nowait()
        except queue.Empty:
            return ""
        kind = message[0]
        if kind == "quit":
            return "quit"
        if kind == "drop":
            parked.pop(message[1], None)
        elif kind in ("cancel", "park") and message[1] == run_id:
            return kind


class PipeOut:
    """An outbox that pickles each message to a binary stream (the process's stdout)."""

    def __init__(self, stream: IO[bytes]):
        self.stream, self.lock = stream, threading.Lock()

    def put(self, message: tuple) -> None:
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
        inbox.put(("quit",))


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
