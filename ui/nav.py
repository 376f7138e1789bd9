"""The lab's pages: one list read by app.py (navigation), the home page (links) and the
warm-up (each page's lesson module, whose `book_runs()` it trains at start: ui/warm.py).

A page file that does not exist yet is left out, so pages can be added one at a time: create
`pages/<file>`, add its title and home-page line to TITLES and LINKS and to the string
tables, and it appears everywhere.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class PageInfo:
    id: str  # also the URL path, and the key of TITLES and LINKS
    file: str  # relative to the entry point (app.py)
    icon: str
    colour: int | None  # index into ui.figures.style.SERIES: the steps this page changes
    lesson: str | None = None  # the ui module with the page's controls and `book_runs()`


PAGES = (
    PageInfo("home", "pages/home.py", "🏠", None),
    PageInfo("weight_init", "pages/weight_init.py", "📊", 0, "ui.weight_init.section"),
    PageInfo("batchnorm", "pages/batchnorm.py", "🧮", 1, "ui.batchnorm.section"),
    PageInfo("weight_decay", "pages/weight_decay.py", "⚖️", 2, "ui.overfitting.weight_decay"),
    PageInfo("dropout", "pages/dropout.py", "🎲", 3, "ui.overfitting.dropout"),
    # Every step at once: no one colour.
    PageInfo("plane", "pages/plane.py", "🌗", None, "ui.plane.section"),
    PageInfo("updates", "pages/updates.py", "🏃", 4, "ui.updates.section"),  # the update step
    # Around the loop (6.5): no one colour.
    PageInfo(
        "hyperparameters", "pages/hyperparameters.py", "🎯", None, "ui.hyperparameters.section"
    ),
)
TITLES = {  # each page's title, in the navigation and wherever a page is named
    "home": "nav.home",
    "weight_init": "nav.weight_init",
    "batchnorm": "nav.batchnorm",
    "weight_decay": "nav.weight_decay",
    "dropout": "nav.dropout",
    "plane": "nav.plane",
    "updates": "nav.updates",
    "hyperparameters": "nav.hyperparameters",
}
LINKS = {  # what each page is for, on the home page
    "weight_init": "home.link_weight_init",
    "batchnorm": "home.link_batchnorm",
    "weight_decay": "home.link_weight_decay",
    "dropout": "home.link_dropout",
    "plane": "home.link_plane",
    "updates": "home.link_updates",
    "hyperparameters": "home.link_hyperparameters",
}
COLOUR_SQUARES = ("🟦", "🟧", "🟩", "🟥", "🟪")  # emoji closest to the first five series colours


def link_icon(info: PageInfo) -> str:
    """The icon of a link to the page: the square of its colour in the training loop, or the
    page's own icon for a page outside the loop (colour None)."""
    if info.colour is None or info.colour >= len(COLOUR_SQUARES):
        return info.icon
    return COLOUR_SQUARES[info.colour]


def available(root: Path = ROOT) -> list[PageInfo]:
    """The pages whose file exists, in menu order."""
    return list(_available(root))


@functools.cache
def _available(root: Path) -> tuple[PageInfo, ...]:
    """Looked up once per server: app.py asks on every run (a stat per page file took 6 % of
    a page load with 30 students arriving)."""
    return tuple(p for p in PAGES if (root / p.file).is_file())


def by_id(page_id: str) -> PageInfo:
    return next(p for p in PAGES if p.id == page_id)


_MISSING = "_nav.missing_page"  # the name a missing page's address gave, while Home shows
_ENTRY_FLAG = "_ui.entry_ran"


def mark_entry() -> None:
    """app.py calls this on every run, before the page runs."""
    import streamlit as st

    st.session_state[_ENTRY_FLAG] = True


def ensure_entry_point() -> None:
    """Call first in every page file: make sure the page runs inside app.py.

    With a folder named pages/ beside app.py, Streamlit keeps its old automatic pages/ mode
    until some session calls st.navigation. So the first visitor of a freshly started server
    who opens a page link (/weight_init?...) gets that file run on its own: no page config, no
    sidebar, no language. Calling st.navigation here (with app.py's URL paths, so the requested
    page exists) switches that mode off for good, and the rerun goes through app.py with the
    same URL and query parameters.

    No public switch turns that mode off: Streamlit 1.67 decides it once per process from the
    folder's name alone (a directory called pages next to the entry point; its docs call that
    directory "the legacy way" beside st.navigation). The public way out is a page folder with
    another name, which would make this function and `mark_entry` unnecessary; it moves every
    page's path (nav.PAGES, the tests that open pages by file, the Dockerfile, the README).
    """
    import streamlit as st

    if not st.session_state.pop(_ENTRY_FLAG, False):
        st.navigation(
            [st.Page(p.file, url_path=p.id, default=p.id == "home") for p in available()],
            position="hidden",
        )
        st.rerun()


def requested_page(*, on_home: bool) -> str | None:
    """The page the browser's address named when that is no page of the lab (/nosuchpage),
    else None. Call after st.navigation, which then runs the home page in its place and says
    nothing that a reader would see; `on_home`: whether that is the page it runs.

    The name is the one Streamlit's router looked for: its page manager's intended page, a
    private attribute of the pinned version (None if it is gone; the browser test of a missing
    page would then fail). No public API says it. st.context.url is the browser's whole
    address (http://host/lab/nosuchpage behind server.baseUrlPath=lab, the percent-encoded
    text as typed): reading a page name out of it would mean redoing the router's work, the
    base path and any prefix a host adds included, and a wrong guess would warn on every
    page. The router hands over a name already cut from the address ("click" for
    /[click](https://evil.example/login)).

    The router sees the name only in the first run: the browser's later reruns of Home (a
    widget, the browser's id arriving: ui/browser.py) name Home itself. So the name is kept
    for the session while Home stays open, and forgotten once another page opens.
    """
    import streamlit as st
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    name = getattr(getattr(ctx, "pages_manager", None), "intended_page_name", None)
    if name and name not in {p.id for p in available()}:
        st.session_state[_MISSING] = name
    elif not on_home:
        st.session_state.pop(_MISSING, None)
    return st.session_state.get(_MISSING) if on_home else None
