"""A teacher's locked lesson link in a real browser (issue 12): the locked slider is drawn
disabled and does not move, the hidden control is not drawn, every result still shows and
follows the link's value, the notice says who set it, the unlocked link opens the page free,
and Streamlit's embed mode survives the app rewriting the address.

    python -m pytest tests/e2e/test_lesson_link_in_browser.py -q
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser import query, url, wait_idle
from tests.helpers import unwrapped
from ui.i18n import translate

pytestmark = pytest.mark.browser
WAIT_MS = 60_000  # a loaded machine (2 cores, other sessions) can be slow
TITLES_JS = """() => [...document.querySelectorAll('.js-plotly-plot')]
    .map(p => (p.layout && p.layout.title && p.layout.title.text) || '')"""

LINK = {"ratio": "0.5", "lock": "ratio", "hide": "epochs", "embed": "true"}


@pytest.mark.parametrize("lang", ["en", "zh-TW"])
def test_a_locked_link_disables_the_slider_and_keeps_every_result(
    page: Page, app_url, artifacts, lang
):
    params = LINK | ({"lang": lang} if lang != "en" else {})
    page.goto(url(app_url, "dropout", params))
    main = page.locator('[data-testid="stMain"]')
    expect(main.locator("h1")).to_have_count(1)
    wait_idle(page)
    locked = translate(
        lang, "lesson.notice_locked", label=translate(lang, "dropout.ratio"), value="0.5"
    )
    expect(main.get_by_text(locked)).to_have_count(1, timeout=WAIT_MS)  # who set what

    ratio = main.get_by_role("slider", name=translate(lang, "dropout.ratio"))
    expect(ratio).to_have_count(1, timeout=WAIT_MS)
    expect(ratio).to_be_disabled()
    expect(ratio).to_have_value("0.5")
    ratio.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    wait_idle(page)
    expect(ratio).to_have_value("0.5")  # locked: it does not move
    hidden = main.get_by_role("slider", name=translate(lang, "overfit.epochs"))
    expect(hidden).to_have_count(0)

    # The result follows the link's value: the mask chart is drawn for ratio 0.5.
    title = translate(lang, "dropout.mask_title", ratio=0.5)
    page.wait_for_function(f"() => ({TITLES_JS})().some(t => t)", timeout=WAIT_MS)
    shown = page.evaluate(TITLES_JS)
    page.screenshot(path=str(artifacts / f"lesson-locked-{lang}.png"))
    assert title in [unwrapped(t).replace("<b>", "").replace("</b>", "") for t in shown], shown
    # Both training sections (dropout, and the regularizers side by side) still offer Train.
    expect(main.get_by_role("button", name=translate(lang, "live.train"))).to_have_count(2)

    # The app rewrites the address with its settings: the lesson and embed mode stay.
    address = query(page.url)
    assert {k: address.get(k) for k in LINK} == LINK

    unlocked = main.get_by_role("link", name=translate(lang, "lesson.open_unlocked"))
    href = unlocked.get_attribute("href")
    assert query(f"{app_url}/dropout{href}") == {"ratio": "0.5"} | (
        {"lang": lang} if lang != "en" else {}
    )
    assert page.js_errors == []
    if lang == "en":  # the unlocked link opens the same page free (once: it is the same link)
        with page.context.expect_page() as opened:
            unlocked.click()
        free = opened.value
        free.wait_for_selector('[data-testid="stMain"] h1')
        wait_idle(free)
        slider = free.get_by_role("slider", name=translate("en", "dropout.ratio"))
        expect(slider).to_have_value("0.5")
        expect(slider).to_be_enabled()
        assert "lock" not in query(free.url)
