"""What the weight-initialization page points out about a result: pure rules returning
(string key, format args), which the page translates, so the rules are tested without
Streamlit and the wording stays in the string files."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ui.numbers import nice_number

SATURATION_NOTE = 0.5  # share of saturated activations worth a note (book: 64-77 % with std 1)
ALIKE_STD = 0.02  # sigmoid/tanh activations this uniform "all say the same" (book: 0.012)
VANISH_STD = 1e-3  # ReLU outputs this close to 0 carry no signal (std 0.01: 1e-6 by layer 5)
EXPLODE_RATIO = 10.0  # last/first layer std above this: exploding
SHRINK_RATIO = 0.5  # ... below this: shrinking (book: ReLU + Xavier 0.58 -> 0.18)
OUTSIDE_NOTE = 0.01  # share of values outside the book's (0, 1) range worth a note
GRAD_CHANGE = 2.0  # gradient std layer 1 vs last layer: beyond this factor it grows/shrinks


def activation_insights(
    stats: pd.DataFrame,
    hist: pd.DataFrame,
    *,
    activation: str,
    nodes: int,
    book_range: bool,
) -> list[tuple[str, dict]]:
    """Notes on an activation_distributions result, most important first.

    stats / hist: the engine's frames. Returns [(string key, format args)], keys under "init.".
    """
    notes: list[tuple[str, dict]] = []
    act = stats[stats["quantity"] == "activation"].sort_values("layer")
    finite = act[np.isfinite(act["std"]) & np.isfinite(act["mean"])]
    if len(finite) < len(act):
        first_bad = int(act.loc[~act.index.isin(finite.index), "layer"].min())
        notes.append(("init.see_overflow", {"layer": first_bad}))
    if finite.empty:
        return notes
    first, last = finite.iloc[0], finite.iloc[-1]
    bounded = activation in ("sigmoid", "tanh")
    spoken = False
    if bounded and finite["saturated"].max() >= SATURATION_NOTE:
        row = finite.loc[finite["saturated"].idxmax()]
        notes.append(
            ("init.see_saturated", {"layer": int(row["layer"]), "percent": 100 * row["saturated"]})
        )
        spoken = True
    elif bounded and last["std"] < ALIKE_STD:
        notes.append(
            (
                "init.see_alike",
                {"layer": int(last["layer"]), "std": nice_number(last["std"]), "nodes": nodes},
            )
        )
        spoken = True
    if activation == "relu" and last["std"] < VANISH_STD:
        row = finite[finite["std"] < VANISH_STD].iloc[0]
        notes.append(
            ("init.see_dead", {"layer": int(row["layer"]), "std": nice_number(row["std"])})
        )
        spoken = True
    if len(finite) > 1 and first["std"] > 0:
        ratio = last["std"] / first["std"]
        growth = {
            "first": nice_number(first["std"]),
            "last": nice_number(last["std"]),
            "layer": int(last["layer"]),
        }
        if ratio > EXPLODE_RATIO:
            notes.append(("init.see_explode", {**growth, "ratio": nice_number(ratio)}))
            spoken = True
        elif ratio < SHRINK_RATIO and not spoken:
            notes.append(("init.see_shrink", growth))
            spoken = True
    if not spoken and len(notes) == 0:
        notes.append(
            (
                "init.see_healthy",
                {"low": nice_number(finite["std"].min()), "high": nice_number(finite["std"].max())},
            )
        )
    if book_range:
        shares = hist[hist["quantity"] == "activation"].groupby("layer")["share"].sum()
        outside = 1.0 - shares
        if len(outside) and outside.max() > OUTSIDE_NOTE:
            notes.append(
                (
                    "init.see_outside",
                    {"layer": int(outside.idxmax()), "percent": 100 * outside.max()},
                )
            )
    grad = stats[stats["quantity"] == "gradient"].sort_values("layer")
    grad = grad[np.isfinite(grad["std"])]
    if len(grad) > 1 and grad.iloc[-1]["std"] > 0 and grad.iloc[0]["std"] > 0:
        g_first, g_last = grad.iloc[0]["std"], grad.iloc[-1]["std"]
        args = {
            "first": nice_number(g_first),
            "last": nice_number(g_last),
            "layers": int(grad.iloc[-1]["layer"]),
        }
        if g_first / g_last > GRAD_CHANGE:
            notes.append(("init.see_grad_grow", {**args, "ratio": nice_number(g_first / g_last)}))
        elif g_last / g_first > GRAD_CHANGE:
            notes.append(("init.see_grad_shrink", {**args, "ratio": nice_number(g_last / g_first)}))
        else:
            notes.append(("init.see_grad_hold", args))
    return notes
