"""Home: what the lab is for, and the training loop whose steps lead to the pages that change
them (click a box in the figure, or the link buttons under it)."""

import streamlit as st

from ui import home, nav
from ui.form import Form
from ui.i18n import t

nav.ensure_entry_point()
Form("home", ())
available = {p.id: p for p in nav.available()}

st.title(t("home.title"))
st.markdown(t("home.intro"))
st.markdown(t("home.how"))

st.header(t("home.loop_header"))
st.caption(t("home.loop_caption"))
home.loop_section(available)

st.header(t("home.pages_header"))
home.page_links(available)
