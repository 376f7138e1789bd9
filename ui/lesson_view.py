"""What a lesson link looks like on a page: the "Make a lesson link" panel a teacher uses (the
notice a student sees, "set by your teacher", is the Form's own: ui/form.py).

    # app.py, after the page ran:
    lesson_view.draw_panel()

The panel is an expander at the end of the sidebar, folded away: the teacher sets the page with
its own controls, then ticks what to lock or hide, which questions to ask first, a class code
and the link's language, and copies the link (st.code has a copy button); ready-made lessons
(ui/lesson.EXAMPLES) are offered under it. With a class and a question the panel opens the
class with a teacher's key (ui/class_view.py) and shows the teacher's own link, which alone
carries the key. The link's format is ui/lesson.py's; ui/form.py applies it. In embed mode
(`embed=true`: slides, an LMS) there is no sidebar and no panel, only the page and its notice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from urllib.parse import urlencode

import streamlit as st

from ui import class_view, turn
from ui.class_counts import Opened
from ui.controls import Control, encode_params
from ui.embed import embedded
from ui.form import (
    ACTIVE_FORM,
    GLOBAL_CONTROLS,
    global_value,
    language_label,
    lockable,
    widget_key,
)
from ui.i18n import DEFAULT_LANGUAGE, LANGUAGES, current_language, t
from ui.lesson import (
    CLASS_CODE,
    EXAMPLE_TITLES,
    EXAMPLES,
    MAX_CLASS_CHARS,
    PAGE_QUESTIONS,
    QUESTION_NAMES,
    TEACHER,
    Lesson,
    encode_lesson,
    lesson_of,
)

EMBED = {"embed": "true"}  # Streamlit's embed mode: no header or toolbar (for iframes)


def link(base: str, params: Mapping[str, str]) -> str:
    """`base` with `params` as its query string (commas kept readable: lock=a,b)."""
    return f"{base}?{urlencode(params, safe=',')}" if params else base


def page_address(page: str) -> str:
    """This page's address as the browser shows it, without a query (a path in AppTest)."""
    url = None
    try:
        url = st.context.url
    except Exception:  # no browser behind this run (AppTest)
        url = None
    return url or f"/{page}"


def draw_panel() -> None:
    """The "Make a lesson link" panel for the page this script run drew, in the sidebar; none
    on a page without controls (home) nor in embed mode. Call once per run, after the page
    (ui/predict.py calls it too before it stops a page at a question)."""
    form = st.session_state.pop(ACTIVE_FORM, None)
    if form is None or not form.controls:
        return
    form.finish_notice()
    if embedded():
        return
    with st.sidebar:
        _panel(form.page, tuple(form.controls.values()), dict(form.labels))


def _open_key(page: str) -> str:
    return f"lesson:{page}:open"


def panel_open(page: str) -> bool:
    """Whether the reader has the page's "Make a lesson link" panel open."""
    return bool(st.session_state.get(_open_key(page)))


@turn.fragment
def _panel(page: str, controls: tuple[Control, ...], labels: dict[str, str]) -> None:
    """The panel's widgets and the link (a fragment: ticking a box redraws only the panel)."""
    names = list(lockable(controls))  # the pins are no control a teacher locks
    questions = PAGE_QUESTIONS.get(page, ())
    key = f"lesson:{page}:"
    choose = t("lesson.choose")
    # Opening the panel reruns it, so its link holds the settings of that moment (a part of
    # the page that redraws alone, ui.alone, may have changed them since the panel was drawn).
    with st.expander(t("lesson.panel_title"), key=_open_key(page), on_change="rerun"):
        st.caption(t("lesson.panel_intro"))
        lock = st.multiselect(
            t("lesson.lock"),
            names,
            format_func=lambda n: labels.get(n, n),
            help=t("lesson.lock_help"),
            placeholder=choose,
            key=key + "lock",
        )
        hide = st.multiselect(
            t("lesson.hide"),
            names,
            format_func=lambda n: labels.get(n, n),
            help=t("lesson.hide_help"),
            placeholder=choose,
            key=key + "hide",
        )
        ask = st.multiselect(
            t("lesson.ask"),
            questions,
            format_func=lambda q: t(QUESTION_NAMES[q]),
            help=t("lesson.ask_help"),
            placeholder=choose if questions else t("lesson.no_questions"),
            disabled=not questions,
            key=key + "ask",
        )
        code = _class_code(key + "class")
        languages = list(LANGUAGES)
        lang = st.selectbox(  # keyed by the page's language: switching it sets the link's too
            t("lesson.language"),
            languages,
            index=languages.index(current_language()),
            format_func=language_label,
            key=f"{key}lang:{current_language()}",
        )
        embed = st.toggle(t("lesson.embed"), help=t("lesson.embed_help"), key=key + "embed")
        teacher = _open_class(page, code, ask) if code and ask else None
        lesson = lesson_of(lock, hide, ask, code, controls=names, questions=questions)
        params = _page_params(page, controls, lang)
        student = params | encode_lesson(lesson) | (EMBED if embed else {})
        _links(page_address(page), student, lesson, teacher, bool(set(lock) & set(hide)))
        _examples(page, lang)


def _class_code(key: str) -> str:
    """The class code typed in the panel ("" when empty or not a code: then an error says so)."""
    code = st.text_input(
        t("lesson.class"),
        max_chars=MAX_CLASS_CHARS,
        help=t("lesson.class_help", high=MAX_CLASS_CHARS),
        key=key,
    ).strip()
    if code and not CLASS_CODE.fullmatch(code):
        st.error(t("lesson.class_bad", high=MAX_CLASS_CHARS), icon="✋")
        return ""
    return code


CLASS_REFUSED = {Opened.TAKEN: "lesson.class_taken", Opened.FULL: "lesson.class_full"}


def _open_class(page: str, code: str, ask) -> str | None:
    """The teacher's key for the class (opened on this server with it), or None with an error
    when the code belongs to another teacher or the server holds all the classes it can."""
    teacher, opened = class_view.open_for_link(page, code, ask)
    if opened in (Opened.OPENED, Opened.KNOWN):
        return teacher
    st.error(t(CLASS_REFUSED[opened], code=code), icon="✋")
    return None


def _links(
    base: str, student: dict[str, str], lesson: Lesson, teacher: str | None, both: bool
) -> None:
    """The students' link, and the teacher's (with the key) when the lesson asks a class;
    both: a control was ticked in both lists (it is hidden: a note says so)."""
    st.markdown(f"**{t('lesson.link_students')}**")
    st.code(link(base, student), language=None, wrap_lines=True)
    if both:
        st.caption(t("lesson.both_note"))
    if lesson.class_code and lesson.ask and teacher:
        st.markdown(f"**{t('lesson.link_teacher')}**")
        st.code(link(base, student | {TEACHER: teacher}), language=None, wrap_lines=True)
        st.caption(t("lesson.teacher_note"))
    elif lesson.ask and not lesson.class_code:
        st.caption(t("lesson.no_class_note"))


def _examples(page: str, lang: str) -> None:
    """Ready-made lessons for this page, each a student link (at the book's settings)."""
    examples = [e for e in EXAMPLES if e.page == page]
    if not examples:
        return
    st.markdown(f"**{t('lesson.examples')}**")
    language = {} if lang == DEFAULT_LANGUAGE else {"lang": lang}
    for example in examples:
        st.caption(t(EXAMPLE_TITLES[example.id]))
        st.code(
            link(page_address(page), dict(example.params) | language),
            language=None,
            wrap_lines=True,
        )


def _page_params(page: str, controls: Sequence[Control], lang: str) -> dict[str, str]:
    """The page's settings as the URL writes them (only what differs from the book), then the
    sidebar's seed and the link's language."""
    ss = st.session_state
    values = {
        c.name: ss[widget_key(page, c.name)] for c in controls if widget_key(page, c.name) in ss
    }
    params = encode_params(controls, values)
    sidebar = {c.name: global_value(c.name) for c in GLOBAL_CONTROLS} | {"lang": lang}
    params |= encode_params(GLOBAL_CONTROLS, sidebar)
    return params
