"""One student cannot hurt the class: bench/abuse.py's scenarios, shorter, each on a fresh
server over Streamlit's WebSocket protocol. The benchmark measures the times; these tests hold
the bounds (memory, threads, trainings started, tracebacks, refusals), which do not depend on
how busy the machine is."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import abuse  # noqa: E402


@pytest.fixture
def out_dir(tmp_path):
    return tmp_path


def test_a_flood_of_seed_clicks_keeps_the_server_under_900_mb_and_20_threads(out_dir):
    """Before: two tabs on the heaviest histograms, a new seed every 0.3 s, took the server
    to 3.0-3.6 GB and 34-37 threads (32 script threads computing at once)."""
    result = abuse.run_flood(out_dir, tabs=2, seconds=12.0, interval=0.3, timeout=240.0)
    assert result["reruns"] >= 40  # the flood did happen
    assert result["peak_rss_mb"] <= 900, result
    assert result["peak_threads"] <= 20, result
    assert result["during_s"] is not None, result  # the honest student got a result
    assert result["exceptions"] == 0 and result["tracebacks"] == 0, result


def test_many_tabs_of_one_browser_are_turned_down_and_never_queue_ahead_of_another(out_dir):
    result = abuse.run_tabs(out_dir, many=8, timeout=300.0)
    assert result["turned_down"] == 8 - 2, result  # a browser holds two runs at most
    assert result["trainings_started"] <= 2 + 2, result  # theirs and the honest ones
    assert result["during_s"] is not None, result


def test_opening_the_2d_page_in_many_tabs_trains_only_on_idle_trainers(out_dir):
    """Before: 20 tabs with 20 seeds queued 20 trainings without a click."""
    result = abuse.run_plane(out_dir, many=8)
    assert result["trainings_started"] <= 2, result  # at most one per (idle) trainer


def test_crafted_widget_values_show_no_stack_trace_and_the_pages_own_widgets_no_error(out_dir):
    result = abuse.run_crafted(out_dir)
    assert result["stack_traces_shown"] == 0, result
    shown = result["reruns_with_exception"]
    for kind in ("plotly_chart", "button_group", "selectbox"):  # what the app reads
        assert shown[kind][0] > 0 and shown[kind][1] == 0, (kind, shown)


def test_300_idle_websockets_under_1024_open_files_leave_a_student_served(out_dir):
    """Before: every other student refused, 100,446 tracebacks in the log."""
    result = abuse.run_sockets(out_dir, sockets=300, nofile=1024, timeout=240.0)
    assert result["sockets_refused"] == 0 and result["server_alive"], result
    assert result["honest_result_s"] is not None, result
    assert result["tracebacks"] == 0, result
