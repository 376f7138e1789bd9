"""The Batch Normalization page's formulas are drawn whole in a real browser: each step's
formula and its worked example (two aligned lines of sums and fractions), at the steps whose
fractions were cut off by a few pixels before ui.bn.STRUT gave them room.

Uses the check of tests/e2e/formulas.py (ink in the margins that only shows once the formula's
overflow is made visible, at several sub-pixel shifts). The LaTeX is the same in both
languages, so English is enough. One page load: the step slider walks from step to step.

    python -m pytest tests/e2e/test_bn_formulas_in_browser.py -q
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.e2e.browser import labelled_slider, query, settle, wait_idle
from tests.e2e.formulas import cut_formulas
from ui.batchnorm.graph import STEPS
from ui.i18n import translate

pytestmark = pytest.mark.browser

CHECKED = ("xn", "dstd", "dxc", "dx")
STEP_MOVED_JS = "(was) => new URL(location.href).searchParams.get('step') !== was"


def assert_step_formulas_whole(page: Page, step: str) -> None:
    # the step's formulas: the primer's come first, folded away in their expander
    page.wait_for_selector(".katex-display:not(details .katex-display)")
    page.wait_for_timeout(500)  # KaTeX's fonts
    formulas = page.locator(".katex-display")
    folded = formulas.evaluate_all("all => all.map(f => f.closest('details') !== null)")
    shown = [i for i, inside in enumerate(folded) if not inside][:2]
    tex = [formulas.nth(i).locator("annotation").text_content() or "" for i in shown]
    assert tex[1].startswith(r"\small \begin{aligned}"), tex  # the step's formula, then worked
    assert cut_formulas(page, shown) == [], f"{step}: ink cut off (shift px, formula, pixels)"


def test_batchnorm_step_formulas_are_not_clipped(page: Page, app_url):
    page.goto(f"{app_url}/batchnorm?step={CHECKED[0]}&batch=8")
    settle(page)
    slider = labelled_slider(page, translate("en", "batchnorm.step"))
    failed = []
    for step in CHECKED:
        while (shown := query(page).get("step", "x")) != step:  # one step at a time, each
            slider.focus()  # rerun ended: the address names the next step, the script is idle
            slider.press("ArrowRight")
            page.wait_for_function(STEP_MOVED_JS, arg=shown)
            wait_idle(page)
        settle(page)
        assert STEPS.index(step) == STEPS.index(query(page)["step"])
        try:
            assert_step_formulas_whole(page, step)
        except AssertionError as failure:
            failed.append(str(failure))
    assert failed == []
