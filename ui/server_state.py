"""What the server keeps between script runs, for every session, in one place.

A Streamlit server is one process that every tab of a class shares. Besides each session's
own st.session_state, these live as long as the server does:

- trainer processes, their queue, finished runs (48), fair lanes: `ui.trainers.trainers()`;
- figures, notes and tables built once for every viewer (512): `ui.shared`;
- the fast experiments (histograms, walkthroughs, masks; 256 each): `st.cache_data`, ui.cache;
- the class's answers to lesson questions: `ui.class_view.counts()` (`st.cache_resource`);
- MNIST, loaded once: `ui.dataset` (`st.cache_resource`);
- live redraws a second over the whole server (a token bucket): `ui.pacing.BUDGET`;
- histogram computations at once (cores - 1 slots): `ui.heavy`.

`reset()` forgets all of it (the tests call it around every test that opens a page: an
earlier test's result must not be drawn in a later one). The histogram slots are left: they
hold nothing between runs.
"""

from __future__ import annotations

import streamlit as st

from ui import pacing, shared
from ui.trainers import trainers


def reset() -> None:
    """Forget every run, figure, cached result and class answer; refill the redraw budget."""
    st.cache_data.clear()
    st.cache_resource.clear()
    shared.clear()
    trainers().reset()
    pacing.BUDGET.refill()
