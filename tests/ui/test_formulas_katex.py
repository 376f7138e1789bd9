"""Every formula the lab shows is drawn by KaTeX, whole, in every language (issue 9.1), and
no bold or italic marker is left as text (issue 22: CJK punctuation beside **).

The primer's formulas once read `$$\\mu = ... \\qquad` and went on on the next line: Streamlit's
Markdown parser (micromark's math extension, under remark-math) took the text after the opening
`$$` as the fence's "meta" and dropped it, and the formula never closed, so the rest of the
string became one formula that KaTeX could not parse (red source text on the page).

tests/katex/render.mjs parses each text as Streamlit's frontend does and renders its formulas
with the KaTeX version Streamlit bundles. Checked: every string of every language
(ui/i18n.py's merged tables), with its placeholders filled, and
what the Batch Normalization page hands to st.latex: every node's formula and its worked
example, for batches from 1 to 16 samples and several gamma and beta. scripts/test.sh
installs node's packages (npm ci in tests/katex).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from engine.walkthroughs import batchnorm_walkthrough
from ui import i18n
from ui.batchnorm import graph

KATEX = Path(__file__).resolve().parents[1] / "katex"
SAMPLES = (1.5, 2, "x")  # placeholder values tried in turn until the format spec takes one


def render(items: dict[str, str]) -> dict[str, dict]:
    """{id: {"formulas": count, "problems": [...]}} for {id: Markdown text}."""
    node = shutil.which("node")
    if node is None or not (KATEX / "node_modules" / "katex").is_dir():
        pytest.fail(
            "node and tests/katex/node_modules are needed: run `bash scripts/test.sh` (it installs "
            "Debian's nodejs if missing and runs `npm ci` in tests/katex)",
            pytrace=False,
        )
    payload = json.dumps([{"id": k, "markdown": v} for k, v in items.items()])
    done = subprocess.run(
        [node, str(KATEX / "render.mjs")],
        input=payload,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return {r["id"]: r for r in json.loads(done.stdout)}


MATH = re.compile(r"\$\$.*?\$\$|\$[^$]*\$", re.DOTALL)


def filled(lang: str, key: str) -> str:
    """The string as a page shows it: every placeholder outside its formulas filled with a
    sample value (inside a formula, {N} or {gathered} is LaTeX, which t() leaves alone when it
    gets no argument of that name, and no page passes one)."""
    text = i18n.LANGUAGES[lang][key]

    def fill(match: re.Match) -> str:
        spec = match.group(2) or ""
        for sample in SAMPLES:
            try:
                return format(sample, spec)
            except (ValueError, TypeError):
                continue
        return match.group(0)

    parts, end = [], 0
    for formula in MATH.finditer(text):
        parts += [i18n.PLACEHOLDER.sub(fill, text[end : formula.start()]), formula.group(0)]
        end = formula.end()
    parts.append(i18n.PLACEHOLDER.sub(fill, text[end:]))
    return "".join(parts)


def latex(body: str) -> str:
    """What st.latex(body) sends the browser (streamlit/elements/markdown.py)."""
    return f"$$\n{body}\n$$"


def test_the_checker_finds_the_broken_primer_formula_and_passes_a_good_one():
    broken = "$$\\mu = \\frac{1}{N} \\qquad\n\\sigma = 1$$\n\nthen $x$."
    good = "$$\n\\mu = \\frac{1}{N}\n$$\n\nthen $x$."
    result = render({"broken": broken, "good": good, "bad": r"$\frac{1}$"})
    assert any("dropped" in p for p in result["broken"]["problems"])
    assert any("never closes" in p for p in result["broken"]["problems"])
    assert result["good"] == {"id": "good", "formulas": 2, "problems": []}
    assert any("KaTeX cannot draw" in p for p in result["bad"]["problems"])


def test_the_checker_finds_bold_markers_that_stay_text():
    # CommonMark: ** after a closing bracket and before a letter does not close the bold
    result = render(
        {
            "stays": "**Weight decay（荷重減衰）**は損失関数に",
            "closes": "**Weight decay**（荷重減衰）は損失関数に",
            "code": "`dstd = -dxn * xc / std**2` and $a * b$",
        }
    )
    assert any("markers left as text" in p for p in result["stays"]["problems"])
    assert result["closes"]["problems"] == [] and result["code"]["problems"] == []


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_every_string_draws_its_formulas_whole(lang):
    texts = {key: filled(lang, key) for key in i18n.LANGUAGES[lang]}
    result = render(texts)
    problems = {key: r["problems"] for key, r in result.items() if r["problems"]}
    assert problems == {}
    # the check saw the formulas (a parser that found none would pass anything)
    assert result["batchnorm.primer_formulas"]["formulas"] >= 4
    assert result["init.theory"]["formulas"] >= 10


def test_every_batchnorm_node_formula_and_worked_example_draws():
    texts = {}
    for batch, features, gamma, beta, seed in (
        (1, 1, 1.0, 0.0, 0),
        (2, 3, 0.0, -3.0, 1),
        (4, 3, 1.0, 0.0, 0),
        (16, 6, 2.7, 1.3, 5),
    ):
        trace, _ = batchnorm_walkthrough(batch, features, gamma, beta, seed)
        for step in graph.STEPS:
            formula, worked = graph.step_latex(trace, step, gamma, beta)
            texts[f"{step} formula"] = latex(formula)
            texts[f"{step} worked N={batch} gamma={gamma} beta={beta}"] = latex(worked)
    result = render(texts)
    assert {k: r["problems"] for k, r in result.items() if r["problems"]} == {}
    assert all(r["formulas"] == 1 for r in result.values())
