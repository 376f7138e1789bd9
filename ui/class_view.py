"""A class's answers as the teacher and the lesson panel handle them (ui/class_counts.py counts).

    counts()                                   # the server's one counter (lost on restart)
    key, opened = open_for_link("weight_decay", "7b", ("gap",))   # the panel makes a link
    if teacher_allowed(lesson): ...            # the teacher's view, once the key is checked
    tools(lesson, question_key, on_round)      # new round, close voting
    listing(code, key)                         # the class's questions so far, a CSV

The lesson panel makes the teacher's key (ui/lesson.new_teacher_key) once per class and session,
opens the class with it, and pins the page's asked questions at the settings the link carries
(ui/predict.py offers each page's questions with their keys as it draws them): so the teacher's
own questions exist before any student answers, and students' answers at other settings never
evict them. The teacher's link carries the key; opening it (on any page) opens the class again
after a restart and lets this session make more links for the same class.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import streamlit as st

from ui import nav
from ui.class_counts import About, ClassCounts, Opened, Tally
from ui.controls import encode_params
from ui.export import download_csv
from ui.form import ACTIVE_FORM
from ui.i18n import t
from ui.lesson import QUESTION_NAMES, Lesson, new_teacher_key
from ui.outside_text import inert

_KEYS = "_class.keys"  # class code -> the teacher's key this session holds
_OFFERED = "_class.offered"  # page -> question id -> (question key, options, About)
_WARNED = "_class.warned"  # (class, key) whose refusal was shown


@st.cache_resource
def counts() -> ClassCounts:
    """The server's one counter of class answers (forgotten on restart)."""
    return ClassCounts()


def offer(page: str, question: str, key: str, options: Sequence[str]) -> About:
    """Note that `page` offers `question` under `key` at its current settings (for the lesson
    panel, drawn after the page); returns what it asks, for the teacher's list."""
    form = st.session_state.get(ACTIVE_FORM)
    settings = ""
    if form is not None:
        params = encode_params(form.controls.values(), form.values)
        settings = ", ".join(f"{name}={value}" for name, value in params.items())
    about = About(page, question, settings[:200])
    st.session_state.setdefault(_OFFERED, {}).setdefault(page, {})[question] = (
        key,
        tuple(options),
        about,
    )
    return about


def offered_about(key: str) -> About:
    """What the question under `key` asks, as the page offered it in this session."""
    for questions in st.session_state.get(_OFFERED, {}).values():
        for question_key, _, about in questions.values():
            if question_key == key:
                return about
    return About("", "", "")


def open_for_link(page: str, code: str, asked: Sequence[str]) -> tuple[str, Opened]:
    """The teacher's key for class `code` (made once per session) and what opening the class
    with it did; when it is the key's, the page's asked questions are pinned as they are now."""
    keys = st.session_state.setdefault(_KEYS, {})
    key = keys.setdefault(code, new_teacher_key())
    opened = counts().open_class(code, key)
    if opened in (Opened.OPENED, Opened.KNOWN):
        offered = st.session_state.get(_OFFERED, {}).get(page, {})
        for question in asked:
            if question in offered:
                question_key, options, about = offered[question]
                counts().pin(code, key, question_key, about, options)
    return key, opened


def teacher_allowed(lesson: Lesson) -> bool:
    """Whether the link's teacher key opens its class (opening it again after a restart);
    a key that does not is said once, and the page is shown as a student's."""
    if not lesson.teacher:
        return False
    opened = counts().open_class(lesson.class_code, lesson.teacher) if lesson.class_code else None
    if opened in (Opened.OPENED, Opened.KNOWN):
        st.session_state.setdefault(_KEYS, {})[lesson.class_code] = lesson.teacher
        return True
    warned = st.session_state.setdefault(_WARNED, set())
    if (lesson.class_code, lesson.teacher) not in warned:
        warned.add((lesson.class_code, lesson.teacher))
        key = (
            "class.key_full"
            if opened is Opened.FULL
            else "class.key_taken"
            if opened
            else "class.key_no_class"
        )
        st.warning(t(key, code=inert(lesson.class_code or "")), icon="🔑")
    return False


def state_note(tally: Tally) -> str:
    """One line on the question's round and whether it takes answers."""
    parts = [t("class.round", round=tally.round)]
    if tally.closed:
        parts.append(t("class.closed"))
    if tally.full:
        parts.append(t("class.full", high=counts().max_answers))
    return " · ".join(parts)


def tools(lesson: Lesson, question: str, on_round) -> None:
    """The teacher's buttons for one question: new round, close or reopen voting. on_round:
    called (as a button callback) after a new round starts, e.g. to hide the result again."""
    code, key = lesson.class_code, lesson.teacher
    if not code or not key:
        return
    tally = counts().tally(code, question)
    left, right, _ = st.columns([2, 2, 3])
    left.button(
        t("class.new_round"),
        help=t("class.new_round_help"),
        on_click=_new_round,
        args=(code, key, question, on_round),
        key=f"class:{question}:round",
    )
    right.button(
        t("class.reopen" if tally.closed else "class.close"),
        help=t("class.close_help"),
        on_click=_close,
        args=(code, key, question, not tally.closed),
        key=f"class:{question}:close",
    )


def _close(code: str, key: str, question: str, closed: bool) -> None:
    counts().close(code, key, question, closed)


def _new_round(code: str, key: str, question: str, on_round) -> None:
    counts().new_round(code, key, question)
    on_round()


def listing(code: str, key: str) -> None:
    """The class's questions so far (the teacher's own first) and a CSV of every count."""
    rows = counts().listing(code, key)
    with st.expander(t("class.questions", code=inert(code), count=len(rows))):
        if not rows:
            st.caption(t("class.no_questions"))
            return
        table = pd.DataFrame([_row(tally) for _, tally in rows])
        st.table(table, hide_index=True)
        download_csv(counts_frame(code, rows), f"class-{code}-answers", label=t("class.csv"))


def _row(tally: Tally) -> Mapping[str, object]:
    about = tally.about or About("", "", "")
    return {
        t("class.col_question"): _question_name(about),
        t("class.col_settings"): inert(about.settings) or t("class.book_settings"),
        t("class.col_answers"): tally.total,
        t("class.col_state"): state_note(tally),
        t("class.col_teacher"): "📌" if tally.pinned else "",
    }


def _question_name(about: About) -> str:
    page = t(nav.TITLES[about.page]) if about.page else ""
    question = t(QUESTION_NAMES[about.question]) if about.question else ""
    return t("class.question_name", page=page, question=question) if page else question


def counts_frame(code: str, rows: Sequence[tuple[str, Tally]]) -> pd.DataFrame:
    """One row per question and option: class, page, question, settings, round, closed, the
    teacher's own, option, count (every option of the question, answered or not)."""
    out = []
    for _, tally in rows:
        about = tally.about or About("", "", "")
        options = tally.options or tuple(tally.counts)
        for option in options:
            out.append(
                {
                    "class": code,
                    "page": about.page,
                    "question": about.question,
                    "settings": about.settings,
                    "round": tally.round,
                    "closed": tally.closed,
                    "teacher": tally.pinned,
                    "option": option,
                    "count": tally.counts.get(option, 0),
                }
            )
    return pd.DataFrame(out)
