"""Fixtures shared by the test modules."""

import pytest


@pytest.fixture
def fresh_streamlit_caches():
    """st.cache_data and st.cache_resource are shared by every AppTest in the process: clear
    them around a test, or a later test silently draws an earlier test's result."""
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()
