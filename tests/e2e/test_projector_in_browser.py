"""Projector mode (issue 18) is a sidebar switch: turned on, the figures' text grows, the mode
goes into the address and into the lesson link the sidebar offers. What every page draws in
projector mode is checked by the visits of tests/e2e/test_every_page_in_browser.py
(tests/e2e/projector.py). Full-page screenshots: test-artifacts/browser/projector-<page>.png.

    python -m pytest tests/e2e/test_projector_in_browser.py -q
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e import projector
from tests.e2e.browser import query, settle, url
from ui.i18n import translate

pytestmark = pytest.mark.browser
WAIT_MS = 300_000


def test_projector_mode_is_a_sidebar_switch_kept_in_lesson_links(page: Page, app_url):
    page.goto(url(app_url, "dropout", {"seed": "62"}))
    expect(page.locator('[data-testid="stMain"] h1')).to_have_count(1, timeout=WAIT_MS)
    settle(page)
    before = page.evaluate(projector.SIZES_JS)
    projector.switch_on(page, "en")
    assert query(page).get("projector") == "1"
    after = page.evaluate(projector.SIZES_JS)
    assert after[0]["font"] > before[0]["font"]
    page.locator('[data-testid="stSidebar"] summary').filter(
        has_text=translate("en", "lesson.panel_title")
    ).click()
    code = page.locator('[data-testid="stSidebar"] [data-testid="stCode"]').first
    expect(code).to_contain_text("projector=1", timeout=WAIT_MS)
