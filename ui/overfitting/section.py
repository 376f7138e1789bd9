"""The live training section the two overfitting pages (weight decay, dropout) share: the
book's network and training controls (folded under an expander) and the section itself.

    CONTROLS = section.controls(FloatRange("lambda", 0.1, 0.0, 1.0), epochs=200)
    form = Form("weight_decay", CONTROLS)
    ...page's own widgets...
    section.network_widgets(form)
    section.training_section(
        "weight_decay", form, {"weight_decay_lambda": "lambda"},
        run_names={MAIN: "λ = 0.1", BASELINE: "λ = 0"}, book=t("decay.book"),
    )
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from engine import cost
from engine.experiments import overfitting
from engine.progress import BASELINE, MAIN
from ui import dataset, diagnosis, live, pins, predict
from ui.controls import Choice, Control, Flag, IntRange, LogRange
from ui.form import current_seed
from ui.i18n import t, t_each
from ui.optimizers import OPTIMIZERS, optimizer_name
from ui.overfitting import described
from ui.overfitting.curves import accuracy_and_norm
from ui.overfitting.outcome import EARLY_EPOCHS, compared, metrics, trouble_notes
from ui.overfitting.questions import gap_question

EPOCHS_MOST = 500


def controls(*lever: Control, epochs: int) -> tuple[Control, ...]:
    """The page's own controls (`lever`) followed by the book's network and training settings
    (overfit_weight_decay / overfit_dropout: 300 digits, 6 x 100 ReLU, SGD 0.01), the number
    of digits limited to what the data set in use holds; last the pins (ui/pins.py) over all
    of them."""
    trained = (
        *lever,
        IntRange("epochs", epochs, 1, EPOCHS_MOST),
        Flag("compare", True),
        dataset.limited(IntRange("train_size", 300, 100, 2000, step=100)),
        IntRange("layers", 6, 1, 10),
        IntRange("width", 100, 10, 300, step=10),
        Choice("optimizer", "sgd", OPTIMIZERS),
        LogRange("lr", 0.01, 1e-4, 1.0),
    )
    return (*trained, pins.control(trained))


def network_widgets(form) -> None:
    """The network and training settings, folded away under one expander (the book's values
    are the defaults; the page's own lever stays in view)."""
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
        optimizer, lr = st.columns([3, 2])
        form.widget(
            "optimizer",
            t("overfit.optimizer"),
            help=t("overfit.optimizer_help"),
            format_func=optimizer_name,
            style="segmented",
            container=optimizer,
        )
        form.widget("lr", t("overfit.lr"), help=t("overfit.lr_help"), container=lr)


def most_epochs(values: Mapping) -> int:
    """The most epochs the form's settings may train within engine.cost.MAX_RUN_S (both
    runs counted when compared)."""
    data = dataset.mnist()

    def seconds(epochs: int) -> float:
        kwargs = run_kwargs({**values, "epochs": epochs}, {}, seed=0)
        return cost.run_seconds("overfitting", kwargs, data.train_size, data.test_size)

    return cost.most_epochs(seconds, cost.MAX_RUN_S, step=1, most=EPOCHS_MOST)


def epochs_widget(form, help: str, container) -> int:
    """The epochs slider, lowered first (widget and URL) to what the other settings may cost
    a trainer the whole class shares; a caption says so when that binds. A link asking for
    500 epochs of ten 300-unit layers on 2,000 digits would hold a trainer for minutes."""
    most = most_epochs(form.values)
    form.cap("epochs", most)
    epochs = form.widget("epochs", t("overfit.epochs"), help=help, container=container)
    if most < EPOCHS_MOST:
        container.caption(t("overfit.epochs_cap", most=most, minutes=cost.MAX_RUN_S / 60))
    return epochs


def run_kwargs(values: Mapping, lever: Mapping, seed: int) -> dict:
    """engine.experiments.overfitting's arguments for the page's control values (see
    `controls`), the lever (weight_decay_lambda, or dropout_ratio and dropout_mode) and seed."""
    return {
        "train_size": values["train_size"],
        "hidden": (values["width"],) * values["layers"],
        "epochs": values["epochs"],
        **lever,
        "optimizer": values["optimizer"],
        "lr": values["lr"],
        "baseline": values["compare"],
        "seed": seed,
    }


def lever_kwargs(values: Mapping, levers: Mapping[str, str], seed: int) -> dict:
    """`run_kwargs` with the page's levers (experiment argument -> the control that sets it:
    weight_decay_lambda -> lambda, or dropout_ratio and dropout_mode) read from `values`."""
    return run_kwargs(values, {arg: values[name] for arg, name in levers.items()}, seed)


LEVERS = {"lr": "lr", "weight_decay_lambda": "lambda", "dropout_ratio": "ratio"}
"""Experiment argument -> the overfitting pages' control that sets it (where the page has it)."""


def explainer(form) -> diagnosis.Explainer:
    """How the overfitting sections explain a run that blew up or stalled: a fix sets the
    learning rate, λ or the dropout ratio, whichever of them the page has. Runs of fewer than
    EARLY_EPOCHS (3 steps an epoch) are not called stalled: they may not have learned yet."""
    levers = {arg: diagnosis.Lever(name) for arg, name in LEVERS.items() if name in form.controls}
    return diagnosis.Explainer(form, levers, stall_after=EARLY_EPOCHS)


CURVE_LABELS = {
    "x": "overfit.x",
    "acc": "overfit.acc",
    "norm": "overfit.norm",
    "train": "overfit.train",
    "test": "overfit.test",
    "gap": "overfit.gap_label",
}


def curve_labels() -> dict[str, str]:
    """ui.overfitting.curves' labels in the current language."""
    return t_each(CURVE_LABELS)


def training_section(
    page: str, form, levers: Mapping[str, str], *, run_names: Mapping[str, str], book: str
):
    """Train the book's overfitting experiment live with the form's settings plus the page's
    levers (experiment argument -> control: weight_decay_lambda -> lambda, or dropout_ratio
    and dropout_mode) and show it, with the pinned runs faded in; returns the ui.live Outcome.

    The first time a page is shown it waits for Train; once the reader has trained there,
    every later change of a setting starts the new run at once (a slider moved is a question
    asked). A run that blows up or stalls is explained by ui.diagnosis; book: the book's
    recorded numbers, shown under the result.
    """
    v = form.values
    epochs = v["epochs"]
    names = dict(run_names) if v["compare"] else {MAIN: run_names[MAIN]}
    labels = curve_labels()

    def notes(frame, diverged, explained):
        texts = []
        for key, args in trouble_notes(frame, diverged, epochs=epochs, explained=explained):
            if "run" in args:
                args = {**args, "run": names.get(args["run"], args["run"])}
            texts.append(t(key, **args, lr=v["lr"]))
        return texts

    def kwargs_of(values: Mapping, seed: int) -> dict:
        return lever_kwargs(values, levers, seed)

    dataset.caption()
    pinned = pins.Pins(form, page, overfitting, kwargs_of)
    with_pins = pinned.figures(lambda run: accuracy_and_norm(run.frame, labels, names, epochs))
    outcome = predict.stream(  # live.stream, with a lesson link's question first
        gap_question(page, run_names, epochs, v["compare"]),
        page,
        overfitting,
        kwargs_of(v, current_seed()),
        figures=lambda run: described.accuracy(with_pins(run), run.frame, names),
        draw_key=pinned.draw_key(None),
        metrics=lambda frame: metrics(frame, epochs),
        notes=notes,
        run_names=names,
        auto_start=live.has_trained(page),  # after a first Train, a moved slider trains
        csv_name=page,
        explain=explainer(form),
    )
    if outcome.status in ("finished", "cached") and compared(outcome.frame, epochs):
        st.caption(t("overfit.delta_caption", baseline=names[BASELINE]))
    st.caption(book)
    pinned.bar(outcome.status in ("finished", "cached"))
    return outcome
