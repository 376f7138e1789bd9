"""Live training in the page: the result store, timing helpers, the shared figures and redraw
budget, and ui.live.stream run by AppTest on a fake experiment that a trainer process runs
(AppTest shows only a loop's final state; streaming is checked in a browser)."""

import threading
import time

import pandas as pd
import pytest
from streamlit.proto.Metric_pb2 import Metric
from streamlit.testing.v1 import AppTest

from ui import live
from ui.live import shared_figures
from ui.pacing import RedrawBudget, format_left, time_left
from ui.results import Finished, ResultStore, run_key
from ui.trainers import trainers

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")
FAKE = "tests.fakes:fake"


def finished(i):
    return Finished(pd.DataFrame({"epoch": [i]}), {})


def test_run_key_is_order_independent_and_turns_lists_into_tuples():
    assert run_key("x", {"a": 1, "hidden": [100, 100]}) == run_key(
        "x", {"hidden": (100, 100), "a": 1}
    )
    assert run_key("x", {"seed": 0}) != run_key("x", {"seed": 1})
    assert run_key("x", {"seed": 0}) != run_key("y", {"seed": 0})
    hash(run_key("x", {"nested": {"b": [1, 2]}}))


def test_store_forgets_the_least_recently_used_beyond_its_bound():
    store = ResultStore(max_entries=2)
    store.put(("a",), finished(1))
    store.put(("b",), finished(2))
    assert store.get(("a",)) is not None  # "a" is now the most recent
    store.put(("c",), finished(3))
    assert store.get(("b",)) is None
    assert store.get(("a",)).frame["epoch"].tolist() == [1]
    assert len(store) == 2


def test_store_hands_out_copies():
    store = ResultStore()
    store.put(("a",), finished(1))
    copy = store.get(("a",)).frame
    copy.loc[0, "epoch"] = 99
    assert store.get(("a",)).frame["epoch"].tolist() == [1]


def test_store_survives_many_threads_at_once():
    store = ResultStore(max_entries=8)

    def work(t):
        for i in range(200):
            store.put((t, i), finished(i))
            store.get((t, i - 1))

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(store) == 8


def test_time_left_extrapolates_the_rate_seen_so_far():
    assert time_left(0.5, 0.0, 10.0) == pytest.approx(10.0)
    assert time_left(0.6, 0.4, 4.0) == pytest.approx(8.0)  # joined at 40 %
    assert time_left(0.4, 0.4, 3.0) is None
    assert format_left(75.4) == "1:15" and format_left(-3) == "0:00"


def test_the_redraw_budget_allows_its_rate_then_refills_with_time():
    budget = RedrawBudget(rate=5)
    assert [budget.take() for _ in range(7)] == [True] * 5 + [False] * 2
    budget.at -= 0.4  # 0.4 s later: two more
    assert [budget.take() for _ in range(3)] == [True, True, False]


def test_a_figure_is_built_once_per_update_and_language_and_shared():
    built = []

    def figures(frame):
        built.append(len(frame))
        import plotly.graph_objects as go

        from ui.chart import Chart

        return Chart(go.Figure(), "an empty chart")

    frame = pd.DataFrame({"epoch": [0, 1]})
    first = shared_figures(("k",), 3, figures, lambda: frame)
    again = shared_figures(("k",), 3, figures, lambda: frame)  # another viewer, same step
    assert first[0] is again[0] and built == [2]
    shared_figures(("k",), 4, figures, lambda: frame)  # the next step
    assert built == [2, 2]


def fake_app():
    """A page streaming tests.fakes.fake with the settings in session state "params"."""
    import streamlit as st

    from tests.fakes import fake
    from ui import describe, live
    from ui.chart import Chart
    from ui.figures import lines

    params = st.session_state.get("params", {})
    outcome = live.stream(
        "fake",
        fake,
        params,
        figures=lambda run: Chart(
            figure := lines.line_chart(
                run.frame, x="epoch", y="loss", labels={"x": "epoch", "y": "loss"}
            ),
            describe.curves(figure),
        ),
        metrics=lambda f: [
            ("last loss", f"{f['loss'].iloc[-1]:.2f}", None),
            ("change", "0.20", "±0.00", "off", "off"),  # no change: grey, no arrow
            ("better", "0.20", "-0.10", "inverse"),
        ],
        run_names={"a": "Run A"},
        auto_start=live.has_trained("fake")
        if st.session_state.get("auto") is None
        else st.session_state.get("auto", False),
    )
    st.session_state["status"] = outcome.status
    st.session_state["rows"] = None if outcome.frame is None else len(outcome.frame)


def fresh(**state):
    at = AppTest.from_function(fake_app, default_timeout=60)
    for k, v in state.items():
        at.session_state[k] = v
    return at.run()


def test_stream_waits_for_train_then_trains_to_the_end_with_metrics():
    at = fresh()
    assert at.session_state["status"] == "idle"
    assert [b.label for b in at.button] == ["Train"]
    assert len(at.get("plotly_chart")) == 0
    at.button[0].click().run()
    assert at.session_state["status"] == "finished"
    assert [m.value for m in at.metric] == ["0.20", "0.20", "0.20"]
    _, change, better = (m.proto for m in at.metric)
    assert (change.delta, change.color, change.direction) == (
        "±0.00",
        Metric.MetricColor.GRAY,
        Metric.MetricDirection.NONE,
    )
    assert (better.color, better.direction) == (
        Metric.MetricColor.GREEN,  # inverse: smaller is better
        Metric.MetricDirection.DOWN,
    )
    assert len(at.get("download_button")) == 1
    assert len(at.button) == 0  # no Train/Stop once done


def test_a_finished_result_draws_at_once_in_another_session():
    first = fresh()
    first.button[0].click().run()
    started = trainers().started
    second = fresh()
    assert second.session_state["status"] == "cached"
    assert len(second.get("plotly_chart")) == 1 and len(second.button) == 0
    assert "trained on this server before" in second.info[0].value
    assert trainers().started == started  # nothing trained again


def test_a_diverged_run_gets_a_note_naming_it_and_its_epoch():
    at = fresh(params={"diverge_at": 3})
    at.button[0].click().run()
    assert any("Run A diverged at epoch 3" in w.value for w in at.warning)
    assert not at.exception


def test_an_engine_error_is_a_message_not_a_traceback():
    at = fresh(params={"fail": True})
    at.button[0].click().run()
    assert at.session_state["status"] == "failed"
    assert not at.exception
    assert "epochs must be an integer" in at.error[0].value


def test_two_sessions_with_the_same_settings_watch_one_run():
    params = {"epochs": 20, "seconds": 0.05, "seed": 7}
    first = fresh(params=params)
    pressed = threading.Thread(target=lambda: first.button[0].click().run())
    pressed.start()
    deadline = time.monotonic() + 30
    while trainers().counts().get("running") != 1 and time.monotonic() < deadline:
        time.sleep(0.02)
    second = fresh(params=params)  # opens while the first session's run trains
    pressed.join()
    assert trainers().started == 1
    assert first.session_state["status"] == "finished"
    assert second.session_state["status"] == "finished"  # watched it live, no Train pressed
    assert first.session_state["rows"] == second.session_state["rows"] == 21


def paused_run(params, rows_at_least=3):
    """A run of `params` cancelled after a few epochs because nobody watched it any more."""
    pool, key = trainers(), run_key("fake", params)
    pool.request(key, FAKE, params, viewer="tester")
    deadline = time.monotonic() + 30
    while len(pool.view(key, "tester").frame) < rows_at_least:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    pool.unwatch(key, "tester")
    while pool.view(key).state != "paused":
        assert time.monotonic() < deadline
        time.sleep(0.02)
    return key


def test_a_run_i_stopped_shows_its_partial_curves_and_resumes_to_the_same_end():
    params = {"epochs": 12, "seconds": 0.05, "seed": 3}
    key = paused_run(params)
    at = fresh(params=params, **{"_live.stopped": {key}})
    assert at.session_state["status"] == "stopped"
    assert [b.label for b in at.button] == ["Resume"]
    assert "Stopped at" in at.info[0].value
    assert len(at.get("plotly_chart")) == 1
    at.button[0].click().run()
    assert at.session_state["status"] == "finished" and at.session_state["rows"] == 13
    resumed = trainers().results.get(key).frame
    from tests.fakes import fake

    whole = pd.DataFrame(list(fake(**{**params, "seconds": 0}))[-1].rows)
    pd.testing.assert_frame_equal(resumed, whole)  # no epoch lost or repeated


def test_a_run_everyone_left_is_paused_not_stopped_and_an_auto_page_carries_it_on():
    params = {"epochs": 12, "seconds": 0.05, "seed": 4}
    paused_run(params)
    at = fresh(params=params)
    assert at.session_state["status"] == "paused"
    assert "everyone who watched this run moved on" in at.info[0].value
    auto = fresh(params=params, auto=True)  # a page that trains on every change
    assert auto.session_state["status"] == "finished"


def test_moving_to_other_settings_cancels_the_run_nobody_watches_any_more():
    """The page's own order: a rerun interrupts the watch (the viewer just stops checking in),
    then the new settings' stream() says the reader moved on."""
    from ui.live import _Section

    old = {"epochs": 200, "seconds": 0.02, "seed": 5}
    key, pool = run_key("fake", old), trainers()
    section = _Section("fake", None, old, None, None, None, None)
    viewer = "someone:fake"
    pool.request(key, FAKE, old, viewer=viewer)
    deadline = time.monotonic() + 30
    while pool.view(key, viewer).state != "running":
        assert time.monotonic() < deadline
        time.sleep(0.02)
    assert section.key == key
    pool.unwatch(key, viewer)  # what stream() does for the section's previous key
    while pool.view(key).state != "paused":
        assert time.monotonic() < deadline, "still training for nobody"
        time.sleep(0.02)
    assert pool.view(key).fraction < 0.5  # cancelled at once, not after a grace time


def test_stop_shows_the_partial_curves_while_the_run_goes_on_for_a_classmate():
    params = {"epochs": 60, "seconds": 0.05, "seed": 8}
    pool, key = trainers(), run_key("fake", params)
    pool.request(key, FAKE, params, viewer="classmate")
    deadline = time.monotonic() + 30
    while len(pool.view(key, "classmate").frame) < 3:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    at = fresh(params=params, **{"_live.stopped": {key}})
    assert at.session_state["status"] == "stopped"
    assert [b.label for b in at.button] == ["Resume"]
    assert pool.view(key, "classmate").state == "running"  # the classmate still trains it


def test_seeing_a_stored_result_does_not_turn_on_training_on_every_change():
    first = fresh(params={"epochs": 2, "seed": 11})
    first.button[0].click().run()
    viewer = fresh(params={"epochs": 2, "seed": 11}, auto=None)
    assert viewer.session_state["status"] == "cached"
    assert not live.has_trained("fake")


def test_a_section_with_latest_draws_from_the_runs_arrays_under_its_drawing_key():
    """The 2-D page's figures need the run's last boundary, not only its rows, and a display
    option (the test points) that is no setting of the run keys the shared figures too."""
    import dataclasses

    import numpy as np

    from ui.live import _Section
    from ui.results import Finished

    seen = []

    def figures(run):
        seen.append((len(run.frame), float(run.latest["boundary"][0])))
        return []

    section = _Section("s", None, {"a": 1}, figures, None, None, None)
    done = Finished(pd.DataFrame({"epoch": [0, 1, 2]}), {}, None, {"boundary": np.array([0.7])})
    section.figures_of(done)
    assert seen == [(3, 0.7)]
    assert section.figures_key == section.key
    shown = dataclasses.replace(section, draw_key=("test_points", True))
    hidden = dataclasses.replace(section, draw_key=("test_points", False))
    assert shown.key == hidden.key  # the same run ...
    assert len({shown.figures_key, hidden.figures_key, section.figures_key}) == 3  # ... drawn apart
