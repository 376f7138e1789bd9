"""Page controls mirrored in the URL, validated: each control is declared once.

A page declares its controls with the book's settings as defaults, then makes a `Form`:

    CONTROLS = (
        state.IntRange("layers", 5, 1, 20),
        state.Choice("activation", "sigmoid", ("sigmoid", "tanh", "relu")),
        state.LogRange("scale", 0.01, 1e-4, 10.0),
        state.Flag("gradients", False),
    )
    form = state.Form("weight_init", CONTROLS)    # reads the URL, warns, mirrors the URL
    layers = form.widget("layers", t("init.layers"), help=t("init.layers_help"))
    act = form.widget("activation", t("init.activation"), format_func=lambda v: t(f"act.{v}"))
    seed = state.seed()

The parsing half (`Control.parse`, `parse_params`, `encode_params`) is pure and tested without
Streamlit. The `Form` half does, on every run, before any of the page's widgets exist:

1. If the URL differs from what the app last wrote (a pasted link, the first visit, browser
   history), apply the URL's values to the widgets; a bad value becomes a warning naming the
   parameter and the value used instead. Parameters the URL leaves out keep their value.
2. Give every control without a value its last value on this page in this session (so going to
   another page and back keeps the settings), else its default.
3. Write the values back to `st.query_params`; only values that differ from the book's defaults
   are written, so a link shows just what was changed.

The sidebar's language and seed are `GLOBAL_CONTROLS`, applied by app.py (`apply_globals`);
the book-settings button calls `reset_current_page` as its on_click callback.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from ui.i18n import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, t
from ui.outside_text import inert

_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


class ParamError(ValueError):
    """A URL value that cannot be used as given: `reason` (a message key), `used` the value used
    instead, `detail` the numbers the message needs (low, high, choices)."""

    def __init__(self, reason: str, used: Any, **detail):
        super().__init__(reason)
        self.reason, self.used, self.detail = reason, used, detail


@dataclass(frozen=True)
class Problem:
    """One URL parameter that was not used as written."""

    param: str
    raw: str
    reason: str  # unknown_name | not_a_number | not_an_integer | out_of_range | snapped | ...
    used: str | None = None  # the value used instead, as the URL now shows it
    detail: Mapping = field(default_factory=dict)


@dataclass(frozen=True)
class Control:
    """A setting with a URL name, a default (the book's setting) and a parser."""

    name: str
    default: Any

    def parse(self, raw: str) -> Any:
        """The value `raw` (text from the URL) stands for; ParamError if it needs replacing."""
        raise NotImplementedError

    def encode(self, value: Any) -> str:
        return str(value)


def _number(raw: str, default):
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise ParamError("not_a_number", default) from None
    if not math.isfinite(value):
        raise ParamError("not_a_number", default)
    return value


@dataclass(frozen=True)
class FloatRange(Control):
    """A number in [low, high] on a grid of `step` (a slider)."""

    low: float = 0.0
    high: float = 1.0
    step: float = 0.01

    def parse(self, raw):
        return self._in_range_on_grid(_number(raw, self.default))

    def _in_range_on_grid(self, value):
        if not self.low <= value <= self.high:
            raise ParamError("out_of_range", self.snap(value), low=self.low, high=self.high)
        if not math.isclose(self.snap(value), value, rel_tol=1e-9, abs_tol=1e-12):
            raise ParamError("snapped", self.snap(value), step=self.step)
        return self.snap(value)

    def snap(self, value: float) -> float:
        """The nearest allowed value (clamped into range, on the step grid)."""
        value = min(max(value, self.low), self.high)
        steps = round((value - self.low) / self.step)
        return round(self.low + steps * self.step, 10)

    def encode(self, value):
        return f"{value:g}"


@dataclass(frozen=True)
class IntRange(FloatRange):
    """A whole number in [low, high] on a grid of `step` from `low` (a slider)."""

    low: int = 0
    high: int = 100
    step: int = 1

    def parse(self, raw):
        value = _number(raw, self.default)
        if value != int(value):
            raise ParamError("not_an_integer", self.snap(value))
        return self._in_range_on_grid(value)

    def snap(self, value: float) -> int:
        return int(super().snap(value))

    def encode(self, value):
        return str(value)


NICE_MANTISSAS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0)


def log_grid(low: float, high: float) -> tuple[float, ...]:
    """Round numbers spaced about evenly on a log scale from `low` to `high` (both included
    when they are powers of ten): 1e-4, 1.2e-4, 1.5e-4, 2e-4, ... 8, 10."""
    grid = []
    for exponent in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1):
        for m in NICE_MANTISSAS:
            v = float(f"{m * 10.0**exponent:.6g}")
            if low * (1 - 1e-9) <= v <= high * (1 + 1e-9):
                grid.append(v)
    return tuple(grid)


@dataclass(frozen=True)
class LogRange(Control):
    """A positive number in [low, high] chosen on `log_grid` (a log slider).

    extra: further values on the slider (e.g. the book's logspace(0, -4, 16) scales, which are
    not round); the URL writes them with 6 significant digits, which reads back as the same one.
    """

    low: float = 1e-4
    high: float = 10.0
    extra: tuple[float, ...] = ()

    @property
    def options(self) -> tuple[float, ...]:
        grid = log_grid(self.low, self.high)
        more = [
            v
            for v in self.extra
            if self.low <= v <= self.high and not any(math.isclose(v, g) for g in grid)
        ]
        return tuple(sorted((*grid, *more)))

    def parse(self, raw):
        value = _number(raw, self.default)
        if not self.low <= value <= self.high:
            raise ParamError("out_of_range", self.snap(value), low=self.low, high=self.high)
        snapped = self.snap(value)
        if not math.isclose(snapped, value, rel_tol=1e-5):
            raise ParamError("snapped_log", snapped)
        return snapped

    def snap(self, value: float) -> float:
        value = min(max(value, self.low), self.high)
        return min(self.options, key=lambda o: abs(math.log(o) - math.log(value)))

    def encode(self, value):
        return f"{value:g}"


@dataclass(frozen=True)
class Choice(Control):
    """One of `choices` (short URL tokens; the page translates them for display)."""

    choices: tuple[str, ...] = ()

    def parse(self, raw):
        for choice in self.choices:
            if raw.strip().lower() == choice.lower():
                return choice
        raise ParamError("unknown_choice", self.default, choices=", ".join(self.choices))


_LIST_SEPARATORS = re.compile(r"[\s,;，、；]+")  # also the full-width ones a zh-TW keyboard types


@dataclass(frozen=True)
class NumberList(Control):
    """A short list of numbers typed as text ("1, 2, 3"); the value is the text as typed.

    `numbers(text)` reads it as exact fractions (0.1 is 1/10), or raises ParamError with reason
    empty_list, too_long (detail: high), not_a_number_in_list (token), number_too_large
    (token, high), number_too_small (token, low) or too_many_numbers (high); a page shows its
    own message for typed text, the URL check names the parameter. Nonzero numbers smaller
    than `min_abs` are refused: the exact arithmetic on them would cost time, not teach more.
    """

    max_count: int = 30
    max_abs: float = 1e6
    min_abs: str = "1e-999"  # text: a float cannot hold it
    max_chars: int = 300  # the text box's limit, which a link must not get around

    def numbers(self, text: str) -> tuple[Fraction, ...]:
        text = str(text).strip()
        if len(text) > self.max_chars:
            raise ParamError("too_long", self.default, high=self.max_chars)
        tokens = [tok for tok in _LIST_SEPARATORS.split(text) if tok]
        if not tokens:
            raise ParamError("empty_list", self.default)
        values = []
        for tok in tokens:
            try:
                value = Decimal(tok)  # exact; refuses words, 1/3, 0x10
            except InvalidOperation:
                value = Decimal("NaN")
            if not value.is_finite():
                raise ParamError("not_a_number_in_list", self.default, token=tok)
            # copy_abs and comparisons are exact: abs() would round in the decimal context and
            # overflow for 1e1000000
            if value.copy_abs() > Decimal(self.max_abs):
                raise ParamError(
                    "number_too_large", self.default, token=tok, high=f"{self.max_abs:g}"
                )
            if value and value.copy_abs() < Decimal(self.min_abs):  # before Fraction: 10^-huge
                raise ParamError(
                    "number_too_small", self.default, token=tok, low=self.min_abs
                )
            values.append(Fraction(value))
        if len(values) > self.max_count:
            raise ParamError("too_many_numbers", self.default, high=self.max_count)
        return tuple(values)

    def parse(self, raw):
        self.numbers(raw)
        return str(raw).strip()


@dataclass(frozen=True)
class Flag(Control):
    """On or off (a toggle); the URL says 1/0, true/false, yes/no or on/off."""

    def parse(self, raw):
        key = raw.strip().lower()
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
        raise ParamError("not_a_flag", self.default)

    def encode(self, value):
        return "1" if value else "0"


# ------------------------------------------------------------------ pure: URL text <-> values


def parse_params(
    controls: Iterable[Control], params: Mapping[str, Any], known: Iterable[str] = ()
) -> tuple[dict[str, Any], list[Problem]]:
    """Values for the controls the URL names, and the problems met on the way.

    params: name -> text (a list of texts counts as its last one). A bad value gives the value
    used instead (the nearest allowed one, else the default). Names that are neither controls
    nor in `known` are problems of reason "unknown_name"; pass known=None to skip that check.
    """
    by_name = {c.name: c for c in controls}
    values, problems = {}, []
    for name, raw in params.items():
        if isinstance(raw, list | tuple):
            raw = raw[-1] if raw else ""
        raw = str(raw)
        control = by_name.get(name)
        if control is None:
            if known is not None and name not in known:
                problems.append(Problem(name, raw, "unknown_name"))
            continue
        try:
            values[name] = control.parse(raw)
        except ParamError as err:
            values[name] = err.used
            problems.append(
                Problem(name, raw, err.reason, control.encode(err.used), dict(err.detail))
            )
    return values, problems


def encode_params(controls: Iterable[Control], values: Mapping[str, Any]) -> dict[str, str]:
    """URL text for every value that differs from its control's default."""
    return {
        c.name: c.encode(values[c.name])
        for c in controls
        if c.name in values and values[c.name] != c.default
    }


OUTSIDE_DETAILS = ("token",)  # detail entries quoted from the link (the rest are the lab's)
MAX_WARNINGS = 3  # per page load; the rest are counted in one more warning


def problem_message(problem: Problem) -> str:
    """The translated warning for one problem; the link's own text in it is inert."""
    detail = {k: inert(v) if k in OUTSIDE_DETAILS else v for k, v in problem.detail.items()}
    return t(
        f"state.{problem.reason}",
        param=inert(problem.param),
        value=inert(problem.raw),
        used=problem.used,
        **detail,
    )


# ------------------------------------------------------------------ Streamlit binding

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


def seed() -> int:
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
