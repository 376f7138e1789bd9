"""Streamlit's embed mode (`embed=true`: slides, an LMS): the page alone, without a sidebar.

Anything a page draws that nobody needs to see (a component without a face, a style or script
tag) goes to `aside()`: the sidebar normally, the page's end in embed mode. Drawing into
`st.sidebar` in embed mode would bring the sidebar back.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

import streamlit as st


def embedded() -> bool:
    """Whether the page is shown in embed mode (`embed=true`): no sidebar, no panel."""
    try:
        return bool(st.context.is_embedded)
    except Exception:  # no browser behind this run (AppTest)
        return False


def aside() -> AbstractContextManager[Any]:
    """Where to draw what has no face: the sidebar, or (embed mode) a container on the page."""
    return st.container() if embedded() else st.sidebar
