"""The overfitting pages' final numbers (each run's last epoch, with its change against the
run without the technique) and notes on runs that did not learn, as (string key, format args)
for the page to translate. Pure."""

from __future__ import annotations

import math
from collections.abc import Mapping
from collections.abc import Set as AbstractSet

import pandas as pd

from engine.progress import BASELINE, MAIN, final_numbers, learned
from ui.i18n import t
from ui.numbers import written

CHANCE = 0.1  # ten digits: accuracy of guessing
STUCK_MARGIN = 0.05  # final test accuracy within this of chance counts as "stuck"
EARLY_EPOCHS = 50  # fewer epochs than this: "not learned yet" rather than "stuck"


def trouble_notes(
    frame: pd.DataFrame,
    diverged: Mapping[str, int],
    *,
    epochs: int,
    explained: AbstractSet[str] = frozenset(),
) -> list[tuple[str, dict]]:
    """Notes on runs that did not learn and that ui.diagnosis has no note on (`explained`):
    [(string key, format args)], keys under "overfit.".

    A diverged run gets the learning-rate hint ("overfit.diverged_hint"; ui.live already says
    where it diverged). A finished run whose test accuracy ended within STUCK_MARGIN of chance
    is "early" (fewer than EARLY_EPOCHS epochs), or "stuck_training". args: "run" (engine run
    name), "test", "epoch".
    """
    notes: list[tuple[str, dict]] = []
    if set(diverged) - explained:
        notes.append(("overfit.diverged_hint", {}))
    numbers = final_numbers(frame, epochs)
    for run, n in numbers.items():
        if run in diverged or run in explained or not n["finished"]:
            continue
        if n["test"] <= CHANCE + STUCK_MARGIN:
            args = {"run": run, "test": n["test"], "epoch": n["epoch"]}
            notes.append(
                ("overfit.early" if epochs < EARLY_EPOCHS else "overfit.stuck_training", args)
            )
    return notes


NO_CHANGE = "±"  # the sign of a change that rounds to zero: neither up nor down


def _delta(value: float, base: float | None, fmt: str) -> str | None:
    """The change against the baseline, signed (st.metric's arrow reads the sign); the page
    says once, under the numbers, what it is measured against (a pill has no room for it).
    A change that rounds to zero in `fmt` is "±0.000" (not "+0.000", which st.metric would
    show as a rise)."""
    if base is None or not math.isfinite(base):
        return None
    text = format(value - base, "+" + fmt)
    if float(text) == 0:
        return NO_CHANGE + format(0.0, fmt)
    return text


def compared(frame: pd.DataFrame, epochs: int) -> bool:
    """Whether the final numbers carry a change against a baseline that trained to the end."""
    numbers = final_numbers(frame, epochs)
    return all(run in numbers and numbers[run]["finished"] for run in (MAIN, BASELINE))


def metrics(frame: pd.DataFrame, epochs: int) -> list[tuple]:
    """The main run's final train and test accuracy, gap and weight norm as st.metric items,
    each with its change against the run without the technique (when it was trained).

    Items are (label, value, delta, delta_color), and (label, value, "±0.000", "off", "off")
    for a change that rounds to zero: grey, without an arrow (ui.live passes the fifth
    element as st.metric's delta_arrow). A smaller gap is green only when both runs learned
    (a network stuck at chance has no gap to speak of); else it is grey."""
    numbers = final_numbers(frame, epochs)
    main = numbers.get(MAIN)
    base = numbers.get(BASELINE)
    base = base if base is not None and base["finished"] else None
    both = learned(main, CHANCE, STUCK_MARGIN) and learned(base, CHANCE, STUCK_MARGIN)
    items: list[tuple] = []
    for key, label, colour, fmt in (
        ("train", "overfit.m_train", "off", ".3f"),
        ("test", "overfit.m_test", "normal", ".3f"),
        ("gap", "overfit.m_gap", "inverse" if both else "off", ".3f"),
        ("norm", "overfit.m_norm", "off", ".3g"),
    ):
        if main is None or not main["finished"]:
            items.append((t(label), "—", None, colour))
            continue
        delta = _delta(main[key], base[key] if base else None, fmt)
        value = written(main[key], fmt)
        if delta is not None and delta.startswith(NO_CHANGE):
            items.append((t(label), value, delta, "off", "off"))
            continue
        items.append((t(label), value, delta, colour))
    return items
