"""Projector mode (issue 18) as the browser draws it: with the sidebar's switch on (`?projector=1`)
every figure has larger text, the live charts thicker lines and larger numbers, and nothing in
any figure runs off it or into another label (tests/e2e/chart_geometry.PROBLEMS_JS). Checked on
every page by tests/e2e/test_every_page_in_browser.py; the switch itself by
test_projector_in_browser.py.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

from tests.e2e.browser import (
    assert_healthy,
    full_screenshot,
    open_every_expander,
    press_every_train_button,
    query,
    settle,
)
from tests.e2e.chart_geometry import PROBLEMS_JS
from ui.chart import PROJECTOR_SCALE
from ui.figures.style import FONT_SIZE
from ui.i18n import translate

# Every figure's base font and its thickest line, as the browser drew them.
SIZES_JS = """() => [...document.querySelectorAll('[data-testid="stMain"] .js-plotly-plot')]
  .filter(p => p._fullLayout).map(p => ({
    font: p._fullLayout.font.size,
    line: Math.max(0, ...p._fullData.map(t => (t.line && t.line.width) || 0)),
  }))"""
METRIC_JS = """() => { const m = document.querySelector('[data-testid="stMetricValue"]');
  return m ? parseFloat(getComputedStyle(m).fontSize) : null; }"""
LIVE_PAGES = ("weight_decay", "plane")  # pages whose live charts show metrics


def switch_on(page: Page, lang: str) -> None:
    """Turn projector mode on with the sidebar's switch, by keyboard."""
    switch = page.get_by_role("switch", name=translate(lang, "sidebar.projector"))
    switch.focus()
    page.keyboard.press("Space")
    settle(page)


def assert_drawn_for_a_projector(page: Page, artifacts: Path, page_id: str, lang: str) -> None:
    """The page in projector mode, every section trained and every expander open: no
    exception, no layout problem, every figure's text enlarged, the live charts' lines and
    numbers too, and the mode kept in the address."""
    press_every_train_button(page, lang)
    open_every_expander(page)
    page.evaluate("() => document.fonts.ready")
    page.wait_for_timeout(500)
    assert_healthy(page, lang, page_id)
    full_screenshot(page, artifacts / f"projector-{page_id}.png", 1280)
    assert page.evaluate(PROBLEMS_JS) == [], f"{page_id} in projector mode at 1280 px"
    sizes = page.evaluate(SIZES_JS)
    assert sizes, f"{page_id} draws no figure"
    assert all(s["font"] >= FONT_SIZE * PROJECTOR_SCALE - 0.01 for s in sizes), sizes
    if page_id in LIVE_PAGES:
        assert max(s["line"] for s in sizes) >= 3 * PROJECTOR_SCALE - 0.01, sizes
        assert page.evaluate(METRIC_JS) >= 48  # 3.2 rem: Streamlit's own is 2.25 rem (36 px)
    assert query(page).get("projector") == "1"  # the app keeps it in the address
