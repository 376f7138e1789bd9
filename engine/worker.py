"""A training worker: runs training experiments one at a time and streams their rows back.

The app runs K of these in their own processes (ui/trainers.py), so training never holds the
web server's GIL and K trainings use K cores:

    python -m engine.worker INDEX [BLAS_THREADS]

reads pickled messages from its stdin and writes pickled messages to its stdout (a plain
subprocess: no multiprocessing start method re-importing the server's main module). In a
thread (`serve` with two queue.Queue) it speaks the same messages:

    inbox  <- ("run", run_id, ref, kwargs, skip)   train experiment `ref` ("module:function")
                                             with kwargs; skip = (rows, health rows) the
                                             receiver has already
              ("cancel", run_id)             stop that run at its next epoch
              ("quit",)                      end the worker
    outbox -> ("rows", worker, run_id, fraction, new_rows, diverged, new_health, latest)
                                                       after every yield (Progress fields)
              ("done", worker, run_id)
              ("failed", worker, run_id, message)      the experiment raised
              ("cancelled", worker, run_id)
              ("ready", worker)                        once, when the worker can take runs

Rows are sent once each (only what is new since the last message), as the plain dicts the
experiment produced. Experiments are deterministic under their seed, so a run cancelled and
started again later produces the same rows again: `skip` says how many the receiver has.
"""

from __future__ import annotations

import importlib
import os
import pickle
import queue
import sys
import threading
from collections.abc import Callable
from typing import IO, Protocol

from engine import blas


class Outbox(Protocol):
    def put(self, message: tuple) -> None: ...


POLL_S = 1.0  # how often an idle worker looks at its inbox when nothing arrives


def resolve(ref: str) -> Callable:
    """The function named by "package.module:function"."""
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


def serve(worker: int, inbox: queue.Queue, outbox: Outbox) -> None:
    """The worker's loop: take runs from `inbox` until told to quit."""
    outbox.put(("ready", worker))
    while True:
        try:
            message = inbox.get(timeout=POLL_S)
        except queue.Empty:
            continue
        if message[0] == "quit":
            return
        if message[0] == "run":
            _, run_id, ref, kwargs, skip = message
            if _train(worker, run_id, ref, kwargs, skip, inbox, outbox) == "quit":
                return


def _train(
    worker: int,
    run_id: int,
    ref: str,
    kwargs: dict,
    skip: tuple[int, int],
    inbox: queue.Queue,
    outbox: Outbox,
) -> str:
    """Stream one run; returns "quit" if a quit arrived meanwhile, else "".

    Any exception from the experiment (bad settings, a broken data file) is reported as its
    message: the worker itself carries on."""
    sent = sent_health = 0
    try:
        for progress in resolve(ref)(**kwargs):
            new_rows = progress.rows[max(sent, skip[0]) : progress.n_rows]
            new_health = progress.health[max(sent_health, skip[1]) : progress.n_health]
            sent, sent_health = progress.n_rows, progress.n_health
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
            stop = _stop_requested(inbox, run_id)
            if stop:
                outbox.put(("cancelled", worker, run_id))
                return stop
    except Exception as err:  # reported to the page, never lost in a worker's stderr
        outbox.put(("failed", worker, run_id, str(err) or type(err).__name__))
        return ""
    outbox.put(("done", worker, run_id))
    return ""


def _stop_requested(inbox: queue.Queue, run_id: int) -> str:
    """ "cancel" or "quit" if the inbox asks this run to stop (checked between epochs)."""
    while True:
        try:
            message = inbox.get_nowait()
        except queue.Empty:
            return ""
        if message[0] == "quit":
            return "quit"
        if message[0] == "cancel" and message[1] == run_id:
            return "cancel"


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
