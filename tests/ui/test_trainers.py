"""ui.trainers: one shared run per setting, a first-come queue for K trainers, runs cancelled when
nobody watches and continued where they were, failures reported, keys never mixed.

Most tests use trainer threads (the same worker loop, quicker to start); the last ones use the
worker processes the app uses."""

from __future__ import annotations

import os
import time

import pandas as pd
import pytest

from tests.fakes import fake
from ui import trainers as module
from ui.results import run_key
from ui.trainers import Trainers

FAKE = "tests.fakes:fake"
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


def test_a_failing_or_diverging_run_ends_with_its_message_and_others_go_on(pool):
    trainers = pool(slots=2)
    bad = request(trainers, fail=True)
    wild = request(trainers, epochs=6, diverge_at=3)
    ok = request(trainers, epochs=3, seed=2)
    watched = [(trainers, k) for k in (bad, wild, ok)]
    wait_until(lambda: trainers.view(bad).state == "failed", "the failure", watched)
    assert "epochs must be an integer" in trainers.view(bad).error
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
