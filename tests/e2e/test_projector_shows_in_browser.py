"""What the projector shows (issue 17.6-12), in Chromium at 390 and 1280 px, in both languages
where the texts differ. One page load per page and width serves all of its checks:

* weight init, ReLU with He: every histogram whose spike at 0 is cut off writes the spike's
  share inside its own panel, large enough to read (6);
* weight decay (200 epochs): the two panels' tick labels keep apart ("200 0"), and no gap
  label sits on a curve or on another (8);
* the 2-D page: after the dropout slider moves the boundary stays on screen until the new
  run's first figure comes (12).

The visits of tests/e2e/test_every_page_in_browser.py check the rest on pages they open anyway:
dropout (100 epochs) with the regularizer overlay keeps its gap labels apart (8); the 2-D
page's λ slider shows 0.001 (7) and no axis title or tick label lies in the other panel (9);
every box label of the Batch Normalization graph inside its box, boxes apart (10); the
16-scale grid's colour bar title off the bar (11).

The generic checks (tests/e2e/chart_geometry.py, through PROBLEMS_JS) run on every figure of
each page. Screenshots: test-artifacts/browser/projector-<page>-<lang>-<width>.png.

    python -m pytest tests/e2e/test_projector_shows_in_browser.py -q
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser import (
    assert_healthy,
    full_screenshot,
    labelled_slider,
    press_every_train_button,
    settle,
    url,
    wait_idle,
)
from tests.e2e.chart_geometry import PROBLEMS_JS, inside
from ui.i18n import translate

pytestmark = pytest.mark.browser

# (language, width) pairs: each page at both widths, each language once per page at least.
SIZES = [("en", 390), ("zh-TW", 1280)]
READABLE_PX = 10  # the least height of a label a class can read off a projected chart
LOAD_MS = 120_000  # a page's first script run on a loaded two-core machine
TRAIN_MS = 300_000  # the book's 200 epochs of weight decay, two runs, on a loaded machine


def open_page(request, page_id: str, params: dict, lang: str, width: int) -> Page:
    page: Page = request.getfixturevalue("phone_page" if width < 500 else "page")
    page.set_default_timeout(TRAIN_MS)  # waits for the end of a script run include training
    query = dict(params) | ({"lang": lang} if lang != "en" else {})
    page.goto(url(request.getfixturevalue("app_url"), page_id, query))
    expect(page.locator('[data-testid="stMain"] h1')).to_have_count(1, timeout=LOAD_MS)
    settle(page)
    return page


def drawn(page: Page, selector: str) -> None:
    """Wait until the figure under `selector` is drawn (Plotly draws after the script ends)."""
    page.wait_for_selector(f"{selector} .js-plotly-plot .main-svg", timeout=LOAD_MS)
    page.wait_for_timeout(300)


def check_page(page: Page, artifacts, page_id: str, lang: str, width: int) -> None:
    """The checks every page gets: no exception, the generic layout and chart problems, a
    screenshot, no JavaScript error."""
    assert_healthy(page, lang, page_id)
    page.evaluate("() => document.fonts.ready")
    page.wait_for_timeout(500)  # Plotly's last redraws
    problems = page.evaluate(PROBLEMS_JS)
    full_screenshot(page, artifacts / f"projector-{page_id}-{lang}-{width}.png", width)
    assert problems == [], f"{page_id} [{lang}] at {width} px"
    assert page.js_errors == []


# ------------------------------------------------------------------ 6. the ReLU spike

SPIKE_JS = """() => {
  const plot = document.querySelector('.st-key-init-hist .js-plotly-plot');
  const layout = plot._fullLayout;
  const areas = {};
  for (const g of plot.querySelectorAll('.draglayer > g')) {
    const drag = g.querySelector('.nsewdrag');
    if (drag) areas[g.getAttribute('class')] = drag.getBoundingClientRect().toJSON();
  }
  const panels = plot._fullData.filter(t => t.type === 'bar').map(t => ({
    area: areas[t.xaxis + t.yaxis],
    top: layout['yaxis' + t.yaxis.slice(1)].range[1],
    spike: Math.max(...Array.from(t.y)),
  }));
  const labels = [...plot.querySelectorAll('.bartext, .annotation-text')]
    .filter(e => /\\d\\s*%/.test(e.textContent))
    .map(e => ({text: e.textContent, box: e.getBoundingClientRect().toJSON()}));
  return {figure: plot.getBoundingClientRect().toJSON(), panels, labels};
}"""


@pytest.mark.parametrize(("lang", "width"), SIZES)
def test_the_relu_spike_at_0_says_its_share_inside_its_panel(request, artifacts, lang, width):
    page = open_page(request, "weight_init", {"activation": "relu", "init": "he"}, lang, width)
    drawn(page, ".st-key-init-hist")
    shown = page.evaluate(SPIKE_JS)
    clipped = [p for p in shown["panels"] if p["spike"] > p["top"]]
    assert len(clipped) == len(shown["panels"]) == 5  # He keeps about half of ReLU's z at 0
    for panel in clipped:
        mine = [lb for lb in shown["labels"] if inside(lb["box"], panel["area"])]
        assert len(mine) == 1, (panel, shown["labels"])
        (label,) = mine
        assert label["box"]["height"] >= READABLE_PX, label
        assert inside(label["box"], shown["figure"])
        share = float(re.search(r"\d+(?:\.\d+)?", label["text"]).group())
        assert share == pytest.approx(panel["spike"], abs=0.5), label["text"]
    check_page(page, artifacts, "weight_init", lang, width)


# ------------------------------------------------------------------ 8. two panels side by side


@pytest.mark.parametrize(("lang", "width"), SIZES)
def test_weight_decay_panels_keep_their_ticks_and_gap_labels_apart(request, artifacts, lang, width):
    page = open_page(request, "weight_decay", {}, lang, width)  # the book's 200 epochs
    press_every_train_button(page, lang)
    gaps = page.locator('[class*="st-key-live-weight_decay-"] .annotation-text')
    expect(gaps).to_have_count(2)  # λ = 0.1 and λ = 0, each once
    check_page(page, artifacts, "weight_decay", lang, width)


# ------------------------------------------------------------------ 12. the 2-D page

# Every animation frame: (time, boundary panels drawn, whether a figure of the new run is in
# the page yet). A live figure's element is keyed st-key-live-plane-<redraw>-...: the keys
# present before the move are the old run's.
BLANK_SAMPLER_JS = """() => {
  const keys = () => [...document.querySelectorAll('[class*="st-key-live-plane-"]')]
    .map(e => e.className.match(/st-key-live-plane-[0-9][^ ]*/)?.[0]).filter(Boolean);
  const old = new Set(keys());
  window.__boundary = [];
  const tick = () => {
    const shown = [...document.querySelectorAll('[class*="st-key-live-plane-"] .js-plotly-plot')]
      .filter(p => [...p.querySelectorAll('.hm image, .heatmaplayer image')].some(i => {
        const r = i.getBoundingClientRect(); return r.width > 10 && r.height > 10; }));
    const fresh = keys().some(k => !old.has(k));
    window.__boundary.push([performance.now(), shown.length, fresh]);
    if (window.__boundary.length < 100000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}"""


def test_moving_dropout_keeps_the_boundary_until_the_new_run_draws(request, artifacts):
    """The placeholder the live figures were drawn in was emptied as the script reran, and the
    boundary stayed blank until the new run's first rows (queue, start, an epoch: ~1 s here).
    Now the last figures stay until the new ones replace them. (Each redraw still mounts a new
    Plotly chart, which the browser draws a frame or more later: Streamlit gives a changed
    figure a new element.)"""
    params = {"epochs": "400", "dropout": "0.1", "seed": "5"}
    page = open_page(request, "plane", params, "en", 1280)
    page.evaluate(BLANK_SAMPLER_JS)
    dropout = labelled_slider(page, translate("en", "plane.dropout"))
    dropout.focus()
    dropout.press("ArrowRight")  # 0.15: a new run, with its reference beside it
    page.wait_for_timeout(1000)
    wait_idle(page)
    samples = page.evaluate("() => window.__boundary")
    assert samples and samples[0][1] > 0, "no boundary before the move"
    arrived = next((i for i, (_, _, fresh) in enumerate(samples) if fresh), None)
    assert arrived is not None and arrived > 0, "the new run's figures never came"
    waiting = samples[:arrived]
    blank = [at for at, shown, _ in waiting if not shown]
    assert not blank, (
        f"{len(blank)} of the {len(waiting)} frames before the new run's first figure "
        f"({round(waiting[-1][0] - waiting[0][0])} ms) showed no boundary"
    )
    full_screenshot(page, artifacts / "projector-plane-dropout-moved.png", 1280)
    assert page.js_errors == []
