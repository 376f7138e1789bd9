"""AppTest: every page in 日本語 (issue 22), trained, with no English left but names and code.

Every text a page hands the browser is read from its elements: Markdown, captions, alerts,
widget labels, options and help, metrics, table headers and cells, and every figure's title,
axis titles, legend names, annotations, tick texts and hover templates. tests/english_left.py
says which ASCII words are names (Xavier, MNIST, ReLU, Batch Normalization...) and which are
English that slipped through; a figure label built in code instead of the string table is
what this finds and the table's own test cannot.
"""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from tests.e2e.browser import SETTINGS as LAYOUT_SETTINGS
from tests.e2e.moves import DEFAULT_MOVE, MOVES
from tests.english_left import english_left
from tests.helpers import open_page, unwrapped
from ui import nav
from ui.i18n import translate
from ui.lesson import MAX_CLASS_CHARS, new_teacher_key

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")

# Per page: the settings that stress its layout in the browser tests (ten tanh layers with
# gradients, the widest BN node...), short runs; on weight_decay a learning rate that diverges,
# for the notes and the table that explain it.
SETTINGS = LAYOUT_SETTINGS | {
    "weight_decay": {"epochs": "10", "train_size": "100", "lr": "1"},
    "plane": {"epochs": "100"},
    "dropout": {"epochs": "3"},
}
TEXT_FIELDS = {"body", "label", "help", "options", "content", "text", "placeholder"}
FIGURE_FIELDS = {"text", "name", "hovertemplate", "ticktext"}
HOVER_FIELD = re.compile(r"%\{[^}]*\}")  # Plotly's %{y:.2f}, filled in by the browser
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _strings(value, fields: set[str], key: str | None = None):
    """The strings under `fields` in a nest of dicts and lists (a proto or a figure as JSON)."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, fields, k)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, fields, key)
    elif isinstance(value, str) and key in fields:
        yield value


def _elements(block):
    for child in block.children.values():
        yield child
        if getattr(child, "children", None):
            yield from _elements(child)


def shown_texts(at) -> list[str]:
    """Every text the page (main area and sidebar) shows, each once."""
    from google.protobuf.json_format import MessageToDict

    found: list[str] = []
    for el in [*_elements(at.main), *_elements(at.sidebar)]:
        proto = getattr(el, "proto", None)
        if proto is None or not hasattr(proto, "DESCRIPTOR"):
            continue
        fields = MessageToDict(proto)
        found += _strings(fields, TEXT_FIELDS)
        if "spec" in fields:  # a Plotly figure
            figure = json.loads(fields["spec"])
            found += (HOVER_FIELD.sub(" ", s) for s in _strings(figure, FIGURE_FIELDS))
        if isinstance(getattr(el, "value", None), pd.DataFrame):
            frame = el.value
            found += [str(c) for c in frame.columns]
            found += [v for col in frame.columns for v in frame[col] if isinstance(v, str)]
    return list(dict.fromkeys(found))


def train_every_section(at, lang: str):
    """Press each Train button in turn (a section trains, then shows its run)."""
    label = translate(lang, "live.train")
    for _ in range(5):
        button = next((b for b in at.button if b.label == label), None)
        if button is None:
            return at
        button.click().run()
        assert not at.exception, [e.message for e in at.exception]
    pytest.fail("a Train button is still there after five presses")


@pytest.mark.parametrize("page_id", [info.id for info in nav.available()])
def test_every_page_speaks_japanese(page_id):
    info = next(p for p in nav.available() if p.id == page_id)
    at = open_page(None if page_id == "home" else info.file, lang="ja", **SETTINGS.get(page_id, {}))
    assert not at.exception, [e.message for e in at.exception]
    at = train_every_section(at, "ja")
    title = MOVES.get(page_id, DEFAULT_MOVE).title  # its title's string key
    assert at.title[0].value == (translate("ja", title) if title else at.title[0].value)
    texts = shown_texts(at)
    assert sum(bool(JAPANESE.search(t)) for t in texts) > 10  # the reader saw the page itself
    left = {t[:80]: english_left(t) for t in texts if english_left(t)}
    assert left == {}


def test_the_checker_sees_english_in_a_figure_and_in_a_table():
    # The collector reads what it claims to: an English page has English left everywhere.
    at = open_page("pages/weight_init.py", iterations="10")
    texts = [unwrapped(t) for t in shown_texts(at)]
    assert "What comes out of each layer: sigmoid, std 1" in texts  # figure title
    assert "Activations share of values (%)" in texts  # axis title
    assert "Layer 5" in texts  # panel title (an annotation)
    assert "saturated (%)" in texts  # table header
    assert "Show gradients too" in texts  # widget label
    english = "What comes out of each layer: sigmoid, std 1"
    assert english_left(english) == ["What", "comes", "each", "layer"]


# A lesson link on each page that asks (ui/*/questions.py): a control locked, one hidden, a
# question, and the answer a student gives.
LESSONS = {
    "weight_init": ({"ask": "shape", "lock": "layers", "hide": "samples"}, "spike"),
    "batchnorm": (
        {"ask": "bn", "lock": "batch", "hide": "features", "epochs": "1", "train_size": "100"},
        "plain",
    ),
    "weight_decay": ({"ask": "gap", "lock": "lambda", "hide": "optimizer", "epochs": "3"}, "main"),
    "updates": ({"ask": "race", "lock": "steps", "hide": "x0", "iterations": "30"}, "adagrad"),
    "hyperparameters": (
        {"ask": "test", "lock": "trials", "hide": "epochs", "trials": "10", "epochs": "5"},
        "lower",
    ),
}


@pytest.mark.parametrize("page_id", LESSONS)
def test_a_lesson_speaks_japanese_to_the_student_and_to_the_teacher(page_id):
    file = next(p.file for p in nav.available() if p.id == page_id)
    params, choice = LESSONS[page_id]
    link = {**params, "class": f"ja-{page_id}"[:MAX_CLASS_CHARS], "lang": "ja"}
    student = open_page(file, **link)
    radio = next(r for r in student.radio if r.key and r.key.startswith("predict:"))
    radio.set_value(choice)
    submit = translate("ja", "predict.submit")
    next(b for b in student.button if b.label == submit).click().run()
    student = train_every_section(student, "ja")
    teacher = open_page(file, **link, teacher=new_teacher_key())  # the class's own key
    before = shown_texts(teacher)
    reveal = translate("ja", "predict.reveal")
    next(b for b in teacher.button if b.label == reveal).click().run()
    teacher = train_every_section(teacher, "ja")
    for at in (student, teacher):
        assert not at.exception, [e.message for e in at.exception]
    texts = shown_texts(student) + before + shown_texts(teacher)
    # A page stopped at its question has not drawn the controls below it, and the lesson
    # panel lists those by their URL names (iterations, optimizer): code, as in a link's
    # lock=iterations, in every language.
    _, controls = teacher.session_state["_ui.current_form"]
    texts = [t for t in texts if t not in {c.name for c in controls}]
    header = translate("ja", "predict.teacher_header")
    assert any(header in t for t in texts)  # the teacher's view was seen
    assert any(t.startswith("🔒 **") for t in texts)  # and the student's lesson notice
    left = {t[:80]: english_left(t) for t in texts if english_left(t)}
    assert left == {}
