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

from engine import blas, worker

ROOT = Path(__file__).resolve().parents[1]  # where `python -m engine.worker` runs

log = logging.getLogger("training_lab")


def usable_cores() -> int:
    """Cores this process may use: its CPU affinity, bounded by a cgroup CPU quota (a container
    on a shared host, e.g. Streamlit Community Cloud, sees every core of the host)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
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
        self.index, self.kind, self.run, self.ready = index, kind, None, False
        self.died_at: float | None = None
        self.task = self.inbox = None
        try:
            self._start(Tagged(outbox, self))
        except OSError as err:  # no memory or no file descriptors: the sweep tries again
            log.error("cannot start trainer %d: %s", index, err)
            self.died_at = time.monotonic()

    def _start(self, tagged) -> None:
        index, kind = self.index, self.kind
        if kind == "process":
            threads = str(blas.get_threads() or 0)  # the server's BLAS threads, not its env's
            self.task = subprocess.Popen(
                [sys.executable, "-m", "engine.worker", str(index), threads],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                cwd=ROOT,
            )
            self.inbox = worker.PipeOut(self.task.stdin)
            reader = threading.Thread(
                target=self._forward, args=(tagged,), name=f"training-lab-reader-{index}"
            )
            reader.daemon = True
            reader.start()
        else:
            self.inbox = queue.Queue()
            self.task = threading.Thread(
                target=worker.serve, args=(index, self.inbox, tagged), daemon=True
            )
            self.task.start()

    def _forward(self, outbox) -> None:
        """Move the process's messages into the outbox until its stdout ends; anything that
        is not a message (a library writing to the pipe) ends the process: the sweep then
        replaces it and fails its run, rather than the run waiting forever."""
        try:
            while True:
                outbox.put(pickle.load(self.task.stdout))
        except Exception:  # EOF, a broken pipe, or garbage in the stream
            self.kill()

    def alive(self) -> bool:
        if self.task is None:
            return False
        if self.kind == "process":
            return self.task.poll() is None
        return self.task.is_alive()

    def send(self, message: tuple) -> bool:
        """Put a message in the trainer's inbox; False if it is gone."""
        try:
            self.inbox.put(message)
            return True
        except (AttributeError, OSError, ValueError):  # never started, or its pipe closed
            return False

    def kill(self) -> None:
        if self.kind == "process" and self.alive():
            self.task.kill()

    def join(self, timeout: float) -> None:
        if self.task is None:
            return
        if self.kind == "process":
            try:
                self.task.wait(timeout)
            except subprocess.TimeoutExpired:
                self.task.kill()
                self.task.wait()
        else:
            self.task.join(timeout)


class Tagged:
    """A trainer's outbox: what it puts arrives as (its slot, message)."""

    def __init__(self, outbox: queue.Queue, slot: TrainerSlot):
        self.outbox, self.slot = outbox, slot

    def put(self, message) -> None:
        self.outbox.put((self.slot, message))
