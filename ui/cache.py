"""Caching of the fast experiments, shared by every session of the server.

Fast experiments (a few ms to a few hundred ms: activation histograms, the BN walkthrough, the
gradient check, dropout masks) go through `st.cache_data`, keyed by every argument (seed
included). The wrappers below are the only way pages call them.

Training experiments are generators that yield partial results while they run: they are run
by ui.trainers (one shared run per setting, in worker processes) and their finished results
kept in ui.results.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from engine import histograms, walkthroughs
from ui import heavy, turn

FAST_MAX_ENTRIES = 256


# ------------------------------------------------------------------ fast experiments


def activation_distributions(**kwargs) -> histograms.ActivationResult:
    """engine.histograms.activation_distributions, cached by every argument, computed under the
    server-wide bound of ui.heavy (up to a CPU-second and 200 MB each). A run that stepped
    aside for it takes its turn back to draw (ui/turn.py), outside the cache's lock."""
    result = _activation_distributions(**kwargs)  # (a reader who moved on leaves by exception)
    turn.take_back()
    return result


@st.cache_data(max_entries=FAST_MAX_ENTRIES, show_spinner=False)
def _activation_distributions(**kwargs) -> histograms.ActivationResult:
    return heavy.bounded(histograms.activation_distributions, **kwargs)


@st.cache_data(max_entries=FAST_MAX_ENTRIES, show_spinner=False)
def batchnorm_walkthrough(**kwargs):
    """engine.walkthroughs.batchnorm_walkthrough -> (BatchNormTrace, frame), cached."""
    return walkthroughs.batchnorm_walkthrough(**kwargs)


@st.cache_data(max_entries=FAST_MAX_ENTRIES, show_spinner=False)
def batchnorm_running_stats(**kwargs) -> pd.DataFrame:
    """engine.walkthroughs.batchnorm_running_stats, cached."""
    return walkthroughs.batchnorm_running_stats(**kwargs)


@st.cache_data(max_entries=FAST_MAX_ENTRIES, show_spinner=False)
def gradient_check_experiment(**kwargs) -> pd.DataFrame:
    """engine.walkthroughs.gradient_check_experiment, cached."""
    return walkthroughs.gradient_check_experiment(**kwargs)


@st.cache_data(max_entries=FAST_MAX_ENTRIES, show_spinner=False)
def dropout_masks(**kwargs) -> pd.DataFrame:
    """engine.walkthroughs.dropout_masks, cached."""
    return walkthroughs.dropout_masks(**kwargs)
