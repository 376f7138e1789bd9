"""AppTest, real sessions sharing one server's counter (issue 17, "Answers a class can trust" and
"What a teacher needs"): a reload does not vote again, students' other answers and made-up
class codes never wipe the teacher's question, a full count is said, `teacher=1` opens nothing,
and the teacher starts a new round, closes the vote, lists the class's questions and downloads
the counts.

Each `open_page(..., browser=...)` is a new session; the same `browser` id is the same browser
(a reload: the id comes back in its cookie). The flood tests shrink the counter's bounds, so a
handful of sessions does what hundreds would at the real ones."""

from __future__ import annotations

import itertools

import pytest

from tests.helpers import figures, open_page, texts, values, warnings
from ui import class_view
from ui.class_counts import ClassCounts
from ui.lesson import new_teacher_key

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")
DECAY = "pages/weight_decay.py"
QUICK = {"epochs": 5, "ask": "gap"}
_codes = itertools.count()


def lesson() -> tuple[dict, str]:
    """A class of its own for each test: the students' link and the teacher's key."""
    return {**QUICK, "class": f"c{next(_codes)}"}, new_teacher_key()


def question(at):
    return next((r for r in at.radio if r.key and r.key.startswith("predict:")), None)


def answer(at, option: str):
    question(at).set_value(option)
    next(b for b in at.button if b.label == "Answer and reveal").click().run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def counts_of(teacher) -> list[int]:
    """The teacher's bars, top to bottom (A, B, C)."""
    teacher.run()
    bars = next(f for f in figures(teacher) if "answers so far" in f["layout"]["title"]["text"])
    return [int(v) for v in values(bars["data"][0]["x"])]


def small_counter(monkeypatch, **bounds) -> ClassCounts:
    counts = ClassCounts(**bounds)
    monkeypatch.setattr(class_view, "counts", lambda: counts)
    return counts


def test_reloading_and_answering_again_counts_one_answer_per_browser():
    link, key = lesson()
    teacher = open_page(DECAY, **link, teacher=key)
    answer(open_page(DECAY, **link, browser="a" * 32), "main")
    for _ in range(20):  # the same browser reloads, again and again
        again = open_page(DECAY, **link, browser="a" * 32)
        assert question(again) is None, "a reloaded page does not ask again"
        assert "You predicted **A · λ = 0.1**" in texts(again)
    answer(open_page(DECAY, **link, browser="b" * 32), "baseline")  # another browser counts
    assert counts_of(teacher) == [1, 1, 0]


def test_a_browser_that_gave_no_id_is_told_its_answer_is_not_counted():
    link, key = lesson()
    teacher = open_page(DECAY, **link, teacher=key)
    at = answer(open_page(DECAY, **link), "main")  # no id: storage and cookies refused
    assert any("Not counted: this browser did not give the lab its id" in w for w in warnings(at))
    assert counts_of(teacher) == [0, 0, 0]


def test_answers_at_other_settings_never_wipe_the_teachers_question(monkeypatch):
    counts = small_counter(monkeypatch, max_questions=3)
    link, key = lesson()
    teacher = open_page(DECAY, **link, teacher=key)
    for i in range(3):
        answer(open_page(DECAY, **link, browser=f"{i:032x}"), "main")
    for epochs in range(6, 14):  # a student moves the epochs and answers, eight times over
        answer(open_page(DECAY, **{**link, "epochs": epochs}, browser="f" * 32), "even")
    assert counts_of(teacher) == [3, 0, 0]
    assert counts.size()[1] == 1 + 3  # the teacher's question and the last three others


def test_a_flood_of_class_codes_cannot_evict_a_class_in_use(monkeypatch):
    small_counter(monkeypatch, max_classes=3)
    link, key = lesson()
    teacher = open_page(DECAY, **link, teacher=key)
    answer(open_page(DECAY, **link, browser="a" * 32), "main")
    for i in range(4):  # made-up codes in students' links: nothing is opened for them
        at = answer(open_page(DECAY, **{**link, "class": f"fake{i}"}, browser="b" * 32), "main")
        assert any("is not open on this server" in w for w in warnings(at))
    refused = []
    for i in range(4):  # made-up classes through the lesson panel
        at = open_page(DECAY)
        at.multiselect(key="lesson:weight_decay:ask").set_value(["gap"])
        at.text_input(key="lesson:weight_decay:class").set_value(f"flood{i}")
        at.run()
        refused.append(any("holds as many classes as it can" in e.value for e in at.error))
    assert refused == [False, False, True, True]  # two more fit; then the server says so
    assert counts_of(teacher) == [1, 0, 0]


def test_a_full_question_says_so_to_the_student_and_the_teacher(monkeypatch):
    small_counter(monkeypatch, max_answers=2)
    link, key = lesson()
    teacher = open_page(DECAY, **link, teacher=key)
    for i in range(2):
        answer(open_page(DECAY, **link, browser=f"{i:032x}"), "main")
    late = open_page(DECAY, **link, browser="c" * 32)
    assert "counted all the answers it can (2)" in texts(late)  # said before answering
    late = answer(late, "even")
    assert any("Not counted: this question has counted all" in w for w in warnings(late))
    assert counts_of(teacher) == [2, 0, 0]
    assert any("counted all the answers it can (2)" in w for w in warnings(teacher))


def test_teacher_1_shows_no_counts_and_no_reveal():
    link, key = lesson()
    open_page(DECAY, **link, teacher=key)
    answer(open_page(DECAY, **link, browser="a" * 32), "main")
    for peek in ("1", new_teacher_key()):  # the old flag, and a key that is not this class's
        at = open_page(DECAY, **link, teacher=peek)
        assert not at.exception
        assert not any("answers so far" in f["layout"]["title"]["text"] for f in figures(at))
        assert "Reveal the result" not in [b.label for b in at.button]
        assert question(at) is not None  # asked like any student
        assert any("teacher" in w for w in warnings(at))


def test_the_panel_opens_the_class_and_keeps_the_teachers_question_from_the_start():
    at = open_page(DECAY, **{"epochs": 5})
    at.multiselect(key="lesson:weight_decay:ask").set_value(["gap"])
    at.text_input(key="lesson:weight_decay:class").set_value("p1")
    at.run()
    student, teacher = (c.value for c in at.code[:2])
    key = teacher.rsplit("teacher=", 1)[1]
    assert "teacher=" not in student and key
    listing = class_view.counts().listing("p1", key)
    assert len(listing) == 1 and listing[0][1].pinned  # before any student answered
    assert listing[0][1].about.settings == "epochs=5"


def test_the_teacher_starts_a_new_round_closes_the_vote_and_lists_the_questions():
    link, key = lesson()
    teacher = open_page(DECAY, **link, teacher=key)
    first = answer(open_page(DECAY, **link, browser="a" * 32), "main")
    assert counts_of(teacher) == [1, 0, 0]

    next(b for b in teacher.button if b.label == "New round").click().run()
    assert counts_of(teacher) == [0, 0, 0] and "Round 2" in texts(teacher)
    first = open_page(DECAY, **link, browser="a" * 32)  # the same browser, later
    assert question(first) is not None, "a new round asks every browser again"
    answer(first, "baseline")
    assert counts_of(teacher) == [0, 1, 0]

    next(b for b in teacher.button if b.label == "Close voting").click().run()
    closed = open_page(DECAY, **link, browser="b" * 32)
    assert "closed voting on this question" in texts(closed)
    closed = answer(closed, "even")
    assert any("Not counted: your teacher had closed voting" in w for w in warnings(closed))
    assert counts_of(teacher) == [0, 1, 0]
    assert "Reopen voting" in [b.label for b in teacher.button]

    table = next(t for t in teacher.table if "Answers" in t.value.columns)
    assert list(table.value["Answers"]) == [1] and "Round 2" in table.value["State"].iloc[0]
    assert teacher.get("download_button"), "the counts as CSV"
    rows = class_view.counts_frame(link["class"], class_view.counts().listing(link["class"], key))
    assert list(rows["option"]) == ["main", "baseline", "even"]
    assert list(rows["count"]) == [0, 1, 0] and set(rows["round"]) == {2}
