"""The weight-decay page's controls and book run (the book's overfit_weight_decay): λ, the
lever, before the overfitting pages' shared network and training settings."""

from __future__ import annotations

from collections.abc import Callable

from engine.experiments import overfitting
from ui.controls import Control, FloatRange
from ui.overfitting import section

PAGE = "weight_decay"
LEVERS = {"weight_decay_lambda": "lambda"}  # experiment argument -> the control that sets it


def controls() -> tuple[Control, ...]:
    """λ, then the overfitting pages' network and training controls (section.controls: the
    training digits limited to the data set in use, read on every run)."""
    return section.controls(FloatRange("lambda", 0.1, 0.0, 1.0, step=0.01), epochs=200)


def book_runs() -> list[tuple[str, Callable, dict]]:
    """The page's run at its default settings (the book's), seed 0, as the page asks for it
    (ui/warm.py)."""
    defaults = {c.name: c.default for c in controls()}
    return [(PAGE, overfitting, section.lever_kwargs(defaults, LEVERS, 0))]
