"""Fixtures shared by the test modules."""

import os

import pytest

# The server's warm-up trains the book's default runs in the background: tests that open pages
# (and the browser tests' server, which inherits this) want their runs to be their own.
os.environ.setdefault("TRAINING_LAB_WARM", "0")


@pytest.fixture
def fresh_streamlit_caches():
    """st.cache_data and st.cache_resource are shared by every AppTest in the process, and so
    are the server's trainers and finished runs: clear them around a test, or a later test
    silently draws an earlier test's result."""
    import streamlit as st

    from ui import shared
    from ui.trainers import trainers

    def clear():
        st.cache_data.clear()
        st.cache_resource.clear()
        shared.clear()
        trainers().reset()

    clear()
    yield
    clear()
