"""Page 6: parameter updates (section 6.1). The book's race of SGD, Momentum, AdaGrad and Adam
on f(x, y) = x²/20 + y², step by step; their update rules beside the engine's code; then the
same four rules training a network on MNIST, live."""

import streamlit as st

from ui import nav
from ui.form import Form
from ui.i18n import t
from ui.updates import rules, section

nav.ensure_entry_point()
form = Form(section.PAGE, section.CONTROLS)
st.title(t("updates.title"))
st.markdown(t("updates.intro"))

section.race_section(form)

st.header(t("updates.rules_header"))
st.markdown(t("updates.rules_intro"))
rules.rules_section(section.RULES)

section.mnist_section(form)
