"""Fixtures shared by the test modules."""

import os

import pytest

# The server's warm-up trains the book's default runs in the background: tests that open pages
# (and the browser tests' server, which inherits this) want their runs to be their own.
os.environ.setdefault("TRAINING_LAB_WARM", "0")
# Plotly checks every figure the tests build, and each must give the same JSON unchecked, as the
# server builds it (ui.figures.style.figure).
os.environ.setdefault("TRAINING_LAB_CHECK_FIGURES", "1")


@pytest.fixture
def fresh_streamlit_caches():
    """The server's state (st.cache_data, st.cache_resource, the trainers and finished runs,
    shared figures: ui.server_state) is shared by every AppTest in the process: forget it
    around a test, or a later test silently draws an earlier test's result."""
    from ui import server_state

    server_state.reset()
    yield
    server_state.reset()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """scripts/test.sh runs pytest-xdist with --dist loadgroup: a worker takes a whole group, in
    order. A test's group is its file (its module fixtures, and a browser test file's runs
    stored on its worker's server, stay together), except where a file marks a finer group of
    its own (the browser visits: one group per page, so two workers share the longest file)."""
    for item in items:
        if item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))
