"""Every page, visited once per language and width, is checked for everything a visit can see
(issue 20: one page load serves the checks that each opened it before). A visit opens the page
with settings that stress its layout (tests/e2e/browser.SETTINGS: ten tanh layers with their
gradients and the issue's σ 0.025, the BN node whose worked example is widest, λ 0.001 on the
2-D page), trains every section briefly and opens every expander. Its checks, in order, and
the tests they were before:

1. (1280 px, en and zh-TW, the overfitting pages) every display formula drawn whole, not
   clipped by its box at any sub-pixel shift (test_formulas_in_browser; tests/e2e/formulas.py);
2. (1280 px, en and zh-TW) axe-core finds no serious or critical violation before training, at
   1280 and at 390 px (test_accessibility_in_browser; tests/e2e/axe.py);
3. (1280 px, en and zh-TW) the title, the menu entry of this page marked current, the page's
   chart drawn, and on pages that only draw after training, Train changes the chart
   (test_pages_in_browser; tests/e2e/moves.py);
4. every section trained; (1280 px, en and zh-TW) axe-core again, at 390 and 1280 px;
5. every expander open, then the layout (issues 9 and 22; test_phone_layout_in_browser):
   * nothing is wider than the screen: the page does not scroll sideways, no display formula
     needs a scroll bar, no table cell cuts its text, no row of choices runs out of its column;
   * no formula failed (KaTeX's red .katex-error); no "Deploy" button;
   * in every figure, no title, subtitle, panel title, box label, axis title or legend entry
     runs off the figure, the titles and labels do not overlap one another, nor do the axis
     titles and tick labels, and no title sits under Plotly's toolbar; no axis text lies in
     another panel, no annotation on an axis text or a plotted line, no colour bar title on
     its bar (tests/e2e/chart_geometry.py);
   * the 16-scale grid prints a number in each of its cells;
   * in 繁體中文 and 日本語: the text is drawn with a font that has the language's glyphs (not
     empty boxes), and no line of text starts with a character that must not start one (、。）」
     ー・ and the small kana) or ends with an opening bracket;
   * in 日本語: no English is left on the page but names and code (tests/english_left.py);
6. page by page (tests/e2e/page_checks.py): the 2-D page's λ thumb shows 0.001; the Batch
   Normalization graph's box labels inside their boxes, the boxes apart (en at 390 px, zh-TW
   at 1280 px; both were test_projector_shows_in_browser's); (en and zh-TW) the dropout
   page's regularizer overlay draws five runs, each named with its gap in the legend, and a
   table of five (test_overlay_in_browser), and (zh-TW at 390, en at 1280 px) its gap labels
   are where they fit (test_projector_shows_in_browser); (1280 px, en) no page opened by its
   own address says it has no page (test_links_in_browser); (before training, 1280 px, en)
   Play replays the optimizer race from its start to every step (test_chapter_in_browser);
7. (1280 px, en and zh-TW) the page's main control moved forward, back and forth: the chart
   changes, comes back, and the address follows (test_pages_in_browser; tests/e2e/moves.py);
8. (1280 px, en) the sidebar's projector switch on: every figure enlarged and still clear of
   clipping (test_projector_in_browser; tests/e2e/projector.py);
9. no JavaScript error.

Every check runs and the visit reports all that failed. Full-page screenshots go to
test-artifacts/browser/ (layout-<page>-<lang>-<width>.png, projector-<page>.png, <page>-<lang>-
after.png: the page after its control moved): look at them, the checks cannot see everything.

    python -m pytest tests/e2e/test_every_page_in_browser.py -q
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e import axe, formulas, moves, page_checks, projector
from tests.e2e.browser import (
    LANGS,
    SETTINGS,
    assert_healthy,
    full_screenshot,
    open_every_expander,
    press_every_train_button,
    query,
    settle,
    url,
)
from tests.e2e.chart_geometry import PROBLEMS_JS
from tests.e2e.conftest import ACTION_TIMEOUT_MS
from tests.english_left import english_left
from ui import nav
from ui.figures.style import NO_LINE_END, NO_LINE_START
from ui.i18n import translate

pytestmark = pytest.mark.browser

WIDTHS = (1280, 390)  # 1280 first: its visit trains the runs (seen before training by axe)
# The controls work alike in every language, so 日本語 gets the layout checks only.
LAYOUT_LANGS = (*LANGS, "ja")
FONT_LANG = {"zh-TW": "zh", "ja": "ja"}  # fontconfig's name of the language
# A seed per language, and another on a rerun: runs of this file's own, untrained when a 1280
# visit starts (the 390 visit after it finds them stored).
SEEDS = {"en": 71, "zh-TW": 72, "ja": 73}
BN_GRAPH_SIZES = (("en", 390), ("zh-TW", 1280))
DROPOUT_GAP_SIZES = (("zh-TW", 390), ("en", 1280))
# A page's visits run in this order on one worker (one xdist group: tests/conftest.py), so
# its 1280 visits train the runs on that worker's server before its 390 visits find them.
VISITS = [
    pytest.param(page.id, lang, width, marks=pytest.mark.xdist_group(f"visits-{page.id}"))
    for page in nav.available()
    for lang in LAYOUT_LANGS
    for width in WIDTHS
]
VISIT_IDS = ["-".join(map(str, visit.values)) for visit in VISITS]

GRID_NUMBERS_JS = """() => {
  const plot = [...document.querySelectorAll('.js-plotly-plot')]
    .find(p => p._fullData && p._fullData.some(t => t.type === 'heatmap' && t.z.length === 16));
  if (!plot) return null;
  return [...plot.querySelectorAll('.heatmaplayer text, .textpoint text')]
    .filter(t => t.textContent.trim()).length;
}"""


# Where a line of the page's text starts with a character that must not start one, or ends with
# one that must not end one: each such character is compared with its neighbour in the same
# text node (a new line: its box lies below the neighbour's). Figures' SVG lines are wrapped by
# ui.figures.style.wrap and checked line by line. Formulas and code are left out.
LINE_BREAKS_JS = """([noStart, noEnd, afterInline]) => {
  const problems = [];
  const main = document.querySelector('[data-testid="stMain"]');
  const skip = n => n.parentElement.closest('.katex, code, pre, svg, [data-stale="true"]');
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT,
    {acceptNode: n => skip(n) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
  const range = document.createRange();
  const box = (n, i) => { range.setStart(n, i); range.setEnd(n, i + 1);
                          return range.getClientRects()[0]; };
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent;
    // after an inline element (a formula, bold text), Chromium may break before the first
    // character: compare it with the end of that element
    const before = n.previousSibling;
    if (afterInline && noStart.includes(text[0]) && before &&
        before.nodeType === Node.ELEMENT_NODE) {
      const rects = before.getClientRects();
      const a = rects[rects.length - 1], b = box(n, 0);
      if (a && b && b.top >= a.bottom - 2) {
        problems.push(`a line starts with "${text[0]}" after <${before.tagName}>: ` +
                      `${before.textContent.slice(-12)}${text.slice(0, 6)}…`);
      }
    }
    for (let i = 0; i < text.length; i++) {
      const starts = i > 0 && noStart.includes(text[i]);
      const ends = i + 1 < text.length && noEnd.includes(text[i]);
      if (!starts && !ends) continue;
      const [a, b] = starts ? [box(n, i - 1), box(n, i)] : [box(n, i), box(n, i + 1)];
      if (a && b && b.top >= a.bottom - 2) {
        problems.push(`a line ${starts ? 'starts' : 'ends'} with "${text[i]}": ` +
                      `…${text.slice(Math.max(0, i - 12), i + 6)}…`);
      }
    }
  }
  for (const line of main.querySelectorAll('.js-plotly-plot text tspan.line')) {
    const t = line.textContent.trim();
    if (t && noStart.includes(t[0])) problems.push(`a figure line starts with "${t[0]}": ${t}`);
    if (t && noEnd.includes(t[t.length - 1])) problems.push(`a figure line ends: ${t}`);
  }
  return problems;
}"""
# The texts a reader sees: the main area's and the sidebar's text nodes, formulas, code and
# scripts left out; a figure's text whole (its wrapped lines joined: "Batch<br>Norm" is one name).
SHOWN_TEXTS_JS = """() => {
  const texts = new Set();
  for (const id of ['stMain', 'stSidebarContent']) {
    const root = document.querySelector(`[data-testid="${id}"]`);
    if (!root) continue;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {acceptNode: n =>
      n.parentElement.closest('.katex, code, pre, script, style, [data-stale="true"]')
        ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const svgText = n.parentElement.closest('svg text');
      const lines = svgText ? [...svgText.querySelectorAll('tspan.line')] : [];
      const text = lines.length ? lines.map(l => l.textContent).join(' ') : n.textContent;
      if (text.trim()) texts.add(text);
    }
  }
  return [...texts];
}"""


# Marks the first element of the main area whose own text holds a CJK character (a title may
# be all Latin: "Dropout") and says whether there is one.
MARK_CJK_TEXT_JS = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (/[\\u3040-\\u30ff\\u4e00-\\u9fff]/.test(n.textContent)) {
      n.parentElement.setAttribute('data-font-probe', '');
      return true;
    }
  }
  return false;
}"""


def cjk_text_fonts(page: Page) -> set[str]:
    """The families of the fonts Chromium drew the page's first CJK text with (read through
    Chrome DevTools: CSS.getPlatformFontsForNode)."""
    assert page.evaluate(MARK_CJK_TEXT_JS), "no CJK text on the page"
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "[data-font-probe]"})
    found = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
    cdp.detach()
    return {f["familyName"] for f in found if f["glyphCount"]}


def fonts_for(lang: str) -> set[str]:
    """The font families fontconfig offers for a language (fc-list :lang=ja family)."""
    listed = subprocess.run(
        ["fc-list", f":lang={lang}", "family"], capture_output=True, text=True, check=False
    ).stdout
    return {name.strip() for line in listed.splitlines() for name in line.split(",")}


class Findings:
    """The failed checks of one visit: each check runs, and the visit fails with all of them."""

    def __init__(self) -> None:
        self.failed: list[str] = []

    @contextmanager
    def check(self, name: str) -> Iterator[None]:
        try:
            yield
        except (AssertionError, pytest.fail.Exception) as failure:
            self.failed.append(f"{name}: {failure}")


def assert_reads_well(page: Page, artifacts: Path, page_id: str, lang: str, width: int) -> None:
    """The layout checks (5 above) on the trained page with every expander open."""
    page.evaluate("() => document.fonts.ready")
    page.wait_for_timeout(500)  # KaTeX's and Plotly's last redraws
    assert_healthy(page, lang, page_id)
    full_screenshot(page, artifacts / f"layout-{page_id}-{lang}-{width}.png", width)
    # no "Deploy" button in front of a class (.streamlit/config.toml: client.toolbarMode)
    expect(page.locator('[data-testid="stAppDeployButton"]')).to_have_count(0)
    problems = page.evaluate(PROBLEMS_JS)
    assert problems == [], f"{page_id} [{lang}] at {width} px"
    if page_id == "batchnorm":  # the book's 32 numbers and our 32, trained above
        assert page.evaluate(GRID_NUMBERS_JS) == 64
    if lang in FONT_LANG:
        drawn_with = cjk_text_fonts(page)
        assert drawn_with & fonts_for(FONT_LANG[lang]), (
            f"the {lang} text is drawn with {drawn_with}, none of them a font with its glyphs "
            "(fc-list :lang=...): scripts/test.sh installs Debian's fonts-noto-cjk"
        )
        # Only the Japanese strings keep every formula clear of 。、）: in 繁體中文 a formula
        # is often followed straight by 。 (init.theory, dropout.theory_*), which then may
        # start a line; tests/ui/test_i18n.py holds the Japanese table to it.
        after_inline = lang == "ja"
        breaks = page.evaluate(LINE_BREAKS_JS, [NO_LINE_START, NO_LINE_END, after_inline])
        assert breaks == []
    if lang == "ja":
        texts = page.evaluate(SHOWN_TEXTS_JS)
        assert {t[:60]: english_left(t) for t in texts if english_left(t)} == {}


@pytest.fixture(scope="module", autouse=True)
def matrix_file(artifacts):
    """axe-core's findings at every state checked, written when the module ends."""
    yield
    axe.write_matrix(artifacts)


@pytest.mark.parametrize(("page_id", "lang", "width"), VISITS, ids=VISIT_IDS)
def test_a_visit_to_every_page(request, app_url, artifacts, page_id, lang, width):
    page: Page = request.getfixturevalue("phone_page" if width < 500 else "page")
    driven = lang in LANGS and width == 1280  # the visits that drive the page
    attempt = getattr(request.node, "execution_count", 1) - 1  # pytest-rerunfailures' count
    params = SETTINGS[page_id] | {"seed": str(SEEDS[lang] + 100 * attempt)}
    params |= {"lang": lang} if lang != "en" else {}
    page.goto(url(app_url, page_id, params))
    title = moves.MOVES.get(page_id, moves.DEFAULT_MOVE).title
    heading = page.locator('[data-testid="stMain"] h1')
    expect(heading).to_have_text(
        [translate(lang, title)] if title else [re.compile(".")], timeout=ACTION_TIMEOUT_MS
    )
    expect(heading).to_be_visible()
    settle(page)
    findings = Findings()
    where = f"{page_id} {lang}"
    if driven and page_id in formulas.PAGES:
        with findings.check("formulas"):
            formulas.assert_formulas_whole(page)
    if driven and lang == "en" and page_id == "updates":
        with findings.check("race"):
            page_checks.assert_race_replays(page)
    found: list[str] = []
    if driven:
        found += axe.check_widths(page, f"{where} before")
        with findings.check("opened"):
            moves.assert_opened(page, page_id, lang, artifacts)
    press_every_train_button(page, lang)
    if driven:
        assert_healthy(page, lang, page_id)
        found += axe.check_widths(page, f"{where} after", tuple(reversed(axe.WIDTHS)))
        with findings.check("axe-core"):
            assert not found, "axe-core found:\n" + "\n".join(found)
    open_every_expander(page)
    with findings.check("layout"):
        assert_reads_well(page, artifacts, page_id, lang, width)
    if page_id == "plane":
        with findings.check("λ thumb"):
            page_checks.assert_lambda_thumb_exact(page)
    if page_id == "batchnorm" and (lang, width) in BN_GRAPH_SIZES:
        with findings.check("graph"):
            page_checks.assert_bn_graph_fits(page, width)
    if page_id == "dropout" and lang in LANGS:
        with findings.check("overlay"):
            page_checks.assert_overlay_draws_five_runs(page, lang)
        if (lang, width) in DROPOUT_GAP_SIZES:
            with findings.check("gap labels"):
                page_checks.assert_dropout_gaps_labelled(page, lang)
    if driven and lang == "en":
        with findings.check("no missing page"):
            page_checks.assert_no_missing_page_note(page)
    if driven:
        with findings.check("move"):
            moves.move_back_and_forth(page, page_id, lang, artifacts)
    if driven and lang == "en":
        with findings.check("projector"):
            shown_in = query(page).get("lang", "en")  # home's move switched language
            projector.switch_on(page, shown_in)
            projector.assert_drawn_for_a_projector(page, artifacts, page_id, shown_in)
    with findings.check("JavaScript"):
        assert page.js_errors == []
    failed = "\n\n".join(findings.failed)
    assert not findings.failed, f"{page_id} [{lang}] at {width} px:\n{failed}"


def test_the_line_and_font_checks_see_what_they_look_for(page: Page):
    """The checks above on pages of our own: a 5 em column forced to break before ー and
    after （ (line-break: anywhere), a heading whose font has no Japanese glyphs (DejaVu Sans:
    Chromium falls back to a CJK font for ラボ, and both are listed), and the same column with
    Chromium's default line breaking and with the app's."""
    page.set_content(
        """<div data-testid="stMain" style="width: 5em; font-size: 16px; line-break: anywhere">
             <h1 style="font-family: 'DejaVu Sans'">Lab ラボ</h1>
             <p>ネットワーー</p><p>ネットワ（ネット）</p></div>"""
    )
    problems = page.evaluate(LINE_BREAKS_JS, [NO_LINE_START, NO_LINE_END, True])
    assert any('starts with "ー"' in p for p in problems), problems
    assert any('ends with "（"' in p for p in problems), problems
    fonts = cjk_text_fonts(page)
    assert "DejaVu Sans" in fonts and fonts & fonts_for("ja"), fonts
    # Chromium's own default breaks before ー; the app's line-break: strict (app.py) does not
    column = '<div data-testid="stMain" style="width: 5em; {}"><h1>学習ラボ</h1><p>{}</p></div>'
    page.set_content(column.format("", "アクティベーション"))
    assert cjk_text_fonts(page) & fonts_for("ja")
    assert page.evaluate(LINE_BREAKS_JS, [NO_LINE_START, NO_LINE_END, True]) != []
    page.set_content(column.format("line-break: strict", "アクティベーション"))
    assert page.evaluate(LINE_BREAKS_JS, [NO_LINE_START, NO_LINE_END, True]) == []
    # a box that fills the line (like a formula), then 。: Chromium puts 。 on the next line
    boxed = 'あいう<span style="display: inline-block; width: 2em">x</span>。'
    page.set_content(column.format("line-break: strict; font-size: 16px", boxed))
    problems = page.evaluate(LINE_BREAKS_JS, [NO_LINE_START, NO_LINE_END, True])
    assert any('starts with "。" after <SPAN>' in p for p in problems), problems
