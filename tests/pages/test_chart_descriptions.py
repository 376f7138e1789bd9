"""Every chart the app draws speaks (issue 18): on every page, in both languages, before and
after training, each st.plotly_chart carries a text alternative (its `alt`, the accessible name
of the chart's container) that is built from the data it draws: numbers found in the figure's
own traces, or, for a diagram without numbers, the labels of its boxes. And no module draws a
chart but ui/chart.py (one place draws charts, so one place guarantees it)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import numpy as np
import pytest

from tests.helpers import ROOT, open_page, values
from ui.lesson import new_teacher_key

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")

LANGS = ("en", "zh-TW")
PAGES = {  # page -> the settings it opens with: small, so training takes a second or two
    "pages/home.py": {},
    "pages/weight_init.py": {"iterations": "20"},
    "pages/batchnorm.py": {"epochs": "1", "train_size": "100"},
    "pages/weight_decay.py": {"epochs": "3"},
    "pages/dropout.py": {"epochs": "3"},
    "pages/plane.py": {"epochs": "20"},
    "pages/updates.py": {"iterations": "10"},
    "pages/hyperparameters.py": {"trials": "10", "epochs": "5"},
}
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A number as ui.numbers writes one outside 10⁻³..10⁵: "2.80 × 10⁻⁶" (no-break spaces).
POWER = re.compile(r"(\d+(?:\.\d+)?)\s*×\s*10([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
EXPONENT = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")


def train_everything(at):
    """Press every Train button the page shows, one after another (each press reruns)."""
    for _ in range(4):
        buttons = [b for b in at.button if b.key and b.key.endswith(":action") and not b.disabled]
        train = [b for b in buttons if b.proto.type == "primary"]
        if not train:
            return at
        train[0].click().run()
        assert not at.exception
    return at


def drawn_numbers(spec: dict) -> list[float]:
    """Every number the figure draws: its traces' x, y, z and texts, its annotations."""
    found: list[float] = []
    for trace in spec.get("data", []):
        for key in ("x", "y", "z", "text"):
            if trace.get(key) is None:
                continue
            data = values(trace[key])
            if data.dtype.kind in "fiu":
                found += [float(v) for v in data.ravel() if np.isfinite(v)]
            else:
                found += [
                    float(n.replace(",", "")) for v in data.ravel() for n in NUMBER.findall(str(v))
                ]
    for note in spec.get("layout", {}).get("annotations", []) or []:
        found += [float(n.replace(",", "")) for n in NUMBER.findall(str(note.get("text", "")))]
    return found


def written_numbers(text: str) -> list[str]:
    """The numbers a description writes, as tokens: "2.80e-6" for "2.80 × 10⁻⁶", the others
    as they stand (without their sign: a figure's -0.35 is matched by its size)."""
    powers = [f"{m[1]}e{m[2].translate(EXPONENT)}" for m in POWER.finditer(text)]
    return powers + NUMBER.findall(POWER.sub(" ", text))


def matches(token: str, drawn: list[float]) -> bool:
    """Whether a number written in a description (at its own precision, or as a percentage of
    a share) is one the figure draws."""
    value = float(token.replace(",", ""))
    mantissa, _, exponent = token.partition("e")
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    tolerance = 0.5 * 10 ** (int(exponent or 0) - decimals) + 1e-9 * (not exponent)
    for v in map(abs, drawn):
        if abs(v - value) <= tolerance or abs(100 * v - value) <= tolerance:
            return True
        if v != 0 and abs(v - value) / abs(v) < 5e-3:  # 3 significant digits
            return True
    return False


def annotation_texts(spec: dict) -> list[str]:
    texts = [str(a.get("text", "")) for a in spec.get("layout", {}).get("annotations", []) or []]
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]*>", " ", t)).strip() for t in texts if t.strip()]


def check_chart(page: str, lang: str, element) -> None:
    alt = element.proto.alt
    spec = json.loads(element.proto.spec)
    where = f"{page} [{lang}] chart {element.proto.id[:40]}"
    assert alt.strip(), f"{where} has no text alternative"
    drawn = drawn_numbers(spec)
    tokens = written_numbers(alt)
    if len([tok for tok in tokens if matches(tok, drawn)]) >= 2:
        return
    # A diagram (hidden axes; its numbers are positions): the description names its boxes.
    assert spec.get("layout", {}).get("xaxis", {}).get("visible") is False, (
        f"{where}: no numbers of its data in {alt!r}"
    )
    labels = [text for text in annotation_texts(spec) if len(text) > 1]
    named = [text for text in labels if text in alt]
    assert len(named) >= min(5, len(labels)), f"{where}: boxes {labels} not in {alt!r}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", list(PAGES))
def test_every_chart_carries_a_description_with_its_numbers(page, lang):
    at = open_page(page, lang=lang, **PAGES[page])
    assert not at.exception
    before = list(at.get("plotly_chart"))
    for element in before:
        check_chart(page, lang, element)
    after = list(train_everything(at).get("plotly_chart"))
    assert after, f"{page} [{lang}] draws no chart after training"
    for element in after:
        check_chart(page, lang, element)
    # In the page's language: a 繁體中文 page's descriptions are written in Chinese.
    chinese = [bool(re.search(r"[\u4e00-\u9fff]", el.proto.alt)) for el in after]
    assert all(chinese) if lang == "zh-TW" else not any(chinese), [e.proto.alt for e in after]


def test_the_descriptions_follow_the_data():
    """Another setting, another description: the numbers are read from the result, not fixed."""
    one = open_page("pages/dropout.py", ratio="0.2")
    two = open_page("pages/dropout.py", ratio="0.6")
    alt = [at.get("plotly_chart")[0].proto.alt for at in (one, two)]
    assert alt[0] != alt[1]
    assert "expected 80%" in alt[0] and "expected 40%" in alt[1]


def test_the_teachers_answer_counts_are_described():
    at = open_page(
        "pages/weight_decay.py", ask="gap", **{"class": "7b", "teacher": new_teacher_key()}
    )
    counts = [
        el for el in at.get("plotly_chart") if "counts" in el.proto.id or "7b" in el.proto.alt
    ]
    assert counts, "the teacher's view draws the class's answers"
    assert "0 answers in all" in counts[0].proto.alt


def test_only_ui_chart_draws_charts():
    """Every chart goes through ui.chart.draw, which refuses one without a description."""
    sources = [*Path(ROOT, "ui").rglob("*.py"), *Path(ROOT, "pages").glob("*.py"), ROOT / "app.py"]
    drawing = [
        str(path.relative_to(ROOT))
        for path in sources
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Attribute) and node.attr == "plotly_chart"
    ]
    assert drawing == ["ui/chart.py"]
