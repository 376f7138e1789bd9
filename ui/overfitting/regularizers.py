"""Regularizers side by side (on the dropout page): the book's overfitting network trained five
ways from one seed on one set of mini-batches (engine.experiments.regularizers: none, weight
decay, dropout, both, Batch Normalization), train and test accuracy of all five on one figure
with each run's gap bracketed at the end and the weight norm beside it (ui.overfitting.curves),
then a table of the final numbers and what they show.

    CONTROLS = (*section.controls(ratio, mode, epochs=300), regularizers.LAMBDA)
    form = Form("dropout", CONTROLS)
    ...
    regularizers.overlay_section(form)

It follows the page's controls (dropout ratio and convention, epochs, network and training
settings, the sidebar's seed) and has one of its own, λ for the runs with weight decay. It is
one ui.live section: shared by every student with the same settings, stored when finished.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import pandas as pd
import streamlit as st

from engine.experiments import BN, BOTH, DECAY, DROPOUT, NONE, REGULARIZER_RUNS, regularizers
from engine.progress import last_rows
from ui import dataset, live
from ui.controls import FloatRange
from ui.form import current_seed
from ui.i18n import t
from ui.numbers import nice_number
from ui.overfitting import described
from ui.overfitting.curves import accuracy_and_norm
from ui.overfitting.outcome import CHANCE, STUCK_MARGIN
from ui.overfitting.section import curve_labels, explainer

NAME = "regularizers"  # the live section's name: its run key and widget keys
LAMBDA = FloatRange("lambda", 0.1, 0.0, 1.0, step=0.01)  # the decay runs' λ (the book's 0.1)
FIT = 0.9  # "fits the training digits": training accuracy from this on


def run_kwargs(values: Mapping, seed: int) -> dict:
    """engine.experiments.regularizers' arguments for the dropout page's control values."""
    return {
        "epochs": values["epochs"],
        "weight_decay_lambda": values["lambda"],
        "dropout_ratio": values["ratio"],
        "dropout_mode": values["mode"],
        "train_size": values["train_size"],
        "hidden": (values["width"],) * values["layers"],
        "optimizer": values["optimizer"],
        "lr": values["lr"],
        "seed": seed,
    }


def run_names(values: Mapping) -> dict[str, str]:
    """The five runs' legend names, with their own λ and ratio."""
    lam, ratio = values["lambda"], values["ratio"]
    return {
        NONE: t("reg.run_none"),
        DECAY: t("reg.run_decay", lam=lam),
        DROPOUT: t("reg.run_dropout", ratio=ratio),
        BOTH: t("reg.run_both", lam=lam, ratio=ratio),
        BN: t("reg.run_bn"),
    }


# ---------------------------------------------------------------- the numbers (pure)


def summary(frame: pd.DataFrame, epochs: int, diverged: Mapping[str, int]) -> pd.DataFrame:
    """One row per run in REGULARIZER_RUNS order (runs with no rows left out): run, epoch (its
    last), train, test, gap (train - test), norm (weight norm), status: "done" (reached
    `epochs`), "chance" (done, test accuracy within STUCK_MARGIN of chance), "diverged", or
    "partial" (a stopped run)."""
    columns = ["run", "epoch", "train", "test", "gap", "norm", "status"]
    if frame is None or frame.empty:
        return pd.DataFrame(columns=columns)
    lasts = {str(r["run"]): r for r in last_rows(frame).to_dict("records")}
    rows = []
    for run in REGULARIZER_RUNS:
        if run not in lasts:
            continue
        last = lasts[run]
        epoch, train, test = int(last["epoch"]), float(last["train_acc"]), float(last["test_acc"])
        if run in diverged:
            status = "diverged"
        elif epoch < epochs:
            status = "partial"
        else:
            status = "chance" if test <= CHANCE + STUCK_MARGIN else "done"
        rows.append([run, epoch, train, test, train - test, float(last["weight_norm"]), status])
    return pd.DataFrame(rows, columns=columns)


def findings(frame: pd.DataFrame, numbers: pd.DataFrame) -> list[tuple[str, dict]]:
    """What the finished runs show, as (string key, args) under "reg."; args "run" are engine
    run names. The smallest gap (and, if that run learned nothing, the smallest among the runs
    that learned), the best test accuracy, the smallest weights, the first run to fit the
    training digits (training accuracy FIT). Only runs that reached the last epoch count."""
    done = {
        str(r["run"]): r for r in numbers.to_dict("records") if r["status"] in ("done", "chance")
    }
    if not done:
        return []
    learned = [run for run in done if done[run]["status"] == "done"]
    none = (
        {"none": done[NONE]["gap"], "none_norm": nice_number(done[NONE]["norm"])}
        if NONE in done
        else {}
    )
    notes: list[tuple[str, dict]] = []
    smallest = min(done, key=lambda run: done[run]["gap"])
    if smallest not in learned:
        notes.append(("reg.see_gap_chance", _args(done[smallest])))
    if learned:
        smallest = min(learned, key=lambda run: done[run]["gap"])
        plain = not none or smallest == NONE
        notes.append(
            ("reg.see_gap_plain" if plain else "reg.see_gap", _args(done[smallest]) | none)
        )
        best = max(learned, key=lambda run: done[run]["test"])
        notes.append(("reg.see_test", _args(done[best])))
    lightest = min(done, key=lambda run: done[run]["norm"])
    plain = not none or lightest == NONE
    notes.append(("reg.see_norm_plain" if plain else "reg.see_norm", _args(done[lightest]) | none))
    reached = frame[frame["train_acc"] >= FIT].groupby("run")["epoch"].min()
    fits = {str(run): int(epoch) for run, epoch in reached.items() if run in done}
    if fits:
        first = min(fits, key=lambda run: fits[run])
        notes.append(("reg.see_fit", {"run": first, "epoch": fits[first], "fit": FIT}))
    return notes


def _args(row: Mapping) -> dict:
    """A run's numbers for the notes; ‖W‖ with three significant digits, as in the table."""
    return {
        "run": row["run"],
        "gap": row["gap"],
        "test": row["test"],
        "norm": nice_number(row["norm"]),
    }


def table(numbers: pd.DataFrame, names: Mapping[str, str]) -> pd.DataFrame:
    """The summary as the page shows it: translated headers, three decimals, the status."""
    status = {
        "done": lambda r: t("reg.status_done", epoch=r["epoch"]),
        "chance": lambda r: t("reg.status_chance", epoch=r["epoch"]),
        "partial": lambda r: t("reg.status_partial", epoch=r["epoch"]),
        "diverged": lambda r: t("reg.status_diverged", epoch=r["epoch"]),
    }
    return pd.DataFrame(
        {
            t("reg.col_run"): [names.get(r, r) for r in numbers["run"]],
            t("reg.col_train"): [f"{v:.3f}" for v in numbers["train"]],
            t("reg.col_test"): [f"{v:.3f}" for v in numbers["test"]],
            t("reg.col_gap"): [f"{v:.3f}" for v in numbers["gap"]],
            t("reg.col_norm"): [  # 35.0 beside 35.3; a norm that overflowed: no "nan"
                nice_number(v) if math.isfinite(v) else "—" for v in numbers["norm"]
            ],
            t("reg.col_status"): [status[r["status"]](r) for _, r in numbers.iterrows()],
        }
    )


# ---------------------------------------------------------------- the section


def overlay_section(form) -> live.Outcome:
    """The section: its heading and λ, the five runs live, the table and what it shows."""
    st.header(t("reg.header"))
    v = form.values
    st.markdown(t("reg.intro", **{k: v[k] for k in ("layers", "width", "train_size", "epochs")}))
    form.widget("lambda", t("reg.lambda"), help=t("reg.lambda_help"))
    v = form.values
    epochs, names = v["epochs"], run_names(v)
    labels = curve_labels() | {"title": t("reg.figure_title")}
    dataset.caption()
    outcome = live.stream(
        NAME,
        regularizers,
        run_kwargs(v, current_seed()),
        figures=lambda run: described.accuracy(
            accuracy_and_norm(run.frame, labels, names, epochs, legend_per_run=True),
            run.frame,
            names,
        ),
        run_names=names,
        auto_start=live.has_trained(NAME),
        csv_name="regularizers",
        explain=explainer(form),
    )
    if outcome.frame is None or outcome.frame.empty:
        st.caption(t("reg.book"))
        return outcome
    numbers = summary(outcome.frame, epochs, outcome.diverged)
    st.markdown(f"**{t('reg.table_header')}**")
    st.table(table(numbers, names), hide_index=True)  # an HTML table: a phone wraps it
    for key, args in findings(outcome.frame, numbers):
        st.markdown(t(key, **{**args, "run": names.get(str(args["run"]), str(args["run"]))}))
    st.caption(t("reg.book"))
    return outcome
