"""A class's answers to the prediction questions, counted in memory, pure and bounded.

    counts = ClassCounts()
    counts.add("7b", "weight_decay/gap/3f2a…", "main", options=("main", "baseline", "even"))
    counts.counts("7b", "weight_decay/gap/3f2a…")     # {"main": 1}

Anonymous by construction: only a count per option is kept, never who answered (ui/predict.py
lets each browser session answer a question once). Everything is bounded, so no link can
make the server hold more: at most `max_classes` class codes (the one used longest ago is
forgotten first, and a class nobody used for `idle_s` seconds is forgotten), `max_questions`
questions per class (oldest first out), `max_answers` answers per question (more are refused),
and options only from the question's own list. A restart forgets everything.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence

MAX_CLASSES = 200
MAX_QUESTIONS = 40  # per class: a few pages' questions, each at a few settings
MAX_ANSWERS = 500  # per question: a class is about 30
IDLE_S = 12 * 3600.0  # a class not used for this long is forgotten (a school day)


class ClassCounts:
    """Counts of answers per (class code, question key, option); safe to share between the
    server's script threads."""

    def __init__(
        self,
        max_classes: int = MAX_CLASSES,
        max_questions: int = MAX_QUESTIONS,
        max_answers: int = MAX_ANSWERS,
        idle_s: float = IDLE_S,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.max_classes, self.max_questions = max_classes, max_questions
        self.max_answers, self.idle_s, self.clock = max_answers, idle_s, clock
        # class code -> (last use, question key -> option -> count), least recently used first
        self._classes: OrderedDict[str, tuple[float, OrderedDict[str, dict[str, int]]]]
        self._classes = OrderedDict()
        self._lock = threading.Lock()

    def _forget_idle(self, now: float) -> None:
        while self._classes:
            code, (used, _) = next(iter(self._classes.items()))
            if now - used < self.idle_s:
                return
            del self._classes[code]

    def add(self, class_code: str, question: str, option: str, options: Sequence[str]) -> bool:
        """Count one answer; False (nothing counted) for an option not in `options` or a
        question that already holds `max_answers` answers."""
        if option not in options:
            return False
        with self._lock:
            now = self.clock()
            self._forget_idle(now)
            _, questions = self._classes.pop(class_code, (now, OrderedDict()))
            self._classes[class_code] = (now, questions)  # most recently used last
            while len(self._classes) > self.max_classes:
                self._classes.popitem(last=False)
            answers = questions.pop(question, {})
            questions[question] = answers
            while len(questions) > self.max_questions:
                questions.popitem(last=False)
            if sum(answers.values()) >= self.max_answers:
                return False
            answers[option] = answers.get(option, 0) + 1
            return True

    def counts(self, class_code: str, question: str) -> dict[str, int]:
        """option -> number of answers so far (a copy; empty for an unknown class or question)."""
        with self._lock:
            self._forget_idle(self.clock())
            entry = self._classes.get(class_code)
            if entry is None:
                return {}
            return dict(entry[1].get(question, {}))

    def size(self) -> tuple[int, int, int]:
        """(classes, questions, answers) held: what the bounds limit."""
        with self._lock:
            questions = [q for _, qs in self._classes.values() for q in qs.values()]
            return len(self._classes), len(questions), sum(sum(q.values()) for q in questions)
