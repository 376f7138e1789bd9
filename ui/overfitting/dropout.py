"""The dropout page's controls and sections (the book's overfit_dropout): the ratio and the
convention (the book's or inverted), one pass's dropped units, the live training shared with
the weight-decay page, and the regularizer overlay (ui/overfitting/regularizers.py)."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from engine.experiments import overfitting
from engine.experiments import regularizers as regularizers_experiment
from engine.progress import BASELINE, MAIN
from ui import cache, chart, dataset
from ui.controls import Choice, Control, FloatRange
from ui.export import download_csv
from ui.form import current_seed, set_control
from ui.i18n import t
from ui.overfitting import described, masks, regularizers, section

PAGE = "dropout"
RATIO = FloatRange("ratio", 0.2, 0.0, 0.9, step=0.05)
NOTE_RATIO = 0.15  # the study note's figure: drop_base = 0.15 (an earlier version of the script)
LEVERS = {"dropout_ratio": "ratio", "dropout_mode": "mode"}  # argument -> control
MODE_NAMES = {"book": "dropout.mode_book", "inverted": "dropout.mode_inverted"}
MASK_CAPTIONS = {"book": "dropout.mask_caption_book", "inverted": "dropout.mask_caption_inverted"}


def controls() -> tuple[Control, ...]:
    """The ratio and the convention, the overfitting pages' network and training controls
    (section.controls: the training digits limited to the data set in use, read on every
    run), and the regularizer overlay's weight decay."""
    mode = Choice("mode", "book", ("book", "inverted"))
    return (*section.controls(RATIO, mode, epochs=300), regularizers.LAMBDA)


def book_runs() -> list[tuple[str, Callable, dict]]:
    """The page's two runs at its default settings (the book's), seed 0, as the page asks for
    them: the training section's and the regularizer overlay's (ui/warm.py)."""
    defaults = {c.name: c.default for c in controls()}
    return [
        (PAGE, overfitting, section.lever_kwargs(defaults, LEVERS, 0)),
        (regularizers.NAME, regularizers_experiment, regularizers.run_kwargs(defaults, seed=0)),
    ]


def lever_widgets(form) -> None:
    """The ratio (with the study note's value as a button), the convention, the epochs and
    whether to train the baseline beside."""
    row = st.columns([4, 4, 4, 5])
    ratio = form.widget("ratio", t("dropout.ratio"), help=t("dropout.ratio_help"), container=row[0])
    form.widget(
        "mode",
        t("dropout.mode"),
        help=t("dropout.mode_help"),
        format_func=lambda m: t(MODE_NAMES[m]),
        style="segmented",
        container=row[1],
    )
    section.epochs_widget(form, t("dropout.epochs_help"), row[2])
    form.widget("compare", t("dropout.compare"), help=t("dropout.compare_help"), container=row[3])
    row[0].button(
        t("dropout.note_preset"),
        help=t("dropout.note_preset_help"),
        on_click=set_control,
        args=(PAGE, RATIO, NOTE_RATIO),
        disabled=not form.editable("ratio") or ratio == NOTE_RATIO,  # a lesson link set it
        key="dropout:note_preset",
    )


def masks_section(form) -> None:
    """The units one training pass keeps and drops, layer by layer, and how many."""
    v = form.values
    ratio, mode = v["ratio"], v["mode"]
    units = cache.dropout_masks(
        dropout_ratio=ratio,
        hidden=(v["width"],) * v["layers"],
        dropout_mode=mode,
        seed=current_seed(),
    )
    kept, total = int(units["kept"].sum()), len(units)
    labels = {
        "title": t("dropout.mask_title", ratio=ratio),
        "x": t("dropout.mask_x"),
        "layer": t("dropout.mask_layer"),
        "kept": t("dropout.mask_kept"),
        "dropped": t("dropout.mask_dropped"),
        "share": t("dropout.mask_share"),
    }
    chart.draw(described.masks(masks.unit_grid(units, labels), units, ratio), key="dropout:masks")
    st.caption(
        t(
            MASK_CAPTIONS[mode],
            kept=kept,
            total=total,
            percent=100 * kept / total,
            expected=100 * (1 - ratio),
            scale=1 / (1 - ratio),
        )
    )
    download_csv(units, "dropout-masks")


def training_section(form) -> None:
    """The overfitting pages' live training with the dropout levers, and the book's numbers."""
    ratio = form["ratio"]
    book = t("dropout.book", test_size=dataset.mnist().test_size, ratio=ratio)
    if ratio == NOTE_RATIO:
        book += f" {t('dropout.note_on_screen')}"
    section.training_section(
        PAGE,
        form,
        LEVERS,
        run_names={MAIN: t("dropout.run_main", ratio=ratio), BASELINE: t("dropout.run_baseline")},
        book=book,
    )
