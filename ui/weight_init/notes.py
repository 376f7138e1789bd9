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
    shape = _shape_notes(finite, activation, nodes)
    if not shape and not notes:
        low, high = nice_number(finite["std"].min()), nice_number(finite["std"].max())
        shape = [("init.see_healthy", {"low": low, "high": high})]
    notes += shape
    if book_range:
        notes += _outside_notes(hist)
    return notes + _gradient_notes(stats)


Note = tuple[str, dict]


def _shape_notes(finite: pd.DataFrame, activation: str, nodes: int) -> list[Note]:
    """What the activations' spread does across the layers (finite: the activation stats with
    finite mean and std, by layer): saturated or alike (sigmoid, tanh), dead (ReLU), growing
    or shrinking. Empty when none of these shows."""
    notes: list[Note] = []
    first, last = finite.iloc[0], finite.iloc[-1]
    bounded = activation in ("sigmoid", "tanh")
    if bounded and finite["saturated"].max() >= SATURATION_NOTE:
        row = finite.nlargest(1, "saturated").iloc[0]
        percent = 100 * row["saturated"]
        notes.append(("init.see_saturated", {"layer": int(row["layer"]), "percent": percent}))
    elif bounded and last["std"] < ALIKE_STD:
        alike = {"layer": int(last["layer"]), "std": nice_number(last["std"]), "nodes": nodes}
        notes.append(("init.see_alike", alike))
    if activation == "relu" and last["std"] < VANISH_STD:
        row = finite[finite["std"] < VANISH_STD].iloc[0]
        dead = {"layer": int(row["layer"]), "std": nice_number(row["std"])}
        notes.append(("init.see_dead", dead))
    if len(finite) > 1 and first["std"] > 0:
        ratio = last["std"] / first["std"]
        growth = {
            "first": nice_number(first["std"]),
            "last": nice_number(last["std"]),
            "layer": int(last["layer"]),
        }
        if ratio > EXPLODE_RATIO:
            notes.append(("init.see_explode", {**growth, "ratio": nice_number(ratio)}))
        elif ratio < SHRINK_RATIO and not notes:
            notes.append(("init.see_shrink", growth))
    return notes


def _outside_notes(hist: pd.DataFrame) -> list[Note]:
    """The layer with the largest share of activations outside the drawn (0, 1) range, if
    that share is worth a note."""
    shares = hist[hist["quantity"] == "activation"].groupby("layer")["share"].sum()
    outside = 1.0 - shares
    if not len(outside) or outside.max() <= OUTSIDE_NOTE:
        return []
    layer = int(outside.index[int(np.argmax(outside.to_numpy()))])
    return [("init.see_outside", {"layer": layer, "percent": 100 * outside.max()})]


def _gradient_notes(stats: pd.DataFrame) -> list[Note]:
    """Whether the gradient's std grows, shrinks or holds from the last layer back to the
    first."""
    grad = stats[stats["quantity"] == "gradient"].sort_values("layer")
    grad = grad[np.isfinite(grad["std"])]
    if len(grad) < 2 or not (grad.iloc[-1]["std"] > 0 and grad.iloc[0]["std"] > 0):
        return []
    g_first, g_last = grad.iloc[0]["std"], grad.iloc[-1]["std"]
    args = {
        "first": nice_number(g_first),
        "last": nice_number(g_last),
        "layers": int(grad.iloc[-1]["layer"]),
    }
    if g_first / g_last > GRAD_CHANGE:
        return [("init.see_grad_grow", {**args, "ratio": nice_number(g_first / g_last)})]
    if g_last / g_first > GRAD_CHANGE:
        return [("init.see_grad_shrink", {**args, "ratio": nice_number(g_last / g_first)})]
    return [("init.see_grad_hold", args)]
