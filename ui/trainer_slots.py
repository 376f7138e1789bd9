"""One trainer of the server: a worker process (`python -m engine.worker`) or thread, its inbox,
and the run it is on (ui/trainers.py hands it runs)."""

from __future__ import annotations

import logging
import math
import os
import pickle
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

from engine import blas, worker
from engine.messages import FromWorker, ToWorker
from ui.runs import Run

ROOT = Path(__file__).resolve().parents[1]  # where `python -m engine.worker` runs

log = logging.getLogger("training_lab")


def usable_cores() -> int:
    """Cores this process may use: its CPU affinity, bounded by a cgroup CPU quota (a container
    on a shared host, e.g. Streamlit Community Cloud, sees every core of the host)."""
    if hasattr(os, "sched_getaffinity"):
        cores = len(os.sched_getaffinity(0))
    else:
        cores = os.cpu_count() or 1
    try:
        quota, period = open("/sys/fs/cgroup/cpu.max").read().split()[:2]
        if quota != "max":
            cores = min(cores, math.ceil(int(quota) / int(period)))
    except (OSError, ValueError):
        pass
    return max(1, cores or 1)


class TrainerSlot:
    """One trainer: the thread or process serving it, its inbox, and the run it is on.

    A process is `python -m engine.worker` with pickled messages over its stdin and stdout; a
    reader thread here moves what it writes into the shared outbox. Every message reaches the
    outbox as (slot, message), so a message from a trainer that was replaced is recognised."""

    def __init__(self, index: int, kind: str, outbox: queue.Queue):
        self.index, self.kind, self.ready = index, kind, False
        self.run: Run | None = None
        self.died_at: float | None = None
        self.process: subprocess.Popen | None = None  # kind "process"
        self.thread: threading.Thread | None = None  # kind "thread"
        self.inbox: worker.PipeOut | queue.Queue | None = None
        try:
            self._start(Tagged(outbox, self))
        except OSError as err:  # no memory or no file descriptors: the sweep tries again
            log.error("cannot start trainer %d: %s", index, err)
            self.died_at = time.monotonic()

    @property
    def task(self) -> subprocess.Popen | threading.Thread | None:
        """The process or thread serving this trainer (None if it could not start)."""
        return self.process if self.kind == "process" else self.thread

    def _start(self, tagged: Tagged) -> None:
        index = self.index
        if self.kind == "process":
            threads = str(blas.get_threads() or 0)  # the server's BLAS threads, not its env's
            process = subprocess.Popen(
                [sys.executable, "-m", "engine.worker", str(index), threads],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                cwd=ROOT,
            )
            assert process.stdin is not None and process.stdout is not None  # both PIPE
            self.process, self.inbox = process, worker.PipeOut(process.stdin)
            reader = threading.Thread(
                target=self._forward,
                args=(process.stdout, tagged),
                name=f"training-lab-reader-{index}",
                daemon=True,
            )
            reader.start()
        else:
            inbox: queue.Queue = queue.Queue()
            self.inbox = inbox
            self.thread = threading.Thread(
                target=worker.serve, args=(index, inbox, tagged), daemon=True
            )
            self.thread.start()

    def _forward(self, stdout: IO[bytes], outbox: Tagged) -> None:
        """Move the process's messages into the outbox until its stdout ends; anything that
        is not a message (a library writing to the pipe) ends the process: the sweep then
        replaces it and fails its run, rather than the run waiting forever."""
        try:
            while True:
                outbox.put(pickle.load(stdout))
        except Exception:  # EOF, a broken pipe, or garbage in the stream
            self.kill()

    def alive(self) -> bool:
        if self.process is not None:
            return self.process.poll() is None
        return self.thread is not None and self.thread.is_alive()

    def send(self, message: ToWorker) -> bool:
        """Put a message in the trainer's inbox; False if it is gone."""
        if self.inbox is None:  # never started
            return False
        try:
            self.inbox.put(message)
            return True
        except (OSError, ValueError):  # its pipe closed
            return False

    def kill(self) -> None:
        if self.process is not None and self.alive():
            self.process.kill()

    def join(self, timeout: float) -> None:
        if self.process is not None:
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        elif self.thread is not None:
            self.thread.join(timeout)


class Tagged:
    """A trainer's outbox: what it puts arrives as (its slot, message)."""

    def __init__(self, outbox: queue.Queue, slot: TrainerSlot):
        self.outbox, self.slot = outbox, slot

    def put(self, message: FromWorker) -> None:
        self.outbox.put((self.slot, message))
