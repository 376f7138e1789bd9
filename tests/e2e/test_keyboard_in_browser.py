"""Keyboard-only lessons (issue 18): on every page, in Chromium, with Tab, Shift+Tab, arrows,
Enter and Space alone, a student changes the page's main control, trains, and reads the result
as a screen reader gets it (the chart's accessible name, role="figure"); answers a lesson
link's prediction question; and a teacher opens and uses the lesson-link panel. After every
rerun the focus is still on the control (or, when a rerun took the focused button away, on
what follows it), never lost to the top of the page, and Tab is never trapped.

    python -m pytest tests/e2e/test_keyboard_in_browser.py -q
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.browser import settle, url, wait_idle
from ui.i18n import translate

pytestmark = pytest.mark.browser
TRAINING = 300_000  # ms: a loaded two-core machine
MAX_TABS = 120
FOCUSED = "el => el === document.activeElement || el.contains(document.activeElement)"
LOST = "() => !document.activeElement || document.activeElement === document.body"


def tab_to(page: Page, target: Locator, *, back: bool = False) -> None:
    """Press Tab (Shift+Tab when `back`) until `target` has the focus."""
    target.wait_for(state="attached")
    for _ in range(MAX_TABS):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        if target.evaluate(FOCUSED):
            return
    pytest.fail(f"{MAX_TABS} presses of Tab never reached {target}", pytrace=False)


def assert_focus_kept(page: Page, target: Locator | None = None) -> None:
    """After a rerun: the focus is somewhere (on `target`, when given)."""
    settle(page)
    assert not page.evaluate(LOST), "the rerun lost the focus to the top of the page"
    if target is not None:
        assert target.evaluate(FOCUSED), "the rerun moved the focus off the control"


def figure_names(page: Page) -> list[str]:
    """The charts' accessible names, as Chromium's accessibility tree gives them."""
    return [
        figure.get_attribute("aria-label") or ""
        for figure in page.get_by_role("figure").all()
        if figure.is_visible()
    ]


def slider(page: Page, label: str) -> Locator:
    return page.locator('[data-testid="stMain"]').get_by_role("slider", name=label).first


# Whether a Train press took: a Stop button is on the page, or the Train button pressed (the
# which-th) is gone (the run ended and its stored result took its place).
STARTED_JS = """([stop, train, which]) => {
  const named = name => [...document.querySelectorAll('[data-testid="stMain"] button')]
    .filter(b => b.innerText.trim() === name && !b.closest('[data-stale="true"]'));
  return named(stop).length > 0 || named(train).length <= which;
}"""


def train_by_keyboard(page: Page, lang: str, which: int = 0) -> None:
    """Tab to the page's (which-th) Train button, press Enter, wait for the run's end."""
    main = page.locator('[data-testid="stMain"]')
    button = main.get_by_role("button", name=translate(lang, "live.train"), exact=True).nth(which)
    tab_to(page, button)
    page.keyboard.press("Enter")
    # The run started: its Stop button shows (checked every frame: a short run shows it for
    # less than expect()'s 1 s polling step, and CI missed it), or it ended already.
    page.wait_for_function(
        STARTED_JS,
        arg=[translate(lang, "live.stop"), translate(lang, "live.train"), which],
        polling="raf",
        timeout=TRAINING,
    )
    stop = main.get_by_role("button", name=translate(lang, "live.stop"), exact=True)
    expect(stop).to_have_count(0, timeout=TRAINING)
    assert_focus_kept(page)


def open_page(page: Page, app_url: str, page_id: str, **params: str) -> None:
    page.goto(url(app_url, page_id, params))
    expect(page.locator('[data-testid="stMain"] h1')).to_have_count(1, timeout=TRAINING)
    settle(page)


def test_home_by_keyboard_opens_a_lesson(page: Page, app_url):
    open_page(page, app_url, "home")
    assert any("Affine" in name for name in figure_names(page))  # the loop, in words
    link = page.locator('[data-testid="stMain"]').get_by_role("link", name="Open").first
    tab_to(page, link)
    tab_to(page, page.get_by_role("link", name="Home").first, back=True)  # Shift+Tab goes back
    tab_to(page, link)
    page.keyboard.press("Enter")
    expect(page.locator('[data-testid="stMain"] h1')).to_have_text(
        [translate("en", "init.title")], timeout=TRAINING
    )


@pytest.mark.parametrize("lang", ["en", "zh-TW"])
def test_weight_init_by_keyboard(page: Page, app_url, lang):
    seed = {"en": "41", "zh-TW": "51"}[lang]  # each its own run: a stored one has no Train
    open_page(page, app_url, "weight_init", iterations="10", seed=seed, lang=lang)
    layers = slider(page, translate(lang, "init.layers"))
    tab_to(page, layers)
    page.keyboard.press("ArrowRight")
    assert_focus_kept(page, layers)
    expect(layers).to_have_attribute("aria-valuetext", "6")
    sixth = {"en": "Layer 6 of 6:", "zh-TW": "第 6 層（共 6 層）"}[lang]
    assert any(sixth in name for name in figure_names(page)), figure_names(page)
    train_by_keyboard(page, lang)
    lowest = {"en": "Lowest loss at the end", "zh-TW": "最後損失最低"}[lang]
    assert any(lowest in name for name in figure_names(page)), figure_names(page)


def test_batchnorm_by_keyboard_walks_the_graph(page: Page, app_url):
    open_page(page, app_url, "batchnorm")
    node = slider(page, translate("en", "batchnorm.step"))
    tab_to(page, node)
    page.keyboard.press("ArrowRight")
    assert_focus_kept(page, node)
    assert any("Highlighted: step 2 of 16, mu" in name for name in figure_names(page))
    page.keyboard.press("End")
    assert_focus_kept(page, node)
    assert any("step 16 of 16, dx" in name for name in figure_names(page))


def test_weight_decay_by_keyboard_answers_the_question_then_trains(page: Page, app_url):
    open_page(page, app_url, "weight_decay", epochs="3", seed="42", ask="gap", **{"class": "kb"})
    lam = slider(page, translate("en", "decay.lambda"))
    tab_to(page, lam)
    page.keyboard.press("ArrowRight")
    assert_focus_kept(page, lam)
    main = page.locator('[data-testid="stMain"]')
    choices = main.get_by_role("radio")
    tab_to(page, choices.first)
    page.keyboard.press("ArrowDown")  # arrows move between the answers
    expect(choices.nth(1)).to_be_checked()
    tab_to(page, main.get_by_role("button", name=translate("en", "predict.submit")))
    page.keyboard.press("Space")
    expect(main.get_by_role("radio")).to_have_count(0, timeout=TRAINING)
    assert_focus_kept(page)
    train_by_keyboard(page, "en")
    verdict = main.locator('[data-testid="stAlert"]').filter(has_text="B ·")
    expect(verdict).to_have_count(1, timeout=TRAINING)
    names = figure_names(page)
    assert any("λ = 0.11 after 3 epochs: train" in n for n in names), names
    # The result was announced in the section's polite live region (read out once, at the end).
    region = page.locator('[role="status"][aria-live="polite"]').filter(has_text="λ = 0.11 after 3")
    expect(region).to_have_count(1)


def test_dropout_by_keyboard_and_the_lesson_link_panel(page: Page, app_url):
    open_page(page, app_url, "dropout", epochs="3", seed="43")
    ratio = slider(page, translate("en", "dropout.ratio"))
    tab_to(page, ratio)
    page.keyboard.press("ArrowRight")
    assert_focus_kept(page, ratio)
    assert any("expected 75%" in name for name in figure_names(page)), figure_names(page)
    # The teacher's panel, by keyboard: open it, lock the ratio, read the link.
    panel = page.locator('[data-testid="stSidebar"] summary').filter(
        has_text=translate("en", "lesson.panel_title")
    )
    tab_to(page, panel, back=True)
    page.keyboard.press("Enter")
    lock = page.locator('[data-testid="stSidebar"]').get_by_role(
        "combobox", name=translate("en", "lesson.lock")
    )
    tab_to(page, lock)
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("listbox")).to_be_visible()  # open before Enter picks (a loaded CI)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    code = page.locator('[data-testid="stSidebar"] [data-testid="stCode"]').first
    expect(code).to_contain_text("lock=ratio", timeout=TRAINING)
    assert_focus_kept(page)
    # Not trapped: Tab leaves the panel and goes on through the page.
    seen = set()
    for _ in range(40):
        page.keyboard.press("Tab")
        seen.add(page.evaluate("() => !!document.activeElement.closest('[data-testid=stMain]')"))
    assert True in seen, "Tab stayed in the sidebar's panel"


def test_plane_by_keyboard_trains_at_each_move(page: Page, app_url):
    open_page(page, app_url, "plane", epochs="20", seed="44")
    lam = slider(page, translate("en", "plane.lambda"))
    tab_to(page, lam)
    page.keyboard.press("ArrowRight")
    wait_idle(page)
    assert_focus_kept(page, lam)
    names = figure_names(page)
    assert any("λ = 0.001, epoch 20: the decision boundary" in n for n in names), names
    assert any("λ = 0.001 after 20 epochs: train" in n for n in names), names


def test_updates_by_keyboard_moves_a_learning_rate_and_trains_the_mnist_race(page: Page, app_url):
    open_page(page, app_url, "updates", iterations="10", seed="45")
    sgd = slider(page, translate("en", "updates.lr", rule="SGD"))
    tab_to(page, sgd)
    page.keyboard.press("ArrowRight")
    assert_focus_kept(page, sgd)
    lr = sgd.get_attribute("aria-valuetext")
    assert lr != "0.95"
    names = figure_names(page)  # the race's words follow the new learning rate
    assert any(f"SGD · η = {lr} after 30 steps ends at (" in n for n in names), names
    train_by_keyboard(page, "en")
    names = figure_names(page)
    assert any("Mean loss over the last 10 iterations, lowest first:" in n for n in names), names


def test_hyperparameters_by_keyboard_in_traditional_chinese(page: Page, app_url):
    open_page(page, app_url, "hyperparameters", trials="10", epochs="5", seed="46", lang="zh-TW")
    trials = slider(page, translate("zh-TW", "hyper.trials"))
    tab_to(page, trials)
    page.keyboard.press("ArrowRight")  # 10 -> 20 trials
    assert_focus_kept(page, trials)
    expect(trials).to_have_attribute("aria-valuetext", "20")
    train_by_keyboard(page, "zh-TW")
    names = figure_names(page)
    assert any("20 次試驗：驗證準確率最高為" in n for n in names), names
    # The best curves' words, announced once in the section's polite live region.
    region = page.locator('[role="status"][aria-live="polite"]').filter(has_text="第 1 名（第")
    expect(region).to_have_count(1, timeout=TRAINING)
