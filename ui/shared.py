"""Build once, show to everyone: a small server-wide cache of things built for the page.

Thirty students watching one training run, or opening the same settings, need the same figure,
the same final numbers, the same CSV. `shared(key, what, build)` calls build() once per (key,
what, language) and hands every later caller the same object: callers must not change it (a
Plotly figure passed to st.plotly_chart is only read). Callers that arrive while it is being
built wait for that build instead of starting their own. The oldest entries are dropped beyond
MAX_ENTRIES.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from ui import turn
from ui.i18n import current_language

MAX_ENTRIES = 512
WAIT_S = 10.0  # longest wait for another caller's build before building anew
T = TypeVar("T")

_ITEMS: OrderedDict = OrderedDict()
_BUILDING: dict[tuple, threading.Event] = {}
_LOCK = threading.Lock()


def shared(key: Hashable, what: str, build: Callable[[], T]) -> T:
    """build() once per (key, what, current language); the same object afterwards."""
    cache_key = (key, what, current_language())
    with _LOCK:
        if cache_key in _ITEMS:
            _ITEMS.move_to_end(cache_key)
            return _ITEMS[cache_key]
        building = _BUILDING.get(cache_key)
        if building is None:
            _BUILDING[cache_key] = threading.Event()
    if building is not None:  # someone is building it: wait for theirs
        turn.step_aside()  # (they may be drawing without the turn: ui/turn.py)
        building.wait(WAIT_S)
        with _LOCK:
            if cache_key in _ITEMS:
                return _ITEMS[cache_key]
        return build()  # theirs failed or took too long
    try:
        value = build()  # outside the lock: a slow build must not hold up other pages
        with _LOCK:
            _ITEMS[cache_key] = value
            while len(_ITEMS) > MAX_ENTRIES:
                _ITEMS.popitem(last=False)
        return value
    finally:
        with _LOCK:
            _BUILDING.pop(cache_key).set()


def clear() -> None:
    with _LOCK:
        _ITEMS.clear()
