"""The class's answers, counted in memory: anonymous counts, bounded in every direction."""

import threading

from ui.class_counts import ClassCounts

OPTIONS = ("main", "baseline", "even")


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_answers_are_counted_per_class_and_question():
    counts = ClassCounts()
    for option in ("main", "main", "even"):
        assert counts.add("7b", "gap", option, OPTIONS)
    counts.add("7c", "gap", "baseline", OPTIONS)
    counts.add("7b", "shape", "baseline", OPTIONS)
    assert counts.counts("7b", "gap") == {"main": 2, "even": 1}
    assert counts.counts("7c", "gap") == {"baseline": 1}
    assert counts.counts("7b", "nope") == {} and counts.counts("8a", "gap") == {}


def test_an_option_the_question_does_not_have_is_refused():
    counts = ClassCounts()
    assert not counts.add("7b", "gap", "<script>", OPTIONS)
    assert counts.counts("7b", "gap") == {} and counts.size() == (0, 0, 0)


def test_a_question_holds_at_most_max_answers():
    counts = ClassCounts(max_answers=5)
    accepted = [counts.add("7b", "gap", "main", OPTIONS) for _ in range(8)]
    assert accepted == [True] * 5 + [False] * 3
    assert counts.counts("7b", "gap") == {"main": 5}


def test_the_class_used_longest_ago_is_forgotten_beyond_max_classes():
    counts = ClassCounts(max_classes=3)
    for code in ("a", "b", "c"):
        counts.add(code, "gap", "main", OPTIONS)
    counts.add("a", "gap", "main", OPTIONS)  # a is used again: b is now the oldest
    counts.add("d", "gap", "main", OPTIONS)
    assert counts.counts("b", "gap") == {}
    assert counts.counts("a", "gap") == {"main": 2}
    assert counts.size()[0] == 3


def test_a_class_holds_at_most_max_questions_oldest_first_out():
    counts = ClassCounts(max_questions=2)
    for question in ("q1", "q2", "q3"):
        counts.add("7b", question, "main", OPTIONS)
    assert counts.counts("7b", "q1") == {}
    assert counts.counts("7b", "q3") == {"main": 1}
    assert counts.size() == (1, 2, 2)


def test_a_class_nobody_used_for_idle_s_is_forgotten():
    clock = Clock()
    counts = ClassCounts(idle_s=100, clock=clock)
    counts.add("7b", "gap", "main", OPTIONS)
    clock.now = 99
    assert counts.counts("7b", "gap") == {"main": 1}
    counts.add("8a", "gap", "main", OPTIONS)
    clock.now = 150  # 7b idle for 150 s, 8a for 51 s
    assert counts.counts("7b", "gap") == {}
    assert counts.counts("8a", "gap") == {"main": 1}


def test_a_flood_of_codes_and_questions_stays_within_every_bound():
    counts = ClassCounts(max_classes=10, max_questions=4, max_answers=7)
    for i in range(3000):
        counts.add(f"c{i % 37}", f"q{i % 11}", OPTIONS[i % 3], OPTIONS)
    classes, questions, answers = counts.size()
    assert classes <= 10 and questions <= 10 * 4 and answers <= 10 * 4 * 7


def test_answers_from_many_threads_are_all_counted():
    counts = ClassCounts(max_answers=10_000)

    def answer():
        for _ in range(200):
            counts.add("7b", "gap", "main", OPTIONS)

    threads = [threading.Thread(target=answer) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counts.counts("7b", "gap") == {"main": 800}  # none lost to a race
