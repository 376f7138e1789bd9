"""The 2-D page's controls, what they ask the engine for, and its live training section.

pages/plane.py builds its Form from CONTROLS, then calls, in this order: cap_epochs (before any
widget: no link trains longer than it may), lever_widgets (initial weights, activation, BN,
weight decay, dropout), network_widgets (data and training, folded away) and training_section
(the boundary, live, with the curves and the final numbers).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np
import streamlit as st

from engine.cost import most_epochs as most_within
from engine.plane import boundary_comparison, make_moons, regularizes, run_seconds
from engine.progress import BASELINE, MAIN
from ui import diagnosis, live, pins
from ui.choices import ACTIVATION_NAMES
from ui.controls import Choice, Control, Flag, FloatRange, IntRange, LogRange
from ui.form import current_seed
from ui.i18n import t, t_each
from ui.optimizers import OPTIMIZERS, optimizer_name
from ui.plane import described, figures, notes
from ui.runs import Shown

PAGE = "plane"
# Initial weight scales by the name a link uses: fixed stds, then the scaled presets.
INITS: dict[str, float | str] = {"0.01": 0.01, "0.1": 0.1, "1": 1.0, "xavier": "xavier", "he": "he"}
EPOCHS = IntRange("epochs", 500, 10, 1000, step=10)
LR = LogRange("lr", 0.1, 1e-3, 1.0)
CONTROLS: tuple[Control, ...] = (
    Choice("init", "he", tuple(INITS)),
    Choice("activation", "relu", ("relu", "sigmoid", "tanh")),
    Flag("bn", False),
    FloatRange("lambda", 0.0, 0.0, 0.1, step=0.001),
    FloatRange("dropout", 0.0, 0.0, 0.8, step=0.05),
    Flag("compare", True),
    Flag("test_points", False),
    # 100 noisy points, 3 x 64 units, plain SGD: the boundary curls around single points.
    IntRange("train_size", 100, 20, 200, step=10),
    FloatRange("noise", 0.4, 0.0, 0.8, step=0.05),
    IntRange("layers", 3, 1, 5),
    IntRange("width", 64, 8, 128, step=8),
    Choice("optimizer", "sgd", OPTIMIZERS),
    LR,
    EPOCHS,
)
CONTROLS += (pins.control([c for c in CONTROLS if c.name != "test_points"]),)
INIT_NAMES = {"xavier": "Xavier", "he": "He"}  # names in every language, as the book's
BUDGET_S = 2.0  # the CPU seconds (engine.plane.run_seconds) one link may cost the server
REDRAW_S = 0.2  # the boundary is quick to build and draw: up to five redraws a second


def run_kwargs(values: Mapping, seed: int) -> dict:
    """engine.plane.boundary_comparison's arguments for the form's values. The reference run
    is asked for only when a regularizer is on: without one, both runs would be the same, and
    a link with compare=0 shares its run."""
    regular = regularizes(values["lambda"], values["dropout"])
    return {
        "baseline": values["compare"] and regular,
        "train_size": values["train_size"],
        "noise": values["noise"],
        "hidden": (values["width"],) * values["layers"],
        "activation": values["activation"],
        "weight_init_std": INITS[values["init"]],
        "use_batchnorm": values["bn"],
        "weight_decay_lambda": values["lambda"],
        "dropout_ratio": values["dropout"],
        "optimizer": values["optimizer"],
        "lr": values["lr"],
        "epochs": values["epochs"],
        "seed": seed,
    }


def most_epochs(values: Mapping) -> int:
    """The most epochs these settings may train within BUDGET_S (both runs counted)."""
    kwargs = run_kwargs({**values, "epochs": EPOCHS.high}, seed=0)
    runs = 2 if kwargs["baseline"] else 1
    return most_within(
        lambda epochs: run_seconds(
            kwargs["train_size"], kwargs["hidden"], epochs, kwargs["use_batchnorm"], runs
        ),
        BUDGET_S,
        step=EPOCHS.step,
        most=EPOCHS.high,
    )


def cap_epochs(form) -> int | None:
    """Lower the epochs to what the settings may cost (before the slider is drawn, so it
    shows the epochs trained; the URL too). Returns the cap when it binds, else None."""
    most = most_epochs(form.values)
    lowered = form.cap("epochs", most)
    return most if lowered or most < EPOCHS.high else None


FLAGS = {  # the switches under the levers: (label, help)
    "bn": ("plane.bn", "plane.bn_help"),
    "compare": ("plane.compare", "plane.compare_help"),
    "test_points": ("plane.test_points", "plane.test_points_help"),
}


def lever_widgets(form) -> None:
    """Chapter 6's levers, in view: initial weights and activation; weight decay, dropout,
    Batch Normalization; and what to draw."""
    first, second = st.columns([3, 2]), st.columns(3)
    form.widget(
        "init",
        t("plane.init"),
        help=t("plane.init_help"),
        format_func=lambda v: INIT_NAMES.get(v) or t("plane.init_std", std=v),
        style="segmented",
        container=first[0],
    )
    form.widget(
        "activation",
        t("plane.activation"),
        help=t("plane.activation_help"),
        format_func=lambda v: t(ACTIVATION_NAMES[v]),  # as the weight-init page writes them
        style="segmented",
        container=first[1],
    )
    form.widget("lambda", t("plane.lambda"), help=t("plane.lambda_help"), container=second[0])
    form.widget("dropout", t("plane.dropout"), help=t("plane.dropout_help"), container=second[1])
    for name, (label, help_key) in FLAGS.items():
        form.widget(name, t(label), help=t(help_key), container=second[2])


def network_widgets(form, cap: int | None) -> None:
    """The data and the training, folded under one expander whose label sums them up."""
    v = form.values
    summary = t(
        "plane.network_header",
        train_size=v["train_size"],
        noise=v["noise"],
        layers=v["layers"],
        width=v["width"],
        optimizer=optimizer_name(v["optimizer"]),
        lr=v["lr"],
        epochs=v["epochs"],
    )
    with st.expander(summary):
        # The optimizer's four choices get a row's 3/5 (in a quarter of it "Adam" was cut off).
        data, net, train = st.columns(3), st.columns(2), st.columns([3, 2])
        form.widget(
            "train_size",
            t("plane.train_size"),
            help=t("plane.train_size_help"),
            container=data[0],
        )
        form.widget("noise", t("plane.noise"), help=t("plane.noise_help"), container=data[1])
        form.widget("epochs", t("plane.epochs"), help=t("plane.epochs_help"), container=data[2])
        if cap is not None:
            data[2].caption(t("plane.epochs_cap", most=cap, seconds=BUDGET_S))
        form.widget("layers", t("plane.layers"), help=t("plane.layers_help"), container=net[0])
        form.widget("width", t("plane.width"), help=t("plane.width_help"), container=net[1])
        form.widget(
            "optimizer",
            t("plane.optimizer"),
            help=t("plane.optimizer_help"),
            format_func=optimizer_name,
            style="segmented",
            container=train[0],
        )
        form.widget("lr", t("plane.lr"), help=t("plane.lr_help"), container=train[1])


def run_names(values: Mapping) -> dict[str, str]:
    """The runs' names on screen: the main run by its regularizers, the reference without."""
    lam, ratio = values["lambda"], values["dropout"]
    if lam > 0 and ratio > 0:
        main = t("plane.run_both", lam=lam, ratio=ratio)
    elif lam > 0:
        main = f"λ = {lam:g}"  # a formula: the same in every language
    elif ratio > 0:
        main = t("plane.run_dropout", ratio=ratio)
    else:
        main = t("plane.run_plain")
    return {MAIN: main, BASELINE: t("plane.run_baseline")}


def test_points(kwargs: Mapping) -> np.ndarray:
    """The run's 400 test points as (400, 3) x, y, class (the engine draws the same ones)."""
    data = make_moons(kwargs["train_size"], 400, kwargs["noise"], kwargs["seed"])
    return np.column_stack([data.x_test, data.t_test]).astype(np.float32)


def figure_builder(kwargs: Mapping, names: Mapping[str, str], show_test: bool) -> Callable:
    """figures(run) for live.stream: a row of boundaries (this run's, and beside it
    the run without the regularizers while one trains), then the curves."""
    labels, curve_labels = t_each(BOUNDARY_LABELS), t_each(CURVE_LABELS)
    tests = test_points(kwargs) if show_test else None

    def build(shown: Shown):
        frame, latest = shown.frame, shown.latest
        facts = notes.panel_facts(latest, frame)
        points = (latest or {}).get("points", np.zeros((0, 3), np.float32))
        runs = [run for run in (MAIN, BASELINE) if run == MAIN or run in facts]
        height = figures.PAIR_HEIGHT if len(runs) > 1 else figures.BOUNDARY_HEIGHT
        row = [
            described.boundary(
                figures.boundary_figure(
                    (latest or {}).get(figures.PANELS[run]),
                    points,
                    (names[run], t("plane.panel", **facts[run]) if run in facts else ""),
                    labels,
                    tests,
                    height,
                ),
                run,
                names[run],
                facts.get(run),
                frame,
            )
            for run in runs
        ]
        curves = figures.curves_figure(frame, curve_labels, names, kwargs["epochs"])
        return [row, described.curves(curves, frame, names)]

    return build


BOUNDARY_LABELS = {
    "class_0": "plane.fig_class_0",
    "class_1": "plane.fig_class_1",
    "train_points": "plane.fig_train_points",
    "test_points": "plane.fig_test_points",
    "boundary": "plane.fig_boundary",
    "p_hover": "plane.fig_p_hover",
    "waiting": "plane.fig_waiting",
}
CURVE_LABELS = {
    "title": "plane.curve_title",
    "x": "plane.curve_x",
    "acc": "plane.curve_acc",
    "norm": "plane.curve_norm",
    "train": "plane.curve_train",
    "test": "plane.curve_test",
}
METRIC_LABELS = {
    "train": "plane.m_train",
    "test": "plane.m_test",
    "gap": "plane.m_gap",
    "norm": "plane.m_norm",
}


LEVERS = {
    "lr": diagnosis.Lever("lr"),
    "weight_init_std": diagnosis.Lever("init", lambda value: value if value in INITS else None),
    "weight_decay_lambda": diagnosis.Lever("lambda"),
    "dropout_ratio": diagnosis.Lever("dropout"),
    "use_batchnorm": diagnosis.Lever("bn"),
}
"""Experiment argument -> the control a fix button sets (an init the menu lacks: no button)."""


def fix_targets(values: Mapping) -> dict:
    """Where a fix moves the learning rate on this page: its own 0.1 with SGD, shown to work
    here (the default); the book's for the other update rules (ui.diagnosis)."""
    return {"lr": LR.default} if values["optimizer"] == "sgd" else {}


def training_section(form) -> live.Outcome:
    """Train the form's settings live (at once: a run costs a second or two) and show the
    boundary, the curves, the final numbers and notes; returns ui.live's Outcome."""
    v = form.values
    kwargs = run_kwargs(v, current_seed())
    names = run_names(v)
    epochs = v["epochs"]
    metric_labels = t_each(METRIC_LABELS)

    def trouble(frame, diverged, explained):
        found = notes.trouble_notes(
            frame, diverged, epochs=epochs, settings=kwargs, explained=explained
        )
        return [
            t(key, **{**args, "run": names.get(str(args.get("run")), "")}) for key, args in found
        ]

    st.subheader(t("plane.fig_title"))
    pinned = pins.Pins(form, PAGE, boundary_comparison, run_kwargs)
    outcome = live.stream(
        PAGE,
        boundary_comparison,
        kwargs,
        figures=pinned.figures(figure_builder(kwargs, names, v["test_points"])),
        metrics=lambda frame: notes.metrics(frame, epochs, metric_labels),
        notes=trouble,
        run_names=names,
        auto_start=True,
        csv_name="decision-boundary",
        draw_key=pinned.draw_key(("test_points", v["test_points"])),
        redraw_s=REDRAW_S,
        explain=diagnosis.Explainer(form, LEVERS, chance=notes.CHANCE, book=fix_targets(v)),
        mnist=False,
    )
    st.caption(t("plane.reading"))
    if outcome.status in ("finished", "cached") and kwargs["baseline"]:
        st.caption(t("plane.delta_caption", baseline=names[BASELINE]))
    pinned.bar(outcome.status in ("finished", "cached"))
    return outcome


def book_runs() -> list[tuple[str, Callable, dict]]:
    """The page's run at its default settings, seed 0, as the page asks for it (ui/warm.py)."""
    return [(PAGE, boundary_comparison, run_kwargs({c.name: c.default for c in CONTROLS}, 0))]
