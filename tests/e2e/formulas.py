"""Whether display formulas are drawn whole in a real browser: the overfitting pages' (checked
by tests/e2e/test_every_page_in_browser.py) and the Batch Normalization steps'
(test_bn_formulas_in_browser.py).

Streamlit puts each display formula ($$...$$, st.latex) in a box with `overflow-y: hidden`, and
KaTeX's box can be a pixel or two shorter than its glyphs: the top of the numerator of dropout's
inverted formula (m_i x_i over 1 - r) was cut off, and, depending on where the formula falls
within a pixel, so was the bottom of weight decay's dL/dW. A `\\vphantom{\\bigg|}` after
each fraction formula gives the box room.

The check: screenshot each formula's box with a margin above and below, once as Streamlit styles
it and once with its overflow made visible. Ink that appears in the margins only the second time
was cut off. Whether a glyph's edge is cut depends on the formula's sub-pixel position, so the
page is shifted by fractions of a pixel and checked at each.
"""

from __future__ import annotations

import io

import numpy as np
from playwright.sync_api import Page

MARGIN_PX = 12  # Streamlit leaves 16 px above and below a display formula
INK_STEP = 48  # grey levels: a smaller change is anti-aliasing fringe
SHIFTS_PX = (0.0, 0.25, 0.5, 0.75)
PAGES = ("weight_decay", "dropout")  # the pages whose display formulas are checked


def clipped_pixels(page: Page, index: int) -> tuple[str, int]:
    """(the formula's TeX, how many pixels of ink lie outside its box, hidden by the overflow).
    Inside the box text can move by a sub-pixel when the box stops being a scroll container;
    only the margins count."""
    from PIL import Image  # Streamlit depends on Pillow

    formula = page.locator(".katex-display").nth(index)
    formula.scroll_into_view_if_needed()
    box = formula.bounding_box()
    clip = {
        "x": box["x"],
        "y": box["y"] - MARGIN_PX,
        "width": box["width"],
        "height": box["height"] + 2 * MARGIN_PX,
    }

    def shot() -> np.ndarray:
        return np.asarray(Image.open(io.BytesIO(page.screenshot(clip=clip))).convert("L"), int)

    styled = shot()
    formula.evaluate("e => { e.style.overflow = 'visible'; }")
    whole = shot()
    formula.evaluate("e => { e.style.overflow = ''; }")
    changed = np.abs(whole - styled) > INK_STEP
    inside = int(round(box["height"]))
    margins = np.concatenate([changed[:MARGIN_PX], changed[MARGIN_PX + inside :]])
    tex = formula.locator("annotation").text_content() or ""
    return tex, int(margins.sum())


SHIFT_JS = """(shift) => { document.querySelector('[data-testid="stMainBlockContainer"]')
                            .style.marginTop = shift === null ? '' : `${shift}px`; }"""


def cut_formulas(page: Page, indices) -> list[tuple[float, str, int]]:
    """(shift, TeX, pixels) for every formula in `indices` cut off at any of SHIFTS_PX. The
    page is left unshifted."""
    cut = []
    for shift in SHIFTS_PX:
        page.evaluate(SHIFT_JS, shift)
        page.wait_for_timeout(100)
        cut += [(shift, *clipped_pixels(page, i)) for i in indices]
    page.evaluate(SHIFT_JS, None)
    return [c for c in cut if c[2]]


def assert_formulas_whole(page: Page) -> None:
    """Every display formula of the page as opened (before training, expanders folded)."""
    page.wait_for_selector(".katex-display")
    page.wait_for_timeout(500)  # KaTeX's fonts
    count = page.locator(".katex-display").count()
    assert count >= 2
    assert cut_formulas(page, range(count)) == [], "ink cut off (shift px, formula, pixels)"
