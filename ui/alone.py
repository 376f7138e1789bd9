"""A part of a page that redraws alone: a form's widgets and what they show, as a fragment.

Moving a slider reruns the whole page script, for every student, on a server whose one
Python thread at a time (the GIL) serves the whole class. On the weight-init page the
histograms are what a slider changes, yet each move also redrew the sidebar, the trained
comparison below, the lesson panel ... (a third of the rerun's CPU, py-spy). Drawn with
`part`, the widgets and their charts rerun alone (a fragment: `ui.turn.fragment`).

    alone.part(form, lambda: (widgets(form), histograms(form)), inline=...)

A part still runs with the page (inline, as any code) when it must:
* a lesson is active: its notice and questions are drawn outside the part;
* a run trains on the page for this reader: Streamlit holds a fragment's rerun until the page
  script ends, and a page watching a run ends with the run (ui.live), so the slider would wait
  for it. A whole-page rerun stops the watching at once instead.
Each run of the part alone writes the URL and the saved values as the page's own run does, and
when the reader has the lesson panel open, reruns the page so the panel's link follows.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from ui import turn
from ui.form import Form
from ui.lesson_view import panel_open

_WITH_PAGE = "_alone.with_page"  # set by the page's run just before it draws the part


def part(form: Form, draw: Callable[[], object], *, inline: bool) -> None:
    """draw() as a part that redraws alone, or with the page when `inline`."""
    if inline:
        draw()
        return
    st.session_state[_WITH_PAGE] = True
    _fragment(form, draw)


@turn.fragment
def _fragment(form: Form, draw: Callable[[], object]) -> None:
    if not st.session_state.pop(_WITH_PAGE, False):  # rerun alone: what the page's run does
        form.publish()
        form.save()
        if panel_open(form.page):
            st.rerun(scope="app")
    draw()
