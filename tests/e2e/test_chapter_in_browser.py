"""The chapter pages in a real browser: the optimizer race replays step by step when Play is
pressed (Plotly frames, no server work), and a hyperparameter search fills its scatter in
trial by trial, stops when its only watcher presses Stop, and resumes where it stood.

    python -m pytest tests/e2e/test_chapter_in_browser.py -q
"""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_pages_in_browser import assert_healthy, url, wait_idle

pytestmark = pytest.mark.browser

# The number of points of every path the race figure shows now (its first four lines+markers
# traces), read from the figure Plotly drew.
PATH_POINTS_JS = """() => {
  const plot = document.querySelector('.st-key-updates-race .js-plotly-plot');
  if (!plot || !plot._fullData) return null;
  return plot._fullData.filter(t => t.mode === 'lines+markers').map(t => t.x.length);
}"""
# The trials the search's scatter shows (its first trace: a point per trial).
TRIALS_JS = """() => {
  const plot = [...document.querySelectorAll('[data-testid="stMain"] .js-plotly-plot')]
    .filter(p => !p.closest('[data-stale="true"]'))
    .find(p => p._fullLayout && p._fullLayout.xaxis && p._fullLayout.xaxis.type === 'log');
  return plot && plot._fullData ? plot._fullData[0].x.length : null;
}"""


def test_play_replays_the_race_from_the_start_and_ends_with_every_step(app_url, page: Page):
    page.goto(url(app_url, "updates", {}))
    expect(page.locator(".st-key-updates-race .js-plotly-plot")).to_have_count(1, timeout=60_000)
    wait_idle(page)
    page.wait_for_function(f"() => ({PATH_POINTS_JS})() !== null")
    assert page.evaluate(PATH_POINTS_JS) == [31, 31, 31, 31]  # the whole path at first
    page.locator(".st-key-updates-race .updatemenu-button").first.click()  # ▶ Play
    seen = set()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        points = page.evaluate(PATH_POINTS_JS)
        seen.add(points[0])
        if len(seen) > 3 and points == [31, 31, 31, 31]:
            break
        page.wait_for_timeout(50)
    assert min(seen) < 10, f"the replay did not start from the beginning: {sorted(seen)}"
    assert len(seen) >= 4, f"too few steps were drawn: {sorted(seen)}"
    assert page.evaluate(PATH_POINTS_JS) == [31, 31, 31, 31]
    assert_healthy(page, "en", "updates")
    assert page.js_errors == []


def test_a_search_fills_in_trial_by_trial_stops_and_resumes(app_url, page: Page):
    page.goto(url(app_url, "hyperparameters", {"trials": "30", "epochs": "10", "seed": "7"}))
    expect(page.locator('[data-testid="stMain"] h1')).to_have_count(1)
    wait_idle(page)
    main = page.locator('[data-testid="stMain"]')  # not the header's Stop of a script run
    main.get_by_role("button", name="Train", exact=True).click()
    counts = set()
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        shown = page.evaluate(TRIALS_JS)
        if shown:
            counts.add(shown)
        if len(counts) >= 2 and 0 < min(counts) and max(counts) < 30:
            break
        page.wait_for_timeout(200)
    assert len(counts) >= 2, f"the scatter did not fill in trial by trial: {sorted(counts)}"
    main.get_by_role("button", name="Stop", exact=True).click()
    resume = main.get_by_role("button", name="Resume", exact=True)
    expect(resume).to_be_visible(timeout=60_000)
    wait_idle(page)
    stopped_at = page.evaluate(TRIALS_JS)
    assert stopped_at is not None and stopped_at < 30
    page.wait_for_timeout(3000)
    assert page.evaluate(TRIALS_JS) == stopped_at  # stopped: nothing more is drawn
    resume.click()
    expect(page.get_by_text("Its test accuracy, measured once")).to_be_visible(timeout=300_000)
    wait_idle(page)
    assert page.evaluate(TRIALS_JS) == 30
    assert_healthy(page, "en", "hyperparameters")
    assert page.js_errors == []
