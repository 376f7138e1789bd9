"""The chapter pages in a real browser: a hyperparameter search fills its scatter in trial by
trial, stops when its only watcher presses Stop, and resumes where it stood. (That the
optimizer race replays step by step when Play is pressed is checked by the visits of
tests/e2e/test_every_page_in_browser.py: tests/e2e/page_checks.py.)

    python -m pytest tests/e2e/test_chapter_in_browser.py -q
"""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.e2e.browser import assert_healthy, url, wait_idle

pytestmark = pytest.mark.browser

# The trials the search's scatter shows (its first trace: a point per trial).
TRIALS_JS = """() => {
  const plot = [...document.querySelectorAll('[data-testid="stMain"] .js-plotly-plot')]
    .filter(p => !p.closest('[data-stale="true"]'))
    .find(p => p._fullLayout && p._fullLayout.xaxis && p._fullLayout.xaxis.type === 'log');
  return plot && plot._fullData ? plot._fullData[0].x.length : null;
}"""


def click_while_live(button, seconds: float = 120) -> None:
    """Click a button of a section that is streaming: while the charts around it are redrawn,
    Playwright can find the button re-attached between its checks; try again until it takes."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            button.click(timeout=5_000)
            return
        except PlaywrightTimeoutError:
            if time.monotonic() > deadline:
                raise


def stop(button, seconds: float = 120) -> None:
    """Press Stop until the button says Resume. On a loaded machine a click could land on the
    Stop button of a redraw that was already being replaced, and the run went on (seen at load
    12): press it again, only while it still says Stop."""
    deadline = time.monotonic() + seconds
    while True:
        click_while_live(button)
        try:
            expect(button).to_have_text("Resume", timeout=15_000)
            return
        except AssertionError:
            if time.monotonic() > deadline or button.text_content() != "Stop":
                raise


def trials_until(page: Page, done, seconds: float = 300) -> set[int]:
    """The trial counts the scatter showed, read every 0.2 s until done(counts) holds."""
    counts: set[int] = set()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not done(counts):
        shown = page.evaluate(TRIALS_JS)
        if shown:
            counts.add(shown)
        page.wait_for_timeout(200)
    return counts


def test_a_search_fills_in_trial_by_trial_stops_and_resumes(app_url, page: Page):
    # The book's 100 trials, shorter ones (3,000 trial-epochs: half a minute on a quiet core):
    # long enough to stop it half-way on any machine.
    trials = 100
    page.goto(url(app_url, "hyperparameters", {"epochs": "30", "seed": "7"}))
    expect(page.locator('[data-testid="stMain"] h1')).to_have_count(1)
    wait_idle(page)
    button = page.locator(".st-key-live-hyperparameters-action button")  # Train, Stop, Resume
    expect(button).to_have_text("Train")
    button.click()
    counts = trials_until(page, lambda c: len(c) >= 2 and max(c) >= 3)
    assert len(counts) >= 2 and max(counts) < trials, f"not trial by trial: {sorted(counts)}"
    expect(button).to_have_text("Stop")
    stop(button)
    wait_idle(page)
    stopped_at = page.evaluate(TRIALS_JS)
    assert stopped_at is not None and stopped_at < trials
    page.wait_for_timeout(3000)
    assert page.evaluate(TRIALS_JS) == stopped_at  # stopped: nothing more is drawn
    button.click()  # Resume: the run goes on from the trials it has
    after = trials_until(page, lambda c: len(c) >= 2 and max(c) > stopped_at)
    # It never starts over. (ui.live redraws a running search every 5 % of its progress, and
    # the first redraw after Resume can be the one built at the start of that step, up to 5
    # trials before the stopped picture.)
    step = trials // 20
    assert min(after) >= stopped_at - step and max(after) > stopped_at, (stopped_at, after)
    assert_healthy(page, "en", "hyperparameters")
    assert page.js_errors == []
