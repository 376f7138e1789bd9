"""The divergence explainer in a real browser (issue 12.4), in both languages, on a phone and a
laptop: a learning rate far too large gets a note naming the layer and the epoch, and its fix
button sets the slider and the address, after which the retrained run has no note. (The
dropout page's regularizer overlay, issue 12.3, is checked by the visits of
tests/e2e/test_every_page_in_browser.py: tests/e2e/page_checks.py.)

Screenshots go to test-artifacts/browser/explainer-*.png: look at them.

    python -m pytest tests/e2e/test_overlay_in_browser.py -q
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser import LANGS, full_screenshot, query, settle, url, wait_idle
from tests.e2e.chart_geometry import PROBLEMS_JS
from ui.i18n import translate

pytestmark = pytest.mark.browser

WIDTHS = (390, 1280)
TRAINING = 300_000  # ms: a loaded two-core machine


def main(page: Page):
    return page.locator('[data-testid="stMain"]')


# A seed per test, each one where lr 1 blows up the run without decay (at seed 2 it does not):
# every test trains its own run, none finds another's stored result.
BLOW_UP_SEEDS = {("en", 390): 0, ("en", 1280): 1, ("zh-TW", 390): 3, ("zh-TW", 1280): 5}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_a_blow_up_is_explained_and_its_fix_button_sets_the_slider_and_the_link(
    request, app_url, artifacts, lang, width
):
    page: Page = request.getfixturevalue("phone_page" if width < 500 else "page")
    seed = BLOW_UP_SEEDS[(lang, width)]
    params = {"lr": "1", "epochs": "10", "train_size": "100", "seed": str(seed)}
    if lang != "en":
        params["lang"] = lang
    page.goto(url(app_url, "weight_decay", params))
    settle(page)
    main(page).locator(".st-key-live-weight_decay-action button").click()
    why = translate(lang, "diag.why_lr_too_large", lr=1.0, book_lr=0.01, optimizer="SGD")
    note = main(page).locator('[data-testid="stAlert"]').filter(has_text=why[:30])
    expect(note).to_have_count(1, timeout=TRAINING)
    settle(page)
    expect(note).to_contain_text("λ = 0")  # the run without decay, named
    expect(note).to_contain_text(translate(lang, "diag.at_epoch", epoch="")[:4])  # "at e", "在第 "
    # the book's rate (issue 17.3: a tenth of 1 still learned badly)
    label = translate(lang, "diag.fix", control=translate(lang, "diag.name_lr"), value="0.01")
    fix = main(page).get_by_role("button", name=label)
    expect(fix).to_have_count(1)
    note.scroll_into_view_if_needed()
    full_screenshot(page, artifacts / f"explainer-{lang}-{width}.png", width)
    assert page.evaluate(PROBLEMS_JS) == [], f"weight_decay [{lang}] at {width} px"

    fix.click()  # the page has trained: the new setting trains at once
    expect(note).to_have_count(0, timeout=TRAINING)
    stop = main(page).get_by_role("button", name=translate(lang, "live.stop"))
    expect(stop).to_have_count(0, timeout=TRAINING)
    wait_idle(page)
    assert "lr" not in query(page)  # the book's value: the address leaves it out
    expect(page.locator(".st-key-weight_decay-lr")).to_contain_text("0.01")
    expect(fix).to_have_count(0)
    assert page.js_errors == []
