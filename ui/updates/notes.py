"""What the parameter-update page says about the race's paths and the MNIST losses: pure rules
returning (string key, format args), which the page translates.

A path arrived when f fell to ARRIVED_F and stayed there; it diverged when f grew past
DIVERGED_RATIO times where it started (or stopped being finite); it stalled when f is still
above STALLED_SHARE of where it started; otherwise it is still on its way.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd

ARRIVED_F = 0.01  # f at the start of the book's race: 6.45
DIVERGED_RATIO = 10.0
STALLED_SHARE = 0.9
ZIGZAG_TURNS = 5  # y changing sign this often: zigzagging across the valley
LAST_ITERATIONS = 100  # the MNIST losses compared: each rule's mean over its last 100


def path_facts(rows: pd.DataFrame) -> dict:
    """One rule's path (rows of engine.descent.optimizer_race, one optimizer) as
    {"outcome": arrived | diverged | stalled | moving, "step": when it arrived or diverged
    (else the last step), "steps", "f", "f0", "x", "y" (where it ended), "turns_y" (times y
    changed sign), "turns_x" (times x did), "past_x" (how far it went past x = 0 on the far
    side from its start: 0 if it never crossed)}."""
    rows = rows.sort_values("step")
    f = rows["f"].to_numpy(float)
    steps = int(rows["step"].iloc[-1])
    f0 = float(f[0])
    bad = ~np.isfinite(f) | (f > DIVERGED_RATIO * max(f0, ARRIVED_F))
    facts = {
        "steps": steps,
        "f0": f0,
        "turns_y": _sign_changes(rows["y"].to_numpy(float)),
        "turns_x": _sign_changes(rows["x"].to_numpy(float)),
        "past_x": _past_zero(rows["x"].to_numpy(float)),
    }
    finite = rows[np.isfinite(rows["f"])]
    last = finite.iloc[-1]
    facts |= {"f": float(last["f"]), "x": float(last["x"]), "y": float(last["y"])}
    if bad.any():
        return facts | {"outcome": "diverged", "step": int(rows["step"].iloc[int(np.argmax(bad))])}
    above = np.nonzero(f > ARRIVED_F)[0]
    if len(above) == 0 or above[-1] < len(f) - 1:  # below ARRIVED_F from some step on
        first = 0 if len(above) == 0 else int(above[-1]) + 1
        return facts | {"outcome": "arrived", "step": int(rows["step"].iloc[first])}
    outcome = "stalled" if f[-1] >= STALLED_SHARE * f0 else "moving"
    return facts | {"outcome": outcome, "step": steps}


def _sign_changes(values: np.ndarray) -> int:
    signs = np.sign(values[np.isfinite(values) & (values != 0)])
    return int(np.count_nonzero(signs[1:] != signs[:-1]))


def _past_zero(values: np.ndarray) -> float:
    """The farthest a path went beyond 0 on the side opposite to where it started."""
    finite = values[np.isfinite(values)]
    side = np.sign(finite[0]) if len(finite) else 0.0
    return float(max(0.0, (-side * finite).max())) if side else 0.0


def race_facts(paths: pd.DataFrame) -> dict[str, dict]:
    """path_facts per optimizer, in the frame's order."""
    return {
        name: path_facts(paths[paths["optimizer"] == name])
        for name in dict.fromkeys(paths["optimizer"])
    }


OUTCOMES = {  # what a rule's path did (path_facts' "outcome")
    "arrived": "updates.race_arrived",
    "stalled": "updates.race_stalled",
    "moving": "updates.race_moving",
    "diverged": "updates.race_diverged",
}


def race_notes(facts: Mapping[str, Mapping]) -> list[tuple[str, dict]]:
    """Per rule, what it did (OUTCOMES), then what its path shows: a zigzag
    across the valley ("updates.race_zigzag") or an overshoot past the minimum
    ("updates.race_overshoot"). args: "rule" (optimizer name, for the page to translate),
    "step", "steps", "f", "f0", "turns"."""
    notes: list[tuple[str, dict]] = []
    for rule, fact in facts.items():
        args = {k: fact[k] for k in ("step", "steps", "f", "f0")} | {"rule": rule}
        notes.append((OUTCOMES[fact["outcome"]], args))
        if fact["outcome"] == "diverged":
            continue
        if fact["turns_y"] >= ZIGZAG_TURNS:
            notes.append(("updates.race_zigzag", {"rule": rule, "turns": fact["turns_y"]}))
        if fact["turns_x"] >= 1:
            notes.append(("updates.race_overshoot", {"rule": rule, "turns": fact["turns_x"]}))
    return notes


def lowest_final_f(facts: Mapping[str, Mapping], rel: float = 1e-3) -> frozenset[str]:
    """The rules that end lowest on f (within `rel` of the lowest; a rule that diverged never
    does); empty if every rule diverged."""
    ends = {r: f["f"] for r, f in facts.items() if f["outcome"] != "diverged"}
    if not ends:
        return frozenset()
    low = min(ends.values())
    return frozenset(r for r, v in ends.items() if v <= low + rel * max(low, 1e-12))


def final_losses(frame: pd.DataFrame, last: int = LAST_ITERATIONS) -> dict[str, float]:
    """Each optimizer's mean minibatch loss over its last `last` iterations (rows of
    engine.experiments.optimizer_comparison), in the frame's order."""
    out = {}
    for name, rows in frame.groupby("optimizer", sort=False):
        losses = rows.sort_values("iteration")["loss"].tail(last)
        out[str(name)] = float(losses.mean()) if len(losses) else math.nan
    return out
