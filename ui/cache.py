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

from engine import experiments

FAST_MAX_ENTRIES = 256


# ------------------------------------------------------------------ fast experiments


@st.cache_data(max_entries=FAST_MAX_ENTRIES, show_spinner=False)
def activation_distributions(**kwargs) -> experiments.ActivationResult:
    """engine.experiments.activation_distributions, cached by every argument."""
    return experiments.activation_distributions(**kwargs)


@st.cache_data(max_entries=FAST_MAX_ENTRIES, show_spinner=False)
def batchnorm_walkthrough(**kwargs):
    """engine.experiments.batchnorm_walkthrough -> (BatchNormTrace, frame), cached."""
    return experiments.batchnorm_walkthrough(**kwargs)


@st.cache_data(max_entries=FAST_MAX_ENTRIES, show_spinner=False)
def batchnorm_running_stats(**kwargs) -> pd.DataFrame:
    """engine.experiments.batchnorm_running_stats, cached."""
    return experiments.batchnorm_running_stats(**kwargs)


@st.cache_data(max_entries=FAST_MAX_ENTRIES, show_spinner=False)
def gradient_check_experiment(**kwargs) -> pd.DataFrame:
    """engine.experiments.gradient_check_experiment, cached."""
    return experiments.gradient_check_experiment(**kwargs)


@st.cache_data(max_entries=FAST_MAX_ENTRIES, show_spinner=False)
def dropout_masks(**kwargs) -> pd.DataFrame:
    """engine.experiments.dropout_masks, cached."""
    return experiments.dropout_masks(**kwargs)
