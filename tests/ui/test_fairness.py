"""ui.fairness: whose run a free trainer takes, which run gives way, and the wait a queued
student is told, on hand-made runs (no trainers, no time passing)."""

from __future__ import annotations

import math

import pytest

from ui import fairness
from ui.runs import Asker, Run


def run(n: int, address="10.0.0.1", browser="", session=None, cost=5.0, warm=False, at=None):
    made = Run(("fake", n), "tests.fakes:fake", {}, n, warm=warm, wanted=not warm)
    made.asker = Asker(session or f"s{n}", browser, address)
    made.cost_s, made.queued_at = cost, float(n) if at is None else at
    return made


def test_a_browser_with_many_runs_takes_turns_with_a_browser_that_has_one():
    flood = [run(i, browser="abuser") for i in range(1, 21)]
    honest = run(21, browser="honest")
    ordered = fairness.order([*flood, honest], served={})
    assert ordered.index(honest) == 1  # right after the flood's first run, not 21st
    assert [r.id for r in ordered if r is not honest] == list(range(1, 21))  # theirs in order


def test_an_address_served_lately_waits_for_one_not_served_yet():
    school = [run(i, address="school", browser=f"b{i}") for i in range(1, 4)]
    home = run(4, address="home", browser="h")
    served = {("a", "school"): 100.0, ("b", "school", "b1"): 100.0}
    assert fairness.order([*school, home], served)[0] is home


def test_a_class_behind_one_address_takes_turns_browser_by_browser():
    a1, b1, a2, b2 = (run(i, address="nat", browser=b) for i, b in enumerate("abab", 1))
    assert fairness.order([a1, a2, b1, b2], served={}) == [a1, b1, a2, b2]


def test_tabs_without_a_browser_cookie_are_lanes_of_their_own():
    tabs = [run(i, browser="") for i in range(1, 4)]
    assert fairness.order(tabs, served={("b", "10.0.0.1", "s1"): 50.0})[-1] is tabs[0]


def test_warm_up_runs_come_after_every_students_run():
    warm = run(1, warm=True)
    students = [run(i, browser=f"b{i}") for i in range(2, 5)]
    assert fairness.order([warm, *students], served={})[-1] is warm


def busy(n, *, started=0.0, fraction=0.0, **kw):
    made = run(n, **kw)
    made.state, made.started_at, made.fraction = "running", started, fraction
    return made


def test_a_long_run_of_a_busier_lane_gives_way_after_its_slice():
    giants = [busy(1, browser="g", cost=300), busy(2, browser="g", cost=300, fraction=0.5)]
    honest = run(3, browser="h", cost=3.5)
    pairs = list(enumerate(giants))
    assert fairness.victim(honest, pairs, now=fairness.SLICE_S - 0.1) is None  # too soon
    assert fairness.victim(honest, pairs, now=fairness.SLICE_S) == 0  # the most left


def test_short_runs_and_a_lane_with_no_more_runs_never_give_way():
    honest = run(9, browser="h", cost=3.5)
    short = busy(1, browser="g", cost=fairness.LONG_S * 0.9)
    assert fairness.victim(honest, [(0, short)], now=100.0) is None
    mine = busy(2, browser="h", cost=300)  # the waiting lane's own run
    assert fairness.victim(honest, [(0, mine)], now=100.0) is None
    even = busy(3, browser="g", cost=300)
    both = [(0, even), (1, busy(4, browser="h", cost=300))]
    assert fairness.victim(run(10, browser="h", cost=3.5), both, now=100.0) is None  # 1 each


def test_similar_runs_do_not_park_each_other():
    """A class pressing Train on 30 different settings: every run costs about the same, so
    none is parked (a parked run would wait at the back of the queue)."""
    running = [(0, busy(1, browser="a", cost=25.0)), (1, busy(2, browser="b", cost=25.0))]
    waiting = run(3, browser="c", cost=25.0)
    assert fairness.victim(waiting, running, now=100.0) is None


def test_a_parked_run_can_only_continue_on_its_own_trainer():
    giant = busy(1, browser="g", cost=300)
    parked = run(2, browser="h", cost=3.5)
    parked.parked_on = 1
    assert fairness.victim(parked, [(0, giant)], now=100.0) is None


def test_the_wait_counts_the_runs_ahead_and_what_the_running_ones_have_left():
    running = [(0, busy(1, browser="a", cost=10.0, fraction=0.5, started=99.0))]
    ahead, me = run(2, browser="b", cost=4.0), run(3, browser="c", cost=1.0)
    ordered = fairness.order([ahead, me], served={})
    assert fairness.expected_start(ahead, ordered, running, now=100.0) == pytest.approx(5.0)
    assert fairness.expected_start(me, ordered, running, now=100.0) == pytest.approx(9.0)
    idle = [*running, (1, None)]  # a second trainer, free: the first in line starts at once
    assert fairness.expected_start(ahead, ordered, idle, now=100.0) == 0.0
    assert fairness.expected_start(me, ordered, idle, now=100.0) == pytest.approx(4.0)


def test_the_wait_behind_a_giant_is_its_slice_not_its_length():
    giant = busy(1, browser="g", cost=300.0, started=99.0)
    honest = run(2, browser="h", cost=3.5)
    wait = fairness.expected_start(honest, [honest], [(0, giant)], now=100.0)
    assert wait == pytest.approx(fairness.SLICE_S - 1.0)
    assert not math.isinf(wait)


def test_a_run_already_being_parked_frees_its_trainer_in_the_wait():
    """Measured before: the honest student waited 2 s while the page said 10 minutes (the
    giant was being parked for it, and the wait counted all it had left)."""
    giant = busy(1, browser="g", cost=600.0, started=50.0)
    giant.parking = True
    honest = run(2, browser="h", cost=3.5)
    assert fairness.expected_start(honest, [honest], [(0, giant)], now=100.0) == 0.0
