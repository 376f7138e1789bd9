"""ui.warm: the book's default runs, trained at server start, are exactly the runs the pages ask
for at their default settings (or the warm-up would train runs nobody opens)."""

import pytest

from tests.helpers import open_page
from ui import live, nav, warm
from ui.results import run_key

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")


def test_every_training_section_at_its_defaults_asks_for_a_warm_run(monkeypatch):
    asked = []

    def record(name, experiment, kwargs, figures, **options):
        asked.append((run_key(name, kwargs), experiment))
        return live.Outcome("idle")

    monkeypatch.setattr(live, "stream", record)
    for info in nav.available():
        assert not open_page(info.file).exception
    book = {run_key(name, kwargs): experiment for name, experiment, kwargs in warm.book_runs()}
    assert dict(asked) == book


def test_each_page_names_the_lesson_module_it_draws_with():
    """ui/nav.PAGES names each page's lesson module (whose book runs are warmed): the page file
    imports that very module, so the two cannot drift apart."""
    for info in nav.PAGES[1:]:
        package, _, module = info.lesson.rpartition(".")
        text = (nav.ROOT / info.file).read_text(encoding="utf-8")
        assert f"from {package} import" in text and module in text, info
        assert f"{info.lesson.replace('.', '/')}.py" in {
            str(p.relative_to(nav.ROOT)) for p in (nav.ROOT / "ui").rglob("*.py")
        }


def test_the_warm_runs_go_quickest_first():
    from engine import cost

    seconds = [cost.run_seconds(e.__name__, kwargs) for _, e, kwargs in warm.book_runs()]
    assert seconds == sorted(seconds) and len(seconds) >= 9


def test_warm_runs_take_at_most_all_but_one_trainer_and_need_no_viewer(monkeypatch):
    from ui.trainers import Trainers

    pool = Trainers(2, "thread")
    try:
        for seed in range(3):
            params = {"epochs": 15, "seconds": 0.02, "seed": seed}
            pool.request(run_key("fake", params), "tests.fakes:fake", params, warm=True)
        import time

        deadline = time.monotonic() + 20
        seen_running = set()
        while len(pool.results) < 3:
            assert time.monotonic() < deadline
            seen_running.add(pool.counts().get("running", 0))
            time.sleep(0.005)
        assert max(seen_running) == 1  # one of two trainers stays free for a student
    finally:
        pool.reset()
        pool.shutdown()
