"""Every page reads on a 390 px phone and at 1280 px, in both languages (issue 9.4), with every
formula drawn (issue 9.1) and every number whole (issue 9.5).

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
* the 16-scale grid prints a number in each of its cells.

Full-page screenshots go to test-artifacts/browser/layout-<page>-<lang>-<width>.png: look at
them, the checks cannot see everything.

    python -m pytest tests/e2e/test_phone_layout_in_browser.py -q
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.chart_geometry import CHART_PROBLEMS_JS
from tests.e2e.test_pages_in_browser import LANGS, assert_healthy, url, wait_idle
from ui import nav
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
      if (choice.getBoundingClientRect().right > column.getBoundingClientRect().right + 1) {
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
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page_id", [p.id for p in nav.available()])
def test_every_page_reads_at_this_width(request, app_url, artifacts, page_id, lang, width):
    page: Page = request.getfixturevalue("phone_page" if width < 500 else "page")
    params = dict(SETTINGS.get(page_id, {}))
    if lang != "en":
        params["lang"] = lang
    page.goto(url(app_url, page_id, params))
    expect(page.locator('[data-testid="stMain"] h1')).to_have_count(1)
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
    assert page.js_errors == []
