"""Home: what the lab is for, and the training loop whose steps lead to the pages that change
them (click a box in the figure, or the link buttons under it)."""

import streamlit as st

from ui import chart, describe, nav
from ui.chart import Chart
from ui.figures import diagrams
from ui.figures.plotted import plain
from ui.form import Form
from ui.i18n import t

# The loop: (string key, id of the page that changes this step, or None). Forward steps run
# left to right on top, the backward ones right to left underneath.
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

nav.ensure_entry_point()
Form("home", ())
available = {p.id: p for p in nav.available()}

st.title(t("home.title"))
st.markdown(t("home.intro"))
st.markdown(t("home.how"))

st.header(t("home.loop_header"))
st.caption(t("home.loop_caption"))


def boxes(steps):
    return [
        {"label": t(key), "group": nav.by_id(page).colour if page in available else None}
        for key, page in steps
    ]


figure = diagrams.flow_diagram(
    boxes(FORWARD),
    boxes(BACKWARD),
    {"title": t("home.loop_title")},
    loop_label=t("home.loop_repeat"),
)


def steps_text(steps) -> str:
    """The steps in order, each with the page that changes it (for the loop's description)."""
    return ", ".join(
        t("chart.loop_step", step=plain(t(key)), page=t(f"nav.{page}"))
        if page in available
        else plain(t(key))
        for key, page in steps
    )


loop = t("chart.loop", forward=steps_text(FORWARD), backward=steps_text(BACKWARD))
event = chart.draw(
    Chart(figure, describe.sentences(loop)),
    key="home:loop",
    on_select="rerun",
    selection_mode="points",
    config={"displayModeBar": False},
    width=diagrams.FLOW_WIDTH_PX,
)
target = diagrams.clicked_box(event, len(STEPS))  # None unless a real box was clicked
if target is not None and STEPS[target][1] in available:
    st.switch_page(available[STEPS[target][1]].file, query_params=st.query_params.to_dict())

st.header(t("home.pages_header"))
for info in nav.PAGES[1:]:
    text, link = st.columns([4, 1], vertical_alignment="center")
    text.markdown(t(f"home.link_{info.id}"))
    if info.id in available:
        link.page_link(info.file, label=t("home.open_page"), icon=nav.link_icon(info))
    else:
        link.caption(t("home.coming_soon"))
