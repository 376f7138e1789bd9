"""axe-core finds no serious or critical accessibility violation (issue 18) in a lesson link
that asks a question: the teacher's and the student's view, asking and with the result, each at
1280 and 390 px. Every page in both languages, before and after training, is checked by the
visits of tests/e2e/test_every_page_in_browser.py (tests/e2e/axe.py: the check).

    python -m pytest tests/e2e/test_accessibility_in_browser.py -q
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e import axe
from tests.e2e.browser import SETTINGS, press_every_train_button, settle, url
from ui.i18n import translate
from ui.lesson import new_teacher_key

pytestmark = pytest.mark.browser

LOAD_MS = 120_000  # a fresh server's first page on a loaded two-core machine
SEEDS = {"en": 31, "zh-TW": 32}  # runs of this file's own: none stored by another test
LESSON = {"ask": "gap", "class": "7b", "epochs": "3"}


@pytest.fixture(scope="module", autouse=True)
def matrix_file(artifacts):
    yield
    axe.write_matrix(artifacts)


@pytest.mark.parametrize(("view", "lang"), [("teacher", "en"), ("student", "zh-TW")])
def test_no_serious_axe_violation_in_a_lesson_link(page: Page, app_url, view, lang):
    """The weight-decay page asking its gap question of class 7b: the question (the teacher's
    view with the class's answers), then the result (answered, or revealed, and trained)."""
    params = SETTINGS["weight_decay"] | LESSON | {"seed": str(SEEDS[lang])}
    params |= {"teacher": new_teacher_key()} if view == "teacher" else {}
    params |= {"lang": lang} if lang != "en" else {}
    page.goto(url(app_url, "weight_decay", params))
    main = page.locator('[data-testid="stMain"]')
    expect(main.locator("h1")).to_have_count(1, timeout=LOAD_MS)
    found = axe.check_widths(page, f"lesson {view} {lang} asking")
    if view == "teacher":
        main.get_by_role("button", name=translate(lang, "predict.reveal")).click()
    else:
        main.get_by_role("radio").first.focus()
        page.keyboard.press("Space")
        main.get_by_role("button", name=translate(lang, "predict.submit")).click()
    settle(page)
    press_every_train_button(page, lang)
    found += axe.check_widths(page, f"lesson {view} {lang} result", tuple(reversed(axe.WIDTHS)))
    assert not found, "axe-core found:\n" + "\n".join(found)
    assert page.js_errors == []
