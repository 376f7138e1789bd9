"""Training for the whole server: one shared run per setting, at most K at a time, in order.

A class presses Train together. Every session asking for the same settings (the same
`ui.results.run_key`) watches one `Run`; the first request starts it, later ones join it where it
stands. Runs wait in a first-come queue for one of K trainers (K = the usable cores, or
TRAINING_LAB_TRAINERS), so students finish one after another instead of all at the end, and a
queued student is told their place. Trainers are worker processes (engine/worker.py) by
default: training then never holds the web server's GIL, so pages and live charts stay quick
while K cores train (TRAINING_LAB_TRAINER_KIND=thread runs the same loop as threads of the
server, for comparison: docs/classroom.md has the measurements).

One rule decides when a run stops: a run is wanted while someone watched it (`view` with a
viewer) or asked for it (`request`) within the last GRACE_S. A run nobody wants is cancelled,
at once when its last viewer moved on to other settings or pressed Stop (`unwatch`), else by
the sweep; a queued one never takes a trainer. A cancelled run keeps its rows as "paused";
whoever asks for it next starts it again and, the engine being deterministic, the worker's
rows up to that point are the same ones: it computes them again but sends only the new ones.
Runs started with `request(..., warm=True)` (the book's default experiments, trained at start)
finish whether or not anyone watches, after every student's run, and give way to a student's
run when every trainer is busy (they continue later). Finished runs go to the ResultStore;
paused and failed ones are forgotten after PAUSED_TTL_S.

One student must not cost the class more than their share (a request names its `Asker`):
a session holds one run at a time (asking for another lets go of the first), a browser at
most RUNS_PER_BROWSER and a network address at most RUNS_PER_ADDRESS runs in the queue or on a
trainer (`Refused` says which bound), the queue is ordered and long runs give way by
ui/fairness.py's rules, and a run nobody pressed Train for (`free=True`, a page that trains as
it opens) starts only on an idle trainer. A queued student's wait is computed from the runs'
costs (engine.cost, scaled by what runs took on this server).
"""

from __future__ import annotations

import atexit
import itertools
import logging
import os
import queue
import threading
import time
from collections.abc import Hashable, Mapping
from typing import NamedTuple

import pandas as pd

from engine import cost
from engine.data import mnist_sizes
from engine.messages import (
    Cancel,
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
    Train,
)
from engine.progress import HEALTH_COLUMNS
from ui import fairness
from ui.results import Finished, ResultStore, SharedFolder
from ui.runs import ANONYMOUS, Asker, Run, RunState, RunView
from ui.trainer_slots import TrainerSlot, usable_cores

GRACE_S = 5.0  # a run nobody watched or asked for this long is cancelled
START_WITHIN_S = 1.0  # a queued run starts only if someone checked in this recently
PAUSED_TTL_S = 600.0  # paused and failed runs are forgotten after this long without a request
DONE_TTL_S = 60.0  # a finished run stays here this long (then only the ResultStore has it)
SWEEP_S = 0.2  # how often the scheduler looks for runs nobody wants, dead workers, free slots
SILENT_S = 300.0  # a trainer whose run sent nothing for this long is stuck: it is replaced
RESPAWN_S = 1.0  # a dead trainer is replaced after this, doubled per death before it was ready
MAX_FAILED_STARTS = 4
TRAINERS_ENV, KIND_ENV = "TRAINING_LAB_TRAINERS", "TRAINING_LAB_TRAINER_KIND"
RUNS_PER_BROWSER = 2  # queued or training runs one browser (all its tabs) may have
RUNS_PER_ADDRESS = 40  # ... one network address: a whole class behind one school NAT
BOUNDS_ENV = ("TRAINING_LAB_RUNS_PER_BROWSER", "TRAINING_LAB_RUNS_PER_ADDRESS")


class Refused(NamedTuple):
    """A request turned down: `bound` ("browser" or "address") already has `limit` runs."""

    bound: str
    limit: int


log = logging.getLogger("training_lab")


class Trainers:
    """The shared runs of one server and the K trainers that advance them."""

    def __init__(self, slots: int, kind: str = "process", store: ResultStore | None = None):
        self.slots, self.kind = slots, kind
        if store is None:  # with TRAINING_LAB_SHARED_RESULTS, also in a folder replicas share
            store = ResultStore(shared=SharedFolder.from_env())
        self.results = store
        self.started = 0  # runs handed to a trainer so far (restarts included)
        self._lock = threading.Lock()
        self._runs: dict[Hashable, Run] = {}
        self._by_id: dict[int, Run] = {}
        self._queue: list[Run] = []  # wanted runs first, in the order asked; then warm-up runs
        self._ids = itertools.count(1)
        self._rate: dict[str, float] = {}  # experiment -> seconds taken / engine.cost's (avg)
        self._served: dict[tuple, float] = {}  # ui.fairness lanes -> when one last started
        self._sizes: tuple[int, int] | None = None  # training and test images (engine.cost)
        self.per_browser, self.per_address = _bounds()
        self._outbox: queue.Queue = queue.Queue()
        self._slots: list[TrainerSlot] = []
        self._failed_starts = 0  # trainers in a row that died before they were ready
        self._stopping = threading.Event()
        self._pump: threading.Thread | None = None

    # ------------------------------------------------------------------ what sessions call

    def request(
        self,
        key,
        ref: str,
        kwargs: Mapping,
        *,
        viewer: str | None = None,
        asker: Asker | None = None,
        warm: bool = False,
        free: bool = False,
    ) -> RunView | Refused | None:
        """Ask for the run with these settings: join it if it exists, (re)start it otherwise.
        viewer: who asks (it then counts as watching); asker: the session, browser and address
        asking (see the module docstring: its other run is let go, its bounds apply); warm: the
        warm-up asks (no student waits for it); free: nobody pressed Train, so a run that is
        not there yet starts only on an idle trainer (None otherwise)."""
        with self._lock:
            self._start_threads()
            now = time.monotonic()
            if asker is not None and asker.session:
                self._leave_others(asker.session, key, now)
            run = self._runs.get(key)
            if run is None or run.state in (RunState.FAILED, RunState.PAUSED):
                if free and not self._idle_trainer():
                    return None
                refused = self._over_bounds(asker) if asker is not None and not warm else None
                if refused is not None:
                    return refused
            if run is None or run.state == RunState.FAILED:
                if run is not None:
                    self._by_id.pop(run.id, None)
                run = Run(key, ref, dict(kwargs), next(self._ids), warm=warm, wanted=not warm)
                run.asker = asker or ANONYMOUS
                self._runs[key], self._by_id[run.id] = run, run
                self._enqueue(run)
            elif not warm:
                self._want(run)
            if asker is not None and asker.session:
                run.sessions.add(asker.session)
            if viewer is not None:
                run.viewers[viewer] = now
            elif not warm:  # someone asked without saying who: wanted for GRACE_S
                run.asked_at = now
            if run.state == RunState.PAUSED:
                self._enqueue(run)
            self._schedule()
            return self._view(run)

    def view(self, key, viewer: str | None = None) -> RunView | None:
        """The run's state now; with `viewer`, also count it as watching (call at least every
        GRACE_S while it does: a viewer that stops calling is gone after GRACE_S)."""
        with self._lock:
            run = self._runs.get(key)
            if run is None:
                return None
            if viewer is not None:
                run.viewers[viewer] = time.monotonic()
                self._want(run)
            return self._view(run)

    def unwatch(self, key, viewer: str) -> None:
        """`viewer` moved on to other settings or pressed Stop: a run nobody else watches (or
        asked for) within GRACE_S is cancelled at once. (A viewer that just vanishes, like a
        script interrupted by a rerun or a closed tab, need not call this: it expires.)"""
        with self._lock:
            run = self._runs.get(key)
            if run is None:
                return
            run.viewers.pop(viewer, None)
            if not run.warm and not run.wanted_now(time.monotonic(), GRACE_S):
                self._cancel(run)

    def expected_s(self, ref: str, kwargs: Mapping) -> float:
        """The seconds a run of experiment `ref` with `kwargs` is expected to take a trainer."""
        with self._lock:
            return self._expected_s(ref, kwargs)

    def finished(self, key) -> Finished | None:
        """The result of a finished run: the ResultStore's, or the run's own while it is
        still here (a busy store may have let it go)."""
        found = self.results.get(key)
        if found is not None:
            return found
        with self._lock:
            run = self._runs.get(key)
            return run.result if run is not None else None

    def counts(self) -> dict[str, int]:
        """How many runs are in each state (for tests and the benchmark)."""
        with self._lock:
            counts: dict[str, int] = {}
            for run in self._runs.values():
                counts[run.state.value] = counts.get(run.state.value, 0) + 1
            return counts

    def reset(self, workers: bool = False) -> None:
        """Forget every run and result; running ones are cancelled (tests). workers: also end
        the trainers, so that the next request starts new ones (which read the environment
        again, e.g. TRAINING_LAB_MNIST_DIR; a trainer caches its data set)."""
        with self._lock:
            for run in list(self._runs.values()):
                run.warm = False
                self._cancel(run)
            self._runs.clear()
            self._by_id.clear()
            self._queue.clear()
            self._served.clear()
            self.results.clear()
            self.started = 0
        if workers:
            self.shutdown()
            with self._lock:
                self._slots, self._pump = [], None
                self._stopping = threading.Event()
                self._outbox = queue.Queue()

    def shutdown(self) -> None:
        self._stopping.set()
        for slot in self._slots:
            slot.send(Quit())
        for slot in self._slots:
            slot.join(timeout=2)

    # ------------------------------------------------------------------ inside, under the lock

    def _start_threads(self) -> None:
        if self._pump is None:
            self._slots = [TrainerSlot(i, self.kind, self._outbox) for i in range(self.slots)]
            self._pump = threading.Thread(
                target=self._loop,
                args=(self._stopping, self._outbox),
                name="training-lab-pump",
                daemon=True,
            )
            self._pump.start()

    def _want(self, run: Run) -> None:
        """A student asked for or watches a run: a warm-up run moves up among theirs."""
        if not run.wanted:
            run.wanted = True
            if run.state == RunState.QUEUED:
                self._queue.remove(run)
                self._enqueue(run)

    def _leave_others(self, session: str, key, now: float) -> None:
        """A session asks for the run `key`: it lets go of any other run it asked for, which is
        cancelled unless someone else still wants it (a tab watches one run)."""
        for run in self._runs.values():
            if run.key == key or session not in run.sessions:
                continue
            run.sessions.discard(session)
            for viewer in [v for v in run.viewers if v.split(":", 1)[0] == session]:
                del run.viewers[viewer]
            active = run.state.active
            if active and not run.warm and not run.wanted_now(now, GRACE_S):
                self._cancel(run)

    def _over_bounds(self, asker: Asker) -> Refused | None:
        """Refused if the asker's browser or address has as many runs waiting or training as
        it may (RUNS_PER_BROWSER, RUNS_PER_ADDRESS); the warm-up's runs count for nobody."""
        active = [r for r in self._runs.values() if r.state.active and r.wanted]
        if asker.browser:
            mine = sum(r.asker.lane == asker.lane for r in active)
            if mine >= self.per_browser:
                return Refused("browser", self.per_browser)
        if asker.address:
            ours = sum(r.asker.address == asker.address for r in active)
            if ours >= self.per_address:
                return Refused("address", self.per_address)
        return None

    def _idle_trainer(self) -> bool:
        """A trainer is free and no student's run waits for one."""
        free = any(s.run is None and s.died_at is None for s in self._slots)
        return free and not any(r.wanted for r in self._queue)

    def _enqueue(self, run: Run) -> None:
        run.state, run.error, run.cancelling = RunState.QUEUED, None, False
        run.queued_at, run.cost_s = time.monotonic(), self._expected_s(run.ref, run.kwargs)
        self._queue.append(run)
        run.touch()

    def _cancel(self, run: Run) -> None:
        if run.state == RunState.QUEUED:
            self._queue.remove(run)
            run.state = RunState.PAUSED
            self._unpark(run, tell=True)
            run.touch()
            log.info("training dropped from the queue %s", run.key[0])
        elif run.state == RunState.RUNNING and not run.cancelling:
            run.cancelling = True
            if run.worker is not None:
                self._slots[run.worker].send(Cancel(run.id))

    def _unpark(self, run: Run, *, tell: bool) -> None:
        """The run is no longer kept suspended in a trainer (tell: ask the trainer to drop it)."""
        if run.parked_on is not None and tell:
            self._slots[run.parked_on].send(Drop(run.id))
        run.parked_on = None

    def _schedule(self) -> None:
        now = time.monotonic()
        ordered = fairness.order(self._queue, self._served)
        waiting = [r for r in ordered if r.warm or r.wanted_now(now, START_WITHIN_S)]
        for slot in self._slots:
            if not (slot.ready and slot.run is None and slot.died_at is None):
                continue
            runnable = [r for r in waiting if r.parked_on in (None, slot.index)]
            if not runnable:
                continue
            run = runnable[0]
            busy_warm = sum(s.run is not None and not s.run.wanted for s in self._slots)
            if not run.wanted and busy_warm >= max(1, self.slots - 1):
                break  # one trainer stays free for students
            self._start(slot, run, now)
            waiting.remove(run)
        free = any(s.run is None and s.died_at is None for s in self._slots)
        if not waiting or not waiting[0].wanted or free:
            return
        for slot in self._slots:  # a student waits behind the warm-up: it gives way
            if slot.run is not None and not slot.run.wanted:
                self._cancel(slot.run)
                return
        running = [(s.index, s.run) for s in self._slots if s.run is not None]
        index = fairness.victim(waiting[0], running, now)
        if index is not None:  # a long run of a busier lane is parked for it
            victim = self._slots[index].run
            assert victim is not None
            victim.parking = True
            self._slots[index].send(Park(victim.id))

    def _start(self, slot: TrainerSlot, run: Run, now: float) -> None:
        skip = (len(run.rows), len(run.health))
        if not slot.send(Train(run.id, run.ref, run.kwargs, skip)):
            return  # it died since the last sweep: the sweep replaces it
        self._queue.remove(run)
        if run.parked_on is None:
            run.fresh = not run.rows
        run.state, run.worker, run.started_at = RunState.RUNNING, slot.index, now
        run.parked_on = None
        run.heard_at, run.started_rows = now, len(run.rows)
        slot.run = run
        fairness.mark_served(self._served, run, now)
        self.started += 1
        run.touch()
        log.info("training started %s on trainer %d", run.key[0], slot.index)

    def _view(self, run: Run) -> RunView:
        position, wait = 0, 0.0
        if run.state == RunState.QUEUED:
            ordered = fairness.order(self._queue, self._served)
            position = ordered.index(run) + 1
            running = [(s.index, s.run) for s in self._slots if s.died_at is None]
            wait = fairness.expected_start(run, ordered, running, time.monotonic())
        return RunView(
            run.state,
            run.version,
            run.fraction,
            dict(run.diverged),
            run.error,
            len(run.viewers),
            position,
            wait,
            run.id,
            tuple(run.rows),
            run,
            run.latest,
        )

    def _expected_s(self, ref: str, kwargs: Mapping) -> float:
        """engine.cost's seconds for the run, scaled by what runs of `ref` took here."""
        if self._sizes is None:
            try:
                self._sizes = mnist_sizes()[1:]
            except (ValueError, OSError):  # no data: the run will fail with a message
                self._sizes = (4000, 1000)
        model = cost.run_seconds(ref.rpartition(":")[2], kwargs, *self._sizes)
        return model * self._rate.get(ref, 1.0)

    # ------------------------------------------------------------------ the scheduler thread

    def _loop(self, stopping: threading.Event, outbox: queue.Queue) -> None:
        last_sweep = 0.0
        while not stopping.is_set():
            try:
                item = outbox.get(timeout=SWEEP_S)
            except queue.Empty:
                item = None
            try:  # one bad moment must not end training for the server's lifetime
                with self._lock:
                    if item is not None:
                        self._receive(*item)
                    if time.monotonic() - last_sweep >= SWEEP_S:
                        self._sweep()
                        last_sweep = time.monotonic()
                    self._schedule()
            except Exception:
                log.exception("the training scheduler met an error; it carries on")

    def _receive(self, slot: TrainerSlot, message: FromWorker) -> None:
        if slot is not self._slots[slot.index]:  # from a trainer replaced since
            return
        if isinstance(message, Ready):
            slot.ready = True
            return
        run = self._by_id.get(message.run_id)
        if isinstance(message, Dropped):  # a parked run let go: it starts over on its turn
            if run is not None and run.parked_on == slot.index:
                run.parked_on = None
            return
        if run is None or run is not slot.run:  # a run forgotten meanwhile (reset)
            if not isinstance(message, Rows):
                slot.run = None
            return
        run.heard_at = time.monotonic()
        if isinstance(message, Rows):
            run.rows.extend(message.rows)
            run.health.extend(message.health)
            if message.latest is not None:
                run.latest = message.latest
            run.fraction = max(run.fraction, message.fraction)
            run.diverged = message.diverged
            run.touch()
            return
        slot.run, run.worker = None, None
        run.trained_s += time.monotonic() - (run.started_at or run.heard_at)
        if isinstance(message, Parked):
            self._parked(run, slot)
        elif isinstance(message, Done):
            self._done(run)
        elif isinstance(message, Failed):
            log.error("training failed %s: %s\n%s", run.key[0], message.message, message.traceback)
            run.state, run.error = RunState.FAILED, message.message
            run.touch()
        elif run.warm and not run.wanted:  # cancelled to let a student's run go first
            self._enqueue(run)
        elif run.wanted_now(time.monotonic(), GRACE_S):  # asked again while the cancel travelled
            self._enqueue(run)
        else:
            run.state, run.cancelling = RunState.PAUSED, False
            run.touch()
            log.info("training cancelled %s at %d%%", run.key[0], round(100 * run.fraction))

    def _parked(self, run: Run, slot: TrainerSlot) -> None:
        """The trainer suspended the run for another: it waits again, to continue there."""
        run.parking = False
        if run.cancelling or not (run.warm or run.wanted_now(time.monotonic(), GRACE_S)):
            run.state, run.cancelling = RunState.PAUSED, False  # nobody wants it any more
            slot.send(Drop(run.id))
            run.touch()
            return
        self._enqueue(run)
        run.parked_on = slot.index
        log.info("training parked %s at %d%%", run.key[0], round(100 * run.fraction))

    def _done(self, run: Run) -> None:
        run.state, run.fraction = RunState.DONE, 1.0
        health = pd.DataFrame(run.health, columns=HEALTH_COLUMNS)
        run.result = Finished(pd.DataFrame(run.rows), dict(run.diverged), health, run.latest)
        self.results.put(run.key, run.result)
        if run.fresh:  # a whole run (one started over redid only part of the work)
            model = self._expected_s(run.ref, run.kwargs) / self._rate.get(run.ref, 1.0)
            old, new = self._rate.get(run.ref), run.trained_s / max(model, 1e-9)
            self._rate[run.ref] = new if old is None else 0.7 * old + 0.3 * new
        run.cancelling = False
        run.touch()
        log.info("training finished %s in %.1f s", run.key[0], run.trained_s)

    def _sweep(self) -> None:
        now = time.monotonic()
        for slot in self._slots:
            if slot.died_at is not None or not slot.alive():
                self._replace(slot, now)
            elif slot.run is not None and now - slot.run.heard_at > SILENT_S:
                log.error("trainer %d sent nothing for %.0f s: replaced", slot.index, SILENT_S)
                slot.kill()
        for run in list(self._runs.values()):
            for viewer, seen in list(run.viewers.items()):
                if now - seen > GRACE_S:  # a viewer that stopped checking in is gone
                    del run.viewers[viewer]
            if not run.warm and run.state.active and not run.wanted_now(now, GRACE_S):
                self._cancel(run)
            ttl = DONE_TTL_S if run.state == RunState.DONE else PAUSED_TTL_S
            if not run.state.active and now - run.changed_at > ttl:
                del self._runs[run.key]
                self._by_id.pop(run.id, None)
        addresses = {r.asker.address for r in self._runs.values()}
        for lane in [k for k in self._served if k[1] not in addresses]:
            del self._served[lane]  # a network with no runs left: its turns are forgotten

    def _replace(self, slot: TrainerSlot, now: float) -> None:
        """A trainer died (killed, out of memory, stuck): its run fails with a message, and a
        new trainer takes its place, after a pause that doubles each time one dies before it
        was ready. After MAX_FAILED_STARTS such deaths in a row, queued runs fail with a
        message instead of the server starting processes in a loop."""
        if self._stopping.is_set():
            return
        if slot.died_at is None:
            slot.died_at = now
            self._failed_starts = 0 if slot.ready else self._failed_starts + 1
            if slot.run is not None:
                self._fail(slot.run, "the training process stopped unexpectedly")
                slot.run = None
            for run in self._runs.values():  # what it kept suspended is gone: starts over
                if run.parked_on == slot.index:
                    run.parked_on = None
        if self._failed_starts >= MAX_FAILED_STARTS:
            for run in list(self._queue):
                self._queue.remove(run)
                self._fail(run, "the training processes stop as they start (see the server log)")
            return
        if now - slot.died_at >= RESPAWN_S * 2**self._failed_starts:
            self._slots[slot.index] = TrainerSlot(slot.index, slot.kind, self._outbox)

    def _fail(self, run: Run, error: str) -> None:
        run.state, run.worker, run.error, run.cancelling = RunState.FAILED, None, error, False
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


def _bounds() -> tuple[int, int]:
    """RUNS_PER_BROWSER and RUNS_PER_ADDRESS, or what the environment sets (BOUNDS_ENV)."""
    defaults = (RUNS_PER_BROWSER, RUNS_PER_ADDRESS)
    values = []
    for name, default in zip(BOUNDS_ENV, defaults, strict=True):
        try:
            values.append(max(1, int(os.environ.get(name, "") or default)))
        except ValueError:
            log.error("%s is not a whole number: %d used", name, default)
            values.append(default)
    return values[0], values[1]


def _log_to_stderr() -> None:
    """Trainings started, finished and cancelled on the server's log ("training-lab: ..."),
    which the classroom benchmark counts."""
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("training-lab: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
