"""The parameter-update page (section 6.1): its controls, the race on f(x, y) = x²/20 + y² and
the same four rules on MNIST.

pages/updates.py builds its Form from CONTROLS, then calls race_section (the learning rates,
the start, the animated paths and what they show), rules.rules_section (formulas and the
engine's code) and mnist_section (the book's optimizer_compare_mnist, live).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd
import streamlit as st

from engine.descent import BOOK_LRS, BOOK_START, BOOK_STEPS, optimizer_race
from engine.experiments import optimizer_comparison
from engine.optimizers import BOOK_LR
from ui import chart, dataset, live, predict
from ui.controls import Control, FloatRange, IntRange, LogRange
from ui.export import download_csv
from ui.form import current_seed
from ui.i18n import t, t_each
from ui.numbers import nice_number
from ui.optimizers import OPTIMIZERS, optimizer_name
from ui.shared import shared
from ui.updates import described, mnist, notes, questions, race

PAGE = "updates"
MNIST_SECTION = "optimizer_comparison"
RULES = OPTIMIZERS  # the book's order: SGD, Momentum, AdaGrad, Adam
START = {  # the race's start and length: (label, help)
    "x0": ("updates.x0", "updates.x0_help"),
    "y0": ("updates.y0", "updates.y0_help"),
    "steps": ("updates.steps", "updates.steps_help"),
}
RACE_LABELS = {
    "title": "updates.race_title",
    "play": "updates.race_play",
    "pause": "updates.race_pause",
    "step": "updates.race_step",
}
MNIST_LABELS = {"title": "updates.mnist_title", "x": "updates.mnist_x", "y": "updates.mnist_y"}
CONTROLS: tuple[Control, ...] = (
    # One learning rate per rule, the book's on the slider even where it is not a round number.
    *(
        LogRange(f"lr_{rule}", BOOK_LRS[rule], 1e-3, 10.0, extra=(BOOK_LRS[rule],))
        for rule in RULES
    ),
    FloatRange("x0", BOOK_START[0], -10.0, 10.0, step=0.5),
    FloatRange("y0", BOOK_START[1], -5.0, 5.0, step=0.5),
    IntRange("steps", BOOK_STEPS, 1, 100),
    IntRange("iterations", 2000, 10, 2000, step=10),
)


def race_kwargs(values: Mapping) -> dict:
    """engine.descent.optimizer_race's arguments for the form's values."""
    return {
        "lrs": {rule: values[f"lr_{rule}"] for rule in RULES},
        "start": (values["x0"], values["y0"]),
        "steps": values["steps"],
    }


def rule_names() -> dict[str, str]:
    return {rule: optimizer_name(rule) for rule in RULES}


def race_widgets(form) -> None:
    for column, rule in zip(st.columns(4), RULES, strict=True):
        form.widget(
            f"lr_{rule}",
            t("updates.lr", rule=optimizer_name(rule)),
            help=t("updates.lr_help", book=BOOK_LRS[rule]),
            container=column,
        )
    for column, (name, (label, help_key)) in zip(st.columns(3), START.items(), strict=True):
        form.widget(name, t(label), help=t(help_key), container=column)


def race_section(form) -> pd.DataFrame:
    """The race at the form's settings: widgets, the question a lesson asks, the animated
    panels, what each path did, and the paths as CSV. Returns the paths."""
    st.header(t("updates.race_header"))
    st.markdown(t("updates.race_intro"))
    race_widgets(form)
    kwargs = race_kwargs(form.values)
    settings = (PAGE, "race", repr(sorted(kwargs.items())))
    paths = shared(settings, "paths", lambda: optimizer_race(**kwargs))
    names = rule_names()
    predict.ask_first(questions.race_question(names, kwargs["steps"]), settings, paths)
    # A name and a formula: the same in every language.
    titles = {rule: f"{names[rule]} · η = {lr:g}" for rule, lr in kwargs["lrs"].items()}
    labels = t_each(RACE_LABELS)
    labels |= {"x": "x", "y": "y"}  # the function's variables: the same in every language
    drawn = shared(  # the figure and its words, built once for everyone at these settings
        settings,
        "chart",
        lambda: described.race(
            race.race_figure(paths, labels, titles, kwargs["steps"]), paths, titles
        ),
    )
    chart.draw(drawn, key="updates:race")
    st.caption(t("updates.race_caption"))
    for key, args in notes.race_notes(notes.race_facts(paths)):
        args = {**args, "rule": names[args["rule"]]}
        if "f" in args:
            args |= {"f": nice_number(args["f"]), "f0": nice_number(args["f0"])}
        st.markdown(t(key, **args))
    download_csv(paths, "optimizer-race")
    return paths


def mnist_section(form) -> live.Outcome:
    """The book's optimizer_compare_mnist, trained live through the shared trainers: the
    smoothed losses, each rule's final mean loss, and the book's printed losses beside ours."""
    st.header(t("updates.mnist_header"))
    st.markdown(t("updates.mnist_intro"))
    dataset.caption()
    iterations = form.widget(
        "iterations", t("updates.iterations"), help=t("updates.iterations_help")
    )
    names = rule_names()
    legend = {rule: t("updates.mnist_run", rule=names[rule], lr=BOOK_LR[rule]) for rule in RULES}
    labels = t_each(MNIST_LABELS)

    def metrics(frame: pd.DataFrame):
        finals = notes.final_losses(frame)
        return [
            (t("updates.mnist_final", rule=names[r]), f"{finals[r]:.3f}", None)
            for r in RULES
            if r in finals
        ]

    outcome = predict.stream(
        questions.mnist_question(names, iterations),
        MNIST_SECTION,
        optimizer_comparison,
        run_kwargs(form.values, current_seed()),
        figures=lambda run: described.losses(
            mnist.loss_figure(run.frame, labels, legend, iterations), run.frame, names
        ),
        metrics=metrics,
        run_names=legend,
        auto_start=live.has_trained(MNIST_SECTION),
        csv_name="optimizer-comparison",
    )
    st.caption(t("updates.mnist_axis"))
    st.markdown(f"**{t('updates.mnist_book_header')}**")
    finals = notes.final_losses(outcome.frame) if outcome.status in ("finished", "cached") else {}
    columns = (
        t("updates.col_rule"),
        t("updates.col_ours", last=notes.LAST_ITERATIONS),
        t("updates.col_book"),
    )
    st.table(mnist.comparison_table(finals, names, columns), hide_index=True)
    st.caption(t("updates.mnist_book", last=notes.LAST_ITERATIONS))
    return outcome


def run_kwargs(values: Mapping, seed: int) -> dict:
    """optimizer_comparison's arguments for the form's values (the book's learning rates are
    its defaults)."""
    return {"iterations": values["iterations"], "seed": seed}


def book_runs() -> list[tuple[str, Callable, dict]]:
    """The MNIST comparison at the page's default settings (the book's), seed 0, as the page
    asks for it (ui/warm.py)."""
    defaults = {c.name: c.default for c in CONTROLS}
    return [(MNIST_SECTION, optimizer_comparison, run_kwargs(defaults, 0))]
