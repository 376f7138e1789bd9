"""A link too long for Streamlit: say so instead of opening the page as if it had no settings.

Streamlit drops a whole query string of more than 512 KiB or 1,000 parameters without a word
(streamlit.runtime.state.query_params: the server then sees none). The browser still holds it,
so a tiny component reads its length there and reports it back (its state is kept under KEY);
a page whose settings arrived never mounts it.
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st
from streamlit.runtime.state.query_params import (
    CLIENT_STATE_QUERY_STRING_MAX_FIELDS,
    CLIENT_STATE_QUERY_STRING_MAX_LENGTH,
)

from ui.i18n import t

_JS = """
export default function ({ data, setStateValue }) {
  const query = window.location.search.replace(/^[?]/, "");
  const fields = query ? query.split("&").length : 0;
  const dropped = query.length > data.chars || fields > data.fields;
  setStateValue("dropped", dropped ? [query.length, fields] : null);
}
"""
_CHECK = st.components.v2.component("training_lab_link_length", js=_JS)


KEY = "_long_link"


def warn_if_dropped() -> None:
    """A warning when the browser's address holds settings Streamlit dropped: what the check
    (`mount`, last run) reported. Call it before the page draws."""
    if st.query_params:
        return
    state = st.session_state.get(KEY)
    dropped = state.get("dropped") if isinstance(state, Mapping) else None
    if isinstance(dropped, list) and len(dropped) == 2 and all(isinstance(n, int) for n in dropped):
        st.warning(
            t(
                "state.link_too_long",
                chars=dropped[0],
                params=dropped[1],
                most_chars=CLIENT_STATE_QUERY_STRING_MAX_LENGTH,
                most_params=CLIENT_STATE_QUERY_STRING_MAX_FIELDS,
            ),
            icon="✂️",
        )


def mount() -> None:
    """The check itself, at the end of the sidebar (it draws nothing, and an element at the top
    of the page would push the page down): when it finds settings Streamlit dropped, the page
    reruns and `warn_if_dropped` shows them. Nothing is mounted when the settings arrived."""
    if st.query_params:
        return
    limits = {
        "chars": CLIENT_STATE_QUERY_STRING_MAX_LENGTH,
        "fields": CLIENT_STATE_QUERY_STRING_MAX_FIELDS,
    }
    with st.sidebar:
        _CHECK(key=KEY, data=limits, on_dropped_change=lambda: None)
