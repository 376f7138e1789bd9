"""What the hyperparameter-search page reads from a search's rows (engine.search): one line per
trial, the best trials, the region they share (where to search next), and the test accuracy
the best trial got when it met the test digits once. Pure."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from engine.search import TEST, TRAIN, VALIDATION

BEST_SHOWN = 20  # the book draws the best 20 trials
NARROW_SHARE = 0.1  # "narrow the range" to the region of the best tenth of the trials ...
NARROW_LEAST = 3  # ... and never fewer than three
NARROW_PAD = 0.1  # the region's exponents widened by this on each side, then snapped
LR_APART = 3.0  # the best trials' median lr this many times the others': the rate decides
TEST_MARGIN = 0.02  # test and validation accuracy closer than this count as "about the same"

TRIAL_COLUMNS = ("trial", "lr", "weight_decay_lambda", "epochs", "train_acc", "val_acc")


def trial_table(frame: pd.DataFrame | None) -> pd.DataFrame:
    """One row per trial that has rows: trial, lr, weight_decay_lambda, epochs (its last
    epoch), train_acc and val_acc (at that epoch); best validation first (ties: earlier trial
    first), the rank in the index from 1."""
    if frame is None or frame.empty:
        return pd.DataFrame(columns=list(TRIAL_COLUMNS))
    rows = frame[frame["split"].isin((TRAIN, VALIDATION))]
    last = rows.loc[rows.groupby(["trial", "split"])["epoch"].idxmax()]
    wide = last.pivot_table(
        index=["trial", "lr", "weight_decay_lambda"], columns="split", values="accuracy"
    ).reset_index()
    epochs = last.groupby("trial")["epoch"].max().rename("epochs")
    table = wide.merge(epochs, on="trial").rename(
        columns={TRAIN: "train_acc", VALIDATION: "val_acc"}
    )
    table = table.sort_values(["val_acc", "trial"], ascending=[False, True], ignore_index=True)
    table.index = pd.RangeIndex(1, len(table) + 1)
    return table[list(TRIAL_COLUMNS)]


def test_result(frame: pd.DataFrame | None) -> dict | None:
    """The best trial and its two accuracies, once the search measured its test accuracy:
    {"trial", "lr", "lam", "val", "test", "diff" (test - val), "verdict": lower | same |
    higher}; None before."""
    if frame is None or frame.empty or TEST not in set(frame["split"]):
        return None
    test = frame[frame["split"] == TEST].iloc[-1]
    trial = int(test["trial"])
    val_rows = frame[(frame["trial"] == trial) & (frame["split"] == VALIDATION)]
    val = float(val_rows.sort_values("epoch")["accuracy"].iloc[-1])
    diff = float(test["accuracy"]) - val
    verdict = "same" if abs(diff) < TEST_MARGIN else ("lower" if diff < 0 else "higher")
    return {
        "trial": trial,
        "lr": float(test["lr"]),
        "lam": float(test["weight_decay_lambda"]),
        "val": val,
        "test": float(test["accuracy"]),
        "diff": diff,
        "verdict": verdict,
    }


def best_region(
    table: pd.DataFrame,
    bounds: dict[str, Sequence[float]],
    step: float = 0.1,
) -> dict[str, tuple[float, float]] | None:
    """The exponents spanned by the best trials (NARROW_SHARE of them, at least NARROW_LEAST),
    widened by NARROW_PAD and snapped outward to `step`, inside `bounds` ("lr", "lam": the
    sliders' low, high): {"lr": (low, high), "lam": (low, high)}; None for too few trials."""
    count = max(NARROW_LEAST, math.ceil(NARROW_SHARE * len(table)))
    if len(table) < NARROW_LEAST:
        return None
    top = table.head(count)
    region = {}
    for key, column in (("lr", "lr"), ("lam", "weight_decay_lambda")):
        exponents = np.log10(top[column].to_numpy(float))
        low = math.floor(round((exponents.min() - NARROW_PAD) / step, 6)) * step
        high = math.ceil(round((exponents.max() + NARROW_PAD) / step, 6)) * step
        lo_bound, hi_bound = bounds[key]
        region[key] = (round(max(low, lo_bound), 6), round(min(high, hi_bound), 6))
    return region


def narrow_count(trials: int) -> int:
    """How many of the best trials the narrowed region covers."""
    return max(NARROW_LEAST, math.ceil(NARROW_SHARE * trials))


def search_notes(table: pd.DataFrame) -> list[tuple[str, dict]]:
    """What a finished search shows, keys under "hyper.": where the best trials lie
    ("see_best") and, when the best trials' learning rates are LR_APART times the others',
    that the learning rate tells them apart ("see_lr")."""
    if len(table) < NARROW_LEAST:
        return []
    count = narrow_count(len(table))
    top, rest = table.head(count), table.iloc[count:]
    notes = [
        (
            "hyper.see_best",
            {
                "count": count,
                "lr_low": top["lr"].min(),
                "lr_high": top["lr"].max(),
                "lam_low": top["weight_decay_lambda"].min(),
                "lam_high": top["weight_decay_lambda"].max(),
                "val_low": top["val_acc"].min(),
                "val_high": top["val_acc"].max(),
            },
        )
    ]
    if len(rest) and top["lr"].median() >= LR_APART * rest["lr"].median():
        notes.append(
            (
                "hyper.see_lr",
                {
                    "top_median": float(top["lr"].median()),
                    "rest_median": float(rest["lr"].median()),
                    "rest_val": float(rest["val_acc"].median()),
                },
            )
        )
    return notes
