"""What the 2-D page says about a run: each panel's facts (epoch, pieces of the plane), the
final numbers as st.metric items, and notes on runs that memorized, stalled or blew up, as
(string key, format args) for the page to translate. Pure."""

from __future__ import annotations

import math
from collections.abc import Mapping
from collections.abc import Set as AbstractSet

import numpy as np
import pandas as pd

from engine.progress import BASELINE, MAIN, final_numbers, learned
from ui.numbers import written
from ui.plane.figures import PANELS, regions

CHANCE = 0.5  # two balanced classes
STALL_MARGIN = 0.1  # final training accuracy within this of chance: the net did not learn
MEMORIZED_TRAIN = 0.95  # training accuracy at least this ...
MEMORIZED_GAP = 0.1  # ... and this far above the test accuracy: it learned the points by heart
TINY_INIT = 0.01  # an initial std this small (or smaller) stalls plain SGD in a few layers


def panel_facts(latest: Mapping | None, frame: pd.DataFrame) -> dict[str, dict]:
    """Per run with a boundary in `latest`: {"epoch": its latest row's epoch (0 before the
    first row), "pieces": regions of its boundary}."""
    facts = {}
    for run, key in PANELS.items():
        grid = (latest or {}).get(key)
        if grid is None:
            continue
        rows = frame[frame["run"] == run] if "run" in frame else frame.iloc[0:0]
        epoch = int(rows["epoch"].max()) if len(rows) else 0
        facts[run] = {"epoch": epoch, "pieces": regions(np.asarray(grid))}
    return facts


def metrics(frame: pd.DataFrame, epochs: int, labels: Mapping[str, str]) -> list[tuple]:
    """The main run's final train and test accuracy, gap and weight norm as st.metric items
    (label, value, delta, delta_colour), each delta the change against the run without the
    regularizers when it trained to the end (else None). labels: "train", "test", "gap",
    "norm". A run that did not finish shows "—"."""
    numbers = final_numbers(frame, epochs)
    main, base = numbers.get(MAIN), numbers.get(BASELINE)
    base = base if base is not None and base["finished"] else None
    both = learned(main, CHANCE, STALL_MARGIN) and learned(base, CHANCE, STALL_MARGIN)
    items: list[tuple] = []
    for key, colour, fmt in (
        ("train", "off", ".3f"),
        ("test", "normal", ".3f"),
        ("gap", "inverse" if both else "off", ".3f"),  # green only when both runs learned
        ("norm", "off", ".3g"),
    ):
        if main is None or not main["finished"]:
            items.append((labels[key], "—", None, colour))
            continue
        delta = None
        if base is not None and math.isfinite(base[key]):
            delta = format(main[key] - base[key], "+" + fmt)
            if float(delta) == 0:
                delta, colour = "±" + format(0.0, fmt), "off"
        items.append((labels[key], written(main[key], fmt), delta, colour))
    return items


def trouble_notes(
    frame: pd.DataFrame,
    diverged: Mapping[str, int],
    *,
    epochs: int,
    settings: Mapping,
    explained: AbstractSet[str] = frozenset(),
) -> list[tuple[str, dict]]:
    """Notes on what the runs did, keys under "plane.": "diverged" (a run blew up),
    "stalled_init" (it stayed at chance, and the initial weights were tiny without Batch
    Normalization), "stalled" (it stayed at chance otherwise), "memorized" (perfect on its
    points, well below on the test points). args: "run" (engine run name), "train", "test",
    "gap". settings: engine.plane.boundary_comparison's arguments. Runs ui.diagnosis has a
    note on (`explained`: where a std left its range, and why) get none here."""
    notes: list[tuple[str, dict]] = []
    if set(diverged) - explained:
        notes.append(("plane.diverged", {}))
    tiny = settings.get("weight_init_std")
    tiny = isinstance(tiny, float) and tiny <= TINY_INIT and not settings.get("use_batchnorm")
    for run, n in final_numbers(frame, epochs).items():
        args = {"run": run, "train": n["train"], "test": n["test"], "gap": n["gap"]}
        if run in diverged or run in explained or not n["finished"]:
            continue
        if n["train"] <= CHANCE + STALL_MARGIN:
            notes.append(("plane.stalled_init" if tiny else "plane.stalled", args))
        elif run == MAIN and n["train"] >= MEMORIZED_TRAIN and n["gap"] >= MEMORIZED_GAP:
            notes.append(("plane.memorized", args))
    return notes
