"""A page's controls bound to Streamlit widgets and to the address bar (ui/controls.py has
the controls themselves).

    form = Form("weight_init", CONTROLS)    # reads the URL, warns, mirrors the URL
    layers = form.widget("layers", t("init.layers"), help=t("init.layers_help"))
    seed = current_seed()

On every run, before any of the page's widgets exist, a Form:

1. If the URL is none this session wrote (a pasted link, the first visit), applies the URL's
   values to the widgets; a bad value becomes a warning naming the parameter and the value used
   instead. Parameters the URL leaves out keep their value.
2. Gives every control without a value its last value on this page in this session (so going
   to another page and back keeps the settings), else its default.
3. Writes the values back to `st.query_params`; only values that differ from the book's
   defaults are written, so a link shows just what was changed.

The sidebar's language and seed are `GLOBAL_CONTROLS`, applied by app.py (`apply_globals`);
the book-settings button calls `reset_current_page` as its on_click callback.

A lesson link (ui/lesson.py: `lock`, `hide`, `ask`, `class`, `teacher`) is read in step 1 too
and kept per page for the session: a locked control's widget is drawn disabled, a hidden one
is not drawn (its value still applies: every result, metric and explanation stays), a notice at
the top of the page lists both ("set by your teacher") with a link to the page unlocked, the
book-settings button leaves them alone, and step 3 writes the lesson back into the URL.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ui.controls import (
    Choice,
    Control,
    Flag,
    FloatRange,
    Interval,
    IntRange,
    LogRange,
    NumberList,
    Problem,
    encode_params,
    parse_params,
    problem_message,
)
from ui.i18n import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, t
from ui.lesson import LESSON_PARAMS, PAGE_QUESTIONS, Lesson, encode_lesson, parse_lesson
from ui.outside_text import inert

MAX_WARNINGS = 3  # per page load; the rest are counted in one more warning
NOTICE_CHARS = 60  # of a typed list shown in a lesson's notice
GLOBAL_PAGE = "app"
GLOBAL_CONTROLS: tuple[Control, ...] = (
    Choice("lang", DEFAULT_LANGUAGE, tuple(LANGUAGES)),
    IntRange("seed", 0, 0, 99_999),
    Flag("projector", False),  # projector mode (issue 18): bigger type in every chart
)
_URL_WRITTEN = "_ui.url_written"  # the query strings this session wrote lately, newest last
URL_HISTORY = 64
_CURRENT_FORM = "_ui.current_form"  # (page, controls) of the page drawn last, for the reset
_SAVED = "_ui.saved."  # + widget key: a control's last value, kept while its page is not shown
_LESSON = "_ui.lesson."  # + page: the lesson a link set for that page (ui/lesson.py)
ACTIVE_FORM = "_ui.active_form"  # the Form of this script run, for the lesson panel (app.py)


def lockable(controls: Iterable[Control]) -> tuple[str, ...]:
    """The names of the controls a lesson link may lock or hide (a page's pins are not one:
    ui/pins.py)."""
    return tuple(c.name for c in controls if getattr(c, "lockable", True))


def widget_key(page: str, name: str) -> str:
    """The session-state key of a control's widget."""
    return f"{page}:{name}"


def _st():
    import streamlit as st

    return st


def _current_params() -> dict[str, str]:
    return _st().query_params.to_dict()


def _url_is_new() -> bool:
    """True when the URL is none this session wrote (the first visit, a link opened).

    Not just "not the last one written": while a slider is moved quickly, each rerun can
    start before the browser has shown the previous rerun's URL, so the URL a rerun arrives
    with is often one the session wrote a moment before. Taking that for a new link would
    set the slider back to it (a held arrow key left the slider at 9 while chart and URL said
    15)."""
    return _frozen(_current_params()) not in _st().session_state.get(_URL_WRITTEN, ())


def _frozen(params: Mapping[str, str]) -> tuple:
    return tuple(sorted(params.items()))


def _apply(page: str, controls: Sequence[Control], known) -> list[Problem]:
    """Steps 1 and 2 of the module docstring for one set of controls."""
    ss = _st().session_state
    problems: list[Problem] = []
    if _url_is_new():
        values, problems = parse_params(controls, _current_params(), known)
        for name, value in values.items():
            ss[widget_key(page, name)] = value
    for c in controls:
        key = widget_key(page, c.name)
        if key not in ss or not c.holds(ss[key]):  # new, or a crafted widget value
            saved = ss.get(_SAVED + key, c.default)
            ss[key] = saved if c.holds(saved) else c.default
    return problems


def apply_globals() -> list[Problem]:
    """Apply ?lang= and ?seed= before the sidebar draws (app.py calls this first).

    Their values are also saved outside the widgets: st.switch_page starts the next run with
    the sidebar's widget state forgotten, and the language must survive that.
    """
    problems = _apply(GLOBAL_PAGE, GLOBAL_CONTROLS, known=None)
    ss = _st().session_state
    for c in GLOBAL_CONTROLS:
        key = widget_key(GLOBAL_PAGE, c.name)
        ss[_SAVED + key] = ss[key]
    ss[_PENDING] = problems  # shown by the page's Form, together with its own (MAX_WARNINGS)
    return problems


def global_value(name: str) -> Any:
    return _st().session_state[widget_key(GLOBAL_PAGE, name)]


def current_seed() -> int:
    """The sidebar's random seed."""
    return int(global_value("seed"))


def global_widget(name: str, label: str, **kwargs) -> Any:
    """The sidebar widget of a GLOBAL_CONTROLS entry (see Form.widget for kwargs)."""
    control = next(c for c in GLOBAL_CONTROLS if c.name == name)
    kwargs = {
        "help": None,
        "format_func": None,
        "style": None,
        "disabled": False,
        "container": None,
    } | kwargs
    return draw_widget(control, widget_key(GLOBAL_PAGE, name), label, **kwargs)


def current_lesson() -> tuple[str | None, Lesson]:
    """(page, lesson) of the page drawn last (Lesson() when no link set one)."""
    ss = _st().session_state
    page, _ = ss.get(_CURRENT_FORM, (None, ()))
    return page, ss.get(_LESSON + str(page), Lesson())


def reset_current_page() -> None:
    """on_click callback of the book-settings button: the page drawn last gets its defaults,
    except the controls a lesson link locked or hid (their teacher set them)."""
    ss = _st().session_state
    page, controls = ss.get(_CURRENT_FORM, (None, ()))
    _, lesson = current_lesson()
    for c in controls:
        if not lesson.editable(c.name):
            continue
        ss[widget_key(page, c.name)] = c.default
        ss[_SAVED + widget_key(page, c.name)] = c.default


_PENDING = "_ui.pending_problems"  # the sidebar's problems, shown with the page's own


def show_problems(problems: Iterable[Problem]) -> None:
    """The first MAX_WARNINGS problems as warnings, then one warning counting the rest (a link
    with a thousand bad parameters must not bury the page)."""
    problems = list(problems)
    for problem in problems[:MAX_WARNINGS]:
        _st().warning(problem_message(problem), icon="⚠️")
    if len(problems) > MAX_WARNINGS:
        _st().warning(t("state.more_problems", count=len(problems) - MAX_WARNINGS), icon="⚠️")


class Form:
    """A page's controls bound to widgets and to the URL (see the module docstring)."""

    def __init__(self, page: str, controls: Sequence[Control]):
        st = _st()
        self.page = page
        self.controls = {c.name: c for c in controls}
        ss = st.session_state
        fresh_session = _URL_WRITTEN not in ss
        known = {c.name for c in GLOBAL_CONTROLS} | set(self.controls) | set(LESSON_PARAMS)
        # A page switch can leave another page's names in the URL: only a link someone opened
        # (the session's first URL) is checked for unknown names.
        lesson_problems = self._read_lesson()  # before _apply: both ask whether the URL is new
        problems = ss.pop(_PENDING, []) + _apply(page, controls, known if fresh_session else None)
        show_problems(problems + lesson_problems)
        ss[_CURRENT_FORM] = (page, tuple(controls))
        ss[ACTIVE_FORM] = self
        self.save()
        self.labels: dict[str, str] = {}  # control name -> its widget's label, once drawn
        self._noted: dict[str, tuple[str, str, bool]] = {}  # name -> (label, value, hidden)
        self._notice = st.empty() if self.lesson.lock or self.lesson.hide else None
        self.publish()

    def _read_lesson(self) -> list[Problem]:
        """Read a lesson from a new URL (kept for this page when the URL names none); set
        self.lesson; the problems met."""
        ss = _st().session_state
        problems: list[Problem] = []
        if _url_is_new():
            lesson, problems = parse_lesson(
                _current_params(),
                controls=lockable(self.controls.values()),
                questions=PAGE_QUESTIONS.get(self.page, ()),
                sidebar=tuple(c.name for c in GLOBAL_CONTROLS),
            )
            if lesson is not None:
                ss[_LESSON + self.page] = lesson
        self.lesson: Lesson = ss.get(_LESSON + self.page, Lesson())
        return problems

    def publish(self) -> None:
        """Step 3: mirror the global and page values into the URL.

        Not when the browser shows an address this session wrote before and nothing changed
        since the last one: the reader went Back (or Forward) in the browser's history, and
        writing the unchanged values would add a history entry on top of the one Back went
        to. The settings of that address apply once the browser says it went there
        (ui/browser.py, `restore_from_address`)."""
        st = _st()
        globals_now = {c.name: global_value(c.name) for c in GLOBAL_CONTROLS}
        wanted = encode_params(GLOBAL_CONTROLS, globals_now)
        wanted |= encode_params(self.controls.values(), self.values)
        wanted |= encode_lesson(self.lesson)
        written = st.session_state.get(_URL_WRITTEN, ())
        went_back = written[-1:] == (_frozen(wanted),) and not _url_is_new()
        if _current_params() != wanted and not went_back:
            if wanted:
                st.query_params.from_dict(wanted)
            else:  # from_dict({}) sends the browser nothing: the old query string would stay
                st.query_params.clear()
        written = [w for w in written if w != _frozen(wanted)]
        st.session_state[_URL_WRITTEN] = (*written[-(URL_HISTORY - 1) :], _frozen(wanted))

    def save(self) -> None:
        """Keep each control's value beside its widget: Streamlit forgets a widget's value
        once a run does not draw it (another page), and the page gets it back from here."""
        ss = _st().session_state
        for name in self.controls:
            ss[_SAVED + self.key(name)] = ss[self.key(name)]

    def key(self, name: str) -> str:
        return widget_key(self.page, name)

    @property
    def values(self) -> dict[str, Any]:
        ss = _st().session_state
        return {name: ss[self.key(name)] for name in self.controls}

    def __getitem__(self, name: str) -> Any:
        return _st().session_state[self.key(name)]

    def cap(self, name: str, most: Any) -> bool:
        """Lower the control to `most` (what the other settings let a link cost the server)
        when it is above, before its widget is drawn, so the widget and the URL show the
        value used; whether it was lowered. A control a lesson link set is lowered too."""
        if self[name] <= most:
            return False
        _st().session_state[self.key(name)] = most
        self.publish()
        return True

    def editable(self, name: str) -> bool:
        """Whether the reader may change the control (a lesson link did not lock or hide it):
        for a page's own buttons that set a control (presets)."""
        return self.lesson.editable(name)

    def widget(
        self,
        name: str,
        label: str,
        *,
        help: str | None = None,
        format_func: Callable[[Any], str] | None = None,
        style: str | None = None,
        disabled: bool = False,
        container=None,
    ) -> Any:
        """Draw the control's widget and return its value.

        IntRange/FloatRange -> slider (style="number": number input); Interval -> slider with
        two handles; LogRange -> select slider; Choice -> horizontal radio (style="select":
        select box, "segmented": segmented control, "slider": select slider); Flag -> toggle;
        NumberList -> text input.
        format_func turns a value into its (translated) label.

        A control a lesson link hid is not drawn (its value is returned all the same); one it
        locked is drawn disabled, its label marked 🔒 and its help saying who set it; both
        are listed in the notice at the top of the page.
        """
        self.labels[name] = label
        if self.lesson.hidden(name) or self.lesson.locked(name):
            self._note(name, label, format_func)
        if self.lesson.hidden(name):
            return self[name]
        if self.lesson.locked(name):
            label = f"{label} 🔒"
            help = (
                t("lesson.locked_help") if help is None else f"{help}\n\n{t('lesson.locked_help')}"
            )
            disabled = True
        return draw_widget(
            self.controls[name],
            self.key(name),
            label,
            help=help,
            format_func=format_func,
            style=style,
            disabled=disabled,
            container=container,
        )

    def _note(self, name: str, label: str, format_func) -> None:
        """Add a locked or hidden control to the notice at the top of the page, which is drawn
        once the last of them is noted (or by `finish_notice` at the end of the run)."""
        value = self[name]
        if format_func is not None:
            shown = format_func(value)
        elif isinstance(self.controls[name], Flag):
            shown = t("lesson.on") if value else t("lesson.off")
        elif isinstance(value, float):
            shown = _sig(value)
        elif isinstance(self.controls[name], NumberList):  # typed text, maybe from a link
            shown = inert(value, NOTICE_CHARS)
        else:
            shown = str(value)
        self._noted[name] = (label, shown, self.lesson.hidden(name))
        if set(self._noted) >= {*self.lesson.lock, *self.lesson.hide}:
            self.finish_notice()

    def finish_notice(self) -> None:
        """Draw the lesson notice with what was noted, once (a page that does not draw every
        locked or hidden control still gets it, from ui.lesson_view.draw_panel): each control
        a teacher set, with its value, and a link to this page without locks (a new tab)."""
        if self._notice is None or not self._noted:
            return
        said = {True: "lesson.notice_hidden", False: "lesson.notice_locked"}  # hidden or not
        items = [t(said[hidden], label=label, value=v) for label, v, hidden in self._noted.values()]
        st = _st()
        with self._notice.container(border=True):
            st.markdown(t("lesson.notice", items=" · ".join(items)))
            st.link_button(
                t("lesson.open_unlocked"), self.unlocked_link(), help=t("lesson.open_unlocked_help")
            )
        self._notice = None

    def unlocked_link(self, changes: Mapping[str, Any] | None = None) -> str:
        """A relative link to this page as it is now (with `changes`: control name -> value,
        e.g. a fix the teacher's lock keeps from this page), without the lesson's locks and
        hides (questions stay; the class and the teacher's view do not)."""
        from urllib.parse import urlencode

        globals_now = {c.name: global_value(c.name) for c in GLOBAL_CONTROLS}
        params = encode_params(GLOBAL_CONTROLS, globals_now)
        params |= encode_params(self.controls.values(), self.values | dict(changes or {}))
        params |= encode_lesson(Lesson(ask=self.lesson.ask))
        return "?" + urlencode(params, safe=",")


def draw_widget(control, key, label, *, help, format_func, style, disabled, container):
    """One widget for `control`, its value held in session state under `key`."""
    box = container if container is not None else _st()
    common = {"key": key, "help": help, "disabled": disabled}
    if isinstance(control, Interval):  # two handles: the value in session state is a tuple
        return box.slider(
            label, min_value=control.low, max_value=control.high, step=control.step, **common
        )
    if isinstance(control, LogRange):
        return box.select_slider(
            label, options=control.options, format_func=format_func or _sig, **common
        )
    if isinstance(control, FloatRange):  # IntRange too
        common["format"] = control.printf  # Streamlit's own %0.2f wrote λ = 0.001 as 0.00
        if style == "number" or control.low >= control.high:  # a slider needs two values
            common["disabled"] = disabled or control.low >= control.high
            return box.number_input(
                label, min_value=control.low, max_value=control.high, step=control.step, **common
            )
        return box.slider(
            label, min_value=control.low, max_value=control.high, step=control.step, **common
        )
    if isinstance(control, Choice):
        fmt = format_func or str
        if style == "select":
            return box.selectbox(label, control.choices, format_func=fmt, **common)
        if style == "segmented":
            return box.segmented_control(
                label, control.choices, format_func=fmt, required=True, **common
            )
        if style == "slider":
            return box.select_slider(label, control.choices, format_func=fmt, **common)
        return box.radio(label, control.choices, format_func=fmt, horizontal=True, **common)
    if isinstance(control, Flag):
        return box.toggle(label, **common)
    if isinstance(control, NumberList):
        return box.text_input(label, max_chars=control.max_chars, **common)
    raise TypeError(f"no widget for {type(control).__name__}")


def _sig(value: float) -> str:
    return f"{value:g}"


def language_label(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


# ---------------------------------------------------------------- setting a control from code


def usable_value(control: Control, value: Any) -> Any:
    """`value` as `control` can hold it (snapped into a range and onto its grid), or None if
    the control cannot take it (a choice it does not offer, text for a number)."""
    if isinstance(control, Flag):
        return bool(value) if isinstance(value, bool) else None
    if isinstance(control, Interval):
        try:
            ends = sorted(float(v) for v in value)
        except (TypeError, ValueError):
            return None
        ok = len(ends) == 2 and all(math.isfinite(v) for v in ends)
        return tuple(control.snap(v) for v in ends) if ok else None
    if isinstance(control, Choice):
        return value if value in control.choices else None
    if isinstance(control, NumberList):  # the text as typed: the page reads the numbers
        return value if isinstance(value, str) else None
    if isinstance(control, FloatRange | LogRange):  # IntRange too
        try:
            number = float(value)
        except (TypeError, ValueError):
            return None
        return control.snap(number) if math.isfinite(number) else None
    return None


def set_control(page: str, control: Control, value: Any) -> None:
    """on_click callback that sets one of `page`'s controls (a fix suggested by the lab): the
    widget and the value kept for the page take `value` (see usable_value); the page's Form
    then writes it to the URL on the rerun, so the address, the widget and what the page
    computes agree. A value the control cannot take changes nothing, nor does any value for a
    control a lesson link locked or hid (its teacher set it)."""
    usable = usable_value(control, value)
    ss = _st().session_state
    if usable is None or not ss.get(_LESSON + page, Lesson()).editable(control.name):
        return
    ss[widget_key(page, control.name)] = usable
    ss[_SAVED + widget_key(page, control.name)] = usable


def restore_from_address(path: str, params: Mapping[str, str]) -> None:
    """Callback for the browser's Back and Forward (ui/browser.py): the browser now shows the
    page at URL path `path` with query `params`. When that is the page drawn last, its controls
    and the sidebar's take the address's values (a control the address leaves out: its
    default, as the address writes only what differs), except those a lesson link locked or
    hid; anything else (another page: Streamlit switches to it) changes nothing."""
    ss = _st().session_state
    page, controls = ss.get(_CURRENT_FORM, (None, ()))
    if page is None or path != page:
        return
    lesson = ss.get(_LESSON + page, Lesson())
    for owner, owned in ((GLOBAL_PAGE, GLOBAL_CONTROLS), (page, controls)):
        values, _ = parse_params(owned, params)  # the lab wrote it: its problems go unsaid
        for c in owned:
            if owner == page and not lesson.editable(c.name):
                continue
            ss[widget_key(owner, c.name)] = values.get(c.name, c.default)
            ss[_SAVED + widget_key(owner, c.name)] = values.get(c.name, c.default)
