"""Page 1: weight initialization and the activation distributions it gives (the book's
weight_init_activation_histogram), then std 0.01 vs Xavier vs He trained on MNIST."""

import streamlit as st

from ui import nav
from ui.form import Form
from ui.i18n import t
from ui.weight_init import section

nav.ensure_entry_point()
form = Form(section.PAGE, section.CONTROLS)
st.title(t("init.title"))
st.markdown(t("init.intro"))

section.network_part(form)  # the widgets and the histograms they change: redrawn alone

with st.expander(t("init.theory_header"), expanded=True):
    st.markdown(t("init.theory"))

st.header(t("init.train_header"))
section.comparison_section(form)
