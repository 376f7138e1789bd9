"""A class's answers to the prediction questions, held in memory, pure and bounded.

    counts = ClassCounts()
    counts.open_class("7b", key)                 # the teacher's key (the lesson panel makes it)
    about = About("weight_decay", "gap", "lambda=0.3")   # what it asks, for the teacher's list
    counts.pin("7b", key, "weight_decay/gap/3f2a…", about, OPTIONS)   # the lesson link's own
    counts.add("7b", "weight_decay/gap/3f2a…", "main", OPTIONS, voter="9c1e…")   # Added.COUNTED
    counts.add("7b", "weight_decay/gap/3f2a…", "even", OPTIONS, voter="9c1e…")   # Added.ALREADY
    counts.answer_of("7b", "weight_decay/gap/3f2a…", "9c1e…")                    # "main"
    counts.tally("7b", "weight_decay/gap/3f2a…")   # Tally({"main": 1}, round=1, closed=False, ...)

A class exists once its teacher opened it with a key (the lesson panel when it makes the link,
or the teacher's link); only a digest of the key is kept, and only that key starts a new round,
closes voting, pins a question or lists the class's questions. Answers to a class nobody opened
are not counted (Added.NO_CLASS): made-up class codes cost the server nothing.

Anonymous: a voter is a random id the student's browser keeps (ui/browser.py), held as a short
digest beside the option it chose, so that a browser answers each question once per round
however often it reloads; never who answered. Bounded in every direction, so no link or flood
makes the server hold more:
* at most `max_classes` classes; a new one replaces the class used longest ago only if that
  one has been idle for `in_use_s` (else it is refused: a flood never evicts a class in use),
  and a class idle for `idle_s` is forgotten;
* per class, the teacher's questions (`pin`: the lesson link's own) apart from the students'
  others (answers at settings they changed): at most `max_pinned` and `max_questions`, oldest
  (the one answered longest ago) first out, each kind only by its own: students' answers never
  evict a teacher's question;
* per question and round at most `max_answers` answers (then Added.FULL, which the student and
  the teacher are told), and at most `max_voters` answers held over the whole server.
A restart forgets everything.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum

MAX_CLASSES = 200
MAX_PINNED = 20  # the teacher's questions per class: a lesson's pages, each at a few settings
MAX_QUESTIONS = 40  # the students' other questions per class
MAX_ANSWERS = 500  # per question and round: a class is about 30
MAX_VOTERS = 200_000  # answers held over the whole server (about 20 MB)
IN_USE_S = 2 * 3600.0  # a class used this recently is never replaced by a new one
IDLE_S = 12 * 3600.0  # a class not used for this long is forgotten (a school day)
VOTER_DIGEST = 16  # hex characters of a voter's digest


class Added(Enum):
    """What became of an answer."""

    COUNTED = "counted"
    ALREADY = "already"  # this browser answered the question in this round
    FULL = "full"  # the question holds max_answers answers
    CLOSED = "closed"  # the teacher closed voting
    NO_CLASS = "no_class"  # no teacher opened the class on this server
    NO_VOTER = "no_voter"  # the browser gave no id
    SERVER_FULL = "server_full"  # max_voters answers are held
    BAD_OPTION = "bad_option"


class Opened(Enum):
    """What open_class did."""

    OPENED = "opened"  # a new class, owned by this key
    KNOWN = "known"  # the class exists and the key is its own
    TAKEN = "taken"  # the class belongs to another key
    FULL = "full"  # max_classes classes are in use


@dataclass(frozen=True)
class About:
    """What a question asks, for the teacher's list: the page, the question's id and the page's
    settings as the address writes them ("lambda=0.3, epochs=5"; outside text, kept inert)."""

    page: str
    question: str
    settings: str


@dataclass(frozen=True)
class Tally:
    """A question's answers now: option -> count, its round (1 for the first), whether voting
    is closed or full, whether it is one of the teacher's questions, what it asks and its
    options."""

    counts: dict[str, int]
    round: int = 1
    closed: bool = False
    full: bool = False
    pinned: bool = False
    about: About | None = None
    options: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class _Question:
    about: About
    options: tuple[str, ...]
    pinned: bool
    voters: dict[str, str] = field(default_factory=dict)  # voter digest -> option
    round: int = 1
    closed: bool = False


@dataclass
class _Class:
    key: str  # digest of the teacher's key
    used: float
    questions: OrderedDict[str, _Question] = field(default_factory=OrderedDict)


def _digest(text: str, size: int = 64) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:size]


class ClassCounts:
    """The classes' answers (see the module docstring); safe to share between script threads."""

    def __init__(
        self,
        max_classes: int = MAX_CLASSES,
        max_questions: int = MAX_QUESTIONS,
        max_answers: int = MAX_ANSWERS,
        *,
        max_pinned: int = MAX_PINNED,
        max_voters: int = MAX_VOTERS,
        in_use_s: float = IN_USE_S,
        idle_s: float = IDLE_S,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.max_classes, self.max_questions, self.max_pinned = (
            max_classes,
            max_questions,
            max_pinned,
        )
        self.max_answers, self.max_voters = max_answers, max_voters
        self.in_use_s, self.idle_s, self.clock = in_use_s, idle_s, clock
        self._classes: OrderedDict[str, _Class] = OrderedDict()  # least recently used first
        self._voters = 0
        self._lock = threading.Lock()

    # ---------------------------------------------------------------- the teacher's key

    def open_class(self, code: str, key: str) -> Opened:
        """Open class `code` for the teacher holding `key` (again after a restart), or check
        that the key is the class's own."""
        with self._lock:
            now = self.clock()
            found = self._use(code, now)
            if found is not None:
                return (
                    Opened.KNOWN if hmac.compare_digest(found.key, _digest(key)) else Opened.TAKEN
                )
            if len(self._classes) >= self.max_classes:
                oldest_code, oldest = next(iter(self._classes.items()))
                if now - oldest.used < self.in_use_s:
                    return Opened.FULL
                self._drop(oldest_code)
            self._classes[code] = _Class(_digest(key), now)
            return Opened.OPENED

    def is_teacher(self, code: str, key: str | None) -> bool:
        with self._lock:
            found = self._use(code, self.clock(), touch=False)
            return (
                key is not None
                and found is not None
                and hmac.compare_digest(found.key, _digest(key))
            )

    def pin(self, code: str, key: str, question: str, about: About, options: Sequence[str]) -> bool:
        """Make `question` one of the teacher's (the lesson link's own): students' answers at
        other settings never evict it. False unless `key` is the class's."""
        with self._lock:
            found = self._teachers(code, key)
            if found is None:
                return False
            q = self._question(found, question, about, options, pinned=True)
            q.pinned = True
            self._bound(found)
            return True

    def new_round(self, code: str, key: str, question: str) -> bool:
        """Start the question again: its answers forgotten, voting open, every browser may
        answer once more."""
        with self._lock:
            q = self._teachers_question(code, key, question)
            if q is None:
                return False
            self._voters -= len(q.voters)
            q.voters, q.round, q.closed = {}, q.round + 1, False
            return True

    def close(self, code: str, key: str, question: str, closed: bool = True) -> bool:
        """Close voting on the question (closed=False opens it again)."""
        with self._lock:
            q = self._teachers_question(code, key, question)
            if q is not None:
                q.closed = closed
            return q is not None

    def listing(self, code: str, key: str) -> list[tuple[str, Tally]]:
        """(question key, Tally) of every question the class holds, the teacher's first, each
        kind oldest first; [] unless `key` is the class's."""
        with self._lock:
            found = self._teachers(code, key)
            if found is None:
                return []
            rows = [(k, self._tally(q)) for k, q in found.questions.items()]
            return sorted(rows, key=lambda row: not row[1].pinned)

    # ---------------------------------------------------------------- students

    def add(
        self,
        code: str,
        question: str,
        option: str,
        options: Sequence[str],
        *,
        voter: str | None,
        about: About | None = None,
    ) -> Added:
        """Count one browser's answer (see Added for what else can happen)."""
        if option not in options:
            return Added.BAD_OPTION
        if not voter:
            return Added.NO_VOTER
        with self._lock:
            found = self._use(code, self.clock())
            if found is None:
                return Added.NO_CLASS
            q = self._question(found, question, about or About("", "", ""), options, pinned=False)
            self._bound(found)
            who = _digest(voter, VOTER_DIGEST)
            if who in q.voters:
                return Added.ALREADY
            if q.closed:
                return Added.CLOSED
            if len(q.voters) >= self.max_answers:
                return Added.FULL
            if self._voters >= self.max_voters:
                return Added.SERVER_FULL
            q.voters[who] = option
            self._voters += 1
            return Added.COUNTED

    def answer_of(self, code: str, question: str, voter: str | None) -> str | None:
        """The option this browser chose in the question's current round, or None."""
        if not voter:
            return None
        with self._lock:
            found = self._use(code, self.clock(), touch=False)
            q = found.questions.get(question) if found is not None else None
            return None if q is None else q.voters.get(_digest(voter, VOTER_DIGEST))

    def tally(self, code: str, question: str) -> Tally:
        """The question's answers now (empty for a class or question not held)."""
        with self._lock:
            found = self._use(code, self.clock(), touch=False)
            q = found.questions.get(question) if found is not None else None
            return Tally({}) if q is None else self._tally(q)

    def counts(self, code: str, question: str) -> dict[str, int]:
        return self.tally(code, question).counts

    def size(self) -> tuple[int, int, int]:
        """(classes, questions, answers) held: what the bounds limit."""
        with self._lock:
            questions = [q for c in self._classes.values() for q in c.questions.values()]
            return len(self._classes), len(questions), sum(len(q.voters) for q in questions)

    # ---------------------------------------------------------------- inside, under the lock

    def _use(self, code: str, now: float, touch: bool = True) -> _Class | None:
        """The class (None if not held), idle classes forgotten first; touch: it is used now."""
        while self._classes:
            oldest_code, oldest = next(iter(self._classes.items()))
            if now - oldest.used < self.idle_s:
                break
            self._drop(oldest_code)
        found = self._classes.get(code)
        if found is not None and touch:
            found.used = now
            self._classes.move_to_end(code)
        return found

    def _teachers(self, code: str, key: str | None) -> _Class | None:
        found = self._use(code, self.clock())
        if key is None or found is None or not hmac.compare_digest(found.key, _digest(key)):
            return None
        return found

    def _teachers_question(self, code: str, key: str, question: str) -> _Question | None:
        found = self._teachers(code, key)
        return None if found is None else found.questions.get(question)

    def _question(
        self, found: _Class, question: str, about: About, options: Sequence[str], *, pinned: bool
    ) -> _Question:
        q = found.questions.get(question)
        if q is None:
            q = found.questions[question] = _Question(about, tuple(options), pinned)
        found.questions.move_to_end(question)
        return q

    def _bound(self, found: _Class) -> None:
        """Oldest first out, each kind within its own bound."""
        for pinned, most in ((True, self.max_pinned), (False, self.max_questions)):
            own = [k for k, q in found.questions.items() if q.pinned == pinned]
            for k in own[: max(0, len(own) - most)]:
                self._voters -= len(found.questions.pop(k).voters)

    def _drop(self, code: str) -> None:
        dropped = self._classes.pop(code)
        self._voters -= sum(len(q.voters) for q in dropped.questions.values())

    def _tally(self, q: _Question) -> Tally:
        counts: dict[str, int] = {}
        for option in q.voters.values():
            counts[option] = counts.get(option, 0) + 1
        full = len(q.voters) >= self.max_answers
        return Tally(counts, q.round, q.closed, full, q.pinned, q.about, q.options)
