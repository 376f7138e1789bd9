"""A lesson link's own parameters, pure: which controls are locked or hidden, which questions
are asked before a result, the class whose answers are counted, and the teacher's view.

    /weight_decay?lambda=0.3&lock=lambda&hide=epochs,optimizer&ask=gap&class=7b
    lesson, problems = parse_lesson(params, controls=("lambda", "epochs", ...), questions=("gap",))
    encode_lesson(lesson)   # {"lock": "lambda", "hide": "epochs,optimizer", "ask": "gap", ...}

`lock` and `hide` list control names as they appear in the URL, comma-separated; `ask` lists
question names; `class` is a short code the teacher makes up (letters, digits, - and _);
`teacher=1` opens the teacher's view of the same lesson. A name the page does not have, a bad
class code or a bad flag is a Problem (warned like any other bad value, and ignored); a list
longer than MAX_TEXT characters is cut there. None of the values ever reaches the page except
as inert text.

ui/form.py applies a lesson to a page's widgets; ui/lesson_view.py draws the panel that makes
lesson links and the notice that tells students what their teacher set.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ui.controls import Flag, ParamError, Problem

LOCK, HIDE, ASK, CLASS, TEACHER = "lock", "hide", "ask", "class", "teacher"
LESSON_PARAMS = (LOCK, HIDE, ASK, CLASS, TEACHER)
MAX_TEXT = 400  # characters of a list read (every page's control names fit in half of it)
MAX_CLASS_CHARS = 16
CLASS_CODE = re.compile(rf"[A-Za-z0-9_-]{{1,{MAX_CLASS_CHARS}}}")
_TEACHER = Flag(TEACHER, False)
# The questions each page can ask before a result (`ask=`), in page order; ui/predict.py asks
# them (the pages build each one from their result), the lesson panel offers them.
PAGE_QUESTIONS: dict[str, tuple[str, ...]] = {
    "weight_init": ("shape", "loss"),  # the histograms' last layer; the init comparison
    "batchnorm": ("bn", "scales"),  # BN vs none at one scale; the 16-scale grid
    "weight_decay": ("gap",),
    "dropout": ("gap",),
    "updates": ("race", "mnist"),  # the race on f(x, y); the four rules on MNIST
    "hyperparameters": ("test",),  # the best trial's test accuracy against its validation one
}


@dataclass(frozen=True)
class Lesson:
    """What a lesson link sets beyond the control values.

    lock: controls shown but disabled; hide: controls not drawn (their value still applies);
    ask: questions asked before their result; class_code: the class whose answers are counted
    (None: answers are not counted); teacher: the teacher's view (the class's answers, and the
    result when the teacher reveals it)."""

    lock: tuple[str, ...] = ()
    hide: tuple[str, ...] = ()
    ask: tuple[str, ...] = ()
    class_code: str | None = None
    teacher: bool = False

    @property
    def active(self) -> bool:
        """Whether anything is set (a plain link is no lesson)."""
        return self != Lesson()

    def locked(self, name: str) -> bool:
        """Shown but disabled: listed in lock and not in hide (hide wins)."""
        return name in self.lock and name not in self.hide

    def hidden(self, name: str) -> bool:
        return name in self.hide

    def editable(self, name: str) -> bool:
        return name not in self.lock and name not in self.hide


def _names(
    raw: str, param: str, allowed: Sequence[str], reason: str, sidebar: Sequence[str] = ()
) -> tuple:
    """The allowed names listed in `raw` (in `allowed` order, once each) and a Problem for each
    other one (reason "lesson_sidebar" for a name in `sidebar`); text beyond MAX_TEXT
    characters is not read (one more Problem says so)."""
    problems = []
    if len(raw) > MAX_TEXT:
        problems.append(Problem(param, raw, "lesson_too_long", detail={"high": MAX_TEXT}))
        raw = raw[:MAX_TEXT]
    wanted = []
    for token in (tok.strip() for tok in raw.split(",")):
        if not token:
            continue
        if token in allowed:
            wanted.append(token)
        elif token in sidebar:
            problems.append(Problem(param, token, "lesson_sidebar"))
        else:
            choices = ", ".join(allowed) if allowed else "—"
            problems.append(Problem(param, token, reason, detail={"choices": choices}))
    return tuple(name for name in allowed if name in wanted), problems


def _last(raw: Any) -> str:
    if isinstance(raw, list | tuple):
        return str(raw[-1]) if raw else ""
    return str(raw)


def parse_lesson(
    params: Mapping[str, Any],
    controls: Sequence[str],
    questions: Sequence[str],
    sidebar: Sequence[str] = (),
) -> tuple[Lesson | None, list[Problem]]:
    """The lesson a link's parameters set, None when it names none of LESSON_PARAMS.

    controls: the names `lock` and `hide` may list (the page's controls); questions: the names
    `ask` may list (the page's questions); sidebar: the sidebar's settings (language, seed),
    which stay every reader's own and are refused with their own message. Unknown names and
    bad values are Problems and are left out."""
    if not any(p in params for p in LESSON_PARAMS):
        return None, []
    problems: list[Problem] = []
    fields: dict[str, Any] = {}
    for param, allowed, reason in (
        (LOCK, controls, "lesson_unknown_control"),
        (HIDE, controls, "lesson_unknown_control"),
        (ASK, questions, "lesson_unknown_question"),
    ):
        if param in params:
            names_sidebar = sidebar if param != ASK else ()
            fields[param], found = _names(
                _last(params[param]), param, allowed, reason, names_sidebar
            )
            problems += found
    if CLASS in params:
        raw = _last(params[CLASS]).strip()
        if CLASS_CODE.fullmatch(raw):
            fields["class_code"] = raw
        else:
            problems.append(
                Problem(CLASS, raw, "lesson_bad_class", detail={"high": MAX_CLASS_CHARS})
            )
    if TEACHER in params:
        try:
            fields[TEACHER] = _TEACHER.parse(_last(params[TEACHER]))
        except ParamError as err:
            problems.append(Problem(TEACHER, _last(params[TEACHER]), err.reason, "0"))
    return Lesson(**fields), problems


def encode_lesson(lesson: Lesson) -> dict[str, str]:
    """The URL parameters of a lesson, only those it sets (in LESSON_PARAMS order)."""
    out = {LOCK: ",".join(lesson.lock), HIDE: ",".join(lesson.hide), ASK: ",".join(lesson.ask)}
    out = {k: v for k, v in out.items() if v}
    if lesson.class_code:
        out[CLASS] = lesson.class_code
    if lesson.teacher:
        out[TEACHER] = "1"
    return out


def lesson_of(
    lock: Iterable[str] = (),
    hide: Iterable[str] = (),
    ask: Iterable[str] = (),
    class_code: str | None = None,
    teacher: bool = False,
    *,
    controls: Sequence[str] = (),
    questions: Sequence[str] = (),
) -> Lesson:
    """A Lesson from choices (the panel's), each list in the page's order (`controls`,
    `questions`); a name listed in both lock and hide is hidden only."""
    hide = set(hide)
    lock = set(lock) - hide
    ask = set(ask)
    return Lesson(
        lock=tuple(n for n in controls if n in lock),
        hide=tuple(n for n in controls if n in hide),
        ask=tuple(q for q in questions if q in ask),
        class_code=class_code or None,
        teacher=teacher,
    )
