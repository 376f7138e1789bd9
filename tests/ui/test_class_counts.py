"""The class's answers, held in memory (issue 17): one answer per browser and round, a class
only its teacher's key opens and manages, the teacher's questions never evicted by students'
others, a flood of class codes never evicting a class in use, and bounded in every direction."""

import threading

from ui.class_counts import About, Added, ClassCounts, Opened

OPTIONS = ("main", "baseline", "even")
KEY, OTHER_KEY = "k" * 16, "o" * 16
GAP = About("weight_decay", "gap", "lambda=0.3")


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def opened(**bounds) -> ClassCounts:
    counts = ClassCounts(**bounds)
    assert counts.open_class("7b", KEY) is Opened.OPENED
    return counts


def vote(counts, option, voter, question="gap", code="7b") -> Added:
    return counts.add(code, question, option, OPTIONS, voter=voter)


def test_each_browser_is_counted_once_per_question_and_keeps_its_first_answer():
    counts = opened()
    assert [vote(counts, o, f"b{i}") for i, o in enumerate(("main", "main", "even"))] == [
        Added.COUNTED
    ] * 3
    assert vote(counts, "baseline", "b0") is Added.ALREADY  # b0 reloaded and answered again
    assert counts.counts("7b", "gap") == {"main": 2, "even": 1}
    assert counts.answer_of("7b", "gap", "b0") == "main"  # what a reloaded page shows
    assert counts.answer_of("7b", "gap", "b9") is None
    assert vote(counts, "even", "b0", question="shape") is Added.COUNTED  # another question


def test_answers_to_a_class_no_teacher_opened_cost_nothing():
    counts = ClassCounts()
    assert vote(counts, "main", "b0", code="made-up") is Added.NO_CLASS
    assert counts.size() == (0, 0, 0)


def test_an_answer_without_a_browser_id_or_with_a_strange_option_is_not_counted():
    counts = opened()
    assert vote(counts, "main", None) is Added.NO_VOTER
    assert vote(counts, "main", "") is Added.NO_VOTER
    assert vote(counts, "<script>", "b0") is Added.BAD_OPTION
    assert counts.counts("7b", "gap") == {}


def test_a_full_question_says_so_to_both_sides():
    counts = opened(max_answers=5)
    added = [vote(counts, "main", f"b{i}") for i in range(8)]
    assert added == [Added.COUNTED] * 5 + [Added.FULL] * 3
    tally = counts.tally("7b", "gap")
    assert tally.full and tally.total == 5


def test_only_the_key_opens_and_manages_its_class():
    counts = opened()
    assert counts.open_class("7b", KEY) is Opened.KNOWN
    assert counts.open_class("7b", OTHER_KEY) is Opened.TAKEN
    assert counts.is_teacher("7b", KEY) and not counts.is_teacher("7b", OTHER_KEY)
    assert not counts.is_teacher("7b", None) and not counts.is_teacher("8a", KEY)
    vote(counts, "main", "b0")
    assert not counts.close("7b", OTHER_KEY, "gap") and not counts.new_round("7b", "1", "gap")
    assert counts.listing("7b", OTHER_KEY) == []
    assert counts.tally("7b", "gap").total == 1 and not counts.tally("7b", "gap").closed


def test_closing_voting_counts_nothing_more_and_a_new_round_asks_every_browser_again():
    counts = opened()
    vote(counts, "main", "b0")
    assert counts.close("7b", KEY, "gap")
    assert vote(counts, "even", "b1") is Added.CLOSED
    assert counts.tally("7b", "gap").closed and counts.counts("7b", "gap") == {"main": 1}
    assert counts.close("7b", KEY, "gap", closed=False)
    assert vote(counts, "even", "b1") is Added.COUNTED
    assert counts.new_round("7b", KEY, "gap")
    tally = counts.tally("7b", "gap")
    assert tally.round == 2 and tally.counts == {} and not tally.closed
    assert counts.answer_of("7b", "gap", "b0") is None
    assert vote(counts, "baseline", "b0") is Added.COUNTED  # b0 answers anew in round 2
    assert counts.size()[2] == 1


def test_students_answers_at_other_settings_never_evict_the_teachers_question():
    counts = opened(max_questions=3)
    assert counts.pin("7b", KEY, "gap", GAP, OPTIONS)
    assert not counts.pin("7b", OTHER_KEY, "other", GAP, OPTIONS)
    for i in range(100):
        vote(counts, "main", f"b{i}")
    for i in range(40):  # 40 answers at settings the students changed
        vote(counts, "even", "flood", question=f"q{i}")
    assert counts.counts("7b", "gap") == {"main": 100}
    listing = counts.listing("7b", KEY)
    assert [key for key, _ in listing] == ["gap", "q37", "q38", "q39"]  # the teacher's first
    assert listing[0][1].pinned and listing[0][1].about == GAP
    assert counts.size() == (1, 4, 103)


def test_the_teachers_own_questions_are_bounded_by_their_own_kind():
    counts = opened(max_pinned=2)
    for i in range(3):
        counts.pin("7b", KEY, f"t{i}", GAP, OPTIONS)
    assert [key for key, _ in counts.listing("7b", KEY)] == ["t1", "t2"]


def test_a_flood_of_class_codes_never_evicts_a_class_in_use():
    clock = Clock()
    counts = ClassCounts(max_classes=3, in_use_s=100, clock=clock)
    counts.open_class("7b", KEY)
    vote(counts, "main", "b0")
    flood = [counts.open_class(f"x{i}", f"{i:016d}") for i in range(200)]
    assert flood[:2] == [Opened.OPENED] * 2 and set(flood[2:]) == {Opened.FULL}
    assert counts.counts("7b", "gap") == {"main": 1} and counts.size()[0] == 3
    clock.now = 50
    vote(counts, "main", "b1")  # the class goes on; the flood's classes sit idle
    clock.now = 120
    assert counts.open_class("8a", OTHER_KEY) is Opened.OPENED  # an idle one made room
    assert counts.counts("7b", "gap") == {"main": 2}


def test_a_class_nobody_used_for_idle_s_is_forgotten():
    clock = Clock()
    counts = ClassCounts(idle_s=100, clock=clock)
    counts.open_class("7b", KEY)
    vote(counts, "main", "b0")
    clock.now = 99
    assert counts.counts("7b", "gap") == {"main": 1}
    counts.open_class("8a", OTHER_KEY)
    vote(counts, "main", "b0", code="8a")
    clock.now = 150  # 7b idle for 150 s, 8a for 51 s
    assert counts.counts("7b", "gap") == {}
    assert counts.counts("8a", "gap") == {"main": 1}
    assert counts.open_class("7b", OTHER_KEY) is Opened.OPENED  # the code is free again


def test_a_flood_of_codes_questions_and_browsers_stays_within_every_bound():
    counts = ClassCounts(max_classes=10, max_questions=4, max_answers=7, max_voters=150)
    for i in range(60):
        counts.open_class(f"c{i}", f"{i:016d}")
    added = [
        counts.add(f"c{i % 37}", f"q{i % 11}", OPTIONS[i % 3], OPTIONS, voter=f"v{i}")
        for i in range(5000)
    ]
    classes, questions, answers = counts.size()
    assert classes <= 10 and questions <= 10 * 4 and answers <= 150
    assert Added.SERVER_FULL in added or answers < 150


def test_answers_from_many_threads_are_all_counted():
    counts = opened(max_answers=10_000)

    def answer(thread: int):
        for i in range(200):
            vote(counts, "main", f"{thread}-{i}")

    threads = [threading.Thread(target=answer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counts.counts("7b", "gap") == {"main": 800}  # none lost to a race
