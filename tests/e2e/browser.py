"""What every real-browser test shares: the address of a page, its state (is the script run
over? any exception box?), its controls, and the steps a visit takes (train every section,
open every expander, a screenshot of the whole page). The fixtures (server, Chromium, a page
per test) are in tests/e2e/conftest.py.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from playwright.sync_api import Locator, Page, expect

from ui.i18n import translate

LANGS = ("en", "zh-TW")  # the languages every page is driven in (日本語: the layout pass only)
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
EXCEPTION = '[data-testid="stException"]'

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
    # 3-digit epochs beside each other in two panels; the overlay of five runs, quick
    "dropout": {"epochs": "100", "train_size": "100"},
    # the λ thumb must show 0.001 (Streamlit's %0.2f wrote "0.00"); 3-digit epochs
    "plane": {"lambda": "0.001", "epochs": "200"},
    "updates": {"iterations": "30"},  # the race at the book's settings, a short MNIST run
    "hyperparameters": {"trials": "10", "epochs": "5"},
}


def url(base: str, page_id: str, params: dict[str, str]) -> str:
    """The page's address as a shared link; home is app.py's default page, served at /."""
    query = urlencode(params)
    path = "" if page_id == "home" else page_id
    return f"{base}/{path}" + (f"?{query}" if query else "")


def query(where: Page | str) -> dict[str, str]:
    """The URL parameters of a page's address (or of an address), the last of each name."""
    address = where if isinstance(where, str) else where.url
    return {k: v[-1] for k, v in parse_qs(urlsplit(address).query).items()}


def wait_idle(page: Page) -> None:
    """Until the script run is over (Streamlit marks the app notRunning)."""
    page.wait_for_selector(IDLE, state="attached")


def settle(page: Page, rounds: int = 2) -> None:
    """The script run ended, and a moment later (`rounds` times) it still has: the page is
    drawn whole, and a rerun that a run queued has ended too."""
    for _ in range(rounds):
        wait_idle(page)
        page.wait_for_timeout(700)
    wait_idle(page)


# Resolves once the page's layout has held still for 12 animation frames (~0.2 s): the same
# boxes for the main area, the sidebar and every chart, and no CSS transition running (the
# sidebar folding away at a phone's width); false if it never did within ~10 s.
LAID_OUT_JS = """async () => {
  const boxes = () => JSON.stringify([...document.querySelectorAll(
      '[data-testid="stMain"], [data-testid="stSidebar"], .js-plotly-plot')]
    .map(e => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; }));
  const moving = () => document.getAnimations().some(a => a.playState === 'running');
  let last = null, still = 0;
  for (let frame = 0; frame < 600; frame++) {
    await new Promise(r => requestAnimationFrame(r));
    const now = boxes();
    still = now === last && !moving() ? still + 1 : 0;
    if (still >= 12) return true;
    last = now;
  }
  return false;
}"""


def resize(page: Page, viewport: dict[str, int]) -> None:
    """Set the viewport and wait until the page is laid out for it. A resize runs no script
    (the app reads no width), so there is no rerun to wait for as settle() does, only the
    layout: the sidebar folding or unfolding, each chart drawn again at its new width."""
    if page.viewport_size == viewport:
        return
    page.set_viewport_size(viewport)
    wait_idle(page)
    assert page.evaluate(LAID_OUT_JS), f"the page's layout kept moving at {viewport}"


def assert_healthy(page: Page, lang: str, page_id: str) -> None:
    errors = page.locator(EXCEPTION)
    if errors.count():
        pytest.fail(f"{page_id} [{lang}] shows an exception box:\n{errors.first.inner_text()}")


def labelled_slider(page: Page, label: str) -> Locator:
    """The slider under the label `label`. Streamlit names the <input type=range> itself
    "<label> <label>" (aria-label plus aria-labelledby); its group carries the label once."""
    return page.get_by_role("group", name=label, exact=True).get_by_role("slider")


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


def full_screenshot(page: Page, path: Path | str, width: int) -> None:
    """The whole page at `width`: Streamlit scrolls inside its main block, so a full_page
    screenshot would stop at the fold. Grow the viewport to the content, shoot, shrink back."""
    height = page.evaluate(
        """() => Math.max(...['stMain', 'stSidebarContent'].map(id =>
             document.querySelector(`[data-testid="${id}"]`)?.scrollHeight || 0), 600)"""
    )
    viewport = page.viewport_size
    page.set_viewport_size({"width": width, "height": min(height, 16_000)})
    page.wait_for_timeout(400)  # let Plotly and Streamlit settle after the resize
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(viewport)
