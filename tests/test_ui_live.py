"""Live training: the result store, timing helpers, and ui.live.stream run by AppTest on a
fake experiment (AppTest shows only a loop's final state; streaming is checked in a browser)."""

import threading

import pandas as pd
import pytest
from streamlit.proto.Metric_pb2 import Metric
from streamlit.testing.v1 import AppTest

from ui.cache import Finished, ResultStore, run_key
from ui.live import format_left, redraw_interval, time_left

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")


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
    assert time_left(0.6, 0.4, 4.0) == pytest.approx(8.0)  # resumed at 40 %
    assert time_left(0.4, 0.4, 3.0) is None
    assert format_left(75.4) == "1:15" and format_left(-3) == "0:00"


def test_redraws_wait_at_least_four_times_what_the_last_one_cost():
    assert redraw_interval(0.25, 0.0) == 0.25
    assert redraw_interval(0.25, 0.05) == 0.25  # a cheap figure: the plain throttle
    assert redraw_interval(0.25, 0.2) == pytest.approx(0.8)  # a slow one: under 1/4 of the time


def fake_app():
    """A page streaming a fake experiment: epochs of a run "a", which may diverge or fail."""
    import streamlit as st

    from engine.experiments import Progress
    from ui import charts, live

    def fake(epochs=4, diverge_at=None, fail=False, seed=0):
        rows = []
        for epoch in range(epochs + 1):
            if fail and epoch == 2:
                raise ValueError("epochs must be an integer from 1 to 3, got 4")
            if epoch == diverge_at:
                yield Progress(1.0, rows, len(rows), {"a": epoch})
                return
            rows.append({"run": "a", "epoch": epoch, "loss": 1.0 / (epoch + 1)})
            yield Progress((epoch + 1) / (epochs + 1), rows, len(rows), {})

    params = st.session_state.get("params", {})
    if st.session_state.get("pre_stop"):  # set up a run stopped after two epochs
        del st.session_state["pre_stop"]
        key = live.run_key("fake", params)
        live._start(key, "fake", fake, params)
        run = live._session_runs()[key]
        next(run.gen)
        run.last = next(run.gen)
        live._stop(key)
    outcome = live.stream(
        "fake",
        fake,
        params,
        figures=lambda f: charts.line_chart(
            f, x="epoch", y="loss", labels={"x": "epoch", "y": "loss"}
        ),
        metrics=lambda f: [
            ("last loss", f"{f['loss'].iloc[-1]:.2f}", None),
            ("change", "0.20", "±0.00", "off", "off"),  # no change: grey, no arrow
            ("better", "0.20", "-0.10", "inverse"),
        ],
        run_names={"a": "Run A"},
    )
    st.session_state["status"] = outcome.status


def fresh(**state):
    at = AppTest.from_function(fake_app, default_timeout=30)
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
    second = fresh()
    assert second.session_state["status"] == "cached"
    assert len(second.get("plotly_chart")) == 1 and len(second.button) == 0
    assert "trained on this server before" in second.info[0].value


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


def test_a_stopped_run_shows_its_partial_curves_and_resumes_where_it_stopped():
    at = fresh(pre_stop=True)
    assert at.session_state["status"] == "stopped"
    assert [b.label for b in at.button] == ["Resume"]
    assert "Stopped at 40%" in at.info[0].value
    (fig,) = at.get("plotly_chart")
    at.button[0].click().run()
    assert at.session_state["status"] == "finished"
    assert [m.value for m in at.metric][0] == "0.20"
