"""ui.trainers: one shared run per setting, a first-come queue for K trainers, runs cancelled when
nobody watches and continued where they were, failures reported, keys never mixed.

Most tests use trainer threads (the same worker loop, quicker to start); the last ones use the
worker processes the app uses."""

from __future__ import annotations

import logging
import os
import time

import pandas as pd
import pytest

from tests import fakes
from tests.fakes import fake
from ui import fairness
from ui import trainers as module
from ui.results import run_key
from ui.runs import Asker, RunView
from ui.trainers import Refused, Trainers

FAKE = "tests.fakes:fake"
COUNTED = "tests.fakes:counted"
TIMEOUT_S = 30


@pytest.fixture
def pool():
    made = []

    def make(slots=1, kind="thread"):
        made.append(Trainers(slots, kind))
        return made[-1]

    yield make
    for trainers in made:
        trainers.reset()
        trainers.shutdown()


def key(**params):
    return run_key("fake", params)


def wait_until(condition, what: str, watch=()):
    """Poll until condition() holds, keeping the (pool, key) pairs in `watch` watched."""
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        for trainers, k in watch:
            trainers.view(k, "tester")
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.01)


def request(trainers, viewer="tester", **params):
    """Ask for the fake run with `params`, as the page does: naming the viewer who asks."""
    trainers.request(key(**params), FAKE, params, viewer=viewer)
    return key(**params)


def whole_run(**params) -> pd.DataFrame:
    return pd.DataFrame(list(fake(**{**params, "seconds": 0}))[-1].rows)


def test_many_requests_for_the_same_settings_share_one_run(pool):
    trainers = pool()
    k = request(trainers, epochs=3, seconds=0.02)
    for _ in range(29):
        assert request(trainers, epochs=3, seconds=0.02) == k
    wait_until(lambda: trainers.results.get(k) is not None, "the run", [(trainers, k)])
    assert trainers.started == 1
    pd.testing.assert_frame_equal(trainers.results.get(k).frame, whole_run(epochs=3))


def test_runs_start_in_the_order_asked_and_know_their_place_in_the_queue(pool):
    trainers = pool(slots=1)
    ks = [request(trainers, epochs=4, seconds=0.05, seed=s) for s in range(4)]
    watched = [(trainers, k) for k in ks]
    states = [trainers.view(k, "tester") for k in ks]
    assert [v.state for v in states] in (
        ["queued"] * 4,  # the trainer thread is not ready yet
        ["running", "queued", "queued", "queued"],
    )
    assert [v.position for v in states[1:]] == [1, 2, 3] or states[0].position == 1
    order = []
    while len(order) < 4:
        for k in ks:
            if k not in order and trainers.view(k, "tester").state != "queued":
                order.append(k)
        time.sleep(0.005)
    assert order == ks
    wait_until(lambda: all(trainers.results.get(k) for k in ks), "all four", watched)


def test_k_trainers_run_k_runs_at_once(pool):
    trainers = pool(slots=2)
    ks = [request(trainers, epochs=20, seconds=0.02, seed=s) for s in range(3)]
    wait_until(
        lambda: trainers.counts().get("running") == 2, "two running", [(trainers, k) for k in ks]
    )
    assert trainers.counts() == {"running": 2, "queued": 1}
    assert trainers.view(ks[2]).position == 1 and trainers.view(ks[2]).wait_s > 0


def test_a_run_left_for_other_settings_is_cancelled_and_continues_where_it_was(pool):
    trainers = pool()
    params = {"epochs": 30, "seconds": 0.02, "seed": 1}
    k = request(trainers, **params)
    wait_until(lambda: len(trainers.view(k, "tester").frame) >= 5, "5 rows")
    trainers.unwatch(k, "tester")  # moved to other settings: cancelled at once
    wait_until(lambda: trainers.view(k).state == "paused", "the pause")
    paused = trainers.view(k)
    assert 5 <= len(paused.frame) < 31 and 0 < paused.fraction < 1
    request(trainers, **params)  # someone asks again: it starts over, the rows carry on
    wait_until(lambda: trainers.results.get(k) is not None, "the end", [(trainers, k)])
    pd.testing.assert_frame_equal(trainers.results.get(k).frame, whole_run(**params))
    assert trainers.started == 2


def test_a_run_nobody_watches_takes_no_trainer_while_it_waits_to_be_dropped(pool):
    """Students who closed their tabs leave queued runs behind: those must not start in the
    seconds before the grace time drops them."""
    trainers = pool(slots=1)
    busy = request(trainers, epochs=80, seconds=0.02)
    left = request(trainers, viewer="tab", epochs=5, seed=1)  # asked for, then the tab
    # closed: it stops checking in, without a word
    waiting = request(trainers, viewer="waits", epochs=5, seed=2)
    watched = [(trainers, busy)]
    wait_until(lambda: trainers.results.get(busy) is not None, "the busy run", watched)
    deadline = time.monotonic() + TIMEOUT_S
    while trainers.results.get(waiting) is None:  # only "waits" keeps checking in
        trainers.view(waiting, "waits")
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert trainers.started == 2  # busy and waiting: the left run never took a trainer
    assert trainers.view(left).state in ("queued", "paused")


def test_a_run_whose_viewers_vanished_is_cancelled_after_the_grace_time(pool, monkeypatch):
    monkeypatch.setattr(module, "GRACE_S", 0.3)
    trainers = pool()
    k = request(trainers, epochs=200, seconds=0.02)
    trainers.view(k, "tab")  # watched once, then the tab closed without a word
    wait_until(lambda: trainers.view(k).state == "paused", "the cancel")


def test_a_run_someone_still_watches_is_not_cancelled_when_another_leaves(pool):
    trainers = pool()
    k = request(trainers, viewer="stays", epochs=10, seconds=0.02)
    trainers.view(k, "leaves")
    trainers.unwatch(k, "leaves")  # moved on, or pressed Stop: the other one still watches
    wait_until(lambda: trainers.results.get(k) is not None, "the end", [(trainers, k)])
    assert trainers.started == 1


def test_a_viewer_interrupted_by_a_rerun_keeps_the_run_going(pool, monkeypatch):
    """A classmate's script between two reruns does not check in for a moment: a run only
    stops when nobody has checked in for GRACE_S."""
    monkeypatch.setattr(module, "GRACE_S", 1.0)
    trainers = pool()
    k = request(trainers, viewer="classmate", epochs=40, seconds=0.02)
    trainers.view(k, "me")
    time.sleep(0.5)  # the classmate's rerun is running; then I move on
    trainers.unwatch(k, "me")
    assert trainers.view(k).state == "running"
    wait_until(lambda: trainers.results.get(k) is not None, "the end", [(trainers, k)])


def test_a_queued_run_nobody_wants_any_more_never_starts(pool):
    trainers = pool(slots=1)
    first = request(trainers, epochs=10, seconds=0.02)
    second = request(trainers, epochs=10, seconds=0.02, seed=9)
    trainers.unwatch(second, "tester")
    assert trainers.view(second).state == "paused"
    wait_until(lambda: trainers.results.get(first) is not None, "the first", [(trainers, first)])
    time.sleep(0.1)
    assert trainers.started == 1


def test_a_run_asked_for_again_while_its_cancel_travels_goes_on(pool):
    trainers = pool()
    k = request(trainers, epochs=40, seconds=0.02)
    wait_until(lambda: len(trainers.view(k, "tester").frame) >= 3, "3 rows")
    trainers.unwatch(k, "tester")  # a slider moved away...
    request(trainers, epochs=40, seconds=0.02)  # ...and straight back
    wait_until(lambda: trainers.results.get(k) is not None, "the end", [(trainers, k)])
    pd.testing.assert_frame_equal(trainers.results.get(k).frame, whole_run(epochs=40))


def test_a_failing_or_diverging_run_ends_with_its_message_and_others_go_on(pool, caplog):
    log = logging.getLogger("training_lab")  # it may not propagate (the server's own handler)
    log.addHandler(caplog.handler)
    trainers = pool(slots=2)
    bad = request(trainers, fail=True)
    wild = request(trainers, epochs=6, diverge_at=3)
    ok = request(trainers, epochs=3, seed=2)
    watched = [(trainers, k) for k in (bad, wild, ok)]
    wait_until(lambda: trainers.view(bad).state == "failed", "the failure", watched)
    assert "epochs must be an integer" in trainers.view(bad).error
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name == "training_lab")
    log.removeHandler(caplog.handler)
    assert "Traceback" in logged and "tests/fakes.py" in logged  # where it failed, for the log
    wait_until(lambda: trainers.results.get(wild) and trainers.results.get(ok), "both", watched)
    assert trainers.results.get(wild).diverged == {"a": 3}
    assert set(trainers.results.get(ok).frame["seed"]) == {2}  # rows never cross runs
    assert len(trainers.results.get(wild).frame) == 3
    request(trainers, fail=True)  # a failed run can be asked for again
    assert trainers.view(bad).state in ("queued", "running", "failed")


def test_warm_up_runs_wait_behind_every_students_run_and_need_no_viewer(pool):
    trainers = pool(slots=1)
    busy = request(trainers, epochs=10, seconds=0.02)
    warm = key(epochs=2, seed=50)
    trainers.request(warm, FAKE, {"epochs": 2, "seed": 50}, warm=True)
    student = request(trainers, epochs=2, seed=51)
    assert trainers.view(student).position < trainers.view(warm).position
    watched = [(trainers, busy), (trainers, student)]
    wait_until(lambda: trainers.results.get(warm) is not None, "the warm-up", watched)


def test_a_student_watching_a_warm_run_moves_it_up_the_queue(pool):
    trainers = pool(slots=1)
    busy = request(trainers, epochs=10, seconds=0.02)
    warm = key(epochs=2, seed=60)
    trainers.request(warm, FAKE, {"epochs": 2, "seed": 60}, warm=True)
    earlier = request(trainers, epochs=2, seed=59)
    assert trainers.view(warm).position > trainers.view(earlier).position
    trainers.view(warm, "student")  # opens the default page: it shows the warm run
    later = [request(trainers, epochs=2, seed=61 + i) for i in range(3)]
    assert trainers.view(warm).position < min(trainers.view(k).position for k in later)
    watched = [(trainers, k) for k in (busy, warm, earlier, *later)]
    wait_until(lambda: all(trainers.results.get(k) for k in later), "all", watched)


def test_a_warm_run_gives_way_to_a_student_on_a_single_trainer(pool):
    trainers = pool(slots=1)
    warm = key(epochs=200, seconds=0.02, seed=70)
    trainers.request(warm, FAKE, {"epochs": 200, "seconds": 0.02, "seed": 70}, warm=True)
    wait_until(lambda: trainers.view(warm).state == "running", "the warm-up to start")
    student = request(trainers, epochs=3, seed=71)
    wait_until(
        lambda: trainers.results.get(student) is not None, "the student", [(trainers, student)]
    )
    assert trainers.view(warm).state in ("queued", "running")  # it carries on afterwards
    wait_until(lambda: trainers.results.get(warm) is not None, "the warm-up to finish")
    pd.testing.assert_frame_equal(trainers.results.get(warm).frame, whole_run(epochs=200, seed=70))


# ------------------------------------------------------------------ worker processes


def test_worker_processes_train_the_engines_experiment(pool):
    trainers = pool(slots=2, kind="process")
    params = {"epochs": 3, "baseline": True, "seed": 0}
    k = run_key("weight_decay", params)
    trainers.request(k, "engine.experiments:overfitting", params)
    wait_until(lambda: trainers.results.get(k) is not None, "the run", [(trainers, k)])
    frame = trainers.results.get(k).frame
    assert set(frame["run"]) == {"main", "baseline"} and frame["epoch"].max() == 3


def test_a_killed_worker_process_fails_its_run_with_a_message_and_is_replaced(pool):
    trainers = pool(slots=1, kind="process")
    k = request(trainers, epochs=500, seconds=0.02)
    wait_until(lambda: trainers.view(k, "tester").state == "running", "the start")
    os.kill(trainers._slots[0].task.pid, 9)
    wait_until(lambda: trainers.view(k, "tester").state == "failed", "the failure")
    assert "stopped unexpectedly" in trainers.view(k).error
    after = request(trainers, epochs=2, seed=3)
    wait_until(lambda: trainers.results.get(after) is not None, "a new run", [(trainers, after)])


def test_worker_processes_end_with_the_trainers(pool):
    trainers = pool(slots=2, kind="process")
    k = request(trainers, epochs=2)
    wait_until(lambda: trainers.results.get(k) is not None, "the run", [(trainers, k)])
    processes = [slot.task for slot in trainers._slots]
    trainers.shutdown()
    assert all(p.poll() is not None for p in processes)


def test_a_worker_process_whose_experiment_writes_to_stdout_still_streams_its_rows(pool):
    trainers = pool(slots=1, kind="process")
    k = run_key("noisy", {"epochs": 3})
    trainers.request(k, "tests.fakes:noisy", {"epochs": 3}, viewer="tester")
    wait_until(lambda: trainers.results.get(k) is not None, "the run", [(trainers, k)])
    assert len(trainers.results.get(k).frame) == 4


def test_the_scheduler_survives_an_error_and_goes_on(pool, monkeypatch):
    trainers = pool()
    real, calls = Trainers._sweep, []

    def fails_once(self):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("a bad moment")
        return real(self)

    monkeypatch.setattr(Trainers, "_sweep", fails_once)
    k = request(trainers, epochs=3, seconds=0.05)
    wait_until(lambda: trainers.results.get(k) is not None, "the run", [(trainers, k)])
    assert len(calls) > 1 and trainers._pump.is_alive()


# ------------------------------------------------------------------ one student, one share


def ask(trainers, session, browser="", address="10.0.0.1", free=False, **params):
    """Ask for the fake run with `params` as a session of a browser would (its section's
    viewer id is "<session>:sec", as ui.live names it)."""
    asker = Asker(session, browser, address)
    params = {"epochs": 40, "seconds": 0.02} | params
    got = trainers.request(
        key(**params), FAKE, params, viewer=f"{session}:sec", asker=asker, free=free
    )
    return key(**params), got


def test_a_session_asking_for_other_settings_lets_go_of_its_first_run(pool):
    trainers = pool(slots=1)
    first, _ = ask(trainers, "tab", seed=1, epochs=200)
    wait_until(lambda: trainers.view(first).state == "running", "the first run")
    second, _ = ask(trainers, "tab", seed=2)
    assert trainers.view(first).state in ("running", "paused")  # the cancel travels
    wait_until(lambda: trainers.view(first).state == "paused", "the first run let go")
    wait_until(lambda: trainers.results.get(second) is not None, "the second", [(trainers, second)])


def test_a_run_another_session_watches_goes_on_when_one_session_moves_on(pool):
    trainers = pool(slots=1)
    shared, _ = ask(trainers, "a", seed=1, epochs=60)
    ask(trainers, "b", seed=1, epochs=60)
    ask(trainers, "a", seed=2)
    for _ in range(20):
        trainers.view(shared, "b:sec")
        time.sleep(0.02)
    assert trainers.view(shared).state == "running"


def test_a_browser_and_an_address_are_bounded_and_told_so(pool, monkeypatch):
    trainers = pool(slots=1)
    trainers.per_browser, trainers.per_address = 2, 3
    assert isinstance(ask(trainers, "t1", "b1", seed=1)[1], RunView)
    assert isinstance(ask(trainers, "t2", "b1", seed=2)[1], RunView)
    assert ask(trainers, "t3", "b1", seed=3)[1] == Refused("browser", 2)  # a third tab
    assert isinstance(ask(trainers, "t4", "b2", seed=4)[1], RunView)
    assert ask(trainers, "t5", "b3", seed=5)[1] == Refused("address", 3)  # the network's 4th
    assert isinstance(ask(trainers, "t6", "b3", address="10.9.9.9", seed=6)[1], RunView)
    assert isinstance(ask(trainers, "t7", "b1", seed=1)[1], RunView)  # joining: never refused
    assert trainers.view(key(epochs=40, seconds=0.02, seed=3)) is None  # nothing was made


def test_a_run_nobody_pressed_train_for_starts_only_on_an_idle_trainer(pool):
    trainers = pool(slots=1)
    busy, _ = ask(trainers, "student", seed=1, epochs=15)
    wait_until(lambda: trainers.view(busy).state == "running", "the busy run")
    opened, got = ask(trainers, "opener", seed=2, free=True)
    assert got is None and trainers.view(opened) is None
    wait_until(lambda: trainers.results.get(busy) is not None, "the busy run", [(trainers, busy)])
    wait_until(lambda: trainers._idle_trainer(), "an idle trainer")
    opened, got = ask(trainers, "opener", seed=2, free=True)
    assert isinstance(got, RunView)


def test_a_long_run_is_parked_for_another_browser_and_continues_without_redoing_work(
    pool, monkeypatch
):
    monkeypatch.setattr(fairness, "SLICE_S", 0.2)
    monkeypatch.setattr(fairness, "LONG_S", 0.1)
    trainers = pool(slots=1)
    fakes.COMPUTED.clear()
    long_params = {"epochs": 60, "seconds": 0.02, "seed": 71}
    long_key = key(**long_params)
    trainers.request(
        long_key, COUNTED, long_params, viewer="g:sec", asker=Asker("g", "giant", "10.0.0.1")
    )
    wait_until(lambda: len(trainers.view(long_key, "g:sec").rows) >= 15, "the long run going")
    short, _ = ask(trainers, "h", "honest", epochs=3, seconds=0.0, seed=72)
    watched = [(trainers, short), (trainers, long_key)]
    wait_until(lambda: trainers.results.get(short) is not None, "the short run", watched)
    assert trainers.view(long_key, "g:sec").fraction < 1  # the short one did not wait for it
    wait_until(lambda: trainers.results.get(long_key) is not None, "the long run", watched)
    pd.testing.assert_frame_equal(
        trainers.results.get(long_key).frame, whole_run(epochs=60, seed=71)
    )
    assert fakes.COMPUTED[71] == 61  # every epoch once: it was parked, not started over


def test_the_wait_a_queued_run_is_told_comes_from_the_runs_costs(pool, monkeypatch):
    trainers = pool(slots=1)
    trainers.per_browser = 5
    costs = {1: 30.0, 2: 8.0, 3: 2.0}
    monkeypatch.setattr(
        module.cost, "run_seconds", lambda name, kwargs, *sizes: costs[kwargs["seed"]]
    )
    first, _ = ask(trainers, "a", "a", seed=1, epochs=500)
    wait_until(lambda: trainers.view(first).state == "running", "the first run")
    second, _ = ask(trainers, "b", "a", seed=2)  # the same browser as the first: no parking
    third, _ = ask(trainers, "c", "a", seed=3)
    waits = [trainers.view(k, v).wait_s for k, v in ((second, "b:sec"), (third, "c:sec"))]
    assert 25.0 < waits[0] <= 30.0  # what the first run has left
    assert waits[1] == pytest.approx(waits[0] + 8.0, abs=0.5)
