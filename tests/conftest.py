"""Fixtures shared by the test modules."""

import os

import pytest

# The server's warm-up trains the book's default runs in the background: tests that open pages
# (and the browser tests' server, which inherits this) want their runs to be their own.
os.environ.setdefault("TRAINING_LAB_WARM", "0")


@pytest.fixture
def fresh_streamlit_caches():
    """The server's state (st.cache_data, st.cache_resource, the trainers and finished runs,
    shared figures: ui.server_state) is shared by every AppTest in the process: forget it
    around a test, or a later test silently draws an earlier test's result."""
    from ui import server_state

    server_state.reset()
    yield
    server_state.reset()
