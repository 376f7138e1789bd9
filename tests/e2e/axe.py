"""axe-core in the page (issue 18): its serious and critical violations, found at each state a
visit passes through (tests/e2e/test_every_page_in_browser.py: every page in both languages,
before and after training, at 1280 and 390 px; test_accessibility_in_browser.py: the lesson
links).

axe-core is the npm package pinned in tests/axe (scripts/test.sh installs it with npm ci), read
from disk and injected into the page. Every state's findings also go to
test-artifacts/browser/axe-matrix<worker>.txt.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.e2e.browser import resize, settle

AXE = Path(__file__).resolve().parents[1] / "axe" / "node_modules" / "axe-core" / "axe.min.js"
SERIOUS = ("serious", "critical")
WIDTHS = (1280, 390)
MATRIX: dict[str, list[str]] = {}  # "page lang state width" -> findings, for axe-matrix.txt

# axe.run over the whole document; only the violations, each with its elements (at most 5).
RUN_AXE_JS = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.html.slice(0, 160)),
    count: v.nodes.length,
  }));
}"""


def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(
            f"{AXE} is missing: run `bash scripts/test.sh` (it runs npm ci in tests/axe)",
            pytrace=False,
        )
    return AXE.read_text()


def serious_violations(page: Page) -> list[dict]:
    """axe-core's serious and critical violations on the page as it is now."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_source())
    return [v for v in page.evaluate(RUN_AXE_JS) if v["impact"] in SERIOUS]


def describe(violations: list[dict]) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}) x{v['count']}: {v['help']}\n      "
        + "\n      ".join(v["nodes"])
        for v in violations
    ]


def check(page: Page, where: str, width: int, found: list[str]) -> None:
    """At `width`, run axe on the page once it is still; record the findings under `where`.
    At the page's own size, the page settles (its script may still run: just loaded or
    trained); at another, it is resized and laid out (a resize runs no script)."""
    viewport = {"width": width, "height": 844 if width < 500 else 720}
    if page.viewport_size == viewport:
        settle(page)
    else:
        resize(page, viewport)
    violations = serious_violations(page)
    MATRIX[f"{where} {width}px"] = [f"{v['id']} x{v['count']}" for v in violations]
    found += [f"[{where} {width}px] {line}" for line in describe(violations)]


def check_widths(page: Page, where: str, widths=WIDTHS) -> list[str]:
    """check() at each width in turn, then back at the page's own size; the findings."""
    viewport = page.viewport_size
    found: list[str] = []
    for width in widths:
        check(page, where, width, found)
    resize(page, viewport)
    return found


def write_matrix(artifacts: Path) -> None:
    """Every state checked so far in this process, with its findings."""
    if MATRIX:
        lines = [f"{state}: {', '.join(found) or 'none'}" for state, found in MATRIX.items()]
        worker = os.environ.get("PYTEST_XDIST_WORKER", "")
        (artifacts / f"axe-matrix{worker}.txt").write_text("\n".join(lines) + "\n")
