"""A part of a page that redraws alone (ui/alone.py) in a real browser: moving a weight-init
slider reruns only the widgets and histograms, and everything that follows the settings keeps
up: the chart, the address, the lesson panel's link, the value after a visit to another page.

    python -m pytest tests/e2e/test_alone_in_browser.py -q
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser import assert_healthy, labelled_slider, settle, url
from ui.i18n import translate

pytestmark = pytest.mark.browser


def en(key: str) -> str:
    return translate("en", key)


def test_a_moved_slider_redraws_its_chart_address_panel_link_and_is_kept(
    page: Page, app_url, artifacts
):
    page.goto(url(app_url, "weight_init", {}))
    settle(page)
    histograms = page.locator('[data-testid="stPlotlyChart"]').first
    panel_title = histograms.locator(".annotation-text")
    expect(panel_title.filter(has_text=re.compile(r"^Layer 6$"))).to_have_count(0)

    layers = labelled_slider(page, en("init.layers"))
    layers.focus()
    page.keyboard.press("ArrowRight")  # 5 -> 6 layers
    expect(page).to_have_url(re.compile(r"[?&]layers=6(&|$)"))
    expect(panel_title.filter(has_text=re.compile(r"^Layer 6$"))).to_have_count(1)

    # The panel opened after the move shows the move; with the panel open, a move reruns
    # the page and its link follows.
    page.locator('[data-testid="stSidebar"]').get_by_text(en("lesson.panel_title")).click()
    link = page.locator('[data-testid="stSidebar"] code').first
    expect(link).to_contain_text("layers=6")
    layers.focus()
    page.keyboard.press("ArrowRight")  # 6 -> 7
    expect(link).to_contain_text("layers=7")
    expect(page).to_have_url(re.compile(r"[?&]layers=7(&|$)"))

    # Another page and back: the value moved in the part is the one kept.
    sidebar = page.locator('[data-testid="stSidebarNav"]')
    sidebar.get_by_role("link", name=en("nav.dropout")).click()
    settle(page)
    sidebar.get_by_role("link", name=en("nav.weight_init")).click()
    settle(page)
    expect(labelled_slider(page, en("init.layers"))).to_have_value("7")
    expect(page).to_have_url(re.compile(r"[?&]layers=7(&|$)"))
    page.screenshot(path=str(artifacts / "alone-weight-init.png"))
    assert_healthy(page, "en", "weight_init")
