"""axe-core finds no serious or critical accessibility violation on any page (issue 18).

The matrix: every page, in both languages, at 1280 and 390 px, before and after training, and
the teacher's and the student's view of a lesson link that asks a question. One page load is
checked at every state it passes through (1280 px, then 390 px; Train; 390 px, then 1280 px),
so the whole matrix costs one load per page and language plus the lesson links.

axe-core is the npm package pinned in tests/axe (scripts/test.sh installs it with npm ci), read
from disk and injected into the page. A violation fails the test with its rule, its impact and
the elements it found. Every state's findings also go to test-artifacts/browser/axe-matrix.txt.

    python -m pytest tests/e2e/test_accessibility_in_browser.py -q
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_pages_in_browser import LANGS, assert_healthy, url
from tests.e2e.test_phone_layout_in_browser import SETTINGS, press_every_train_button, settle
from ui import nav
from ui.i18n import translate

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[1] / "axe" / "node_modules" / "axe-core" / "axe.min.js"
SERIOUS = ("serious", "critical")
LOAD_MS = 120_000  # a fresh server's first page on a loaded two-core machine
WIDTHS = (1280, 390)
SEEDS = {"en": 31, "zh-TW": 32}  # runs of this file's own: none stored by another test
MATRIX: dict[str, list[str]] = {}  # "page lang state width" -> findings, for axe-matrix.txt

# axe.run over the whole document; only the violations, each with its elements (at most 5).
RUN_AXE_JS = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.html.slice(0, 160)),
    count: v.nodes.length,
  }));
}"""


def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(
            f"{AXE} is missing: run `bash scripts/test.sh` (it runs npm ci in tests/axe)",
            pytrace=False,
        )
    return AXE.read_text()


def serious_violations(page: Page) -> list[dict]:
    """axe-core's serious and critical violations on the page as it is now."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_source())
    return [v for v in page.evaluate(RUN_AXE_JS) if v["impact"] in SERIOUS]


def describe(violations: list[dict]) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}) x{v['count']}: {v['help']}\n      "
        + "\n      ".join(v["nodes"])
        for v in violations
    ]


def check(page: Page, where: str, width: int, found: list[str]) -> None:
    """Resize to `width`, let the page settle, run axe; record the findings under `where`."""
    page.set_viewport_size({"width": width, "height": 844 if width < 500 else 720})
    settle(page)
    violations = serious_violations(page)
    MATRIX[f"{where} {width}px"] = [f"{v['id']} x{v['count']}" for v in violations]
    found += [f"[{where} {width}px] {line}" for line in describe(violations)]


@pytest.fixture(scope="module", autouse=True)
def matrix_file(artifacts):
    """Write the matrix (every state checked, with its findings) when the module ends."""
    yield
    if MATRIX:
        lines = [f"{state}: {', '.join(found) or 'none'}" for state, found in MATRIX.items()]
        (artifacts / "axe-matrix.txt").write_text("\n".join(lines) + "\n")


def params_for(page_id: str, lang: str, **extra: str) -> dict[str, str]:
    params = dict(SETTINGS.get(page_id, {"epochs": "100"} if page_id == "plane" else {}))
    params |= {"seed": str(SEEDS[lang])} | extra
    return params | ({"lang": lang} if lang != "en" else {})


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page_id", [p.id for p in nav.available()])
def test_no_serious_axe_violation_before_and_after_training(page: Page, app_url, page_id, lang):
    page.goto(url(app_url, page_id, params_for(page_id, lang)))
    expect(page.locator('[data-testid="stMain"] h1')).to_have_count(1, timeout=LOAD_MS)
    found: list[str] = []
    for width in WIDTHS:
        check(page, f"{page_id} {lang} before", width, found)
    press_every_train_button(page, lang)
    assert_healthy(page, lang, page_id)
    for width in reversed(WIDTHS):
        check(page, f"{page_id} {lang} after", width, found)
    assert not found, "axe-core found:\n" + "\n".join(found)
    assert page.js_errors == []


LESSON = {"ask": "gap", "class": "7b", "epochs": "3"}


@pytest.mark.parametrize(("view", "lang"), [("teacher", "en"), ("student", "zh-TW")])
def test_no_serious_axe_violation_in_a_lesson_link(page: Page, app_url, view, lang):
    """The weight-decay page asking its gap question of class 7b: the question (the teacher's
    view with the class's answers), then the result (answered, or revealed, and trained)."""
    extra = LESSON | ({"teacher": "1"} if view == "teacher" else {})
    page.goto(url(app_url, "weight_decay", params_for("weight_decay", lang, **extra)))
    main = page.locator('[data-testid="stMain"]')
    expect(main.locator("h1")).to_have_count(1, timeout=LOAD_MS)
    found: list[str] = []
    for width in WIDTHS:
        check(page, f"lesson {view} {lang} asking", width, found)
    if view == "teacher":
        main.get_by_role("button", name=translate(lang, "predict.reveal")).click()
    else:
        main.get_by_role("radio").first.focus()
        page.keyboard.press("Space")
        main.get_by_role("button", name=translate(lang, "predict.submit")).click()
    settle(page)
    press_every_train_button(page, lang)
    for width in reversed(WIDTHS):
        check(page, f"lesson {view} {lang} result", width, found)
    assert not found, "axe-core found:\n" + "\n".join(found)
    assert page.js_errors == []
