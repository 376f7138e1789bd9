"""Page 3: overfitting and weight decay (the book's overfit_weight_decay): 300 digits, a deep
network, and the penalty ½λ‖W‖² that narrows the gap between training and test accuracy."""

import streamlit as st

from engine.progress import BASELINE, MAIN
from ui import dataset, nav
from ui.form import Form
from ui.i18n import t
from ui.overfitting import section, weight_decay

nav.ensure_entry_point()
form = Form(weight_decay.PAGE, weight_decay.controls())
st.title(t("decay.title"))
st.markdown(t("decay.intro"))

row = st.columns([3, 3, 2])
lam = form.widget("lambda", t("decay.lambda"), help=t("decay.lambda_help"), container=row[0])
section.epochs_widget(form, t("decay.epochs_help"), row[1])
form.widget("compare", t("decay.compare"), help=t("decay.compare_help"), container=row[2])
section.network_widgets(form)

section.training_section(
    weight_decay.PAGE,
    form,
    weight_decay.LEVERS,
    run_names={MAIN: f"λ = {lam:g}", BASELINE: "λ = 0"},  # formulas: the same in every language
    book=t("decay.book", test_size=dataset.mnist().test_size),
)

st.subheader(t("decay.theory_header"))
st.markdown(t("decay.theory"))
st.info(t("decay.note_names"), icon="📝")  # the study note's names for the same formula
