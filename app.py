"""Training Lab: page config, navigation over the pages in pages/, and the shared sidebar.

python -m streamlit run app.py
"""

import os

import streamlit as st

from engine import blas
from ui import lesson_view, nav, warm
from ui.batchnorm.comparison import book_runs as batchnorm_runs
from ui.form import apply_globals, global_widget, language_label, reset_current_page
from ui.i18n import t
from ui.outside_text import inert
from ui.overfitting.regularizers import book_runs as regularizer_runs
from ui.overfitting.section import book_runs as overfitting_runs
from ui.plane.section import book_runs as plane_runs
from ui.weight_init.comparison import book_runs as weight_init_runs

if "OPENBLAS_NUM_THREADS" not in os.environ:  # an explicit setting wins
    blas.set_threads(1)  # spinning BLAS threads slowed training ~3x beside a browser (blas.py)

st.set_page_config(page_title="Training Lab", page_icon="🧪", layout="wide")
# Japanese (and Chinese) lines break by the strict rules: none starts with ー or a small kana,
# which Chromium's default allows (tests/e2e/test_phone_layout_in_browser.py). Style-only
# st.html takes no room on the page.
st.html('<style>[data-testid="stApp"] { line-break: strict; }</style>')
warm.start(  # the book's default runs, once per server, in the background; quick ones first
    [
        *plane_runs(),
        *overfitting_runs(),
        *batchnorm_runs(),
        *weight_init_runs(),
        *regularizer_runs(),
    ]
)

nav.mark_entry()
apply_globals()  # ?lang= and ?seed= before the sidebar draws them (the page warns)
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
    global_widget("lang", t("sidebar.language"), format_func=language_label, style="segmented")
    global_widget("seed", t("sidebar.seed"), help=t("sidebar.seed_help"), style="number")
    st.button(
        t("sidebar.reset"),
        help=t("sidebar.reset_help"),
        on_click=reset_current_page,
        disabled=current is pages["home"],
    )
    st.caption(t("sidebar.share"))

current.run()
lesson_view.draw_panel()  # "Make a lesson link", for the page just drawn (ui/lesson_view.py)
