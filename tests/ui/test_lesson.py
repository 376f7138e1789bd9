"""A lesson link's own parameters (lock, hide, ask, class, teacher): parsed, bounded, warned,
written back. Pure: no Streamlit run."""

import pytest

from ui.controls import Problem, problem_message
from ui.lesson import (
    MAX_CLASS_CHARS,
    MAX_TEXT,
    PAGE_QUESTIONS,
    TEACHER_KEY,
    Lesson,
    encode_lesson,
    lesson_of,
    new_teacher_key,
    parse_lesson,
)
from ui.outside_text import inert

CONTROLS = ("lambda", "epochs", "compare", "optimizer")
QUESTIONS = ("gap",)
SIDEBAR = ("lang", "seed")


def parse(**params):
    return parse_lesson(params, CONTROLS, QUESTIONS, SIDEBAR)


def reasons(problems: list[Problem]) -> list[tuple[str, str, str]]:
    return [(p.param, p.raw, p.reason) for p in problems]


def test_a_link_without_lesson_parameters_sets_no_lesson():
    assert parse(**{"lambda": "0.3"}) == (None, [])


def test_the_issues_example_locks_one_control_and_hides_two():
    lesson, problems = parse(lock="lambda", hide="epochs,optimizer")
    assert problems == []
    assert lesson == Lesson(lock=("lambda",), hide=("epochs", "optimizer"))
    assert lesson.locked("lambda") and not lesson.hidden("lambda")
    assert lesson.hidden("epochs") and not lesson.locked("epochs")
    assert lesson.editable("compare") and not lesson.editable("epochs")


def test_names_are_kept_once_in_the_pages_order_and_spaces_and_empty_items_are_ignored():
    lesson, problems = parse(lock=" optimizer , lambda,,lambda, ")
    assert problems == [] and lesson.lock == ("lambda", "optimizer")


def test_hide_wins_over_lock_for_a_control_listed_in_both():
    lesson, _ = parse(lock="lambda,epochs", hide="lambda")
    assert lesson.hidden("lambda") and not lesson.locked("lambda")
    assert lesson.locked("epochs")


def test_unknown_names_are_problems_naming_the_parameter_and_the_choices():
    lesson, problems = parse(lock="lambda,nope", hide="LAMBDA", ask="gap,why")
    assert lesson.lock == ("lambda",) and lesson.hide == () and lesson.ask == ("gap",)
    assert reasons(problems) == [
        ("lock", "nope", "lesson_unknown_control"),
        ("hide", "LAMBDA", "lesson_unknown_control"),  # names are the URL's, exactly
        ("ask", "why", "lesson_unknown_question"),
    ]
    assert problems[0].detail["choices"] == "lambda, epochs, compare, optimizer"


def test_the_sidebars_settings_cannot_be_locked_or_hidden():
    lesson, problems = parse(lock="seed", hide="lang")
    assert lesson == Lesson()
    assert reasons(problems) == [
        ("lock", "seed", "lesson_sidebar"),
        ("hide", "lang", "lesson_sidebar"),
    ]


def test_a_very_long_list_is_read_only_to_its_bound():
    raw = "lambda," + "x" * 10 * MAX_TEXT
    lesson, problems = parse(hide=raw)
    assert lesson.hide == ("lambda",)
    assert [p.reason for p in problems] == ["lesson_too_long", "lesson_unknown_control"]
    assert len(problems[1].raw) <= MAX_TEXT


def test_thousands_of_names_give_one_problem_per_name_read_not_more():
    lesson, problems = parse(lock=",".join(f"k{i}" for i in range(5000)))
    assert lesson.lock == ()
    assert len(problems) <= MAX_TEXT // 2 + 1  # bounded by the characters read


@pytest.mark.parametrize("code", ["7b", "A-1_b", "x" * MAX_CLASS_CHARS])
def test_a_class_code_of_letters_digits_dash_and_underscore_is_kept(code):
    lesson, problems = parse(**{"class": code})
    assert problems == [] and lesson.class_code == code


@pytest.mark.parametrize(
    "code", ["", "7 b", "x" * (MAX_CLASS_CHARS + 1), "[x](http://e.example)", "班級", "a\nb"]
)
def test_a_bad_class_code_is_a_problem_and_counts_nothing(code):
    lesson, problems = parse(**{"class": code})
    assert lesson.class_code is None
    assert reasons(problems) == [("class", code.strip(), "lesson_bad_class")]


def test_teacher_is_a_key_and_the_old_flag_opens_nothing():
    key = new_teacher_key()
    assert parse(teacher=key)[0].teacher == key
    assert new_teacher_key() != key and TEACHER_KEY.fullmatch(key)
    for flag in ("1", "true", "please", "x" * 65, "<b>key</b>-is-long-enough"):
        lesson, problems = parse(teacher=flag)
        assert lesson.teacher is None  # issue 17: teacher=1 must not open the teacher's view
        assert reasons(problems) == [("teacher", flag[:16], "lesson_teacher_key")]


def test_a_repeated_parameter_uses_its_last_value():
    lesson, _ = parse(lock=["epochs", "lambda"])
    assert lesson.lock == ("lambda",)


def test_encoding_writes_only_what_is_set_and_reads_back_the_same():
    lesson = Lesson(lock=("lambda",), hide=("epochs", "optimizer"), ask=("gap",), class_code="7b")
    encoded = encode_lesson(lesson)
    assert encoded == {"lock": "lambda", "hide": "epochs,optimizer", "ask": "gap", "class": "7b"}
    assert parse(**encoded) == (lesson, [])
    assert encode_lesson(Lesson()) == {}
    assert encode_lesson(Lesson(teacher="k" * 16)) == {"teacher": "k" * 16}


def test_the_panels_choices_become_a_lesson_in_the_pages_order():
    lesson = lesson_of(
        ["optimizer", "lambda"], ["lambda"], ["gap"], "7b", controls=CONTROLS, questions=QUESTIONS
    )
    assert lesson == Lesson(lock=("optimizer",), hide=("lambda",), ask=("gap",), class_code="7b")
    assert lesson_of(controls=CONTROLS) == Lesson() and not Lesson().active


@pytest.mark.parametrize(
    "problem",
    [
        Problem(
            "lock", "![p](http://e.example/p.png)", "lesson_unknown_control", None, {"choices": "a"}
        ),
        Problem("lock", "seed", "lesson_sidebar"),
        Problem("class", "$\\Huge x$", "lesson_bad_class", None, {"high": MAX_CLASS_CHARS}),
        Problem("ask", "<b>x</b>", "lesson_unknown_question", None, {"choices": "gap"}),
        Problem("hide", "x" * 900, "lesson_too_long", None, {"high": MAX_TEXT}),
    ],
)
def test_every_lesson_warning_names_the_parameter_and_quotes_the_link_inertly(problem):
    message = problem_message(problem)
    assert inert(problem.param) in message
    if problem.reason != "lesson_too_long":  # that one says only how far it was read
        assert inert(problem.raw) in message
    assert "](" not in message.replace(inert(problem.raw), "")


def test_every_page_question_is_a_short_url_name():
    for questions in PAGE_QUESTIONS.values():
        for q in questions:
            assert q.isascii() and q.isidentifier() and "," not in q
