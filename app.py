"""Training Lab: page config, navigation over the pages in pages/, and the shared sidebar.

python -m streamlit run app.py
"""

import os

import streamlit as st

from engine import blas
from ui import nav, state, warm
from ui.i18n import t
from ui.outside_text import inert

if "OPENBLAS_NUM_THREADS" not in os.environ:  # an explicit setting wins
    blas.set_threads(1)  # spinning BLAS threads slowed training ~3x beside a browser (blas.py)

st.set_page_config(page_title="Training Lab", page_icon="🧪", layout="wide")
warm.start()  # the book's default runs, once per server, in the background

nav.mark_entry()
state.apply_globals()  # ?lang= and ?seed= before the sidebar draws them (the page warns)
pages = {
    info.id: st.Page(
        info.file,
        title=t(f"nav.{info.id}"),
        icon=info.icon,
        url_path=info.id,
        default=info.id == "home",
    )
    for info in nav.available()
}
current = st.navigation(list(pages.values()))
missing = nav.requested_page()
if missing is not None:  # Streamlit opens Home in its place without a word
    st.warning(t("app.no_such_page", path=inert(missing)), icon="🧭")

with st.sidebar:
    state.global_widget(
        "lang", t("sidebar.language"), format_func=state.language_label, style="segmented"
    )
    state.global_widget("seed", t("sidebar.seed"), help=t("sidebar.seed_help"), style="number")
    st.button(
        t("sidebar.reset"),
        help=t("sidebar.reset_help"),
        on_click=state.reset_current_page,
        disabled=current is pages["home"],
    )
    st.caption(t("sidebar.share"))

current.run()
