"""Page 4: Dropout (the book's overfit_dropout): hidden units switched off at random on every
training pass, in the book's convention or the inverted one, and what it does to the gap."""

import streamlit as st

from engine.progress import BASELINE, MAIN
from ui import cache, chart, dataset, nav
from ui.controls import Choice, FloatRange
from ui.export import download_csv
from ui.form import Form, current_seed, set_control
from ui.i18n import t
from ui.overfitting import described, masks, regularizers, section

RATIO = FloatRange("ratio", 0.2, 0.0, 0.9, step=0.05)
NOTE_RATIO = 0.15  # the study note's figure: drop_base = 0.15 (an earlier version of the script)
CONTROLS = (
    *section.controls(
        RATIO,
        Choice("mode", "book", ("book", "inverted")),
        epochs=300,
    ),
    regularizers.LAMBDA,  # the regularizer overlay's weight decay
)

nav.ensure_entry_point()
form = Form("dropout", CONTROLS)
st.title(t("dropout.title"))
st.markdown(t("dropout.intro"))

row = st.columns([4, 4, 4, 5])
ratio = form.widget("ratio", t("dropout.ratio"), help=t("dropout.ratio_help"), container=row[0])
mode = form.widget(
    "mode",
    t("dropout.mode"),
    help=t("dropout.mode_help"),
    format_func=lambda m: t(f"dropout.mode_{m}"),
    style="segmented",
    container=row[1],
)
section.epochs_widget(form, t("dropout.epochs_help"), row[2])
form.widget("compare", t("dropout.compare"), help=t("dropout.compare_help"), container=row[3])
row[0].button(
    t("dropout.note_preset"),
    help=t("dropout.note_preset_help"),
    on_click=set_control,
    args=("dropout", RATIO, NOTE_RATIO),
    disabled=not form.editable("ratio") or ratio == NOTE_RATIO,  # a lesson link set it
    key="dropout:note_preset",
)
section.network_widgets(form)

v = form.values
units = cache.dropout_masks(
    dropout_ratio=ratio,
    hidden=(v["width"],) * v["layers"],
    dropout_mode=mode,
    seed=current_seed(),
)
kept, total = int(units["kept"].sum()), len(units)
mask_labels = {
    "title": t("dropout.mask_title", ratio=ratio),
    "x": t("dropout.mask_x"),
    "layer": t("dropout.mask_layer"),
    "kept": t("dropout.mask_kept"),
    "dropped": t("dropout.mask_dropped"),
    "share": t("dropout.mask_share"),
}
chart.draw(described.masks(masks.unit_grid(units, mask_labels), units, ratio), key="dropout:masks")
st.caption(
    t(
        f"dropout.mask_caption_{mode}",
        kept=kept,
        total=total,
        percent=100 * kept / total,
        expected=100 * (1 - ratio),
        scale=1 / (1 - ratio),
    )
)
download_csv(units, "dropout-masks")

section.training_section(
    "dropout",
    form,
    {"dropout_ratio": "ratio", "dropout_mode": "mode"},
    run_names={MAIN: t("dropout.run_main", ratio=ratio), BASELINE: t("dropout.run_baseline")},
    book=t("dropout.book", test_size=dataset.mnist().test_size, ratio=ratio)
    + (f" {t('dropout.note_on_screen')}" if ratio == NOTE_RATIO else ""),
)

st.subheader(t("dropout.theory_header"))
book, inverted = st.columns(2)
book.markdown(t("dropout.theory_book"))
inverted.markdown(t("dropout.theory_inverted"))
st.markdown(t("dropout.theory_why"))

regularizers.overlay_section(form)
