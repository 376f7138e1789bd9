"""Caching of engine results, shared by every session of the server.

Two kinds of experiment, two mechanisms:

* Fast experiments (a few ms to a few hundred ms: activation histograms, the BN walkthrough, the
  gradient check, dropout masks) go through `st.cache_data`, keyed by every argument (seed
  included). The wrappers below are the only way pages call them.
* Training experiments are generators that yield partial results while they run, and the page
  must draw those as they come. `st.cache_data` can only store a function's *return value*, so
  caching the generator function would either cache nothing useful or make the page wait for
  the end. Instead `ui.live` iterates the generator itself and, when it finishes, puts the final
  result into `ResultStore`: a bounded, thread-safe LRU dict held by `st.cache_resource` (one
  object for the whole server) and keyed by the experiment's name plus all its arguments. A
  second request for the same settings, from any session, draws at once with no training.
  Results are stored as frames that are never mutated; `get` hands out copies anyway.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from engine import experiments

FAST_MAX_ENTRIES = 256
STORE_MAX_ENTRIES = 48  # finished training runs: a few hundred kB each


@dataclass(frozen=True)
class Finished:
    """The end of a training experiment: its rows and the runs that diverged (run -> epoch)."""

    frame: pd.DataFrame
    diverged: Mapping[str, int]


def _freeze(value) -> Hashable:
    if isinstance(value, Mapping):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    return value


def run_key(name: str, kwargs: Mapping) -> tuple:
    """The store's key: the experiment's name and every argument (sorted, lists as tuples)."""
    return (name, _freeze(kwargs))


class ResultStore:
    """A bounded LRU mapping run_key -> Finished, safe to share between script threads."""

    def __init__(self, max_entries: int = STORE_MAX_ENTRIES):
        self.max_entries = max_entries
        self._items: OrderedDict[tuple, Finished] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> Finished | None:
        with self._lock:
            found = self._items.get(key)
            if found is None:
                return None
            self._items.move_to_end(key)
        return Finished(found.frame.copy(), dict(found.diverged))

    def put(self, key: tuple, result: Finished) -> None:
        with self._lock:
            self._items[key] = Finished(result.frame.copy(), dict(result.diverged))
            self._items.move_to_end(key)
            while len(self._items) > self.max_entries:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)


@st.cache_resource(show_spinner=False)
def result_store() -> ResultStore:
    """The server-wide store of finished training runs."""
    return ResultStore()


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
def gradient_check_experiment(**kwargs) -> pd.DataFrame:
    """engine.experiments.gradient_check_experiment, cached."""
    return experiments.gradient_check_experiment(**kwargs)


@st.cache_data(max_entries=FAST_MAX_ENTRIES, show_spinner=False)
def dropout_masks(**kwargs) -> pd.DataFrame:
    """engine.experiments.dropout_masks, cached."""
    return experiments.dropout_masks(**kwargs)
