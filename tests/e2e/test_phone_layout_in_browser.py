"""Every page reads on a 390 px phone and at 1280 px, in every language (issues 9.4 and 22),
with every formula drawn (issue 9.1) and every number whole (issue 9.5).

Each page is opened with settings that stress its layout (ten layers with their gradients and
the issue's tanh σ 0.025, the BN node whose worked example is widest), trained briefly so
its charts are drawn, with every expander open. Then, in the browser:

* nothing is wider than the screen: the page does not scroll sideways, no display formula
  needs a scroll bar, no table cell cuts its text, no row of choices runs out of its column;
* no formula failed (KaTeX's red .katex-error);
* in every figure, no title, subtitle, panel title, box label, axis title or legend entry
  runs off the figure, the titles and labels do not overlap one another, nor do the axis
  titles and tick labels, and no title sits under Plotly's toolbar; no axis text lies in
  another panel, no annotation on an axis text or a plotted line, no colour bar title on its
  bar (tests/e2e/chart_geometry.py);
* the 16-scale grid prints a number in each of its cells;
* in 繁體中文 and 日本語: the title is drawn with a font that has the language's glyphs (not
  empty boxes), and no line of text starts with a character that must not start one (、。）」
  ー・ and the small kana) or ends with an opening bracket;
* in 日本語: no English is left on the page but names and code (tests/english_left.py).

Full-page screenshots go to test-artifacts/browser/layout-<page>-<lang>-<width>.png: look at
them, the checks cannot see everything.

    python -m pytest tests/e2e/test_phone_layout_in_browser.py -q
"""

from __future__ import annotations

import re
import subprocess

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.chart_geometry import CHART_PROBLEMS_JS
from tests.e2e.conftest import ACTION_TIMEOUT_MS
from tests.e2e.test_pages_in_browser import (
    DEFAULT_MOVE,
    LANGS,
    MOVES,
    assert_healthy,
    url,
    wait_idle,
)
from tests.english_left import english_left
from ui import nav
from ui.figures.style import NO_LINE_END, NO_LINE_START
from ui.i18n import translate

pytestmark = pytest.mark.browser

SETTINGS = {  # per page: what stresses its layout, with training short enough for a test
    "home": {},
    "weight_init": {
        "layers": "10",
        "activation": "tanh",
        "init": "custom",
        "scale": "0.025",
        "gradients": "1",
        "iterations": "10",
    },
    "batchnorm": {"epochs": "1", "train_size": "100", "batch": "8", "step": "dstd"},
    "weight_decay": {"epochs": "3"},
    "dropout": {"epochs": "3"},
    "updates": {"iterations": "30"},  # the race at the book's settings, a short MNIST run
    "hyperparameters": {"trials": "10", "epochs": "5"},
}
WIDTHS = (390, 1280)
# The languages of test_pages_in_browser and 日本語: the controls there work alike in every
# language, so 日本語 is opened here only (one load per page and width).
LAYOUT_LANGS = (*LANGS, "ja")
FONT_LANG = {"zh-TW": "zh", "ja": "ja"}  # fontconfig's name of the language

PROBLEMS_JS = (
    """() => {
  const problems = [];
  const chartProblems = """
    + CHART_PROBLEMS_JS
    + """;
  const main = document.querySelector('[data-testid="stMain"]');
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth + 1) {
    problems.push(`the page scrolls sideways: ${page.scrollWidth} px in ${page.clientWidth}`);
  }
  for (const e of main.querySelectorAll('.katex-error')) {
    problems.push(`a formula KaTeX could not draw: ${e.textContent.slice(0, 80)}`);
  }
  for (const e of main.querySelectorAll('.katex-display')) {
    // the drawn formula (not KaTeX's hidden MathML copy) inside its box, or it scrolls
    const ink = e.querySelector('.katex-html').getBoundingClientRect();
    const area = e.getBoundingClientRect();
    if (ink.right > area.right + 1 || ink.left < area.left - 1) {
      const tex = e.querySelector('annotation')?.textContent || '';
      problems.push(`a formula wider than the page (${Math.round(ink.width)} px in ` +
                    `${Math.round(area.width)}): ${tex.slice(0, 80)}`);
    }
  }
  for (const cell of main.querySelectorAll('[data-testid="stTable"] td, ' +
                                           '[data-testid="stTable"] th')) {
    if (cell.scrollWidth > cell.clientWidth + 1) {
      problems.push(`a table cell cuts its text: ${cell.textContent}`);
    }
  }
  for (const group of main.querySelectorAll('[data-testid="stButtonGroup"]')) {
    const column = group.closest('[data-testid="stColumn"]') || main;
    for (const choice of group.querySelectorAll('button')) {
      const [c, col] = [choice.getBoundingClientRect(), column.getBoundingClientRect()];
      if (c.right > col.right + 1 || c.left < col.left - 1) {  // a row scrolled sideways
        problems.push(`the choice "${choice.textContent}" is cut off by its column`);
      }
    }
  }
  const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const overlap = (a, b, gap = -2) => {  // gap: how close side by side counts as touching
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    return w > -gap && h > 2;
  };
  for (const plot of main.querySelectorAll('.js-plotly-plot')) {
    const box = plot.getBoundingClientRect();
    const name = (plot.querySelector('.gtitle')?.textContent || 'untitled').slice(0, 40);
    const texts = [...plot.querySelectorAll(
      '.gtitle, .gtitle-subtitle, .annotation-text, .legendtext, ' +
      '[class^="g-x"][class$="title"], [class^="g-y"][class$="title"]'
    )].filter(e => e.textContent.trim() && visible(e));
    for (const t of texts) {
      const r = t.getBoundingClientRect();
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1) {
        problems.push(`${name}: "${t.textContent}" runs off the figure`);
      }
    }
    const labels = [...plot.querySelectorAll('.gtitle, .gtitle-subtitle, .annotation-text')]
      .filter(e => e.textContent.trim() && visible(e));
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        if (overlap(labels[i].getBoundingClientRect(), labels[j].getBoundingClientRect())) {
          problems.push(`${name}: "${labels[i].textContent}" overlaps ` +
                        `"${labels[j].textContent}"`);
        }
      }
    }
    // axis titles and tick labels: none on top of another (a panel's ticks or title running
    // into its neighbour's)
    // (Plotly names the second axis's ticks x2tick and its title g-x2title, and so on)
    const axisTexts = [...plot.querySelectorAll(
      '.xaxislayer-above text, .yaxislayer-above text, ' +
      '[class^="g-x"][class$="title"] text, [class^="g-y"][class$="title"] text'
    )].filter(e => e.textContent.trim() && visible(e));
    for (let i = 0; i < axisTexts.length; i++) {
      for (let j = i + 1; j < axisTexts.length; j++) {
        // tick labels of neighbouring panels must keep 5 px apart ("1-1" read as one)
        const [a, b] = [axisTexts[i], axisTexts[j]].map(e => e.getBoundingClientRect());
        if (overlap(a, b, 5)) {
          problems.push(`${name}: axis text "${axisTexts[i].textContent}" overlaps ` +
                        `"${axisTexts[j].textContent}"`);
        }
      }
    }
    problems.push(...chartProblems(plot, name));
    const toolbar = plot.querySelector('.modebar');
    for (const t of plot.querySelectorAll('.gtitle, .gtitle-subtitle')) {
      if (toolbar && visible(toolbar) &&
          overlap(t.getBoundingClientRect(), toolbar.getBoundingClientRect())) {
        problems.push(`${name}: the title lies under Plotly's toolbar`);
      }
    }
  }
  return problems;
}"""
)
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


def settle(page: Page) -> None:
    """The script run ended, and a moment later it still has (the page is drawn whole)."""
    for _ in range(2):
        wait_idle(page)
        page.wait_for_timeout(700)
    wait_idle(page)


def press_every_train_button(page: Page, lang: str) -> None:
    """Train each section that waits for Train, in turn (a section trained before on this
    server shows its stored result instead): its button is replaced by the run."""
    buttons = page.locator('[data-testid="stMain"] button').filter(
        has_text=translate(lang, "live.train")
    )
    for left in reversed(range(buttons.count())):
        buttons.first.click()
        expect(buttons).to_have_count(left, timeout=300_000)
        settle(page)


def open_every_expander(page: Page) -> None:
    """Open the page's folded sections (not the sidebar's: on a phone it is folded away)."""
    closed = page.locator(
        '[data-testid="stMain"] [data-testid="stExpander"] details:not([open]) > summary'
    )
    for left in reversed(range(closed.count())):  # each click takes one out of `closed`
        closed.first.click()
        expect(closed).to_have_count(left)
    page.wait_for_timeout(300)
    wait_idle(page)


def full_screenshot(page: Page, path, width: int) -> None:
    height = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    viewport = page.viewport_size
    page.set_viewport_size({"width": width, "height": min(max(height, 600), 16_000)})
    page.wait_for_timeout(400)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(viewport)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LAYOUT_LANGS)
@pytest.mark.parametrize("page_id", [p.id for p in nav.available()])
def test_every_page_reads_at_this_width(request, app_url, artifacts, page_id, lang, width):
    page: Page = request.getfixturevalue("phone_page" if width < 500 else "page")
    params = dict(SETTINGS.get(page_id, {}))
    if lang != "en":
        params["lang"] = lang
    page.goto(url(app_url, page_id, params))
    title = MOVES.get(page_id, DEFAULT_MOVE).title
    heading = page.locator('[data-testid="stMain"] h1')
    expect(heading).to_have_text(
        [translate(lang, title)] if title else [re.compile(".")], timeout=ACTION_TIMEOUT_MS
    )
    settle(page)
    press_every_train_button(page, lang)
    open_every_expander(page)
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
    assert page.js_errors == []


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
