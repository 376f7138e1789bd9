"""Page 4: Dropout (the book's overfit_dropout): hidden units switched off at random on every
training pass, in the book's convention or the inverted one, and what it does to the gap."""

import streamlit as st

from ui import nav
from ui.form import Form
from ui.i18n import t
from ui.overfitting import dropout, regularizers, section

nav.ensure_entry_point()
form = Form(dropout.PAGE, dropout.controls())
st.title(t("dropout.title"))
st.markdown(t("dropout.intro"))

dropout.lever_widgets(form)
section.network_widgets(form)
dropout.masks_section(form)
dropout.training_section(form)

st.subheader(t("dropout.theory_header"))
book, inverted = st.columns(2)
book.markdown(t("dropout.theory_book"))
inverted.markdown(t("dropout.theory_inverted"))
st.markdown(t("dropout.theory_why"))

regularizers.overlay_section(form)
