"""Who gets a trainer next, which run gives one up, and when a waiting run can expect to start.

Runs wait in lanes: one per network address and, inside it, one per browser (a tab that sent
no browser cookie is a lane of its own). A free trainer goes to the address served longest
ago, inside it to the browser served longest ago, and inside that lane to its oldest run. So
twenty tabs of one student, or a script, queue behind their own earlier runs and not in front
of another student's first; a class behind one school address takes its turns browser by
browser. The warm-up's runs (nobody waits for them) come after every student's.

A long run does not hold a trainer while others wait: once it has trained SLICE_S, a run with
more than LONG_S left (and more than LONG_FACTOR times the waiting run) is parked when a lane
with fewer runs on the trainers waits; it is suspended where it stands in its trainer and
continues there later (engine/worker.py), so nothing is computed twice.

Pure functions over ui.runs.Run; ui/trainers.py calls them under its lock.
"""

from __future__ import annotations

import math
from collections import Counter, deque
from collections.abc import Mapping, Sequence

from ui.runs import Run

SLICE_S = 2.0  # the least a run trains before it can be parked for another
LONG_S = 10.0  # a run with less than this left is never parked
LONG_FACTOR = 3.0  # ... nor one with less than this many times the waiting run's cost left

Served = Mapping[tuple, float]  # ("a", address) or ("b", address, lane) -> when it last started


def order(queue: Sequence[Run], served: Served) -> list[Run]:
    """The queued runs in the order trainers take them (see the module docstring)."""
    lanes: dict[str, dict[str, deque[Run]]] = {}
    for run in sorted((r for r in queue if r.wanted), key=lambda r: r.queued_at):
        address, lane = run.asker.lane
        lanes.setdefault(address, {}).setdefault(lane, deque()).append(run)
    last = dict(served)
    tick = max(last.values(), default=0.0)
    taken: list[Run] = []
    while lanes:
        address = min(
            lanes,
            key=lambda a: (
                last.get(("a", a), -math.inf),
                min(q[0].queued_at for q in lanes[a].values()),
            ),
        )
        browsers = lanes[address]
        lane = min(
            browsers,
            key=lambda b: (last.get(("b", address, b), -math.inf), browsers[b][0].queued_at),
        )
        taken.append(browsers[lane].popleft())
        tick += 1.0  # as if served now: later than anything served before
        last[("a", address)] = last[("b", address, lane)] = tick
        if not browsers[lane]:
            del browsers[lane]
        if not browsers:
            del lanes[address]
    return taken + [r for r in queue if not r.wanted]


def mark_served(served: dict[tuple, float], run: Run, now: float) -> None:
    address, lane = run.asker.lane
    served[("a", address)] = served[("b", address, lane)] = now


def victim(waiting: Run, running: Sequence[tuple[int, Run]], now: float) -> int | None:
    """The trainer (its index in `running`'s pairs) whose run should be parked so that
    `waiting` can start, or None: see the module docstring."""
    by_address = Counter(r.asker.address for _, r in running)
    by_lane = Counter(r.asker.lane for _, r in running)
    best, best_key = None, None
    for slot, run in running:
        if not _may_give_way(run, waiting, slot, now):
            continue
        if run.asker.address != waiting.asker.address:
            ahead = by_address[run.asker.address] - by_address[waiting.asker.address]
        elif run.asker.lane != waiting.asker.lane:
            ahead = by_lane[run.asker.lane] - by_lane[waiting.asker.lane]
        else:
            continue  # a lane's own runs never park each other
        if ahead > 0 and (best_key is None or (ahead, run.remaining_s()) > best_key):
            best, best_key = slot, (ahead, run.remaining_s())
    return best


def _may_give_way(run: Run, waiting: Run, slot: int, now: float) -> bool:
    return (
        run.wanted
        and not (run.parking or run.cancelling)
        and waiting.parked_on in (None, slot)
        and _ran(run, now) >= SLICE_S
        and run.remaining_s() > max(LONG_S, LONG_FACTOR * waiting.cost_s)
    )


def _ran(run: Run, now: float) -> float:
    """Seconds since the run (last) started on its trainer."""
    return 0.0 if run.started_at is None else now - run.started_at


def expected_start(
    target: Run, ordered: Sequence[Run], running: Sequence[tuple[int, Run | None]], now: float
) -> float:
    """Seconds until `target` (in `ordered`, the queue as `order` gives it) gets a trainer:
    each trainer is free when its run ends, or once it may be parked for `target`; the runs
    ahead take the trainers that free first."""
    free_at: dict[int, float] = {}
    for slot, run in running:
        if run is None or run.parking:  # free, or being parked for the queue's first run
            free_at[slot] = 0.0
        elif victim(target, [(slot, run)], now + SLICE_S) is not None:
            free_at[slot] = max(0.0, SLICE_S - _ran(run, now))
        else:
            free_at[slot] = run.remaining_s()
    for run in ordered:
        slots = [s for s in free_at if run.parked_on in (None, s)] or list(free_at)
        if not slots:
            return math.inf
        slot = min(slots, key=free_at.__getitem__)
        if run is target:
            return free_at[slot]
        free_at[slot] += run.cost_s
    return 0.0
