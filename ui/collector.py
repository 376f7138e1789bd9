"""Python's garbage collector, told what the server keeps for good.

The cyclic collector stops every thread while it scans, and a full scan walks every object
the server holds. About 140,000 of 340,000 objects with 100 students on the weight-init page
are the modules, classes and functions of Streamlit, Plotly and pandas (and Plotly's property
checkers, made as the first figures are built): loaded once, never freed, yet scanned again
at each full collection (16 a minute, 220 ms each on this machine under load). `freeze_loaded`
moves what exists at the end of the first page's run out of every later scan (gc.freeze, as
servers do after start-up). Only once: what a session holds at that moment is frozen too, and
would never be collected if it became a cycle of garbage later.
"""

from __future__ import annotations

import gc
import threading

_LOCK = threading.Lock()
_frozen = False


def freeze_loaded() -> bool:
    """gc.freeze() the first time it is called in the process; whether this call froze."""
    global _frozen
    with _LOCK:
        if _frozen:
            return False
        gc.collect()  # what is garbage already is not kept forever
        gc.freeze()
        _frozen = True
        return True
