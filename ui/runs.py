"""A training run as the server shares it: one `Run` per setting, watched by every session that
asks for it (ui/trainers.py schedules them), and the `RunView` a page reads at one moment."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

import numpy as np
import pandas as pd

from engine.progress import HEALTH_COLUMNS
from ui.results import Finished


class Shown(Protocol):
    """A run as a page's figures function reads it: a RunView while it trains, a Finished once
    it is done. frame: the rows so far (one per run and epoch); latest: the last named arrays
    it reported (the 2-D page's boundaries), None if none."""

    @property
    def frame(self) -> pd.DataFrame: ...

    @property
    def latest(self) -> Mapping[str, np.ndarray] | None: ...


def ref_of(experiment: Callable) -> str:
    """How a trainer finds an experiment function: "module:function" (engine.worker.resolve)."""
    return f"{experiment.__module__}:{experiment.__qualname__}"


class RunState(StrEnum):
    """Where a shared run stands. QUEUED and RUNNING are active (a trainer has it, or it waits
    for one); PAUSED keeps its rows (cancelled: nobody wanted it) until someone asks again."""

    QUEUED = "queued"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"
    FAILED = "failed"

    @property
    def active(self) -> bool:
        return self in (RunState.QUEUED, RunState.RUNNING)


@dataclass(frozen=True)
class Asker:
    """Who asks for a run. session: the tab (one Streamlit session); browser: a cookie the
    browser keeps across its tabs and reloads ("" if it sent none); address: the network
    address it comes from (a proxy's forwarded one where the server trusts it). A school
    class behind one NAT address is one address of many browsers (ui/fairness.py)."""

    session: str
    browser: str = ""
    address: str = ""

    @property
    def lane(self) -> tuple[str, str]:
        """(address, browser or else session): where the fair queue files its runs."""
        return self.address, self.browser or self.session


ANONYMOUS = Asker("")


@dataclass
class Run:
    """One training run shared by every session with its settings. Guarded by Trainers' lock.

    state: a RunState. rows: every row received so far, in order.
    viewers: viewer id -> when it last watched or asked. asked_at: the last request that named
    no viewer. warm: the warm-up
    started it (it finishes unwatched); wanted: a student asked for it or watched it.
    cancelling: a cancel was sent to its trainer and not yet answered.
    asker: who started it (its lane in the fair queue); sessions: every session that asked for
    it (a session holds one run at a time). cost_s: its expected seconds on a trainer
    (engine.cost). queued_at: when it last joined the queue. parked_on: the trainer that keeps
    it suspended mid-run (it continues there, and only there); parking: asked to suspend.
    """

    key: tuple  # ui.results.run_key: (experiment name, settings...)
    ref: str
    kwargs: dict
    id: int
    warm: bool = False
    wanted: bool = True
    state: RunState = RunState.QUEUED
    rows: list = field(default_factory=list)
    health: list = field(default_factory=list)  # layer health rows (engine Progress.health)
    latest: dict | None = None  # the last Progress.latest (the 2-D page's boundary)
    fraction: float = 0.0
    diverged: dict = field(default_factory=dict)
    error: str | None = None
    result: Finished | None = None
    version: int = 0
    viewers: dict = field(default_factory=dict)
    asked_at: float = -math.inf  # the last request that named no viewer
    worker: int | None = None
    started_at: float | None = None
    heard_at: float = field(default_factory=time.monotonic)  # the trainer's last message
    changed_at: float = field(default_factory=time.monotonic)
    cancelling: bool = False
    started_rows: int = 0  # rows it had when it last started (a resumed run skips them)
    frame_cache: tuple[int, pd.DataFrame] | None = None  # see RunView.frame
    asker: Asker = ANONYMOUS
    sessions: set = field(default_factory=set)
    cost_s: float = 1.0
    queued_at: float = field(default_factory=time.monotonic)
    parked_on: int | None = None
    parking: bool = False
    fresh: bool = True  # trained from its first epoch (not started over partway)
    trained_s: float = 0.0  # seconds on trainers so far
    _snapshot: RunView | None = field(default=None, repr=False)

    def snapshot(self) -> RunView:
        """What viewers see of the run at its current version: built once per version (rows
        copied once), not on every viewer's tick. Call under the trainers' lock."""
        if self._snapshot is None or self._snapshot.version != self.version:
            self._snapshot = RunView(
                self.state,
                self.version,
                self.fraction,
                dict(self.diverged),
                self.error,
                0,
                0,
                0.0,
                self.id,
                tuple(self.rows),
                self,
                self.latest,
            )
        return self._snapshot

    def remaining_s(self) -> float:
        """Expected seconds of training still to do."""
        return (1.0 - self.fraction) * self.cost_s

    def touch(self) -> None:
        self.version += 1
        self.changed_at = time.monotonic()

    def wanted_now(self, now: float, within: float) -> bool:
        """Someone watched it or asked for it within the last `within` seconds."""
        seen = max([self.asked_at, *self.viewers.values()])
        return now - seen <= within


@dataclass(frozen=True)
class RunView:
    """What a viewer needs of a run at one moment. position: 1 for the next run to start (0
    when not queued); wait_s: the expected seconds until it starts; run_id tells runs of the
    same settings apart (a failed run asked for again is a new one). `frame` (the rows as a
    DataFrame) is built when first asked for, once per version for all viewers."""

    state: RunState
    version: int
    fraction: float
    diverged: dict
    error: str | None
    viewers: int
    position: int
    wait_s: float
    run_id: int
    rows: tuple = field(repr=False)
    run: Run = field(repr=False)
    latest: dict | None = field(default=None, repr=False)

    @property
    def health(self) -> pd.DataFrame:
        """The run's layer health so far (see engine.progress.Progress)."""
        return pd.DataFrame(list(self.run.health), columns=HEALTH_COLUMNS)

    @property
    def frame(self) -> pd.DataFrame:
        cached = self.run.frame_cache  # one read: a (version, frame) tuple
        if cached is not None and cached[0] == self.version:
            return cached[1]
        frame = pd.DataFrame(list(self.rows))
        self.run.frame_cache = (self.version, frame)
        return frame
