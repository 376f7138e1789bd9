"""A lesson link's own parameters, pure: which controls are locked or hidden, which questions
are asked before a result, the class whose answers are counted, and the teacher's view.

    /weight_decay?lambda=0.3&lock=lambda&hide=epochs,optimizer&ask=gap&class=7b
    lesson, problems = parse_lesson(params, controls=("lambda", "epochs", ...), questions=("gap",))
    encode_lesson(lesson)   # {"lock": "lambda", "hide": "epochs,optimizer", "ask": "gap", ...}

`lock` and `hide` list control names as they appear in the URL, comma-separated; `ask` lists
question names; `class` is a short code the teacher makes up (letters, digits, - and _);
`teacher=<key>` opens the teacher's view of the same lesson: the key is made by the lesson panel
(`new_teacher_key`) and written only into the teacher's own link, so a student who adds
`teacher=1` sees nothing more (ui/class_counts.py checks the key against the class). A name the
page does not have, a bad class code or a key of the wrong form is a Problem (warned like any
other bad value, and ignored); a list
longer than MAX_TEXT characters is cut there. None of the values ever reaches the page except
as inert text.

ui/form.py applies a lesson to a page's widgets; ui/lesson_view.py draws the panel that makes
lesson links and the notice that tells students what their teacher set.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ui.controls import Problem

LOCK, HIDE, ASK, CLASS, TEACHER = "lock", "hide", "ask", "class", "teacher"
LESSON_PARAMS = (LOCK, HIDE, ASK, CLASS, TEACHER)
MAX_TEXT = 400  # characters of a list read (every page's control names fit in half of it)
MAX_CLASS_CHARS = 16
CLASS_CODE = re.compile(rf"[A-Za-z0-9_-]{{1,{MAX_CLASS_CHARS}}}")
TEACHER_KEY = re.compile(r"[A-Za-z0-9_-]{16,64}")  # new_teacher_key makes 16 characters
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

QUESTION_NAMES = {  # a question's short name, in the lesson panel and the teacher's list
    "shape": "predict.shape.short",
    "loss": "predict.loss.short",
    "bn": "predict.bn.short",
    "scales": "predict.scales.short",
    "gap": "predict.gap.short",
    "race": "predict.race.short",
    "mnist": "predict.mnist.short",
    "test": "predict.test.short",
}


@dataclass(frozen=True)
class Example:
    """A ready-made lesson the panel offers on its page: id (its title's string key is
    EXAMPLE_TITLES[id]), the link's parameters beside the page's own (the book's settings
    unless they say otherwise) and `point`, the answer the chapter teaches, which its question
    must come out as: tests/ui/test_lesson_examples.py trains each one and checks that the
    network learns and that the result says so (the README's example is one of these)."""

    id: str
    page: str
    params: Mapping[str, str]
    point: str


EXAMPLES = (
    Example(
        "decay_gap",
        "weight_decay",
        {"lock": "lambda", "hide": "epochs,optimizer", "ask": "gap"},
        "main",
    ),
    Example("dropout_gap", "dropout", {"lock": "ratio,mode", "ask": "gap"}, "main"),
    Example("init_shape", "weight_init", {"lock": "activation,init", "ask": "shape"}, "ends"),
    Example("init_loss", "weight_init", {"hide": "init,scale", "ask": "loss"}, "he"),
    Example("bn_small", "batchnorm", {"lock": "scale", "ask": "bn"}, "bn"),
)
EXAMPLE_TITLES = {
    "decay_gap": "lesson.example_decay_gap",
    "dropout_gap": "lesson.example_dropout_gap",
    "init_shape": "lesson.example_init_shape",
    "init_loss": "lesson.example_init_loss",
    "bn_small": "lesson.example_bn_small",
}


@dataclass(frozen=True)
class Lesson:
    """What a lesson link sets beyond the control values.

    lock: controls shown but disabled; hide: controls not drawn (their value still applies);
    ask: questions asked before their result; class_code: the class whose answers are counted
    (None: answers are not counted); teacher: the teacher's key (None for a student), which
    opens the teacher's view (the class's answers, and the result when the teacher reveals it)
    once ui/class_counts.py knows it as the class's own."""

    lock: tuple[str, ...] = ()
    hide: tuple[str, ...] = ()
    ask: tuple[str, ...] = ()
    class_code: str | None = None
    teacher: str | None = None

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
        raw = _last(params[TEACHER]).strip()
        if TEACHER_KEY.fullmatch(raw):
            fields[TEACHER] = raw
        else:  # teacher=1 (the old flag) included: the view needs the key
            problems.append(Problem(TEACHER, raw[:MAX_CLASS_CHARS], "lesson_teacher_key"))
    return Lesson(**fields), problems


def new_teacher_key() -> str:
    """A key for the teacher's view of a class: 16 random URL-safe characters (96 bits)."""
    return secrets.token_urlsafe(12)


def encode_lesson(lesson: Lesson) -> dict[str, str]:
    """The URL parameters of a lesson, only those it sets (in LESSON_PARAMS order)."""
    out = {LOCK: ",".join(lesson.lock), HIDE: ",".join(lesson.hide), ASK: ",".join(lesson.ask)}
    out = {k: v for k, v in out.items() if v}
    if lesson.class_code:
        out[CLASS] = lesson.class_code
    if lesson.teacher:
        out[TEACHER] = lesson.teacher
    return out


def lesson_of(
    lock: Iterable[str] = (),
    hide: Iterable[str] = (),
    ask: Iterable[str] = (),
    class_code: str | None = None,
    teacher: str | None = None,
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
