"""How a visit exercises each page's main control (tests/e2e/test_every_page_in_browser.py):
MOVES says, per page, which control to move and which chart must change; a page without an
entry gets DEFAULT_MOVE (its first slider, its first chart), which is a start, not a test of
what the page is for. The first move gives new settings (not cached), moving back must give
the first chart again and moving forth again the moved one, and the address follows the
control (a shareable link).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.e2e.browser import (
    LANGS,
    assert_healthy,
    full_screenshot,
    labelled_slider,
    query,
    wait_idle,
)
from ui.i18n import LANGUAGE_NAMES, translate


@dataclass(frozen=True)
class Move:
    """How to exercise one page.

    title: string key of the page's st.title. chart: CSS selector of the chart(s) that must
    change (Streamlit gives a keyed element the class st-key-<key>, ':' becoming '-'; a live
    chart's key ends in a redraw counter, hence the prefix match). control: "slider" (the slider
    labelled `label`, moved with ArrowRight, then back and forth) or "language" (the sidebar's
    language switch, for a page without controls). train: press the Train button (string key
    `train`) before moving, for pages whose chart only appears after training. url_param: the
    URL parameter the move must change (the page stays shareable). The page is opened with its
    tests.e2e.browser.SETTINGS.
    """

    title: str | None
    chart: str
    control: str = "slider"
    label: str | None = None
    train: str | None = None
    url_param: str | None = None


MOVES = {
    # Home has no controls: its loop figure is redrawn in the other language.
    "home": Move("home.title", ".st-key-home-loop", control="language"),
    "weight_init": Move("init.title", ".st-key-init-hist", label="init.layers", url_param="layers"),
    # The computation graph highlights the next node at once; no training.
    "batchnorm": Move(
        "batchnorm.title", ".st-key-bn-graph", label="batchnorm.step", url_param="step"
    ),
    # Only training draws here: 3 epochs, then every move trains (once) or shows the stored run.
    "weight_decay": Move(
        "decay.title",
        '[class*="st-key-live-weight_decay-"]',
        label="decay.lambda",
        train="live.train",
        url_param="lambda",
    ),
    # The picture of dropped units redraws at once with the ratio; no training.
    "dropout": Move(
        "dropout.title", ".st-key-dropout-masks", label="dropout.ratio", url_param="ratio"
    ),
    # Trains as it opens (a second or two); λ one step up trains the smoothed net beside it.
    "plane": Move(
        "plane.title",
        '[class*="st-key-live-plane-"]',
        label="plane.lambda",
        url_param="lambda",
    ),
}
MOVES |= {
    # The race is drawn at once: one more step adds a frame and a point to every path.
    "updates": Move(
        "updates.title", ".st-key-updates-race", label="updates.steps", url_param="steps"
    ),
    # A small search (not the layout test's, which a server running both has stored); once
    # trained, more epochs per trial search again at once.
    "hyperparameters": Move(
        "hyper.title",
        '[class*="st-key-live-hyperparameters-"]',
        label="hyper.epochs",
        train="live.train",
        url_param="epochs",
    ),
}
DEFAULT_MOVE = Move(None, '[data-testid="stPlotlyChart"]')

# The figure(s) matched by a selector, as text: every trace's data and the layout's texts.
# Elements of the previous run that Streamlit still shows greyed out (data-stale) are left out.
SIGNATURE_JS = r"""(selector) => {
  const main = document.querySelector('[data-testid="stMain"]');
  if (!main) return null;
  const plots = [...main.querySelectorAll(selector)]
    .flatMap(el => el.classList.contains('js-plotly-plot')
                   ? [el] : [...el.querySelectorAll('.js-plotly-plot')])
    .filter(el => !el.closest('[data-stale="true"]'));
  if (!plots.length || plots.some(p => !p._fullData)) return null;
  // Streamlit's frontend wraps a figure's title in <b> each time it draws the same figure
  // again (a stored run redrawn: <b><b>t</b></b>, then <b><b><b>t</b></b></b>): bold once.
  const bold = t => t && t.replace(/(<b>)+/g, '<b>').replace(/(<\/b>)+/g, '</b>');
  const arr = v => v == null ? null : (typeof v === 'string' ? v : Array.from(v, w =>
      (w != null && typeof w === 'object') ? Array.from(w) : w));
  return JSON.stringify(plots.map(p => ({
    data: p._fullData.map(t => ({type: t.type, name: t.name, x: arr(t.x), y: arr(t.y),
                                 z: arr(t.z), text: arr(t.text),
                                 colour: t.marker && arr(t.marker.color)})),
    title: p._fullLayout.title && bold(p._fullLayout.title.text),
    annotations: (p._fullLayout.annotations || []).map(a => a.text),
    shapes: (p._fullLayout.shapes || []).map(s => [s.fillcolor, s.line && s.line.dash]),
  })));
}"""
CHANGED_JS = f"""([selector, old]) => {{
  const sig = ({SIGNATURE_JS})(selector);
  return sig !== null && sig !== old;
}}"""


def signature(page: Page, selector: str) -> str | None:
    return page.evaluate(SIGNATURE_JS, selector)


def act_and_wait_for_new_chart(
    page: Page, action: Callable[[], None], selector: str, shot: Path
) -> str:
    """Do `action` (move a control, press a button), wait until the chart's data differs from
    what it was, then until the script run ends; the chart's final signature. On a timeout, a
    screenshot goes to `shot`."""
    old = signature(page, selector)
    action()
    try:
        page.wait_for_function(CHANGED_JS, arg=[selector, old], polling="raf")
    except PlaywrightTimeoutError:
        page.screenshot(path=str(shot), full_page=True)
        pytest.fail(
            f"the chart {selector!r} did not change within the timeout ({page.url}); if the "
            f"page changed, update its MOVES entry. Screenshot: {shot}",
            pytrace=False,
        )
    wait_idle(page)
    final = settled_signature(page, selector, shot)
    assert final is not None and final != old, "the chart went back to what it was after the run"
    return final


def settled_signature(page: Page, selector: str, shot: Path, tries: int = 20) -> str:
    """The chart's signature once it holds still. When a run ends Streamlit drops the previous
    run's greyed-out copy and Plotly may redraw the chart in its place (no data for a frame),
    and a finished live run can be redrawn once more by the next rerun: on a loaded machine the
    first signature after the run was either (CI)."""
    last = None
    for _ in range(tries):
        try:
            handle = page.wait_for_function(
                f"(sel) => ({SIGNATURE_JS})(sel)", arg=selector, polling="raf", timeout=10_000
            )
        except PlaywrightTimeoutError:
            page.screenshot(path=str(shot), full_page=True)
            pytest.fail(f"the chart vanished after the run. Screenshot: {shot}", pytrace=False)
        now = handle.json_value()
        if now == last:
            return now
        last = now
        page.wait_for_timeout(500)
        wait_idle(page)
    pytest.fail(f"the chart kept changing after the run ({tries} looks)", pytrace=False)


def move(page: Page, m: Move, lang: str, forward: bool) -> None:
    """Move the page's control one step forward (or back)."""
    if m.control == "language":
        target = [code for code in LANGS if code != lang][0] if forward else lang
        switch = page.locator(".st-key-app-lang")  # the sidebar's language control
        switch.get_by_role("radio", name=LANGUAGE_NAMES[target], exact=True).click()
        return
    slider = (
        labelled_slider(page, translate(lang, m.label))
        if m.label
        else page.locator('[data-testid="stMain"]').get_by_role("slider").first
    )
    slider.focus()
    slider.press("ArrowRight" if forward else "ArrowLeft")


def assert_opened(page: Page, page_id: str, lang: str, artifacts: Path) -> None:
    """Just opened: the menu entry of this page, in this language, is the current one, and the
    page's chart is drawn; a page that only draws after training: its Train button changes
    its chart."""
    m = MOVES.get(page_id, DEFAULT_MOVE)
    current = page.locator('[data-testid="stSidebarNav"] a[aria-current="page"]')
    expect(current).to_contain_text(translate(lang, f"nav.{page_id}"))
    if m.train:
        button = page.get_by_role("button", name=translate(lang, m.train), exact=True)
        shot = artifacts / f"{page_id}-{lang}-timeout.png"
        act_and_wait_for_new_chart(page, button.click, m.chart, shot)
        assert_healthy(page, lang, page_id)
    else:
        page.wait_for_function(CHANGED_JS, arg=[m.chart, None], polling="raf")


def move_back_and_forth(page: Page, page_id: str, lang: str, artifacts: Path) -> None:
    """Move the page's control forward (new settings), back (the first chart again) and
    forth (the moved chart again); the address follows the move."""
    m = MOVES.get(page_id, DEFAULT_MOVE)
    shot = artifacts / f"{page_id}-{lang}-timeout.png"
    before = settled_signature(page, m.chart, shot)
    # The page before the move is the visit's layout-<page>-<lang>-1280.png, shot just before.
    results = {}
    shared = query(page).get(m.url_param) if m.url_param else None
    for step, forward in (("move", True), ("back", False), ("forth", True)):
        results[step] = act_and_wait_for_new_chart(
            page, lambda forward=forward: move(page, m, lang, forward), m.chart, shot
        )
        assert_healthy(page, lang, page_id)
        if step == "move":
            full_screenshot(page, artifacts / f"{page_id}-{lang}-after.png", 1280)
            if m.url_param:  # the address bar follows the control: still a shareable link
                assert query(page).get(m.url_param) != shared, (
                    f"{page_id}: the move left {m.url_param}= in the URL as it was ({page.url})"
                )
    assert results["back"] == before, (
        "moving the control back did not give the first chart: "
        + difference(before, results["back"])
    )
    assert results["forth"] == results["move"], (
        "moving it forth again gave another chart: " + difference(results["move"], results["forth"])
    )


def difference(first: str, second: str) -> str:
    """Where two chart signatures differ: per figure, the first field that does."""
    a, b = json.loads(first), json.loads(second)
    if len(a) != len(b):
        return f"{len(a)} figures, then {len(b)}"
    for i, (one, other) in enumerate(zip(a, b, strict=True)):
        for key in one:
            if one[key] != other.get(key):
                if key == "data":
                    names = [t["name"] for t in one[key]], [t["name"] for t in other[key]]
                    changed = [
                        (t["name"], k)
                        for t, u in zip(one[key], other[key], strict=False)
                        for k in t
                        if t[k] != u.get(k)
                    ]
                    return f"figure {i}: traces {names}, changed {changed[:6]}"
                return f"figure {i}: {key} {str(one[key])[:200]} -> {str(other.get(key))[:200]}"
    return "the same figures"
