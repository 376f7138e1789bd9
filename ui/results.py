"""Finished training runs, kept for the whole server: a second request for the same settings,
from any session, draws at once with no training.

`st.cache_data` can only store a function's return value, so it cannot hand out the partial
results of a generator while it runs; ui.trainers trains, and when a run finishes it puts the
result here, keyed by the experiment's section name plus all its arguments (seed included).
Results are frames that are never mutated; `get` hands out copies anyway.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass

import pandas as pd

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

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
