"""A held arrow key on a slider (issue 9.2): ten presses 30 ms apart rerun the page ten times
while earlier reruns are still running. When the page settles, the slider, the chart and the
URL must all show the same value, and no run may be left "stopped" that nobody stopped.
(The browser may drop a press or two while a rerun redraws the slider, so the test asks for
agreement and for a slider that moved, not for exactly ten steps.)

    python -m pytest tests/e2e/test_held_keys_in_browser.py -q
"""

from __future__ import annotations

import os
import re
import secrets

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser import labelled_slider, query, settle, url
from ui.i18n import translate

pytestmark = pytest.mark.browser

PRESSES, GAP_MS = 10, 30
# Tries per page (each a fresh session and seed). The race showed in 3 of 7 tries before the fix;
# after it, 3 tries each passed in every run made while fixing. CI keeps one to stay quick:
# TRAINING_LAB_HELD_KEY_ATTEMPTS=5 for a closer look.
ATTEMPTS = int(os.environ.get("TRAINING_LAB_HELD_KEY_ATTEMPTS", "1"))


def hold(page: Page, label: str, key: str = "ArrowRight") -> None:
    slider = labelled_slider(page, translate("en", label))
    slider.focus()
    for _ in range(PRESSES):
        slider.press(key)
        page.wait_for_timeout(GAP_MS)


def slider_value(page: Page, label: str) -> str:
    return labelled_slider(page, translate("en", label)).get_attribute("aria-valuetext")


@pytest.mark.parametrize("attempt", range(ATTEMPTS))
def test_held_key_on_the_weight_init_layers_slider(page: Page, app_url, artifacts, attempt):
    page.goto(url(app_url, "weight_init", {"layers": "3", "seed": str(10 + attempt)}))
    expect(page.locator('[data-testid="stMain"] h1')).to_have_count(1)
    settle(page, rounds=3)
    hold(page, "init.layers")
    settle(page, rounds=3)
    shown = slider_value(page, "init.layers")
    panels = page.evaluate(
        """() => document.querySelector('.st-key-init-hist .js-plotly-plot')._fullData
                   .filter(t => t.type === 'bar').length"""
    )
    page.screenshot(path=str(artifacts / f"held-key-weight_init-{attempt}.png"))
    assert int(shown) > 6, "ten presses from 3 moved the slider"
    assert query(page).get("layers") == shown
    assert str(panels) == shown


@pytest.mark.parametrize("attempt", range(ATTEMPTS))
def test_held_key_on_the_weight_decay_lambda_slider_after_training(
    page: Page, app_url, artifacts, attempt
):
    # A seed of its own each try: a rerun of a try that trained would find its result stored
    # and no Train button to press.
    params = {"epochs": "5", "seed": str(20_000 + secrets.randbelow(70_000))}
    page.goto(url(app_url, "weight_decay", params))
    main = page.locator('[data-testid="stMain"]')
    expect(main.locator("h1")).to_have_count(1)
    settle(page, rounds=3)
    page.get_by_role("button", name=translate("en", "live.train"), exact=True).click()
    expect(main.locator('[data-testid="stMetric"]').first).to_be_visible(timeout=60_000)
    hold(page, "decay.lambda")
    settle(page, rounds=3)
    # every rerun after the first training trains its settings: wait for the last one
    expect(main.locator('[data-testid="stMetric"]').first).to_be_visible(timeout=120_000)
    settle(page, rounds=3)
    page.screenshot(path=str(artifacts / f"held-key-weight_decay-{attempt}.png"), full_page=True)
    shown = slider_value(page, "decay.lambda")
    assert float(shown) >= 0.15, "ten presses from 0.10 moved the slider"
    assert query(page).get("lambda") == f"{float(shown):g}"
    legend = page.evaluate(
        """() => document.querySelector('[class*="st-key-live-weight_decay-"] .js-plotly-plot')
                   ._fullData.map(t => t.name)"""
    )
    assert any(re.search(rf"λ = {float(shown):g}\b", name) for name in legend), legend
    for word in ("Stopped", "Paused", "Resume"):
        assert main.get_by_text(word).count() == 0, f"{word!r} on a page nobody stopped"
