"""Page controls and their URL text, pure: each control is declared once, with the book's
setting as its default, and knows how to read itself from a link.

    CONTROLS = (
        IntRange("layers", 5, 1, 20),
        Choice("activation", "sigmoid", ("sigmoid", "tanh", "relu")),
        LogRange("scale", 0.01, 1e-4, 10.0),
        Flag("gradients", False),
    )
    values, problems = parse_params(CONTROLS, {"layers": "50"})   # layers 20, one problem
    encode_params(CONTROLS, values)                                # {"layers": "20"}

ui/form.py binds them to widgets and to the address bar.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from ui.i18n import t
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

    def holds(self, value: Any) -> bool:
        """Whether `value` is one this control's widget can hold. The browser sends widget
        values, and a crafted message can send any value of any type: a page reads only
        values that pass (ui/form.py puts the last good one back otherwise). By default: the
        value written into a URL and read back is itself."""
        try:
            return bool(self.parse(self.encode(value)) == value)
        except Exception:  # anything the control cannot write or read back
            return False


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


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

    def holds(self, value):
        return _is_number(value) and self.low <= value <= self.high

    def snap(self, value: float) -> float:
        """The nearest allowed value (clamped into range, on the step grid)."""
        value = min(max(value, self.low), self.high)
        steps = round((value - self.low) / self.step)
        return round(self.low + steps * self.step, 10)

    def encode(self, value):
        return f"{value:g}"

    @property
    def printf(self) -> str:
        """How a widget writes the values: as many decimals as the step has (0.001: %0.3f,
        at least one), so every value on the grid shows as itself."""
        exponent = Decimal(repr(float(self.step))).normalize().as_tuple().exponent
        return f"%0.{max(1, -int(exponent))}f"


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

    def holds(self, value):
        return isinstance(value, int) and super().holds(value)

    def encode(self, value):
        return str(value)

    @property
    def printf(self) -> str:
        return "%d"


@dataclass(frozen=True)
class Interval(Control):
    """A range (from, to) inside [low, high], both ends on a grid of `step` (a slider with two
    handles); the URL writes "from,to" (e.g. the exponents of a search: lr_range=-6,-2). Ends
    given the wrong way round are read in order."""

    low: float = 0.0
    high: float = 1.0
    step: float = 0.1

    def parse(self, raw):
        parts = str(raw).split(",")
        if len(parts) != 2:
            raise ParamError("not_a_number", self.default)
        ends = sorted(_number(part, self.default) for part in parts)
        snapped = tuple(self.snap(v) for v in ends)
        if not all(self.low <= v <= self.high for v in ends):
            raise ParamError("out_of_range", snapped, low=self.low, high=self.high)
        if not all(math.isclose(s, v, abs_tol=1e-9) for s, v in zip(snapped, ends, strict=True)):
            raise ParamError("snapped", snapped, step=self.step)
        return snapped

    def holds(self, value):
        """Two numbers in range, in order (the two-handled slider's tuple)."""
        if not isinstance(value, tuple | list) or len(value) != 2:
            return False
        low, high = value
        return _is_number(low) and _is_number(high) and self.low <= low <= high <= self.high

    def snap(self, value: float) -> float:
        """The nearest allowed end (clamped into range, on the step grid)."""
        value = min(max(value, self.low), self.high)
        return round(self.low + round((value - self.low) / self.step) * self.step, 10)

    def encode(self, value):
        return ",".join(f"{v:g}" for v in value)


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

    def holds(self, value):
        return _is_number(value) and value in self.options

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

    def holds(self, value):
        return isinstance(value, str) and value in self.choices


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
                raise ParamError("number_too_small", self.default, token=tok, low=self.min_abs)
            values.append(Fraction(value))
        if len(values) > self.max_count:
            raise ParamError("too_many_numbers", self.default, high=self.max_count)
        return tuple(values)

    def parse(self, raw):
        self.numbers(raw)
        return str(raw).strip()

    def holds(self, value):
        return isinstance(value, str) and len(value) <= self.max_chars


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

    def holds(self, value):
        return isinstance(value, bool)


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


PROBLEM_MESSAGES = {  # a problem's reason -> its warning
    "unknown_name": "state.unknown_name",
    "not_a_number": "state.not_a_number",
    "not_an_integer": "state.not_an_integer",
    "out_of_range": "state.out_of_range",
    "snapped": "state.snapped",
    "snapped_log": "state.snapped_log",
    "unknown_choice": "state.unknown_choice",
    "not_a_flag": "state.not_a_flag",
    "empty_list": "state.empty_list",
    "not_a_number_in_list": "state.not_a_number_in_list",
    "number_too_large": "state.number_too_large",
    "too_long": "state.too_long",
    "number_too_small": "state.number_too_small",
    "too_many_numbers": "state.too_many_numbers",
    "lesson_unknown_control": "state.lesson_unknown_control",
    "lesson_unknown_question": "state.lesson_unknown_question",
    "lesson_sidebar": "state.lesson_sidebar",
    "lesson_bad_class": "state.lesson_bad_class",
    "lesson_too_long": "state.lesson_too_long",
    "lesson_teacher_key": "state.lesson_teacher_key",
    "bad_pins": "state.bad_pins",
}
OUTSIDE_DETAILS = ("token",)  # detail entries quoted from the link (the rest are the lab's)


def problem_message(problem: Problem) -> str:
    """The translated warning for one problem; the link's own text in it is inert."""
    detail = {k: inert(v) if k in OUTSIDE_DETAILS else v for k, v in problem.detail.items()}
    return t(
        PROBLEM_MESSAGES[problem.reason],
        param=inert(problem.param),
        value=inert(problem.raw),
        used=problem.used,
        **detail,
    )
