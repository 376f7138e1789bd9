"""Home: what the lab is for, and the training loop whose steps lead to the pages that change
them (click a box in the figure, or the link buttons under it)."""

import streamlit as st

from ui import nav
from ui.figures import diagrams
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
event = st.plotly_chart(
    figure,
    key="home:loop",
    on_select="rerun",
    selection_mode="points",
    config={"displayModeBar": False},
    width=diagrams.FLOW_WIDTH_PX,
)
clicked = [p.get("customdata") for p in (event.selection.points if event else [])]
for index in clicked:
    index = index[0] if isinstance(index, list) else index
    target = STEPS[int(index)][1] if index is not None else None
    if target in available:
        st.switch_page(available[target].file, query_params=st.query_params.to_dict())

st.header(t("home.pages_header"))
for info in nav.PAGES[1:]:
    text, link = st.columns([4, 1], vertical_alignment="center")
    text.markdown(t(f"home.link_{info.id}"))
    if info.id in available:
        link.page_link(info.file, label=t("home.open_page"), icon=nav.link_icon(info))
    else:
        link.caption(t("home.coming_soon"))
