"""ui.server_state.reset forgets what the server keeps for every session."""

import pandas as pd
import streamlit as st

from ui import pacing, server_state, shared
from ui.results import Finished
from ui.trainers import trainers


def test_reset_forgets_shared_figures_results_caches_and_refills_the_budget():
    builds = []
    shared.shared("settings", "figure", lambda: builds.append(1) or "built")
    key = ("overfitting", (("seed", 0),))
    trainers().results.put(key, Finished(pd.DataFrame({"epoch": [1]}), {}))

    calls = []

    @st.cache_data
    def fast(x):
        calls.append(x)
        return x

    fast(1)
    while pacing.BUDGET.take():
        pass

    server_state.reset()

    shared.shared("settings", "figure", lambda: builds.append(1) or "built")
    fast(1)
    assert len(builds) == 2, "a shared figure built before the reset was served after it"
    assert len(calls) == 2, "st.cache_data kept a result across the reset"
    assert trainers().results.get(key) is None, "a finished run outlived the reset"
    assert pacing.BUDGET.take(), "the redraw budget was not refilled"
