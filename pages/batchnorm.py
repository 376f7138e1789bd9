"""Page 2: Batch Normalization. A statistics primer (mean, mean deviation, variance, standard
deviation), the layer's computation graph forward and backward with a batch's real numbers and
the numerical gradient check beside it, then the book's batch_norm_test: with vs without BN at
one weight scale, live, and over the book's 16 scales."""

import streamlit as st

from ui import nav
from ui.batchnorm import section, walkthrough
from ui.form import Form
from ui.i18n import t

nav.ensure_entry_point()
form = Form(section.PAGE, section.controls())
st.title(t("batchnorm.title"))
st.markdown(t("batchnorm.intro"))

walkthrough.primer_section(form)  # 1. the statistics BN computes, on numbers one types
walkthrough.graph_section(form)  # 2. the layer forward and backward, and its gradient check
walkthrough.running_section(form)  # 2b. what evaluation uses instead of the batch's statistics

section.comparison_section(form)  # 3. with vs without BN at one weight scale
section.grid_section(form)  # 4. the book's 16 scales
