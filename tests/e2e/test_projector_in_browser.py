"""Projector mode (issue 18): with `?projector=1` every page draws at 1280 px with larger chart
text, thicker lines and larger numbers, and nothing in any figure runs off it or into another
label (the phone-layout test's checks); the mode stays in the address and in lesson links.
Full-page screenshots go to test-artifacts/browser/projector-<page>.png: look at them.

    python -m pytest tests/e2e/test_projector_in_browser.py -q
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_pages_in_browser import assert_healthy, query, url
from tests.e2e.test_phone_layout_in_browser import (
    PROBLEMS_JS,
    SETTINGS,
    full_screenshot,
    open_every_expander,
    press_every_train_button,
    settle,
)
from ui import nav
from ui.chart import PROJECTOR_SCALE
from ui.figures.style import FONT_SIZE
from ui.i18n import translate

pytestmark = pytest.mark.browser
WAIT_MS = 300_000

# Every figure's base font and its thickest line, as the browser drew them.
SIZES_JS = """() => [...document.querySelectorAll('[data-testid="stMain"] .js-plotly-plot')]
  .filter(p => p._fullLayout).map(p => ({
    font: p._fullLayout.font.size,
    line: Math.max(0, ...p._fullData.map(t => (t.line && t.line.width) || 0)),
  }))"""
METRIC_JS = """() => { const m = document.querySelector('[data-testid="stMetricValue"]');
  return m ? parseFloat(getComputedStyle(m).fontSize) : null; }"""


@pytest.mark.parametrize("page_id", [p.id for p in nav.available()])
def test_every_page_draws_in_projector_mode_without_clipping(
    page: Page, app_url, artifacts, page_id
):
    params = dict(SETTINGS.get(page_id, {"epochs": "100"} if page_id == "plane" else {}))
    params |= {"projector": "1", "seed": "61"}
    page.goto(url(app_url, page_id, params))
    expect(page.locator('[data-testid="stMain"] h1')).to_have_count(1, timeout=WAIT_MS)
    settle(page)
    press_every_train_button(page, "en")
    open_every_expander(page)
    page.evaluate("() => document.fonts.ready")
    page.wait_for_timeout(500)
    assert_healthy(page, "en", page_id)
    full_screenshot(page, artifacts / f"projector-{page_id}.png", 1280)
    assert page.evaluate(PROBLEMS_JS) == [], f"{page_id} in projector mode at 1280 px"
    sizes = page.evaluate(SIZES_JS)
    assert sizes, f"{page_id} draws no figure"
    assert all(s["font"] >= FONT_SIZE * PROJECTOR_SCALE - 0.01 for s in sizes), sizes
    if page_id in ("weight_decay", "plane"):
        assert max(s["line"] for s in sizes) >= 3 * PROJECTOR_SCALE - 0.01, sizes
        assert page.evaluate(METRIC_JS) >= 48  # 3.2 rem: Streamlit's own is 2.25 rem (36 px)
    assert query(page).get("projector") == "1"  # the app keeps it in the address
    assert page.js_errors == []


def test_projector_mode_is_a_sidebar_switch_kept_in_lesson_links(page: Page, app_url):
    page.goto(url(app_url, "dropout", {"seed": "62"}))
    expect(page.locator('[data-testid="stMain"] h1')).to_have_count(1, timeout=WAIT_MS)
    settle(page)
    before = page.evaluate(SIZES_JS)
    switch = page.get_by_role("switch", name=translate("en", "sidebar.projector"))
    switch.focus()
    page.keyboard.press("Space")
    settle(page)
    assert query(page).get("projector") == "1"
    after = page.evaluate(SIZES_JS)
    assert after[0]["font"] > before[0]["font"]
    page.locator('[data-testid="stSidebar"] summary').filter(
        has_text=translate("en", "lesson.panel_title")
    ).click()
    code = page.locator('[data-testid="stSidebar"] [data-testid="stCode"]').first
    expect(code).to_contain_text("projector=1", timeout=WAIT_MS)
