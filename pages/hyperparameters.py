"""Page 7: hyperparameter search (section 6.5). Why the test data must not tune anything, the
book's random search for a learning rate and a weight decay judged on validation data, live,
then the best trial's test accuracy, measured once, and a narrower search."""

import streamlit as st

from ui import nav
from ui.form import Form
from ui.hyperparameters import section
from ui.i18n import t

nav.ensure_entry_point()
form = Form(section.PAGE, section.CONTROLS)
st.title(t("hyper.title"))
st.markdown(t("hyper.intro"))

st.header(t("hyper.why_header"))
st.markdown(t("hyper.why"))

st.header(t("hyper.search_header"))
st.markdown(t("hyper.search_intro"))
section.search_widgets(form)
section.search_section(form)
st.caption(t("hyper.book"))

st.subheader(t("hyper.procedure_header"))
st.markdown(t("hyper.procedure"))
