"""The app in a real browser (Debian's Chromium, Playwright): every page in English and in
繁體中文 opens without an exception box and shows its title; moving one control redraws the
page's chart; a shared link restores its controls. Full-page screenshots go to
test-artifacts/browser/ (look at them), and the time from control move to redrawn chart is
printed and written to test-artifacts/browser/timings.txt (never asserted).

    python -m pytest tests/e2e -q -s

A page is covered as soon as its file exists (ui.nav.available()). MOVES says, per page, which
control to move and which chart must change; a page without an entry gets DEFAULT_MOVE (its
first slider, its first chart), which is a start, not a test of what the page is for.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.e2e.conftest import ACTION_TIMEOUT_MS
from ui import nav
from ui.i18n import LANGUAGE_NAMES, translate

pytestmark = pytest.mark.browser

LANGS = ("en", "zh-TW")
SEEDS = {"en": 0, "zh-TW": 1}  # a seed per language: both languages' first move is uncached
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
EXCEPTION = '[data-testid="stException"]'


@dataclass(frozen=True)
class Move:
    """How to exercise one page.

    title: string key of the page's st.title. chart: CSS selector of the chart(s) that must
    change (Streamlit gives a keyed element the class st-key-<key>, ':' becoming '-'; a live
    chart's key ends in a redraw counter, hence the prefix match). control: "slider" (the slider
    labelled `label`, moved with ArrowRight, then back and forth) or "language" (the sidebar's
    language switch, for a page without controls). params: URL parameters to open the page with
    (small settings for training). train: press the Train button (string key `train`) before
    moving, for pages whose chart only appears after training. url_param: the URL parameter
    the move must change (the page stays shareable).
    """

    title: str | None
    chart: str
    control: str = "slider"
    label: str | None = None
    params: dict[str, str] = field(default_factory=dict)
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
        params={"epochs": "3"},
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
        params={"epochs": "100"},
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
        params={"trials": "10", "epochs": "10"},
        train="live.train",
        url_param="epochs",
    ),
}
DEFAULT_MOVE = Move(None, '[data-testid="stPlotlyChart"]')

# The figure(s) matched by a selector, as text: every trace's data and the layout's texts.
# Elements of the previous run that Streamlit still shows greyed out (data-stale) are left out.
SIGNATURE_JS = """(selector) => {
  const main = document.querySelector('[data-testid="stMain"]');
  if (!main) return null;
  const plots = [...main.querySelectorAll(selector)]
    .flatMap(el => el.classList.contains('js-plotly-plot')
                   ? [el] : [...el.querySelectorAll('.js-plotly-plot')])
    .filter(el => !el.closest('[data-stale="true"]'));
  if (!plots.length || plots.some(p => !p._fullData)) return null;
  const arr = v => v == null ? null : (typeof v === 'string' ? v : Array.from(v, w =>
      (w != null && typeof w === 'object') ? Array.from(w) : w));
  return JSON.stringify(plots.map(p => ({
    data: p._fullData.map(t => ({type: t.type, name: t.name, x: arr(t.x), y: arr(t.y),
                                 z: arr(t.z), text: arr(t.text),
                                 colour: t.marker && arr(t.marker.color)})),
    title: p._fullLayout.title && p._fullLayout.title.text,
    annotations: (p._fullLayout.annotations || []).map(a => a.text),
    shapes: (p._fullLayout.shapes || []).map(s => [s.fillcolor, s.line && s.line.dash]),
  })));
}"""
CHANGED_JS = f"""([selector, old]) => {{
  const sig = ({SIGNATURE_JS})(selector);
  return sig !== null && sig !== old;
}}"""


def page_ids() -> list[str]:
    return [info.id for info in nav.available()]


def url(base: str, page_id: str, params: dict[str, str]) -> str:
    """The page's address as a shared link; home is app.py's default page, served at /."""
    query = urlencode(params)
    path = "" if page_id == "home" else page_id
    return f"{base}/{path}" + (f"?{query}" if query else "")


def query(page: Page) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlsplit(page.url).query).items()}


def signature(page: Page, selector: str) -> str | None:
    return page.evaluate(SIGNATURE_JS, selector)


def wait_idle(page: Page) -> None:
    page.wait_for_selector(IDLE, state="attached")


def act_and_wait_for_new_chart(
    page: Page, action: Callable[[], None], selector: str, shot: Path
) -> tuple[float, float, str]:
    """Do `action` (move a control, press a button), wait until the chart's data differs from
    what it was, then until the script run ends. Returns (seconds to the changed chart, seconds
    to the end of the run, the final signature), both counted from the action. On a timeout, a
    screenshot goes to `shot`."""
    old = signature(page, selector)
    t0 = time.perf_counter()
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
    changed = time.perf_counter() - t0
    wait_idle(page)
    idle = time.perf_counter() - t0
    final = settled_signature(page, selector, shot)
    assert final is not None and final != old, "the chart went back to what it was after the run"
    return changed, idle, final


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


def screenshot(page: Page, path) -> None:
    """The whole page: Streamlit scrolls inside its main block, so a full_page screenshot at
    720 px high would stop at the fold. Grow the viewport to the content, shoot, shrink back."""
    height = page.evaluate(
        """() => Math.max(...['stMain', 'stSidebarContent'].map(id =>
             document.querySelector(`[data-testid="${id}"]`)?.scrollHeight || 0), 720)"""
    )
    page.set_viewport_size({"width": 1280, "height": min(height, 16_000)})
    page.wait_for_timeout(250)  # let Plotly and Streamlit settle after the resize
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 720})


def assert_healthy(page: Page, lang: str, page_id: str) -> None:
    errors = page.locator(EXCEPTION)
    if errors.count():
        pytest.fail(f"{page_id} [{lang}] shows an exception box:\n{errors.first.inner_text()}")


def labelled_slider(page: Page, label: str):
    """The slider under the label `label`. Streamlit names the <input type=range> itself
    "<label> <label>" (aria-label plus aria-labelledby); its group carries the label once."""
    return page.get_by_role("group", name=label, exact=True).get_by_role("slider")


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


def test_shared_link_restores_controls_and_names_a_bad_parameter(page: Page, app_url, artifacts):
    """A teacher's link in 繁體中文 with 9 ReLU layers, and one value that cannot be used.

    Defined first, so on the session's fresh server it is also the first visitor, arriving by a
    deep link (the case nav.ensure_entry_point handles)."""
    if "weight_init" not in page_ids():
        pytest.fail("pages/weight_init.py is missing")
    page.goto(
        url(
            app_url,
            "weight_init",
            {"lang": "zh-TW", "layers": "9", "activation": "relu", "nodes": "many"},
        )
    )
    expect(page.locator('[data-testid="stMain"] h1')).to_have_text(
        [translate("zh-TW", "init.title")],
        timeout=ACTION_TIMEOUT_MS,  # a cold server's first page
    )
    wait_idle(page)
    assert_healthy(page, "zh-TW", "weight_init")
    layers = labelled_slider(page, translate("zh-TW", "init.layers"))
    expect(layers).to_have_attribute("aria-valuetext", "9")
    relu = page.get_by_role("radio", name=translate("zh-TW", "init.act_relu"), exact=True)
    expect(relu).to_have_attribute("aria-checked", "true")
    nodes = labelled_slider(page, translate("zh-TW", "init.nodes"))
    expect(nodes).to_have_attribute("aria-valuetext", "100")  # the default, used instead
    warning = page.locator('[data-testid="stAlert"]').filter(has_text="nodes")
    expect(warning).to_have_count(1)
    expect(warning).to_contain_text("many")
    # The chart shows the linked settings: nine layers of ReLU.
    page.wait_for_function(CHANGED_JS, arg=[".st-key-init-hist", None], polling="raf")
    panels = page.evaluate(
        """() => document.querySelector('.st-key-init-hist .js-plotly-plot')._fullData
                   .filter(t => t.type === 'bar').length"""
    )
    assert panels == 9, f"{panels} histograms for a link with layers=9"
    title = translate("zh-TW", "init.act_relu")
    expect(page.locator(".st-key-init-hist")).to_contain_text(title)
    screenshot(page, artifacts / "shared-link-weight_init-zh-TW.png")
    assert page.js_errors == []


@pytest.mark.parametrize(
    ("page_id", "lang"),
    [(pid, lang) for pid in page_ids() for lang in LANGS],
    ids=[f"{pid}-{lang}" for pid in page_ids() for lang in LANGS],
)
def test_page_opens_and_a_control_redraws_its_chart(
    page: Page, app_url, artifacts, timings, chinese_font, page_id, lang
):
    m = MOVES.get(page_id, DEFAULT_MOVE)
    if lang != "en" and not chinese_font:
        warnings.warn(
            "no Chinese font (fc-list :lang=zh is empty): the 繁體中文 screenshots will show "
            "boxes; scripts/test.sh installs Debian's fonts-noto-cjk",
            stacklevel=1,
        )
    params = dict(m.params)
    if lang != "en":
        params["lang"] = lang
    if SEEDS[lang]:
        params["seed"] = str(SEEDS[lang])
    measured: dict[str, float] = {}
    shot = artifacts / f"{page_id}-{lang}"

    t0 = time.perf_counter()
    page.goto(url(app_url, page_id, params))
    heading = page.locator('[data-testid="stMain"] h1')
    if m.title:
        expect(heading).to_have_text([translate(lang, m.title)])
    else:
        expect(heading).to_have_count(1)
    expect(heading).to_be_visible()
    wait_idle(page)
    if not m.train:
        page.wait_for_function(CHANGED_JS, arg=[m.chart, None], polling="raf")
    measured["load"] = time.perf_counter() - t0
    assert_healthy(page, lang, page_id)
    # The menu entry of this page, in this language, is the current one.
    current = page.locator('[data-testid="stSidebarNav"] a[aria-current="page"]')
    expect(current).to_contain_text(translate(lang, f"nav.{page_id}"))

    if m.train:
        button = page.get_by_role("button", name=translate(lang, m.train), exact=True)
        _, measured["train"], _ = act_and_wait_for_new_chart(
            page, button.click, m.chart, artifacts / f"{page_id}-{lang}-timeout.png"
        )
        assert_healthy(page, lang, page_id)
    screenshot(page, f"{shot}-before.png")
    before = settled_signature(page, m.chart, artifacts / f"{page_id}-{lang}-timeout.png")

    # First move: new settings (not cached). Then back and forth: both results are cached now.
    results = {}
    shared = query(page).get(m.url_param) if m.url_param else None
    for step, forward in (("move", True), ("back", False), ("forth", True)):
        changed, idle, results[step] = act_and_wait_for_new_chart(
            page,
            lambda forward=forward: move(page, m, lang, forward),
            m.chart,
            artifacts / f"{page_id}-{lang}-timeout.png",
        )
        measured[step], measured[f"{step}_idle"] = changed, idle
        assert_healthy(page, lang, page_id)
        if step == "move":
            screenshot(page, f"{shot}-after.png")
            if m.url_param:  # the address bar follows the control: still a shareable link
                assert query(page).get(m.url_param) != shared, (
                    f"{page_id}: the move left {m.url_param}= in the URL as it was ({page.url})"
                )
    assert results["back"] == before, "moving the control back did not give the first chart"
    assert results["forth"] == results["move"], "moving it forth again gave another chart"
    assert page.js_errors == [], f"JavaScript errors: {page.js_errors}"
    timings.append((page_id, lang, measured))
