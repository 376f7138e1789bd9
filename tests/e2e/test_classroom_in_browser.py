"""Issue 17 in a real browser, where only the drawn page shows it: Back and Forward undo a
setting (17.4), a reload mid-training is not counted as another student (17.5), embed mode
shows only the page (17.19), and a reloaded browser keeps its one answer (the id it keeps).

    python -m pytest tests/e2e/test_classroom_in_browser.py -q
"""

from __future__ import annotations

import secrets
import time

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.browser import labelled_slider, query, url, wait_idle
from tests.e2e.conftest import PHONE, VIEWPORT
from ui.i18n import translate
from ui.lesson import new_teacher_key

pytestmark = pytest.mark.browser
WAIT_MS = 60_000
PROGRESS = '[data-testid="stProgress"]'
TITLES_JS = """() => [...document.querySelectorAll('.js-plotly-plot')]
    .map(p => (p.layout && p.layout.title && p.layout.title.text) || '')"""


def lambda_slider(page: Page):
    return labelled_slider(page, translate("en", "decay.lambda"))


def test_back_and_forward_restore_the_settings(page: Page, app_url, artifacts):
    page.goto(url(app_url, "weight_decay", {}))
    slider = lambda_slider(page)
    expect(slider).to_have_value("0.1", timeout=WAIT_MS)
    wait_idle(page)
    for value in ("0.11", "0.12"):
        slider.focus()
        slider.press("ArrowRight")
        page.wait_for_url(f"**lambda={value}", timeout=WAIT_MS)
        wait_idle(page)
    entries = page.evaluate("history.length")
    page.go_back()
    expect(slider).to_have_value("0.11", timeout=WAIT_MS)  # Back undid the last change
    wait_idle(page)
    assert query(page) == {"lambda": "0.11"}
    page.go_back()
    expect(slider).to_have_value("0.1", timeout=WAIT_MS)
    wait_idle(page)
    assert query(page) == {}
    page.go_forward()
    expect(slider).to_have_value("0.11", timeout=WAIT_MS)
    wait_idle(page)
    assert query(page) == {"lambda": "0.11"}
    assert page.evaluate("history.length") == entries  # the app added no entry of its own
    page.screenshot(path=str(artifacts / "back-forward.png"))
    assert page.js_errors == []


def progress_texts(page: Page, seconds: float) -> list[str]:
    """The progress line's text, read every 0.2 s for `seconds`."""
    seen, end = [], time.monotonic() + seconds
    while time.monotonic() < end:
        seen += page.locator(PROGRESS).all_inner_texts()
        time.sleep(0.2)
    return seen


def test_a_reload_mid_training_is_not_counted_as_another_student(browser: Browser, app_url):
    link = url(app_url, "weight_decay", {"epochs": "500", "seed": "17"})
    first = browser.new_context(viewport=VIEWPORT).new_page()
    first.goto(link)
    first.get_by_role("button", name=translate("en", "live.train")).click()
    expect(first.locator(PROGRESS)).to_contain_text("%", timeout=WAIT_MS)
    first.reload()  # the same reader: its old tab's session is gone
    expect(first.locator(PROGRESS)).to_contain_text("%", timeout=WAIT_MS)
    alone = progress_texts(first, 4)
    assert alone and not any("together" in text for text in alone), alone

    second = browser.new_context(viewport=VIEWPORT).new_page()  # a classmate, connected
    second.goto(link)
    together = translate("en", "live.together_one").strip(" ·")
    expect(second.locator(PROGRESS)).to_contain_text(together, timeout=WAIT_MS)
    expect(first.locator(PROGRESS)).to_contain_text(together, timeout=WAIT_MS)
    for tab in (first, second):
        tab.context.close()


@pytest.mark.parametrize("lang", ["en", "zh-TW"])
@pytest.mark.parametrize("viewport", [VIEWPORT, PHONE], ids=["1280", "phone"])
def test_embed_mode_shows_only_the_page_and_the_lessons_notice(
    browser: Browser, app_url, artifacts, lang, viewport
):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    params = {"lambda": "0.2", "lock": "lambda", "embed": "true", "lang": lang}
    page.goto(url(app_url, "weight_decay", params))
    main = page.locator('[data-testid="stMain"]')
    expect(main.locator("h1")).to_have_text(translate(lang, "decay.title"), timeout=WAIT_MS)
    wait_idle(page)
    notice = translate(
        lang, "lesson.notice_locked", label=translate(lang, "decay.lambda"), value="0.2"
    )
    expect(main.get_by_text(notice)).to_have_count(1)
    train = main.get_by_role("button", name=translate(lang, "live.train"), exact=True)
    expect(train).to_be_visible(timeout=WAIT_MS)  # the page works as usual
    expect(page.locator('[data-testid="stSidebar"]')).to_have_count(0)  # no navigation, seed
    expect(page.get_by_text(translate(lang, "lesson.panel_title"))).to_have_count(0)
    expect(page.get_by_text(translate(lang, "sidebar.seed"))).to_have_count(0)
    expect(page.locator('[data-testid="stSidebarCollapsedControl"]')).to_have_count(0)
    page.screenshot(path=str(artifacts / f"embed-{lang}-{viewport['width']}.png"), full_page=True)
    context.close()


def test_a_reloaded_browser_keeps_its_one_answer(browser: Browser, app_url):
    # A class of its own each try: a class code belongs to the first teacher's key, so a rerun
    # of this test with a new key would be turned away from the class the last try opened.
    link = {"epochs": "5", "seed": "23", "ask": "gap", "class": f"e2e-{secrets.token_hex(3)}"}
    teacher = browser.new_context(viewport=VIEWPORT).new_page()
    teacher.goto(url(app_url, "weight_decay", link | {"teacher": new_teacher_key()}))
    teacher.wait_for_function(
        f"() => ({TITLES_JS})().some(t => t.includes('so far: 0'))", timeout=WAIT_MS
    )

    student = browser.new_context(viewport=VIEWPORT).new_page()
    student.goto(url(app_url, "weight_decay", link))
    student.get_by_text("A · λ = 0.1").click()
    student.get_by_role("button", name=translate("en", "predict.submit")).click()
    said = student.get_by_text("You predicted")
    expect(said).to_have_count(1, timeout=WAIT_MS)
    teacher.wait_for_function(
        f"() => ({TITLES_JS})().some(t => t.includes('so far: 1'))", timeout=WAIT_MS
    )
    for _ in range(3):  # reload, again and again: the browser answered, once
        student.reload()
        expect(said).to_have_count(1, timeout=WAIT_MS)
        expect(student.get_by_role("radiogroup")).to_have_count(0)  # not asked again
    time.sleep(3)  # the teacher's counts redraw every 2 s
    titles = teacher.evaluate(TITLES_JS)
    assert any("answers so far: 1" in t for t in titles), titles
    for tab in (teacher, student):
        tab.context.close()
