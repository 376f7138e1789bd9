"""AppTest: "Pin this run" on the training pages (issue 17): a finished run is pinned into the
address by its settings, stays in the chart as a faded curve labelled with them while the
reader trains the next setting (up to three), is cleared with one click, and a link with pins
opened on a server that has no result for them trains them through the shared queue."""

from __future__ import annotations

import time

import pytest

from tests.helpers import figures, open_page, train
from ui.pins import MAX_PINS
from ui.trainers import trainers

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")
DECAY = "pages/weight_decay.py"
PINNED = "📌 "


def pinned_names(at) -> list[str]:
    """The legend entries of pinned runs in the page's charts."""
    return [
        trace["name"]
        for fig in figures(at)
        for trace in fig["data"]
        if str(trace.get("name", "")).startswith(PINNED) and trace.get("showlegend", True)
    ]


def press(at, label: str):
    next(b for b in at.button if b.label == label).click().run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def test_pin_a_run_try_the_next_setting_and_clear():
    at = train(open_page(DECAY, epochs=4))
    assert not next(b for b in at.button if b.label == "📌 Pin this run").disabled
    press(at, "📌 Pin this run")
    assert at.query_params["pin"] == "epochs:4"  # by its settings, in the address
    at = train(open_page(DECAY, epochs=4, pin="epochs:4", **{"lambda": "0.3"}))
    # λ = 0.1's curves, faded beside λ = 0.3's, labelled with what they did differently
    assert pinned_names(at) == ["📌 lambda=0.1"]
    assert "Pinned (faded in the chart): 📌 lambda=0.1" in [c.value for c in at.caption]
    press(at, "📌 Pin this run")
    assert at.query_params["pin"] == "epochs:4;epochs:4,lambda:0.3"
    press(at, "Clear the pins")
    assert "pin" not in at.query_params and pinned_names(at) == []


def test_at_most_three_pins_the_oldest_going_first():
    pins = ";".join(f"epochs:{e}" for e in (1, 2, 3))
    at = train(open_page(DECAY, epochs=4, pin=pins))
    press(at, "📌 Pin this run")
    assert at.query_params["pin"].split(";") == ["epochs:2", "epochs:3", "epochs:4"]
    assert len(at.query_params["pin"].split(";")) == MAX_PINS


def test_a_pinned_run_the_server_has_not_trained_is_trained_through_the_queue():
    at = open_page(DECAY, epochs=3, pin="epochs:2")
    waiting = "training; shown when done"
    assert waiting in " ".join(c.value for c in at.caption)
    assert trainers().counts() != {}, "asked for through the shared queue"
    deadline = time.monotonic() + 180
    while waiting in " ".join(c.value for c in at.caption) and time.monotonic() < deadline:
        time.sleep(1)
        at.run()  # as the browser reruns the waiting part every few seconds
    at = train(at)
    assert pinned_names(at) == ["📌 epochs=2"]


def test_the_2d_boundary_is_pinned_as_a_dotted_line():
    at = open_page("pages/plane.py", epochs=20)
    press(at, "📌 Pin this run")
    # λ on: two boundaries drawn (this run's and the one without), the pin has one
    at = open_page("pages/plane.py", epochs=20, pin=at.query_params["pin"], **{"lambda": "0.01"})
    assert not at.exception, [e.message for e in at.exception]
    boundary = figures(at)[0]
    pinned = [t for t in boundary["data"] if str(t.get("name", "")).startswith(PINNED)]
    assert [t["type"] for t in pinned] == ["contour"] and pinned[0]["line"]["dash"] == "dot"
