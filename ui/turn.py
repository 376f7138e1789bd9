"""One script run at a time draws, server-wide: the class takes turns instead of sharing.

Streamlit runs each reader's script in a thread of its own, and every thread of the one server
process needs the one GIL. With 100 students moving sliders, dozens of runs were drawing side
by side: each got a slice of the GIL every few milliseconds, so each took as long as all of
them together, and the event loop that receives the moves and sends the charts waited behind
all of them as well. Taking turns, a run that starts draws to its end while the others wait
(holding the GIL no more), and the event loop shares the GIL with one run only.

    with turn():        # app.py around a page run; ui.turn.fragment around a fragment's run
        ...
    step_aside()        # before a run waits for something (a heavy slot, a training's end)
    take_back()         # after that wait, to draw what it waited for

A run waits for the turn only where it holds no lock: at its start, and in `take_back` after a
cached computation returned (ui.cache; never inside one, where it holds the cache's lock for
that entry). A run waiting for the turn then holds nothing that the run drawing could need,
so taking turns cannot deadlock. Measured with bench/classroom.py (100 students moving
sliders, docs/classroom.md): rerun p95 3.6 -> 1.0-1.5 s.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import streamlit as st

_TURN = threading.BoundedSemaphore(1)  # a Condition inside: waiters are woken in arrival order
_mine = threading.local()  # .depth: turn() blocks entered; .held: whether this thread holds it


@contextmanager
def turn() -> Iterator[None]:
    """Wait for the turn, then run the block holding it. Nested blocks in the same thread
    (a fragment drawn inside its page's run) take nothing more."""
    depth = getattr(_mine, "depth", 0)
    if depth == 0:
        _TURN.acquire()
        _mine.held = True
    _mine.depth = depth + 1
    try:
        yield
    finally:
        _mine.depth = depth
        if depth == 0:
            step_aside()


def step_aside() -> None:
    """Give up this thread's turn until `take_back`, or for the rest of its run (nothing if
    it holds none)."""
    if getattr(_mine, "held", False):
        _mine.held = False
        _TURN.release()


def take_back() -> None:
    """Wait for the turn again, in a run that stepped aside, at a point where it holds no lock
    (after a cached computation returned, not inside one); nothing if it holds the turn."""
    if getattr(_mine, "depth", 0) > 0 and not getattr(_mine, "held", False):
        _TURN.acquire()
        _mine.held = True


def fragment(func: Callable[..., Any] | None = None, *, run_every: float | None = None):
    """`st.fragment` whose every run takes its turn: `@fragment` or `@fragment(run_every=s)`."""

    def wrap(draw: Callable[..., Any]):
        @functools.wraps(draw)  # Streamlit names a fragment after its function
        def in_turn(*args, **kwargs):
            with turn():
                return draw(*args, **kwargs)

        return st.fragment(in_turn, run_every=run_every)

    return wrap if func is None else wrap(func)
