"""ui.warm: the book's default runs, trained at server start, are exactly the runs the pages ask
for at their default settings (or the warm-up would train runs nobody opens)."""

import pytest

from tests.helpers import open_page
from ui import live, nav
from ui.batchnorm.section import book_runs as batchnorm_runs
from ui.hyperparameters.section import book_runs as search_runs
from ui.overfitting.regularizers import book_runs as regularizer_runs
from ui.overfitting.section import book_runs as overfitting_runs
from ui.plane.section import book_runs as plane_runs
from ui.results import run_key
from ui.updates.section import book_runs as updates_runs
from ui.weight_init.section import book_runs as weight_init_runs

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")


def test_every_training_section_at_its_defaults_asks_for_a_warm_run(monkeypatch):
    asked = []

    def record(name, experiment, kwargs, figures, **options):
        asked.append((run_key(name, kwargs), experiment))
        return live.Outcome("idle")

    monkeypatch.setattr(live, "stream", record)
    for info in nav.available():
        assert not open_page(info.file).exception
    runs = [
        *plane_runs(),
        *overfitting_runs(),
        *batchnorm_runs(),
        *weight_init_runs(),
        *regularizer_runs(),
        *updates_runs(),
        *search_runs(),
    ]
    book = {run_key(name, kwargs): experiment for name, experiment, kwargs in runs}
    assert dict(asked) == book


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
