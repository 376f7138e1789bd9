"""A shared link in a real browser (Debian's Chromium, Playwright): a teacher's link restores
its controls and names a value it cannot use. Every page in English and in 繁體中文 opening
without an exception box, showing its title, and redrawing its chart when a control moves is
checked by the visits of tests/e2e/test_every_page_in_browser.py (tests/e2e/moves.py).

    python -m pytest tests/e2e/test_pages_in_browser.py -q
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser import assert_healthy, full_screenshot, labelled_slider, url, wait_idle
from tests.e2e.conftest import ACTION_TIMEOUT_MS
from tests.e2e.moves import CHANGED_JS
from ui.i18n import translate

pytestmark = pytest.mark.browser


def test_shared_link_restores_controls_and_names_a_bad_parameter(page: Page, app_url, artifacts):
    """A teacher's link in 繁體中文 with 9 ReLU layers, and one value that cannot be used.

    Defined first, so on the session's fresh server it is also the first visitor, arriving by a
    deep link (the case nav.ensure_entry_point handles)."""
    page.goto(
        url(
            app_url,
            "weight_init",
            {"lang": "zh-TW", "layers": "9", "activation": "relu", "nodes": "many"},
        )
    )
    expect(page.locator('[data-testid="stMain"] h1')).to_have_text(
        [translate("zh-TW", "init.title")],
        timeout=ACTION_TIMEOUT_MS,  # a cold server's first page
    )
    wait_idle(page)
    assert_healthy(page, "zh-TW", "weight_init")
    layers = labelled_slider(page, translate("zh-TW", "init.layers"))
    expect(layers).to_have_attribute("aria-valuetext", "9")
    relu = page.get_by_role("radio", name=translate("zh-TW", "init.act_relu"), exact=True)
    expect(relu).to_have_attribute("aria-checked", "true")
    nodes = labelled_slider(page, translate("zh-TW", "init.nodes"))
    expect(nodes).to_have_attribute("aria-valuetext", "100")  # the default, used instead
    warning = page.locator('[data-testid="stAlert"]').filter(has_text="nodes")
    expect(warning).to_have_count(1)
    expect(warning).to_contain_text("many")
    # The chart shows the linked settings: nine layers of ReLU.
    page.wait_for_function(CHANGED_JS, arg=[".st-key-init-hist", None], polling="raf")
    panels = page.evaluate(
        """() => document.querySelector('.st-key-init-hist .js-plotly-plot')._fullData
                   .filter(t => t.type === 'bar').length"""
    )
    assert panels == 9, f"{panels} histograms for a link with layers=9"
    title = translate("zh-TW", "init.act_relu")
    expect(page.locator(".st-key-init-hist")).to_contain_text(title)
    full_screenshot(page, artifacts / "shared-link-weight_init-zh-TW.png", 1280)
    assert page.js_errors == []
