"""AppTest: predict, then reveal (issue 12, part 2). A lesson link's question comes before the
result; the answer is judged from the result the page then shows (read back from its figures
here, not from the judge), wrong answers are explained; a class's answers are counted across
sessions and shown in the teacher's view."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from tests.helpers import figures, open_page, texts, train, unwrapped, values, warnings
from ui.i18n import LANGUAGES, translate
from ui.lesson import new_teacher_key

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")
DECAY = "pages/weight_decay.py"
INIT = "pages/weight_init.py"
BN = "pages/batchnorm.py"
QUICK_DECAY = {"epochs": 5, "ask": "gap"}
_codes = itertools.count()


def class_code() -> str:
    """A class code of its own for each test (the counter is the server's)."""
    return f"t{next(_codes)}"


def question(at):
    """The prediction radio, or None when the page asks nothing."""
    return next((r for r in at.radio if r.key and r.key.startswith("predict:")), None)


def answer(at, option: str):
    """Pick `option` (an option id) and send the answer."""
    question(at).set_value(option)
    submit = {translate(lang, "predict.submit") for lang in LANGUAGES}
    next(b for b in at.button if b.label in submit).click().run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def verdict(at) -> tuple[str, str]:
    """("right" | "wrong", its text) of the answer given."""
    right = [s.value for s in at.success]
    wrong = [w for w in warnings(at) if w.startswith("**Not this time")]
    assert len(right) + len(wrong) == 1, (right, wrong)
    return ("right", right[0]) if right else ("wrong", wrong[0])


def final_gaps(at) -> dict[str, float]:
    """Each run's final train - test gap, read from the accuracy curves the page drew."""
    fig = next(f for f in figures(at) if "xaxis2" in f["layout"])
    last = {tr["name"]: values(tr["y"])[-1] for tr in fig["data"] if tr["xaxis"] == "x"}
    return {run: last[f"{run} · train"] - last[f"{run} · test"] for run in ("λ = 0.1", "λ = 0")}


def expected_gap_answer(gaps: dict[str, float]) -> str:
    diff = gaps["λ = 0.1"] - gaps["λ = 0"]
    return "even" if abs(diff) < 0.02 else "main" if diff < 0 else "baseline"


def test_pages_ask_nothing_unless_the_link_says_so():
    for page in (DECAY, INIT, BN):
        at = open_page(page)
        assert question(at) is None and not at.exception


def test_the_question_comes_first_and_the_result_is_judged_from_the_run():
    at = open_page(DECAY, **QUICK_DECAY)
    assert not at.exception
    radio = question(at)
    assert radio.options == ["A · λ = 0.1", "B · λ = 0", "C · About the same (within 0.02)"]
    assert "which run ends with the smaller gap" in texts(at)
    assert not figures(at) and "Train" not in [b.label for b in at.button]  # nothing revealed
    next(b for b in at.button if b.label == "Answer and reveal").click().run()
    assert "Pick an answer first." in warnings(at) and question(at) is not None
    answer(at, "main")
    assert "You predicted **A · λ = 0.1**" in texts(at)
    at = train(at)
    expected = expected_gap_answer(final_gaps(at))
    kind, text = verdict(at)
    assert kind == ("right" if expected == "main" else "wrong")
    assert "Final gap (train − test)" in text

    # Two more students on the same (now stored) run: one wrong, one right, both explained.
    wrong_option = next(o for o in ("main", "baseline", "even") if o != expected)
    wrong = answer(open_page(DECAY, **QUICK_DECAY), wrong_option)
    kind, text = verdict(wrong)
    assert kind == "wrong"
    letter = "ABC"[("main", "baseline", "even").index(expected)]
    assert f"the result says {letter} · " in text
    assert len(text.split("**")[-1].strip()) > 100  # an explanation, not just a mark
    right = answer(open_page(DECAY, **QUICK_DECAY), expected)
    assert verdict(right)[0] == "right"


def test_two_students_answers_are_counted_and_the_teacher_sees_them_then_the_result():
    code, key = class_code(), new_teacher_key()
    link = {**QUICK_DECAY, "class": code}
    open_page(DECAY, **link, teacher=key)  # the teacher's link opens the class
    first = answer(open_page(DECAY, **link, browser="b1"), "main")
    answer(open_page(DECAY, **link, browser="b2"), "baseline")
    first.run()  # a rerun of an answered session counts nothing more
    assert question(first) is None
    teacher = open_page(DECAY, **link, teacher=key)
    assert not teacher.exception and question(teacher) is None
    (counts,) = figures(teacher)
    assert list(values(counts["data"][0]["x"])) == [1, 1, 0]
    assert f"Class {code} · answers so far: 2" in counts["layout"]["title"]["text"]
    assert "Train" not in [b.label for b in teacher.button]  # not before Reveal
    next(b for b in teacher.button if b.label == "Reveal the result").click().run()
    teacher = train(teacher)
    listing = next(i.value for i in teacher.info if "answers:" in i.value)
    assert listing.count("✅") == 1 and listing.count("❌") == 2
    assert "(answers: 1)" in listing
    other_code = class_code()
    other = open_page(DECAY, **{**link, "class": other_code}, teacher=new_teacher_key())
    assert list(values(figures(other)[0]["data"][0]["x"])) == [0, 0, 0]  # classes apart


def test_the_histogram_question_holds_the_page_until_answered_and_judges_the_books_picture():
    at = open_page(INIT, ask="shape")
    assert not at.exception
    radio = question(at)
    assert radio.options == [
        "A · Piled up at both ends",
        "B · One narrow spike in the middle",
        "C · Spread out over the range",
    ]
    pictures = figures(at)
    assert [unwrapped(f["layout"]["title"]["text"]) for f in pictures] == [
        "A · Piled up at both ends",
        "B · One narrow spike in the middle",
        "C · Spread out over the range",
    ]
    assert "See what the histograms show" not in texts(at)  # the page stops at the question
    assert at.code, "the lesson panel is still drawn"
    at = answer(at, "spike")
    kind, text = verdict(at)  # sigmoid with std 1: the book's activations pile up at 0 and 1
    assert kind == "wrong" and "A · Piled up at both ends" in text
    assert len(figures(at)) > 1  # the histograms are revealed
    tiny = answer(open_page(INIT, ask="shape", init="0.01"), "spike")
    assert verdict(tiny)[0] == "right"  # std 0.01: every unit near 0.5


def test_relu_is_asked_how_the_spread_changes_from_layer_to_layer():
    at = open_page(INIT, ask="shape", activation="relu", init="he")
    assert "how will the spread of the ReLU activations change" in texts(at)
    at = answer(at, "keep")
    assert verdict(at)[0] == "right"  # He keeps the spread: the book's point


def test_a_question_the_settings_cannot_ask_says_why_and_the_page_works_as_usual():
    at = open_page(DECAY, **QUICK_DECAY, compare=0)
    assert question(at) is None
    assert any("compares two runs" in i.value for i in at.info)
    assert "Train" in [b.label for b in at.button]


def test_the_bn_question_is_judged_from_the_final_accuracies():
    at = open_page(BN, epochs=2, train_size=100, ask="bn")
    assert question(at).options == ["A · With BN", "B · Without BN", "C · About even (within 0.05)"]
    at = answer(at, "plain")
    at.button(key="live:bn_comparison:action").click().run()
    assert not at.exception
    finals = {m.label: float(m.value) for m in at.metric if "final training" in m.label}
    bn, plain = (
        finals["with BN: final training accuracy"],
        finals["without BN: final training accuracy"],
    )
    expected = "bn" if bn - plain > 0.05 else "plain" if plain - bn > 0.05 else "even"
    kind, _ = verdict(at)
    assert kind == ("right" if expected == "plain" else "wrong")


def test_the_grid_question_hides_the_books_grid_until_answered_and_judges_ours():
    at = open_page(BN, epochs=1, train_size=100, ask="scales")
    assert not at.exception
    assert not any("Final training accuracy" in f["layout"]["title"]["text"] for f in figures(at))
    at = answer(at, "none")
    at.button(key="live:bn_grid:action").click().run(timeout=300)
    assert not at.exception
    heat = next(f for f in figures(at) if "Final training accuracy" in f["layout"]["title"]["text"])
    (trace,) = [tr for tr in heat["data"] if tr["type"] == "heatmap"]
    z = values(trace["z"]).astype(float).reshape(16, 4).T
    bn_loses = bool(np.any(z[0] < z[1]))
    kind, _ = verdict(at)
    assert kind == ("wrong" if bn_loses else "right")


def test_a_teacher_key_without_a_class_opens_no_teachers_view():
    at = open_page(DECAY, **QUICK_DECAY, teacher=new_teacher_key())
    assert "needs a class code" in texts(at)
    assert "Reveal the result" not in [b.label for b in at.button]
    assert question(at) is not None  # asked, as a student is


def test_the_question_speaks_the_links_language():
    at = open_page(DECAY, **QUICK_DECAY, lang="zh-TW")
    assert question(at).label == "你的預測"
    assert question(at).options[2] == "C · 差不多（相差 0.02 以內）"
    at = answer(at, "even")
    assert "你的預測是" in texts(at)
    at = open_page(DECAY, **QUICK_DECAY, lang="ja")
    assert question(at).label == "あなたの予想"
    assert question(at).options[2] == "C · ほぼ同じ（差0.02以内）"
    at = answer(at, "even")
    assert "あなたの予想は" in texts(at)
