"""Training Lab: page config, navigation over the pages in pages/, and the shared sidebar.

python -m streamlit run app.py
"""

import os

import streamlit as st

from engine import blas
from ui import (
    access,
    browser,
    collector,
    embed,
    lesson_view,
    long_link,
    nav,
    open_files,
    turn,
    warm,
)
from ui.form import apply_globals, global_widget, language_label, reset_current_page
from ui.i18n import t
from ui.outside_text import inert

if "OPENBLAS_NUM_THREADS" not in os.environ:  # an explicit setting wins
    blas.set_threads(1)  # spinning BLAS threads slowed training ~3x beside a browser (blas.py)
open_files.raise_limit()  # ~4 descriptors a tab: 1,024 held about 280 tabs (ui/open_files.py)


def page_run() -> None:
    """One reader's run of the whole page: config, navigation, sidebar, the page itself."""
    st.set_page_config(page_title="Training Lab", page_icon="🧪", layout="wide")
    if st.get_option("client.showErrorDetails") in (False, "false", "False", "stacktrace"):
        st.set_option("client.showErrorDetails", "none")  # Cloud's legacy false still shows traces
    # Japanese (and Chinese) lines break by the strict rules: none starts with ー or a small kana,
    # which Chromium's default allows (tests/e2e/test_phone_layout_in_browser.py). Style-only
    # st.html takes no room on the page.
    st.html('<style>[data-testid="stApp"] { line-break: strict; }</style>')
    warm.start()  # every page's book runs, once per server, in the background

    nav.mark_entry()
    apply_globals()  # ?lang= and ?seed= before the sidebar draws them (the page warns)
    pages = {
        info.id: st.Page(
            info.file,
            title=t(nav.TITLES[info.id]),
            icon=info.icon,
            url_path=info.id,
            default=info.id == "home",
        )
        for info in nav.available()
    }
    embedded = embed.embedded()  # embed=true (slides, an LMS): the page alone, no sidebar
    current = st.navigation(list(pages.values()), position="hidden" if embedded else "sidebar")
    long_link.warn_if_dropped()
    missing = nav.requested_page(on_home=current is pages["home"])
    if missing is not None:  # Streamlit opens Home in its place without a word
        st.warning(t("app.no_such_page", path=inert(missing)), icon="🧭")

    if not embedded:
        with st.sidebar:
            global_widget(
                "lang", t("sidebar.language"), format_func=language_label, style="segmented"
            )
            global_widget("seed", t("sidebar.seed"), help=t("sidebar.seed_help"), style="number")
            global_widget("projector", t("sidebar.projector"), help=t("sidebar.projector_help"))
            st.button(
                t("sidebar.reset"),
                help=t("sidebar.reset_help"),
                on_click=reset_current_page,
                disabled=current is pages["home"],
            )
            st.caption(t("sidebar.share"))
    access.apply()  # tab stops for formulas that scroll; projector mode's larger text

    current.run()
    lesson_view.draw_panel()  # "Make a lesson link", for the page just drawn (ui/lesson_view.py)
    long_link.mount()  # out of sight (ui/embed.py)
    browser.mount()  # the browser's id and its Back button: last, see ui/browser.py
    collector.freeze_loaded()  # the libraries and the first page, once: out of the GC's scans


with turn.turn():  # one run draws at a time, server-wide (ui/turn.py)
    page_run()
