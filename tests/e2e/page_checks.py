"""What a visit of tests/e2e/test_every_page_in_browser.py checks on particular pages, beyond the
checks every page gets: the Batch Normalization graph (issue 17.10), the 2-D page's λ thumb
(17.7), the dropout page's gap labels (17.8) and its regularizer overlay (12.3), the optimizer
race's replay (Plotly frames, no server work), and that no
page opened by its own address says it has no page (test_links_in_browser's other cases).
"""

from __future__ import annotations

import time

from playwright.sync_api import Page, expect

from tests.e2e.chart_geometry import BOX_GAP_PX, GRAPH_JS, gap_between, inside
from ui.i18n import translate

# The overlay's figure as the browser drew it (the last figure with a second x axis): its
# traces' names and its annotations.
OVERLAY_JS = """() => {
  const plots = [...document.querySelectorAll('.js-plotly-plot')]
    .filter(p => p.layout && p.layout.xaxis2);
  const p = plots[plots.length - 1];
  return {names: p._fullData.map(t => t.name),
          gaps: (p.layout.annotations || []).map(a => a.text)};
}"""


# The number of points of every path the race figure shows now (its first four lines+markers
# traces), read from the figure Plotly drew.
PATH_POINTS_JS = """() => {
  const plot = document.querySelector('.st-key-updates-race .js-plotly-plot');
  if (!plot || !plot._fullData) return null;
  return plot._fullData.filter(t => t.mode === 'lines+markers').map(t => t.x.length);
}"""


def main(page: Page):
    return page.locator('[data-testid="stMain"]')


def assert_bn_graph_fits(page: Page, width: int) -> None:
    """Every box label of the computation graph inside its box, the boxes apart."""
    graph = page.evaluate(GRAPH_JS)
    assert len(graph["boxes"]) == len(graph["labels"]) == 18  # every node of the graph
    for label in graph["labels"]:
        box = [b for b in graph["boxes"] if inside(label["box"], b)]
        assert len(box) == 1, f"'{label['text']}' is not inside its box at {width} px"
    for i, a in enumerate(graph["boxes"]):
        for b in graph["boxes"][i + 1 :]:
            assert gap_between(a, b) >= BOX_GAP_PX, (a, b)


def assert_lambda_thumb_exact(page: Page) -> None:
    """The 2-D page's λ thumb shows 0.001 (Streamlit's %0.2f wrote "0.00")."""
    thumb = page.locator(".st-key-plane-lambda [data-testid='stSliderThumbValue']")
    expect(thumb).to_have_text("0.001")


def gap_word(lang: str) -> str:
    """The start of a gap label ("gap ", "差距 "), as the legend names it."""
    return translate(lang, "overfit.gap_label", gap=0.0).split("0")[0]


def assert_dropout_gaps_labelled(page: Page, lang: str) -> None:
    """The page's run and the one without dropout each have a gap label (beside the curves,
    or, with no room there, in the legend); the overlay's five have theirs in the legend."""
    gap = gap_word(lang)
    runs = page.locator('[class*="st-key-live-dropout-"]')
    labels = runs.locator(".annotation-text").count()
    assert labels + runs.locator(".legendtext").filter(has_text=gap).count() == 2
    overlay = page.locator('[class*="st-key-live-regularizers-"]')
    expect(overlay.locator(".annotation-text")).to_have_count(0)  # five found no room ...
    expect(overlay.locator(".legendtext").filter(has_text=gap)).to_have_count(5)  # ... here


def assert_overlay_draws_five_runs(page: Page, lang: str) -> None:
    """The trained overlay: one legend entry per run naming its gap, none on the plot, and a
    table of the five runs' final numbers."""
    header = main(page).get_by_role("heading", name=translate(lang, "reg.header"))
    expect(header).to_have_count(1)
    table = main(page).locator('[data-testid="stTable"]')
    table = table.filter(has_text=translate(lang, "reg.col_status"))
    expect(table).to_have_count(1)
    drawn = page.evaluate(OVERLAY_JS)
    runs = [
        translate(lang, "reg.run_none"),
        translate(lang, "reg.run_decay", lam=0.1),
        translate(lang, "reg.run_dropout", ratio=0.2),
        translate(lang, "reg.run_both"),
        translate(lang, "reg.run_bn"),
    ]
    for run in runs:
        named = [n for n in drawn["names"] if n.startswith(f"{run} · {gap_word(lang)}")]
        assert named, drawn["names"]
    assert drawn["gaps"] == []
    expect(table.locator("tbody tr")).to_have_count(5)


def assert_no_missing_page_note(page: Page) -> None:
    """A page opened by its own address says nothing about a page it does not have."""
    expect(page.locator('[data-testid="stAlert"]').filter(has_text="has no page")).to_have_count(0)


def assert_race_replays(page: Page) -> None:
    """Play replays the race from the start and ends with every step (31 points a path)."""
    page.wait_for_function(f"() => ({PATH_POINTS_JS})() !== null")
    assert page.evaluate(PATH_POINTS_JS) == [31, 31, 31, 31]  # the whole path at first
    page.locator(".st-key-updates-race .updatemenu-button").first.click()  # ▶ Play
    seen = set()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        points = page.evaluate(PATH_POINTS_JS)
        seen.add(points[0])
        if len(seen) > 3 and points == [31, 31, 31, 31]:
            break
        page.wait_for_timeout(50)
    assert min(seen) < 10, f"the replay did not start from the beginning: {sorted(seen)}"
    assert len(seen) >= 4, f"too few steps were drawn: {sorted(seen)}"
    assert page.evaluate(PATH_POINTS_JS) == [31, 31, 31, 31]
