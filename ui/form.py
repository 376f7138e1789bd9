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
    IntRange,
    LogRange,
    NumberList,
    Problem,
    encode_params,
    parse_params,
    problem_message,
)
from ui.i18n import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, t

MAX_WARNINGS = 3  # per page load; the rest are counted in one more warning
GLOBAL_PAGE = "app"
GLOBAL_CONTROLS: tuple[Control, ...] = (
    Choice("lang", DEFAULT_LANGUAGE, tuple(LANGUAGES)),
    IntRange("seed", 0, 0, 99_999),
)
_URL_WRITTEN = "_ui.url_written"  # the query strings this session wrote lately, newest last
URL_HISTORY = 64
_CURRENT_FORM = "_ui.current_form"  # (page, controls) of the page drawn last, for the reset
_SAVED = "_ui.saved."  # + widget key: a control's last value, kept while its page is not shown


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
    set the slider back to it (issue 9.2: the slider at 9 while chart and URL said 15)."""
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
        if key not in ss:
            ss[key] = ss.get(_SAVED + key, c.default)
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


def reset_current_page() -> None:
    """on_click callback of the book-settings button: the page drawn last gets its defaults."""
    ss = _st().session_state
    page, controls = ss.get(_CURRENT_FORM, (None, ()))
    for c in controls:
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
        known = {c.name for c in GLOBAL_CONTROLS} | set(self.controls)
        # A page switch can leave another page's names in the URL: only a link someone opened
        # (the session's first URL) is checked for unknown names.
        problems = ss.pop(_PENDING, []) + _apply(page, controls, known if fresh_session else None)
        show_problems(problems)
        ss[_CURRENT_FORM] = (page, tuple(controls))
        for c in controls:
            ss[_SAVED + widget_key(page, c.name)] = ss[widget_key(page, c.name)]
        self.publish()

    def publish(self) -> None:
        """Step 3: mirror the global and page values into the URL."""
        st = _st()
        globals_now = {c.name: global_value(c.name) for c in GLOBAL_CONTROLS}
        wanted = encode_params(GLOBAL_CONTROLS, globals_now)
        wanted |= encode_params(self.controls.values(), self.values)
        if _current_params() != wanted:
            if wanted:
                st.query_params.from_dict(wanted)
            else:  # from_dict({}) sends the browser nothing: the old query string would stay
                st.query_params.clear()
        written = [w for w in st.session_state.get(_URL_WRITTEN, ()) if w != _frozen(wanted)]
        st.session_state[_URL_WRITTEN] = (*written[-(URL_HISTORY - 1) :], _frozen(wanted))

    def key(self, name: str) -> str:
        return widget_key(self.page, name)

    @property
    def values(self) -> dict[str, Any]:
        ss = _st().session_state
        return {name: ss[self.key(name)] for name in self.controls}

    def __getitem__(self, name: str) -> Any:
        return _st().session_state[self.key(name)]

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

        IntRange/FloatRange -> slider (style="number": number input); LogRange -> select
        slider; Choice -> horizontal radio (style="select": select box, "segmented": segmented
        control, "slider": select slider); Flag -> toggle; NumberList -> text input.
        format_func turns a value into its (translated) label.
        """
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


def draw_widget(control, key, label, *, help, format_func, style, disabled, container):
    """One widget for `control`, its value held in session state under `key`."""
    box = container if container is not None else _st()
    common = {"key": key, "help": help, "disabled": disabled}
    if isinstance(control, LogRange):
        return box.select_slider(
            label, options=control.options, format_func=format_func or _sig, **common
        )
    if isinstance(control, FloatRange):  # IntRange too
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
    if isinstance(control, Choice):
        return value if value in control.choices else None
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
    computes agree. A value the control cannot take changes nothing."""
    usable = usable_value(control, value)
    if usable is None:
        return
    ss = _st().session_state
    ss[widget_key(page, control.name)] = usable
    ss[_SAVED + widget_key(page, control.name)] = usable
