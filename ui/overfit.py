"""What the two overfitting pages (weight decay, dropout) share: the book's network and training
controls, the live training section (train solid / test dashed accuracy beside the weight norm,
final numbers with their change against the run without the technique, CSV), and the notes on
numerical trouble.

    CONTROLS = overfit.controls(state.FloatRange("lambda", 0.1, 0.0, 1.0), epochs=200)
    form = state.Form("weight_decay", CONTROLS)
    ...page's own widgets...
    overfit.network_widgets(form)
    overfit.training_section(
        "weight_decay", form, {"weight_decay_lambda": lam},
        run_names={"main": "λ = 0.1", "baseline": "λ = 0"}, strong_lever=lam >= 0.5,
        stuck_hint=t("decay.stuck_hint"), book=t("decay.book"),
    )

The pure half (`curves`, `final_numbers`, `trouble_notes`) is tested without Streamlit.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ui import charts, state
from ui.i18n import t

CHANCE = 0.1  # ten digits: accuracy of guessing
STUCK_MARGIN = 0.05  # final test accuracy within this of chance counts as "stuck"
EARLY_EPOCHS = 50  # fewer epochs than this: "not learned yet" rather than "stuck"
LOG_NORM_RATIO = 100.0  # weight norms spanning more than this get a log axis
OPTIMIZERS = ("sgd", "momentum", "adagrad", "adam")
OPTIMIZER_NAMES = {"sgd": "SGD", "adagrad": "AdaGrad", "adam": "Adam"}  # names in every language


def controls(*lever: state.Control, epochs: int) -> tuple[state.Control, ...]:
    """The page's own controls (`lever`) followed by the book's network and training settings
    (overfit_weight_decay / overfit_dropout: 300 digits, 6 x 100 ReLU, SGD 0.01)."""
    return (
        *lever,
        state.IntRange("epochs", epochs, 1, 500),
        state.Flag("compare", True),
        state.IntRange("train_size", 300, 100, 2000, step=100),
        state.IntRange("layers", 6, 1, 10),
        state.IntRange("width", 100, 10, 300, step=10),
        state.Choice("optimizer", "sgd", OPTIMIZERS),
        state.LogRange("lr", 0.01, 1e-4, 1.0),
    )


def optimizer_name(key: str) -> str:
    return OPTIMIZER_NAMES.get(key) or t(f"overfit.opt_{key}")


def network_widgets(form) -> None:
    """The network and training settings, folded away under one expander (the book's values
    are the defaults; the page's own lever stays in view)."""
    import streamlit as st

    v = form.values
    summary = t(
        "overfit.network_header",
        train_size=v["train_size"],
        layers=v["layers"],
        width=v["width"],
        optimizer=optimizer_name(v["optimizer"]),
        lr=v["lr"],
    )
    with st.expander(summary):
        row = st.columns(3)
        form.widget(
            "train_size",
            t("overfit.train_size"),
            help=t("overfit.train_size_help"),
            container=row[0],
        )
        form.widget("layers", t("overfit.layers"), help=t("overfit.layers_help"), container=row[1])
        form.widget("width", t("overfit.width"), help=t("overfit.width_help"), container=row[2])
        row = st.columns([3, 2])
        form.widget(
            "optimizer",
            t("overfit.optimizer"),
            help=t("overfit.optimizer_help"),
            format_func=optimizer_name,
            style="segmented",
            container=row[0],
        )
        form.widget("lr", t("overfit.lr"), help=t("overfit.lr_help"), container=row[1])


# ------------------------------------------------------------------ pure: figures and numbers


def curves(
    frame: pd.DataFrame,
    labels: Mapping[str, str],
    run_names: Mapping[str, str],
    epochs: int,
) -> go.Figure:
    """Accuracy (train solid, test dashed) beside the weight norm, one colour per run.

    frame: engine.overfitting rows (run, epoch, train_acc, test_acc, weight_norm).
    labels: "title", "x", "acc", "norm", "train", "test".
    The epoch axis is fixed to [0, epochs] so live curves grow into a frame that stays put; the
    norm axis starts at 0 (the shrinking is the point) unless the norms span more than
    LOG_NORM_RATIO, when it turns logarithmic (a blowing-up run before it diverges).
    """
    x_range = (0, max(epochs, 1))
    acc = charts.accuracy_curves(
        frame,
        {"x": labels["x"], "y": labels["acc"]},
        run_names=run_names,
        split_names={"train_acc": labels["train"], "test_acc": labels["test"]},
        x_range=x_range,
    )
    norms = frame["weight_norm"].to_numpy(dtype=float)
    norms = norms[np.isfinite(norms) & (norms > 0)]
    log_y = len(norms) > 0 and norms.max() / norms.min() > LOG_NORM_RATIO
    norm = charts.line_chart(
        frame,
        x="epoch",
        y="weight_norm",
        color="run",
        names=run_names,
        labels={"x": labels["x"], "y": labels["norm"]},
        log_y=log_y,
        x_range=x_range,
    )
    if not log_y:
        norm.update_yaxes(rangemode="tozero")
    norm.update_yaxes(exponentformat="power")
    return charts.side_by_side(
        [acc, norm], title=labels.get("title"), legend_panels=(0,), widths=(0.6, 0.4)
    )


def final_numbers(frame: pd.DataFrame, epochs: int) -> dict[str, dict]:
    """Each run's last row as {"train", "test", "gap", "norm", "epoch", "finished"}.

    finished is False for a run whose rows end before `epochs` (it diverged, or the frame is a
    partial one): its numbers are not final.
    """
    out = {}
    for run, d in frame.groupby("run", sort=False):
        last = d.sort_values("epoch").iloc[-1]
        out[run] = {
            "train": float(last["train_acc"]),
            "test": float(last["test_acc"]),
            "gap": float(last["train_acc"] - last["test_acc"]),
            "norm": float(last["weight_norm"]),
            "epoch": int(last["epoch"]),
            "finished": int(last["epoch"]) >= epochs,
        }
    return out


def trouble_notes(
    frame: pd.DataFrame,
    diverged: Mapping[str, int],
    *,
    epochs: int,
    strong_lever: bool,
) -> list[tuple[str, dict]]:
    """Notes on runs that did not learn: [(string key, format args)], keys under "overfit.".

    A run that diverged gets a hint about the learning rate (ui.live already says where it
    diverged). A finished run whose test accuracy ended within STUCK_MARGIN of chance is
    "early" (fewer than EARLY_EPOCHS epochs), or "stuck"; the cause suggested is the page's
    lever when `strong_lever` (lambda or ratio large) and the run without it learned, else the
    training settings. args: "run" (engine run name), "test", "epoch".
    """
    notes: list[tuple[str, dict]] = []
    if diverged:
        notes.append(("overfit.diverged_hint", {}))
    numbers = final_numbers(frame, epochs) if not frame.empty else {}
    stuck = {
        run: n
        for run, n in numbers.items()
        if run not in diverged and n["finished"] and n["test"] <= CHANCE + STUCK_MARGIN
    }
    baseline_learned = "baseline" in numbers and "baseline" not in stuck | dict(diverged)
    for run, n in stuck.items():
        args = {"run": run, "test": n["test"], "epoch": n["epoch"]}
        if epochs < EARLY_EPOCHS:
            notes.append(("overfit.early", args))
        elif run == "main" and strong_lever and (baseline_learned or "baseline" not in numbers):
            notes.append(("overfit.stuck_lever", args))
        else:
            notes.append(("overfit.stuck_training", args))
    return notes


def _delta(value: float, base: float | None, fmt: str, baseline_name: str) -> str | None:
    """The change against the baseline; it starts with its sign, which st.metric's arrow reads."""
    if base is None or not math.isfinite(base):
        return None
    return t("overfit.vs_baseline", delta=format(value - base, fmt), baseline=baseline_name)


def metrics(frame: pd.DataFrame, epochs: int, run_names: Mapping[str, str]) -> list[tuple]:
    """The main run's final train and test accuracy, gap and weight norm as st.metric items,
    each with its change against the run without the technique (when it was trained)."""
    numbers = final_numbers(frame, epochs)
    main = numbers.get("main")
    base = numbers.get("baseline")
    base = base if base is not None and base["finished"] else None
    name = run_names.get("baseline", "baseline")
    items = []
    for key, label, colour, fmt in (
        ("train", "overfit.m_train", "off", ".3f"),
        ("test", "overfit.m_test", "normal", ".3f"),
        ("gap", "overfit.m_gap", "inverse", ".3f"),
        ("norm", "overfit.m_norm", "off", ".3g"),
    ):
        if main is None or not main["finished"]:
            items.append((t(label), "—", None, colour))
            continue
        delta = _delta(main[key], base[key] if base else None, "+" + fmt, name)
        items.append((t(label), format(main[key], fmt), delta, colour))
    return items


# ------------------------------------------------------------------ the live section

_STARTED = "_overfit.started."  # + page: the reader has trained on this page in this session


def training_section(
    page: str,
    form,
    lever: Mapping,
    *,
    run_names: Mapping[str, str],
    strong_lever: bool,
    stuck_hint: str,
    book: str,
):
    """Train the book's overfitting experiment live with the form's settings plus `lever`
    (weight_decay_lambda, or dropout_ratio and dropout_mode) and show it; returns the
    ui.live Outcome.

    The first time a page is shown it waits for Train; once the reader has trained there,
    every later change of a setting starts the new run at once (a slider moved is a question
    asked). stuck_hint: the page's sentence on why its lever can stop learning. book: the
    book's recorded numbers, shown under the result.
    """
    import streamlit as st

    from engine.experiments import overfitting
    from ui import live

    v = form.values
    epochs = v["epochs"]
    kwargs = {
        "train_size": v["train_size"],
        "hidden": (v["width"],) * v["layers"],
        "epochs": epochs,
        **lever,
        "optimizer": v["optimizer"],
        "lr": v["lr"],
        "baseline": v["compare"],
        "seed": state.seed(),
    }
    names = dict(run_names) if v["compare"] else {"main": run_names["main"]}
    labels = {
        "x": t("overfit.x"),
        "acc": t("overfit.acc"),
        "norm": t("overfit.norm"),
        "train": t("overfit.train"),
        "test": t("overfit.test"),
    }

    def notes(frame, diverged):
        texts = []
        for key, args in trouble_notes(frame, diverged, epochs=epochs, strong_lever=strong_lever):
            if "run" in args:
                args = {**args, "run": names.get(args["run"], args["run"])}
            texts.append(t(key, **args, hint=stuck_hint, lr=v["lr"]))
        return texts

    started = _STARTED + page
    if st.session_state.get(f"live:{page}:action"):  # the Train button was just pressed
        st.session_state[started] = True
    outcome = live.stream(
        page,
        overfitting,
        kwargs,
        figures=lambda frame: curves(frame, labels, names, epochs),
        metrics=lambda frame: metrics(frame, epochs, names),
        notes=notes,
        run_names=names,
        auto_start=st.session_state.get(started, False),
        csv_name=page,
    )
    if outcome.status != "idle":
        st.session_state[started] = True
    st.caption(book)
    return outcome
