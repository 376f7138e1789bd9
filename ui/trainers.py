"""Training for the whole server: one shared run per setting, at most K at a time, in order.

A class presses Train together. Every session asking for the same settings (the same
`ui.results.run_key`) watches one `Run`; the first request starts it, later ones join it where it
stands. Runs wait in a first-come queue for one of K trainers (K = the usable cores, or
TRAINING_LAB_TRAINERS), so students finish one after another instead of all at the end, and a
queued student is told their place. Trainers are worker processes (engine/worker.py) by
default: training then never holds the web server's GIL, so pages and live charts stay quick
while K cores train (TRAINING_LAB_TRAINER_KIND=thread runs them as threads of the server, for
comparison; docs/classroom.md has the measurements).

A run nobody watches any more is cancelled: at once when its last viewer moved on to other
settings (`unwatch(..., superseded=True)`), after GRACE_S when viewers just vanished (a closed
tab, a reload). It keeps its rows as "paused"; whoever asks for it next starts it again, and as
the engine is deterministic the worker's rows up to that point are the same ones, so the
curves continue where they were (the replayed part is computed again, not shown again).
Finished runs go to the ResultStore; paused and failed ones are forgotten after PAUSED_TTL_S.
Runs started by `request(..., warm=True)` (the book's default experiments, trained at start)
finish whether or not anyone watches, after every student's run in the queue.
"""

from __future__ import annotations

import atexit
import itertools
import logging
import math
import os
import pickle
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from engine import blas, worker
from ui.results import Finished, ResultStore, SharedFolder

ROOT = Path(__file__).resolve().parents[1]  # where `python -m engine.worker` runs

GRACE_S = 5.0  # a run whose viewers all vanished this long ago is cancelled
PAUSED_TTL_S = 600.0  # paused and failed runs are forgotten after this long without a request
DONE_TTL_S = 60.0  # a finished run's rows stay here this long (then only the ResultStore has them)
SWEEP_S = 0.2  # how often the scheduler looks for runs nobody watches, dead workers, free slots
DEFAULT_RUN_S = 5.0  # the expected length of a run before any has finished
RESPAWN_S = 1.0  # a dead trainer is replaced after this, doubled per death before it was ready
MAX_FAILED_STARTS = 4
TRAINERS_ENV, KIND_ENV = "TRAINING_LAB_TRAINERS", "TRAINING_LAB_TRAINER_KIND"

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


def ref_of(experiment: Callable) -> str:
    """How a trainer finds an experiment function: "module:function" (engine.worker.resolve)."""
    return f"{experiment.__module__}:{experiment.__qualname__}"


@dataclass
class Run:
    """One training run shared by every session with its settings. Guarded by Trainers' lock.

    state: queued | running | paused | done | failed. rows: every row received so far (in
    order); received: rows received in the current attempt (a restarted run sends its first
    rows again). viewers: viewer id -> time of its last watch(). version: bumped on every change.
    """

    key: Hashable
    ref: str
    kwargs: dict
    id: int
    warm: bool = False
    state: str = "queued"
    rows: list = field(default_factory=list)
    received: int = 0
    fraction: float = 0.0
    diverged: dict = field(default_factory=dict)
    error: str | None = None
    version: int = 0
    viewers: dict = field(default_factory=dict)
    left_at: float | None = None
    worker: int | None = None
    requested_at: float = field(default_factory=time.monotonic)
    started_at: float | None = None
    changed_at: float = field(default_factory=time.monotonic)
    frame_cache: tuple[int, pd.DataFrame] | None = None  # see RunView.frame

    def touch(self) -> None:
        self.version += 1
        self.changed_at = time.monotonic()


@dataclass(frozen=True)
class RunView:
    """What a viewer needs of a run at one moment. position: 1 for the next run to start (0
    when not queued); wait_s: the expected seconds until it starts. `frame` (the rows as a
    DataFrame) is built when first asked for, once per version for all viewers."""

    state: str
    version: int
    fraction: float
    diverged: dict
    error: str | None
    viewers: int
    position: int
    wait_s: float
    rows: tuple = field(repr=False)
    run: Run = field(repr=False)

    @property
    def frame(self) -> pd.DataFrame:
        cached = self.run.frame_cache  # one read: a (version, frame) tuple
        if cached is not None and cached[0] == self.version:
            return cached[1]
        frame = pd.DataFrame(list(self.rows))
        self.run.frame_cache = (self.version, frame)
        return frame


class _Slot:
    """One trainer: the thread or process serving it, its inbox, and the run it is on.

    A process is `python -m engine.worker` with pickled messages over its stdin and stdout; a
    reader thread here moves what it writes into the shared outbox."""

    def __init__(self, index: int, kind: str, outbox: queue.Queue):
        self.index, self.kind, self.run, self.ready = index, kind, None, False
        self.died_at: float | None = None
        if kind == "process":
            threads = str(blas.get_threads() or 0)  # the server's BLAS threads, not its env's
            command = [sys.executable, "-m", "engine.worker", str(index), threads]
            self.task = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT
            )
            self.inbox = worker.PipeOut(self.task.stdin)
            reader = threading.Thread(target=_forward, args=(self.task.stdout, outbox), daemon=True)
            reader.start()
        else:
            self.inbox = queue.Queue()
            self.task = threading.Thread(
                target=worker.serve, args=(index, self.inbox, outbox), daemon=True
            )
            self.task.start()

    def alive(self) -> bool:
        if self.kind == "process":
            return self.task.poll() is None
        return self.task.is_alive()

    def stop(self) -> None:
        try:
            self.inbox.put(("quit",))
        except (OSError, ValueError):  # its pipe is already closed
            pass

    def join(self, timeout: float) -> None:
        if self.kind == "process":
            try:
                self.task.wait(timeout)
            except subprocess.TimeoutExpired:
                self.task.kill()
                self.task.wait()
        else:
            self.task.join(timeout)


def _forward(stream, outbox: queue.Queue) -> None:
    """Move a worker process's messages into the outbox until its stdout ends."""
    try:
        while True:
            outbox.put(pickle.load(stream))
    except (EOFError, OSError, pickle.UnpicklingError):
        return


class Trainers:
    """The shared runs of one server and the K trainers that advance them."""

    def __init__(self, slots: int, kind: str = "process", store: ResultStore | None = None):
        self.slots, self.kind = slots, kind
        if store is None:  # with TRAINING_LAB_SHARED_RESULTS, also in a folder replicas share
            store = ResultStore(shared=SharedFolder.from_env())
        self.results = store
        self._lock = threading.Lock()
        self._runs: dict[Hashable, Run] = {}
        self._by_id: dict[int, Run] = {}
        self._queue: list[Run] = []
        self._ids = itertools.count(1)
        self._durations: dict[str, float] = {}  # experiment -> seconds a run took (moving avg)
        self._outbox: queue.Queue = queue.Queue()
        self._slots: list[_Slot] = []
        self._failed_starts = 0  # trainers in a row that died before they were ready
        self.started = 0  # runs handed to a trainer so far (restarts included)
        self._stopping = threading.Event()
        self._pump: threading.Thread | None = None

    # ------------------------------------------------------------------ what sessions call

    def request(self, key, ref: str, kwargs: dict, *, warm: bool = False) -> RunView:
        """Ask for the run with these settings: join it if it exists, (re)start it otherwise."""
        with self._lock:
            self._start_threads()
            run = self._runs.get(key)
            if run is None or run.state == "failed":
                run = Run(key, ref, dict(kwargs), next(self._ids), warm=warm)
                self._runs[key], self._by_id[run.id] = run, run
                self._enqueue(run)
            elif run.state == "paused":
                self._enqueue(run)
            if not warm:
                run.left_at = None if run.viewers else time.monotonic()
            self._schedule()
            return self._view(run)

    def view(self, key, viewer: str | None = None) -> RunView | None:
        """The run's state now; with `viewer`, also count it as watching (call at least every
        GRACE_S while it does)."""
        with self._lock:
            run = self._runs.get(key)
            if run is None:
                return None
            if viewer is not None:
                run.viewers[viewer] = time.monotonic()
                run.left_at = None
            return self._view(run)

    def unwatch(self, key, viewer: str, *, superseded: bool = False) -> None:
        """`viewer` stopped watching. superseded: it moved on to other settings, so a run left
        without viewers is cancelled at once (not after GRACE_S)."""
        with self._lock:
            run = self._runs.get(key)
            if run is None or run.viewers.pop(viewer, None) is None or run.viewers:
                return
            run.left_at = time.monotonic()
            if superseded and not run.warm:
                self._cancel(run)

    def stop(self, key) -> None:
        """Cancel the run now if nobody (else) watches it (a reader pressed Stop)."""
        with self._lock:
            run = self._runs.get(key)
            if run is not None and not run.viewers and not run.warm:
                self._cancel(run)

    def counts(self) -> dict[str, int]:
        """How many runs are in each state (for tests and the benchmark)."""
        with self._lock:
            counts: dict[str, int] = {}
            for run in self._runs.values():
                counts[run.state] = counts.get(run.state, 0) + 1
            return counts

    def reset(self, workers: bool = False) -> None:
        """Forget every run and result; running ones are cancelled (tests). workers: also end
        the trainers, so that the next request starts new ones (which read the environment
        again, e.g. TRAINING_LAB_MNIST_DIR; a trainer caches its data set)."""
        if workers:
            self.shutdown()
            with self._lock:
                self._slots, self._pump = [], None
                self._stopping = threading.Event()
                self._outbox = queue.Queue()
        with self._lock:
            for run in list(self._runs.values()):
                run.warm = False
                self._cancel(run)
            self._runs.clear()
            self._by_id.clear()
            self._queue.clear()
            self.results.clear()
            self.started = 0

    def shutdown(self) -> None:
        self._stopping.set()
        for slot in self._slots:
            slot.stop()
        for slot in self._slots:
            slot.join(timeout=2)

    # ------------------------------------------------------------------ inside, under the lock

    def _start_threads(self) -> None:
        if self._pump is None:
            self._slots = [_Slot(i, self.kind, self._outbox) for i in range(self.slots)]
            self._pump = threading.Thread(
                target=self._loop,
                args=(self._stopping, self._outbox),
                name="training-lab-pump",
                daemon=True,
            )
            self._pump.start()

    def _enqueue(self, run: Run) -> None:
        """Queue a run: students' runs in the order asked, the warm-up's after all of them."""
        run.state, run.received, run.error = "queued", 0, None
        run.requested_at = time.monotonic()
        place = len(self._queue) if run.warm else sum(not r.warm for r in self._queue)
        self._queue.insert(place, run)
        run.touch()

    def _cancel(self, run: Run) -> None:
        if run.state == "queued":
            self._queue.remove(run)
            self._pause(run)
        elif run.state == "running" and run.worker is not None:
            try:
                self._slots[run.worker].inbox.put(("cancel", run.id))
            except OSError:  # its trainer just died: the sweep fails the run
                pass

    def _pause(self, run: Run) -> None:
        run.state, run.worker = "paused", None
        run.touch()

    def _schedule(self) -> None:
        warm_slots = max(1, self.slots - 1)  # one trainer is always free for a student's run
        for slot in self._slots:
            if not self._queue:
                return
            if not (slot.ready and slot.run is None and slot.died_at is None):
                continue
            run = self._queue[0]
            busy_warm = sum(s.run is not None and s.run.warm for s in self._slots)
            if run.warm and busy_warm >= warm_slots:
                return  # only warm-up runs are left in the queue
            try:
                slot.inbox.put(("run", run.id, run.ref, run.kwargs))
            except OSError:  # it died since the last sweep: the sweep replaces it
                continue
            self._queue.pop(0)
            run.state, run.worker, run.started_at = "running", slot.index, time.monotonic()
            slot.run = run
            self.started += 1
            run.touch()
            log.info("training started %s on trainer %d", run.key[0], slot.index)

    def _view(self, run: Run) -> RunView:
        position = wait = 0
        if run.state == "queued":
            position = self._queue.index(run) + 1
            wait = self._wait_before(position)
        return RunView(
            run.state,
            run.version,
            run.fraction,
            dict(run.diverged),
            run.error,
            len(run.viewers),
            position,
            wait,
            tuple(run.rows),
            run,
        )

    def _expected_s(self, run: Run) -> float:
        return self._durations.get(run.ref, DEFAULT_RUN_S)

    def _wait_before(self, position: int) -> float:
        """Seconds until the run at queue `position` starts: the work left in the running runs
        and in the runs ahead of it, shared by the trainers."""
        running = [s.run for s in self._slots if s.run is not None]
        work = sum((1 - r.fraction) * self._expected_s(r) for r in running)
        work += sum(self._expected_s(r) for r in self._queue[: position - 1])
        free = sum(s.run is None for s in self._slots)
        return 0.0 if free and position <= free else work / max(self.slots, 1)

    # ------------------------------------------------------------------ the scheduler thread

    def _loop(self, stopping: threading.Event, outbox: queue.Queue) -> None:
        last_sweep = 0.0
        while not stopping.is_set():
            try:
                message = outbox.get(timeout=SWEEP_S)
            except queue.Empty:
                message = None
            with self._lock:
                if message is not None:
                    self._receive(message)
                if time.monotonic() - last_sweep >= SWEEP_S:
                    self._sweep()
                    last_sweep = time.monotonic()
                self._schedule()

    def _receive(self, message: tuple) -> None:
        kind, index = message[0], message[1]
        slot = self._slots[index]
        if kind == "ready":
            slot.ready = True
            return
        run = self._by_id.get(message[2])
        if run is None or run is not slot.run:  # a run forgotten meanwhile (reset)
            if kind != "rows":
                slot.run = None
            return
        if kind == "rows":
            fraction, rows, diverged = message[3:]
            known = len(run.rows) - run.received  # rows of this attempt not yet had before
            if known < len(rows):
                run.rows.extend(rows[max(known, 0) :])
            run.received += len(rows)
            run.fraction = max(run.fraction, fraction)
            run.diverged = diverged
            run.touch()
            return
        slot.run, run.worker = None, None
        if kind == "done":
            run.state, run.fraction = "done", 1.0
            self.results.put(run.key, Finished(pd.DataFrame(run.rows), dict(run.diverged)))
            took = time.monotonic() - (run.started_at or run.requested_at)
            old = self._durations.get(run.ref)
            self._durations[run.ref] = took if old is None else 0.7 * old + 0.3 * took
            log.info("training finished %s in %.1f s", run.key[0], took)
        elif kind == "failed":
            run.state, run.error = "failed", message[3]
        else:  # cancelled
            run.state = "paused"
        run.touch()

    def _sweep(self) -> None:
        now = time.monotonic()
        for slot in self._slots:
            if not slot.alive() and not self._stopping.is_set():
                self._replace(slot, now)
        for run in list(self._runs.values()):
            for viewer, seen in list(run.viewers.items()):
                if now - seen > GRACE_S:  # a viewer that stopped checking in
                    del run.viewers[viewer]
                    run.left_at = run.left_at or now
            idle = not run.viewers and run.left_at is not None and now - run.left_at > GRACE_S
            if idle and not run.warm and run.state in ("queued", "running"):
                self._cancel(run)
            ttl = DONE_TTL_S if run.state == "done" else PAUSED_TTL_S
            if run.state in ("done", "paused", "failed") and now - run.changed_at > ttl:
                del self._runs[run.key]
                self._by_id.pop(run.id, None)

    def _replace(self, slot: _Slot, now: float) -> None:
        """A trainer died (killed, out of memory): its run fails with a message, and a new
        trainer takes its place, after a pause that doubles each time one dies before it was
        ready. After MAX_FAILED_STARTS such deaths in a row, runs fail with a message instead
        of the server starting processes in a loop."""
        if slot.died_at is None:
            slot.died_at = now
            self._failed_starts = 0 if slot.ready else self._failed_starts + 1
            if slot.run is not None:
                self._fail(slot.run, "the training process stopped unexpectedly")
                slot.run = None
        if self._failed_starts >= MAX_FAILED_STARTS:
            for run in list(self._queue):
                self._queue.remove(run)
                self._fail(run, "the training processes stop as they start (see the server log)")
            return
        if now - slot.died_at >= RESPAWN_S * 2**self._failed_starts:
            self._slots[slot.index] = _Slot(slot.index, slot.kind, self._outbox)

    def _fail(self, run: Run, error: str) -> None:
        run.state, run.worker, run.error = "failed", None, error
        run.touch()


_TRAINERS: Trainers | None = None
_CREATE = threading.Lock()


def trainers() -> Trainers:
    """The server's trainers, made at the first call (TRAINING_LAB_TRAINERS, ..._KIND)."""
    global _TRAINERS
    with _CREATE:
        if _TRAINERS is None:
            slots = int(os.environ.get(TRAINERS_ENV, "0") or 0) or usable_cores()
            kind = os.environ.get(KIND_ENV, "process")
            _TRAINERS = Trainers(slots, "thread" if kind == "thread" else "process")
            atexit.register(_TRAINERS.shutdown)
            _log_to_stderr()
        return _TRAINERS


def _log_to_stderr() -> None:
    """Trainings started and finished on the server's log ("training-lab: ..."), which the
    classroom benchmark counts."""
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("training-lab: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
