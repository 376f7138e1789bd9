"""Predict, then reveal: a question before a result, asked only when a lesson link says so
(`ask=gap`; ui/lesson.py lists each page's questions).

    outcome = predict.stream(question, "weight_decay", overfitting, kwargs, figures=...)
    predict.ask_first(question, settings, result)   # before a figure that needs no training

A student picks an answer first; then the result is shown (the run trains, or the figure is
drawn), and with it whether the answer was right and why; a wrong answer is explained (when
that picture would happen, and why not here). Which answer is right is judged from the
result itself (Question.judge), never written in advance: at other settings the right answer
can change.

With a class code (`class=7b`) each browser's answer to a question is counted, anonymously, for
the whole server (ui/class_counts.py): once per browser and round, however often it reloads (the
browser keeps an id: ui/browser.py). The teacher's view of the same link (`teacher=<key>`, the
key the lesson panel made; ui/class_view.py checks it) shows the question, the class's answers as
they come in (redrawn every COUNTS_EVERY_S seconds), the result when the teacher presses Reveal,
and the tools to run the lesson: a new round, closing the vote, the class's questions, a CSV.
Answers are counted per question and settings: a student who moves an unlocked slider answers a
new question, which never pushes the teacher's own out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any

import plotly.graph_objects as go
import streamlit as st

from ui import browser, chart, class_view, describe, lesson_view, live, turn
from ui.chart import Chart
from ui.class_counts import Added
from ui.figures.style import AXIS_TEXT, OKABE_ITO, styled, wrap
from ui.form import current_lesson
from ui.i18n import t
from ui.lesson import Lesson
from ui.outside_text import inert
from ui.results import run_key

COUNTS_EVERY_S = 2.0  # the teacher's view redraws the class's answers this often
MAX_SESSION_ANSWERS = 200  # one session's answers kept (oldest first out)
LETTERS = "ABCDEFGH"
_ANSWERS = "_predict.answers"  # question key -> Given: this session's answer
_REVEALED = "_predict.revealed"  # question keys the teacher revealed
_EMPTY = "_predict.empty"  # the question key whose form was sent without a choice


@dataclass(frozen=True)
class Verdict:
    """What a result says about a question.

    correct: the options the result makes right (empty when it cannot tell: `why` says why);
    why: what the result shows and why (translated); wrong: option -> why that option is not
    what happened here (translated, for every option not in `correct`)."""

    correct: frozenset[str]
    why: str
    wrong: Mapping[str, str]


@dataclass(frozen=True)
class Question:
    """A question asked before a result.

    id: its name in `ask=`; prompt and options (option id -> label): translated; judge(result)
    -> Verdict, from the frame of a run or the page's result; pictures() -> option id -> a small
    figure of that answer (optional); unavailable: a translated reason the question cannot be
    asked at these settings (the page then shows the result as usual, with that note)."""

    id: str
    prompt: str
    options: Mapping[str, str]
    judge: Callable[[Any], Verdict]
    pictures: Callable[[], Mapping[str, go.Figure]] | None = None
    unavailable: str | None = None

    def label(self, option: str) -> str:
        """The option as the page shows it: its letter and label ("B · λ = 0")."""
        return f"{LETTERS[list(self.options).index(option)]} · {self.options[option]}"


@dataclass(frozen=True)
class Given:
    """This session's answer to a question: the option, the round of the class's count it was
    given in (1 without a class) and what the count did with it (None without a class)."""

    option: str
    round: int = 1
    added: Added | None = None
    options: tuple[str, ...] = ()


def question_key(page: str, question: str, settings: Hashable) -> str:
    """What an answer is about: the page, the question and the settings of its result."""
    digest = hashlib.sha256(repr(settings).encode()).hexdigest()[:16]
    return f"{page}/{question}/{digest}"


def _asked(question: Question | None, key: str) -> tuple[str | None, Lesson] | None:
    """(page, lesson) when the lesson asks `question` here and now, else None (the note of
    an unavailable question is shown). Every question the page offers is noted with its key
    (ui/class_view.offer), for the lesson panel to pin."""
    page, lesson = current_lesson()
    if question is None:
        return None
    if not question.unavailable:
        class_view.offer(str(page), question.id, key, tuple(question.options))
    if question.id not in lesson.ask:
        return None
    if question.unavailable:
        st.info(question.unavailable, icon="🤔")
        return None
    return page, lesson


def stream(question: Question | None, name: str, experiment, kwargs: Mapping, **options):
    """ui.live.stream(name, experiment, kwargs, **options), with `question` asked first when
    the lesson asks it: until the student answers (or the teacher reveals), the section shows
    the question and returns Outcome("asking"); once the run is done, the verdict."""
    page, _ = current_lesson()
    key = question_key(str(page), question.id, run_key(name, kwargs)) if question else ""
    asked = _asked(question, key)
    if asked is None:
        return live.stream(name, experiment, kwargs, **options)
    assert question is not None
    _, lesson = asked
    if not _before(question, key, lesson):
        return live.Outcome("asking")
    outcome = live.stream(name, experiment, kwargs, **options)
    if outcome.status in ("finished", "cached") and outcome.frame is not None:
        _verdict(question, key, lesson, question.judge(outcome.frame))
    elif outcome.status != "failed":
        st.caption(t("predict.after_run"))
    return outcome


def ask_first(question: Question | None, settings: Hashable, result: Any) -> None:
    """Before a result the page draws at once (no training): when the lesson asks `question`,
    stop the page here until the student answers (or the teacher reveals), then show the
    verdict on `result` (the figure follows)."""
    page, _ = current_lesson()
    key = question_key(str(page), question.id, settings) if question else ""
    asked = _asked(question, key)
    if asked is None:
        return
    assert question is not None
    _, lesson = asked
    if not _before(question, key, lesson):
        lesson_view.draw_panel()  # app.py's calls after the page are not reached
        browser.mount()
        st.stop()
    _verdict(question, key, lesson, question.judge(result))


def _before(question: Question, key: str, lesson: Lesson) -> bool:
    """Draw what comes before the result; True when the result may be shown."""
    if class_view.teacher_allowed(lesson):
        return _teacher(question, key, lesson)
    if lesson.class_code:
        browser.want_voter()  # counted per browser: this page needs the browser's id
    given = _given(key, lesson)
    if given is None:
        _ask(question, key, lesson)
        return False
    st.markdown(t("predict.you_said", answer=question.label(given.option)))
    _count_note(given, lesson)
    return True


def _given(key: str, lesson: Lesson) -> Given | None:
    """This browser's answer to the question in the class's current round (the class's count
    remembers it across reloads), else this session's; None when it has not answered (or the
    teacher started a new round since)."""
    answers = st.session_state.get(_ANSWERS, {})
    mine: Given | None = answers.get(key)
    if not lesson.class_code:
        return mine
    if mine is not None and mine.added is Added.NO_VOTER and browser.voter():
        mine = answers[key] = _count(lesson.class_code, key, mine.option, mine.options)
    counts = class_view.counts()
    kept = counts.answer_of(lesson.class_code, key, browser.voter())
    tally = counts.tally(lesson.class_code, key)
    if kept is not None:
        added = mine.added if mine is not None and mine.option == kept else Added.ALREADY
        return Given(kept, tally.round, added)
    return mine if mine is not None and mine.round == tally.round else None


ADDED = {  # what the class's count did with an answer
    Added.COUNTED: "predict.added_counted",
    Added.ALREADY: "predict.added_already",
    Added.FULL: "predict.added_full",
    Added.CLOSED: "predict.added_closed",
    Added.NO_CLASS: "predict.added_no_class",
    Added.NO_VOTER: "predict.added_no_voter",
    Added.SERVER_FULL: "predict.added_server_full",
    Added.BAD_OPTION: "predict.added_bad_option",
}


def _count_note(given: Given, lesson: Lesson) -> None:
    """What the class's count did with the answer (nothing without a class)."""
    if not lesson.class_code or given.added is None:
        return
    args = {"code": inert(lesson.class_code), "high": class_view.counts().max_answers}
    text = t(ADDED[given.added], **args)
    if given.added in (Added.COUNTED, Added.ALREADY):
        st.caption(text)
    else:
        st.warning(text, icon="🗳️")


def _pictures(question: Question, key: str) -> None:
    if question.pictures is None:
        return
    pictures = question.pictures()
    for column, option in zip(st.columns(len(question.options)), question.options, strict=True):
        chart.draw(
            Chart(pictures[option], t("chart.picture", label=question.label(option))),
            key=f"predict:{key}:picture:{option}",
            container=column,
            config={"displayModeBar": False},
        )


def _ask(question: Question, key: str, lesson: Lesson) -> None:
    """The question, its pictures and a form to answer it."""
    with st.container(border=True):
        st.markdown(f"**{t('predict.header')}** {question.prompt}")
        _pictures(question, key)
        with st.form(f"predict:{key}", border=False):
            st.radio(
                t("predict.choose"),
                list(question.options),
                format_func=question.label,
                index=None,
                key=f"predict:{key}:choice",
            )
            st.form_submit_button(
                t("predict.submit"),
                type="primary",
                on_click=_answer,
                args=(key, tuple(question.options), lesson.class_code),
            )
        if st.session_state.get(_EMPTY) == key:
            st.warning(t("predict.pick_first"), icon="☝️")
        if lesson.class_code:
            tally = class_view.counts().tally(lesson.class_code, key)
            note = (
                "predict.closed"
                if tally.closed
                else "predict.full"
                if tally.full
                else "predict.counted"
            )
            st.caption(
                t(
                    note,
                    code=inert(lesson.class_code),
                    high=class_view.counts().max_answers,
                )
            )


def _answer(key: str, options: tuple[str, ...], class_code: str | None) -> None:
    """on_click of the answer button: keep this session's first answer and count it (once per
    browser and round: a browser that answered already keeps its first answer)."""
    ss = st.session_state
    choice = ss.get(f"predict:{key}:choice")
    if choice not in options:
        ss[_EMPTY] = key
        return
    ss.pop(_EMPTY, None)
    answers: dict[str, Given] = ss.setdefault(_ANSWERS, {})
    answers[key] = _count(class_code, key, choice, options) if class_code else Given(choice)
    while len(answers) > MAX_SESSION_ANSWERS:
        answers.pop(next(iter(answers)))


def _count(class_code: str, key: str, choice: str, options: tuple[str, ...]) -> Given:
    """Count this browser's answer for the class. Before the browser has sent its id (its
    first visit, in the second after the page is drawn) the answer is kept as not counted,
    and counted once the id arrives (`_given`)."""
    counts, voter = class_view.counts(), browser.voter()
    about = class_view.offered_about(key)
    added = counts.add(class_code, key, choice, options, voter=voter, about=about)
    kept = counts.answer_of(class_code, key, voter) if added is Added.ALREADY else None
    return Given(kept or choice, counts.tally(class_code, key).round, added, options)


def _teacher(question: Question, key: str, lesson: Lesson) -> bool:
    """The teacher's view before the result: the question, the class's answers (live), Reveal
    and the tools to run the lesson; True once revealed. The question is pinned: it is the
    teacher's own, never pushed out by students' answers at other settings."""
    code, teacher_key = str(lesson.class_code), str(lesson.teacher)
    class_view.counts().pin(
        code, teacher_key, key, class_view.offered_about(key), tuple(question.options)
    )
    revealed = key in st.session_state.get(_REVEALED, set())
    with st.container(border=True):
        st.markdown(f"**{t('predict.teacher_header')}** {question.prompt}")
        _pictures(question, key)
        _live_counts(code, key, {o: question.label(o) for o in question.options})
        if not revealed:
            st.button(
                t("predict.reveal"),
                type="primary",
                on_click=_reveal,
                args=(key,),
                key=f"predict:{key}:reveal",
            )
        class_view.tools(lesson, key, on_round=lambda: _hide(key))
        _live_listing(code, teacher_key)
    return revealed


def _reveal(key: str) -> None:
    st.session_state.setdefault(_REVEALED, set()).add(key)


def _hide(key: str) -> None:
    """A new round: the class predicts again before the result is shown."""
    st.session_state.setdefault(_REVEALED, set()).discard(key)


@turn.fragment(run_every=COUNTS_EVERY_S)
def _live_counts(class_code: str, key: str, labels: dict[str, str]) -> None:
    """The class's answers as they come in: the bars and the question's round and state
    (redrawn every COUNTS_EVERY_S seconds, as is the list of the class's questions)."""
    tally = class_view.counts().tally(class_code, key)
    title = t("predict.counts_title", code=class_code, count=tally.total)
    figure = answer_bars(labels, tally.counts, title, t("predict.counts_x"))
    chart.draw(
        Chart(figure, describe.counts(labels, tally.counts, title)),
        key=f"predict:{key}:counts",
        config={"displayModeBar": False},
    )
    if tally.full:
        st.warning(t("class.full_teacher", high=class_view.counts().max_answers), icon="🗳️")
    st.caption(class_view.state_note(tally))


@turn.fragment(run_every=COUNTS_EVERY_S)
def _live_listing(class_code: str, teacher_key: str) -> None:
    class_view.listing(class_code, teacher_key)


def answer_bars(
    labels: Mapping[str, str], counts: Mapping[str, int], title: str, x_title: str
) -> go.Figure:
    """The class's answers: a horizontal bar per option (labels: option -> text, top to
    bottom), its count printed on it."""
    options = list(labels)
    numbers = [counts.get(o, 0) for o in options]
    fig = go.Figure(
        go.Bar(
            x=numbers,
            y=[wrap(labels[o], 24) for o in options],
            orientation="h",
            text=[str(n) for n in numbers],
            textposition="auto",
            marker_color=OKABE_ITO["blue"],
            hoverinfo="skip",
        )
    )
    fig.update_xaxes(
        title_text=x_title, rangemode="tozero", dtick=max(1, max(numbers) // 5 + 1), **AXIS_TEXT
    )
    fig.update_yaxes(autorange="reversed", type="category", **AXIS_TEXT)
    return styled(fig, title, 150 + 44 * len(options))


def _verdict(question: Question, key: str, lesson: Lesson, verdict: Verdict) -> None:
    """After the result: right or wrong and why (the student's answer), or every option with
    its count and why (the teacher's view)."""
    if class_view.teacher_allowed(lesson):
        counts = class_view.counts().counts(str(lesson.class_code), key)
        lines = []
        for option in question.options:
            mark = "✅" if option in verdict.correct else "❌"
            text = "" if option in verdict.correct else verdict.wrong.get(option, "")
            count = t("predict.teacher_count", count=counts.get(option, 0)) if counts else ""
            lines.append(f"- {mark} **{question.label(option)}**{count} {text}")
        st.info("\n".join([*lines, "", verdict.why]), icon="👩‍🏫")
        return
    given = _given(key, lesson)
    if given is None:
        return
    answer = given.option
    if not verdict.correct:
        st.info(f"{t('predict.no_verdict')} {verdict.why}", icon="🤔")
    elif answer in verdict.correct:
        st.success(f"{t('predict.right', answer=question.label(answer))} {verdict.why}", icon="✅")
    else:
        right = ", ".join(question.label(o) for o in question.options if o in verdict.correct)
        st.warning(
            f"{t('predict.wrong', answer=question.label(answer), correct=right)} "
            f"{verdict.wrong.get(answer, '')}\n\n{verdict.why}",
            icon="💡",
        )
