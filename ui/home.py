"""The home page's training loop: its steps, each leading to the page that changes it, drawn
as boxes a reader can click (forward steps left to right on top, backward ones right to left
underneath), and the list of pages with a link to each."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from ui import chart, describe, nav
from ui.chart import Chart
from ui.figures import diagrams
from ui.figures.plotted import plain
from ui.i18n import t

# The loop: (string key, id of the page that changes this step, or None).
FORWARD = (
    ("home.step_input", None),
    ("home.step_affine", "weight_init"),
    ("home.step_bn", "batchnorm"),
    ("home.step_act", "weight_init"),
    ("home.step_dropout", "dropout"),
    ("home.step_loss", "weight_decay"),
)
BACKWARD = (
    ("home.step_backward", "batchnorm"),
    ("home.step_update", "updates"),
)
STEPS = FORWARD + BACKWARD
Steps = Sequence[tuple[str, str | None]]


def boxes(steps: Steps, available: dict[str, nav.PageInfo]) -> list[dict]:
    """The steps as the flow diagram's boxes, each in its page's colour (none for a step no
    page changes yet)."""
    return [
        {"label": t(key), "group": nav.by_id(page).colour if page in available else None}
        for key, page in steps
    ]


def steps_text(steps: Steps, available: dict[str, nav.PageInfo]) -> str:
    """The steps in order, each with the page that changes it (for the loop's description)."""
    return ", ".join(
        t("chart.loop_step", step=plain(t(key)), page=t(nav.TITLES[page]))
        if page in available
        else plain(t(key))
        for key, page in steps
    )


def loop_section(available: dict[str, nav.PageInfo]) -> None:
    """The loop as a figure; a click on a box opens the page that changes that step, with the
    same settings in the address (language, seed)."""
    figure = diagrams.flow_diagram(
        boxes(FORWARD, available),
        boxes(BACKWARD, available),
        {"title": t("home.loop_title")},
        loop_label=t("home.loop_repeat"),
    )
    loop = t(
        "chart.loop",
        forward=steps_text(FORWARD, available),
        backward=steps_text(BACKWARD, available),
    )
    event = chart.draw(
        Chart(figure, describe.sentences(loop)),
        key="home:loop",
        on_select="rerun",
        selection_mode="points",
        config={"displayModeBar": False},
        width=diagrams.FLOW_WIDTH_PX,
    )
    target = diagrams.clicked_box(event, len(STEPS))  # None unless a real box was clicked
    page = None if target is None else STEPS[target][1]
    if page is not None and page in available:
        st.switch_page(available[page].file, query_params=st.query_params.to_dict())


def page_links(available: dict[str, nav.PageInfo]) -> None:
    """Every page but home: what it is for, and a link to it (or "coming soon")."""
    for info in nav.PAGES[1:]:
        text, link = st.columns([4, 1], vertical_alignment="center")
        text.markdown(t(nav.LINKS[info.id]))
        if info.id in available:
            link.page_link(info.file, label=t("home.open_page"), icon=nav.link_icon(info))
        else:
            link.caption(t("home.coming_soon"))
