"""ui.turn: one script run at a time holds the turn; nested blocks and stepping aside."""

import threading

from ui import cache, heavy, turn

WAIT_S = 5.0


class _Run(threading.Thread):
    """A script run's thread; `join` re-raises what the run raised (a turn given back twice)."""

    def __init__(self, body):
        super().__init__(daemon=True)
        self.body, self.error = body, None

    def run(self):
        try:
            self.body()
        except BaseException as error:  # noqa: BLE001 (handed to the test by join)
            self.error = error

    def join(self, timeout=WAIT_S):
        super().join(timeout)
        assert not self.is_alive(), "the run is still waiting"
        if self.error is not None:
            raise self.error


def _in_thread(body) -> _Run:
    thread = _Run(body)
    thread.start()
    return thread


def test_a_second_run_waits_until_the_first_ends_its_turn():
    first_in, first_may_end, second_in = threading.Event(), threading.Event(), threading.Event()

    def first():
        with turn.turn():
            first_in.set()
            first_may_end.wait(WAIT_S)

    def second():
        with turn.turn():
            second_in.set()

    a = _in_thread(first)
    assert first_in.wait(WAIT_S)
    b = _in_thread(second)
    assert not second_in.wait(0.3)  # the first still draws
    first_may_end.set()
    assert second_in.wait(WAIT_S)
    a.join(), b.join()


def test_a_block_inside_a_block_of_the_same_run_takes_nothing_more():
    done = threading.Event()

    def run():
        with turn.turn(), turn.turn():  # a fragment drawn inside its page's run
            pass
        with turn.turn():  # the turn was given back once, not left taken
            done.set()

    _in_thread(run).join()
    assert done.is_set()


def test_a_run_that_steps_aside_lets_the_next_draw_and_never_waits_again():
    stepped, other_in, other_may_end, nested_done = (threading.Event() for _ in range(4))

    def waiting_run():  # e.g. a page that now waits for a heavy computation
        with turn.turn():
            turn.step_aside()
            stepped.set()
            other_in.wait(WAIT_S)
            with turn.turn():  # a part drawn later in the same run: no second wait
                nested_done.set()
            other_may_end.wait(WAIT_S)
        # leaving the outer block releases nothing more (a BoundedSemaphore would raise)

    def other_run():
        with turn.turn():
            other_in.set()
            other_may_end.wait(WAIT_S)

    a = _in_thread(waiting_run)
    assert stepped.wait(WAIT_S)
    b = _in_thread(other_run)
    assert other_in.wait(WAIT_S)
    assert nested_done.wait(WAIT_S)  # while the other run holds the turn
    other_may_end.set()
    a.join(), b.join()
    assert turn._TURN.acquire(timeout=WAIT_S)  # free again, and taken exactly once
    turn._TURN.release()


def test_an_exception_out_of_a_run_gives_the_turn_back():
    def failing():
        try:
            with turn.turn():
                raise RuntimeError("Streamlit's rerun or stop exceptions leave this way")
        except RuntimeError:
            pass

    _in_thread(failing).join()
    assert turn._TURN.acquire(timeout=WAIT_S)
    turn._TURN.release()


def test_a_heavy_computation_steps_aside_so_another_run_draws_meanwhile():
    computing, other_in = threading.Event(), threading.Event()

    def compute(on_layer):
        computing.set()
        assert other_in.wait(WAIT_S), "the other run waited for the turn"
        return "histograms"

    def heavy_run():
        with turn.turn():
            assert heavy.bounded(compute) == "histograms"

    def other_run():
        with turn.turn():
            other_in.set()

    a = _in_thread(heavy_run)
    assert computing.wait(WAIT_S)
    b = _in_thread(other_run)
    a.join(), b.join()


def test_a_run_takes_its_turn_back_to_draw_what_the_cached_computation_gave():
    drawing, other_in, may_end = threading.Event(), threading.Event(), threading.Event()

    def run():
        with turn.turn():
            cache.activation_distributions(layers=2, nodes=10, samples=20, seed=11)
            drawing.set()
            may_end.wait(WAIT_S)

    def other_run():
        with turn.turn():
            other_in.set()

    a = _in_thread(run)
    assert drawing.wait(WAIT_S)
    b = _in_thread(other_run)
    assert not other_in.wait(0.3)  # the first run draws its histograms holding the turn
    may_end.set()
    assert other_in.wait(WAIT_S)
    a.join(), b.join()
