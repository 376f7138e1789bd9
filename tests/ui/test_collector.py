"""ui.collector: what the server loaded is moved out of the garbage collector's scans, once."""

import gc

from ui import collector


def test_the_first_call_freezes_what_exists_and_later_calls_do_nothing(monkeypatch):
    monkeypatch.setattr(collector, "_frozen", False)
    gc.unfreeze()
    loaded = [[i] for i in range(1000)]  # tracked objects alive at the first page's end
    try:
        assert collector.freeze_loaded() is True
        frozen = gc.get_freeze_count()
        assert frozen >= len(loaded)
        more = [[i] for i in range(1000)]
        assert collector.freeze_loaded() is False  # a second page load freezes nothing more
        assert gc.get_freeze_count() == frozen and more
    finally:
        gc.unfreeze()  # give the test process its collector back
