"""Which MNIST the training pages use, how large it is, and what to say when it cannot be read.

The engine reads the bundled 5,000-digit subset, or the full MNIST from the folder named by
TRAINING_LAB_MNIST_DIR (engine.data.load_mnist). A page asks `mnist()` once per run: the answer
is computed once per server (a broken folder is not re-read on every rerun), and a page limits
its "training images" control to what the set holds (`limited`) instead of letting the engine
refuse a setting after Train was pressed.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from engine.data import BUNDLED_MNIST, MNIST_DIR_ENV, mnist_sizes
from ui.controls import IntRange
from ui.i18n import t
from ui.outside_text import inert


@dataclass(frozen=True)
class MnistInfo:
    """name: "mnist-subset" (bundled) or "mnist" (TRAINING_LAB_MNIST_DIR); sizes in images;
    error: why the configured files could not be read (the engine's message, naming the file),
    in which case the sizes are 0 and no training can run."""

    name: str
    train_size: int
    test_size: int
    error: str | None = None


@st.cache_resource(show_spinner=False)
def mnist() -> MnistInfo:
    """The data set the training experiments will load, or the reason it cannot be loaded."""
    try:
        name, train_size, test_size = mnist_sizes()  # headers only: no pixels in the server
    except (ValueError, OSError) as err:
        logging.getLogger("training_lab").error("MNIST cannot be read: %s", err)  # all of it
        return MnistInfo("mnist", 0, 0, public(str(err)))
    return MnistInfo(name, train_size, test_size)


def public(message: str | None) -> str:
    """An error message fit for every visitor: the data folder's path (as configured, and
    absolute) replaced by the folder's own name. Where the server keeps its files is the
    operator's business; which folder and file is wrong is what a teacher needs."""
    text = message or ""
    folders = {BUNDLED_MNIST.parent}
    configured = os.environ.get(MNIST_DIR_ENV, "").strip()
    if configured:
        folders |= {Path(configured), Path(configured).expanduser().absolute()}
        folders.add(Path(configured).expanduser().resolve())
    spelled = {str(f) for f in folders} | {repr(str(f)) for f in folders}
    for path in sorted(spelled, key=len, reverse=True):  # longest first: /a/b before /a
        name = Path(path.strip("'\"")).name or path
        text = text.replace(path, repr(name) if path.startswith("'") else name)
    return text


DATA_NAMES = {"mnist-subset": "data.name_mnist-subset", "mnist": "data.name_mnist"}


def caption() -> None:
    """Under a training section's heading: which data set it trains on and how large that is
    (a class with TRAINING_LAB_MNIST_DIR set must not read the bundled subset's sizes). Nothing
    when the set cannot be read: the section says why instead."""
    info = mnist()
    if info.error is not None:
        return
    key = DATA_NAMES.get(info.name)
    name = t(key) if key else inert(info.name)
    st.caption(t("data.in_use", name=name, train_size=info.train_size, test_size=info.test_size))


def limited(control: IntRange, most: int | None = None) -> IntRange:
    """`control` (a number of training images) with its range cut to the `most` images the
    data set holds (by default the one in use; unchanged when it cannot be read), the default
    too. Where no step of the slider fits any more, it goes from
    1 to `most` in steps of 1 (ui/form.py draws a range of one value as a fixed number box)."""
    most = mnist().train_size if most is None else most
    if most >= control.high or most < 1:
        return control
    high = control.low + (most - control.low) // control.step * control.step
    low, step = control.low, control.step
    if high <= low:
        low, high, step = 1, most, 1
    default = min(control.default, high)
    return dataclasses.replace(control, high=high, low=low, step=step, default=default)
