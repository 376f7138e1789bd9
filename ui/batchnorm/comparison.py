"""BN against no BN at one weight scale: the final training accuracies, the curves (with BN
solid, without dashed) and what the comparison shows, as (string key, format args). Pure."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from engine.initializers import weight_scale
from engine.progress import last_rows
from ui import diagnosis
from ui.figures.lines import line_chart

HIDDEN = 100  # batch_norm_test's hidden layers: what "the He scale" means on this page


def bn_curves(
    frame: pd.DataFrame,
    labels: Mapping[str, str],
    names: Mapping,
    *,
    y: str = "train_acc",
    x_range: Sequence[float] | None = None,
) -> go.Figure:
    """With BN (solid) vs without (dashed); names: {True: "with BN", False: "without BN"}.
    x_range: a fixed epoch axis, so live curves grow into a frame that stays put."""
    return line_chart(
        frame,
        x="epoch",
        y=y,
        color="batchnorm",
        names=names,
        dash="batchnorm",
        dash_names={k: "" for k in names},
        labels=labels,
        y_range=(0, 1.02) if y.endswith("acc") else None,
        x_range=x_range,
    )


def final_accuracies(frame: pd.DataFrame, epochs: int) -> pd.DataFrame:
    """Per weight scale and run (batchnorm True/False): the training accuracy after `epochs`
    epochs, NaN for a run that stopped earlier (it diverged)."""
    rows = []
    for _, last in last_rows(frame, ["weight_init_std", "batchnorm"]).iterrows():
        acc = float(last["train_acc"]) if int(last["epoch"]) >= epochs else math.nan
        rows.append(
            {
                "weight_init_std": last["weight_init_std"],
                "batchnorm": bool(last["batchnorm"]),
                "train_acc": acc,
            }
        )
    return pd.DataFrame(rows, columns=["weight_init_std", "batchnorm", "train_acc"])


WIN_MARGIN = 0.05  # accuracy difference below which the two runs end about even
CHANCE = 0.2  # 10 digits: a network near 0.1 has learned nothing


def comparison_notes(frame: pd.DataFrame, epochs: int) -> list[tuple[str, dict]]:
    """What the comparison at one scale shows, once both runs are done (keys "batchnorm.")."""
    finals = final_accuracies(frame, epochs).set_index("batchnorm")["train_acc"]
    bn, plain = finals.get(True, math.nan), finals.get(False, math.nan)
    notes: list[tuple[str, dict]] = []
    if math.isnan(bn):
        return notes
    args = {"bn": bn, "plain": plain}
    if math.isnan(plain):
        notes.append(("batchnorm.see_plain_diverged", {"bn": bn}))
    elif bn - plain > WIN_MARGIN:
        notes.append(("batchnorm.see_bn_wins", args))
    elif plain - bn > WIN_MARGIN:
        notes.append(("batchnorm.see_bn_loses", args))
    else:
        notes.append(("batchnorm.see_even", args))
    if not math.isnan(plain) and plain < CHANCE:
        notes.append(("batchnorm.see_chance", {"plain": plain}))
    return notes


def run_kwargs(values: Mapping, seed: int) -> dict:
    """engine.experiments.batchnorm_comparison's arguments for the page's control values."""
    return {
        "weight_init_std": values["scale"],
        "epochs": values["epochs"],
        "train_size": values["train_size"],
        "seed": seed,
    }


def grid_kwargs(values: Mapping, seed: int) -> dict:
    """engine.experiments.batchnorm_grid's arguments: the comparison's, every scale."""
    return {"epochs": values["epochs"], "train_size": values["train_size"], "seed": seed}


def explainer(form) -> diagnosis.Explainer:
    """How the comparison explains a run that blew up or stalled: a fix sets the weight scale
    ("he" becomes He's sqrt(2 / HIDDEN), then the slider's nearest value)."""
    he = diagnosis.Lever("scale", lambda value: weight_scale(value, HIDDEN))
    return diagnosis.Explainer(form, {"weight_init_std": he})
