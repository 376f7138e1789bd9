"""Page 5: chapter 6 in two dimensions. A net separates two noisy moons; its decision boundary
is drawn live as it trains. Without help it curls around single points (overfitting); weight
decay and dropout smooth it; a tiny initial scale stalls it and Batch Normalization rescues it."""

import streamlit as st

from ui import nav
from ui.form import Form
from ui.i18n import t
from ui.plane import section

nav.ensure_entry_point()
form = Form(section.PAGE, section.CONTROLS)
cap = section.cap_epochs(form)  # before the widgets: no link trains longer than it may
st.title(t("plane.title"))
st.markdown(t("plane.intro"))

section.lever_widgets(form)
section.network_widgets(form, cap)
section.training_section(form)

st.subheader(t("plane.look_header"))
st.markdown(t("plane.look"))
