"""Heavy page computations under one server-wide bound, abandoned when their reader moved on.

The weight-init page computes its histograms on every rerun: up to about a CPU-second and
200 MB for the largest settings (engine.histograms.MAX_HISTOGRAM_VALUES). Streamlit starts a
new script run at once when a reader changes a setting (`runner.fastReruns`) and only stops the
old one at its next Streamlit call, which a NumPy computation never makes. A student clicking
the seed's "+" quickly thus left dozens of script threads computing side by side (3 GB on a
2-core server). So a heavy computation here:

* waits for one of SLOTS, server-wide (the others wait, holding no memory): one fewer than
  the cores, so that a flood of reruns leaves a core to the class's trainings;
* is abandoned before it starts, and between two layers of its work, once its script run has
  been superseded by a newer one of the same reader (Streamlit then ends that run quietly);
* is computed once per set of inputs for everyone: `st.cache_data` around `bounded` makes
  a second reader asking for the same inputs wait for the first one's result.

    @st.cache_data(max_entries=...)
    def activation_distributions(**kwargs):
        return heavy.bounded(histograms.activation_distributions, **kwargs)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from streamlit.runtime.scriptrunner_utils.script_run_context import get_run_yield_check

from ui import turn
from ui.trainer_slots import usable_cores

T = TypeVar("T")
SLOTS = max(1, usable_cores() - 1)
POLL_S = 0.05  # how often a waiting computation checks whether its reader moved on

_SLOTS = threading.BoundedSemaphore(SLOTS)


def _moved_on_check() -> Callable[[], None]:
    """A callable that raises Streamlit's stop (or rerun) exception once this script run has
    been superseded, and does nothing otherwise (or outside a script run). Streamlit has no
    public call for this; it is the check its own st.cache_data makes while one session waits
    for another's computation, and every st.* call makes before it draws."""
    return get_run_yield_check() or (lambda: None)


def bounded(compute: Callable[..., T], /, **kwargs) -> T:
    """compute(**kwargs, on_layer=check) once a slot is free; `check` ends the computation
    when its reader has moved on (compute calls it between layers of its work)."""
    check = _moved_on_check()
    turn.step_aside()  # others draw while this waits and computes (ui/turn.py)
    while not _SLOTS.acquire(timeout=POLL_S):
        check()
    try:
        check()  # superseded while it waited: nothing computed
        return compute(**kwargs, on_layer=check)
    finally:
        _SLOTS.release()
