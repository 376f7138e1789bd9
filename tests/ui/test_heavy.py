"""ui.heavy: heavy page computations run at most SLOTS at a time server-wide, and one whose
reader moved on stops before it starts or between two layers."""

from __future__ import annotations

import threading
import time

import pytest

from engine.histograms import activation_distributions
from ui import heavy


class MovedOn(BaseException):
    """What Streamlit raises in a script run that was superseded (a BaseException, as its
    StopException is, so that no `except Exception` in the engine swallows it)."""


def test_no_more_than_slots_computations_run_at_once():
    running, most, lock = [0], [0], threading.Lock()

    def compute(on_layer):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.05)
        on_layer()
        with lock:
            running[0] -= 1
        return "done"

    results = []
    threads = [
        threading.Thread(target=lambda: results.append(heavy.bounded(compute))) for _ in range(12)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert results == ["done"] * 12
    assert most[0] == heavy.SLOTS


def test_a_computation_whose_reader_moved_on_while_it_waited_never_starts(monkeypatch):
    moved_on = threading.Event()

    def check():
        if moved_on.is_set():
            raise MovedOn

    monkeypatch.setattr(heavy, "_moved_on_check", lambda: check)
    started = []
    hold = threading.Event()
    holders = [
        threading.Thread(target=heavy.bounded, args=(lambda on_layer: hold.wait(10),))
        for _ in range(heavy.SLOTS)
    ]
    for thread in holders:
        thread.start()
    time.sleep(0.1)  # every slot taken

    def waiter():
        try:
            heavy.bounded(lambda on_layer: started.append(1))
        except MovedOn:
            started.append("stopped")

    waiting = threading.Thread(target=waiter)
    waiting.start()
    time.sleep(0.1)
    moved_on.set()  # the student clicked again
    waiting.join(5)
    hold.set()
    for thread in holders:
        thread.join(5)
    assert started == ["stopped"]


@pytest.mark.parametrize("gradients", [False, True])
def test_the_histograms_stop_between_layers_when_asked(gradients):
    calls = []

    def on_layer():
        calls.append(1)
        if len(calls) == 3:
            raise MovedOn

    with pytest.raises(MovedOn):
        activation_distributions(layers=8, nodes=50, samples=200, on_layer=on_layer,
                                 gradients=gradients)  # fmt: skip
    assert len(calls) == 3  # stopped at the third layer, not after all eight

    counted = []
    activation_distributions(layers=8, nodes=50, samples=200, gradients=gradients,
                             on_layer=lambda: counted.append(1))  # fmt: skip
    assert len(counted) == (16 if gradients else 8)  # forward, and backward when asked
