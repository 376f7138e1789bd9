"""The hyperparameter-search page (section 6.5): its controls, what a search costs (said before
it starts), the search itself as one shared run, and "narrow the range" afterwards.

pages/hyperparameters.py builds its Form from CONTROLS, then calls search_widgets, cost_note
and search_section.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import streamlit as st

from engine import cost
from engine.search import BOOK_DECAY_EXPONENTS, BOOK_LR_EXPONENTS, hyperparameter_search
from ui import dataset, live, predict
from ui.controls import Control, Interval, IntRange
from ui.export import download_csv
from ui.form import current_seed, set_control
from ui.hyperparameters import described, figures, notes, questions
from ui.i18n import t, t_each
from ui.numbers import nice_number
from ui.runs import Shown

PAGE = "hyperparameters"
TRIALS = IntRange("trials", 100, 10, 100, step=10)
EPOCHS = IntRange("epochs", 50, 5, 50, step=5)
LR_RANGE = Interval("lr_range", BOOK_LR_EXPONENTS, -8.0, -1.0, step=0.1)
DECAY_RANGE = Interval("decay_range", BOOK_DECAY_EXPONENTS, -10.0, -1.0, step=0.1)
CONTROLS: tuple[Control, ...] = (TRIALS, EPOCHS, LR_RANGE, DECAY_RANGE)
STEPS_PER_EPOCH = 4  # 400 training digits in minibatches of 100


def run_kwargs(values: Mapping, seed: int) -> dict:
    """engine.search.hyperparameter_search's arguments for the form's values (the book's
    data, network and batch are the function's defaults)."""
    return {
        "trials": values["trials"],
        "epochs": values["epochs"],
        "lr_exponents": tuple(values["lr_range"]),
        "decay_exponents": tuple(values["decay_range"]),
        "seed": seed,
    }


RANGE_KEYS = {  # a range's label, help and caption
    "lr_range": ("hyper.lr_range", "hyper.lr_range_help", "hyper.lr_range_caption"),
    "decay_range": ("hyper.decay_range", "hyper.decay_range_help", "hyper.decay_range_caption"),
}
SCATTER_LABELS = {
    "title": "hyper.scatter_title",
    "x": "hyper.scatter_x",
    "y": "hyper.scatter_y",
    "z": "hyper.scatter_z",
    "best": "hyper.scatter_best",
    "trials": "hyper.scatter_trials",
    "hover": "hyper.scatter_hover",
}
CURVE_LABELS = {
    "title": "hyper.curves_title",
    "x": "hyper.curves_x",
    "y": "hyper.curves_y",
    "validation": "hyper.curves_validation",
    "train": "hyper.curves_train",
}


def search_widgets(form) -> None:
    row = st.columns(2)
    form.widget("trials", t("hyper.trials"), help=t("hyper.trials_help"), container=row[0])
    form.widget("epochs", t("hyper.epochs"), help=t("hyper.epochs_help"), container=row[1])
    row = st.columns(2)
    for column, name in zip(row, RANGE_KEYS, strict=True):
        low, high = form[name]
        label, help_key, caption = RANGE_KEYS[name]
        form.widget(name, t(label), help=t(help_key), container=column)
        column.caption(t(caption, low=nice_number(10**low), high=nice_number(10**high)))


def cost_note(values: Mapping) -> None:
    """What the search will cost, before it starts: trials x epochs, the SGD steps, the time
    (engine.cost's model, which the queue's wait uses too: bench/search.py measured 0.0064
    CPU-seconds a trial-epoch on a core of its own; a busy machine stretches the wall time,
    which the live progress bar then tells)."""
    total = values["trials"] * values["epochs"]
    data = dataset.mnist()
    seconds = cost.run_seconds(
        hyperparameter_search.__name__, run_kwargs(values, 0), data.train_size, data.test_size
    )
    st.info(
        t(
            "hyper.cost",
            trials=values["trials"],
            epochs=values["epochs"],
            total=total,
            steps=total * STEPS_PER_EPOCH,
            most=TRIALS.high * EPOCHS.high,
            minutes=max(seconds / 60, 0.1),
        ),
        icon="⏱️",
    )


def figure_builder(kwargs: Mapping, epochs: int) -> Callable:
    """figures(run) for live.stream: the trials' scatter, then the best trials' curves."""
    scatter_labels, curve_labels = t_each(SCATTER_LABELS), t_each(CURVE_LABELS)

    lr_range, lam_range = kwargs["lr_exponents"], kwargs["decay_exponents"]

    def build(run: Shown):
        frame = run.frame
        table = notes.trial_table(frame)
        scatter = figures.trial_scatter(table, scatter_labels, lr_range, lam_range)
        curves = figures.best_curves(frame, table, curve_labels, epochs, notes.BEST_SHOWN)
        return [
            described.scatter(scatter, table, lr_range, lam_range),
            described.best_curves(curves, table, notes.BEST_SHOWN),
        ]

    return build


def best_metrics(frame) -> list[tuple]:
    """The best trial's validation and test accuracy, lr and λ as st.metric items (the test
    accuracy's delta: against its validation accuracy)."""
    found = notes.test_result(frame)
    if found is None:
        return []
    return [
        (t("hyper.m_val", trial=found["trial"]), f"{found['val']:.2f}", None),
        (t("hyper.m_test"), f"{found['test']:.3f}", t("hyper.m_test_delta", diff=found["diff"])),
        (t("hyper.m_lr"), nice_number(found["lr"]), None),
        (t("hyper.m_lam"), nice_number(found["lam"]), None),
    ]


def _narrow(region: Mapping[str, tuple[float, float]]) -> None:
    """on_click of "narrow the range": both ranges to the best trials' region."""
    set_control(PAGE, LR_RANGE, region["lr"])
    set_control(PAGE, DECAY_RANGE, region["lam"])


def search_section(form) -> live.Outcome:
    """The search at the form's settings, live through the shared trainers (one run for
    everyone asking for these settings; Stop cancels it when nobody else watches), then what
    it found, the test accuracy measured once, and "narrow the range"."""
    v = form.values
    kwargs = run_kwargs(v, current_seed())
    trials = v["trials"]
    dataset.caption()
    cost_note(v)
    names = {str(k): t("hyper.trial", trial=k) for k in range(1, trials + 1)}
    outcome = predict.stream(
        questions.test_question(trials, dataset.mnist().test_size),
        PAGE,
        hyperparameter_search,
        kwargs,
        figures=figure_builder(kwargs, v["epochs"]),
        metrics=best_metrics,
        run_names=names,
        auto_start=live.has_trained(PAGE),  # after a first Train, a new range searches at once
        csv_name="hyperparameter-search",
    )
    if outcome.status not in ("finished", "cached") or outcome.frame is None:
        return outcome
    table = notes.trial_table(outcome.frame)
    for key, args in notes.search_notes(table):
        st.markdown(t(key, **{k: _shown(k, a) for k, a in args.items()}))
    download_csv(table, "search-trials", label=t("hyper.table_csv"))
    region = notes.best_region(
        table, {"lr": (LR_RANGE.low, LR_RANGE.high), "lam": (DECAY_RANGE.low, DECAY_RANGE.high)}
    )
    if region is not None and (region["lr"], region["lam"]) != (
        tuple(v["lr_range"]),
        tuple(v["decay_range"]),
    ):
        ends = {
            f"{key}_{end}": nice_number(10 ** region[key][i])
            for key in ("lr", "lam")
            for i, end in enumerate(("low", "high"))
        }
        st.button(
            t("hyper.narrow", count=notes.narrow_count(len(table)), **ends),
            help=t("hyper.narrow_help"),
            on_click=_narrow,
            args=(region,),
            disabled=not (form.editable("lr_range") and form.editable("decay_range")),
            key="hyper:narrow",
        )
    return outcome


def _shown(key: str, value):
    """A note's number as the page writes it: accuracies with two decimals, rates as
    nice_number."""
    if key.startswith(("val", "rest_val")):
        return f"{value:.2f}"
    return nice_number(value) if isinstance(value, float) else value


def book_runs() -> list[tuple[str, Callable, dict]]:
    """The book's search (100 trials of 50 epochs), seed 0, as the page asks for it
    (ui/warm.py)."""
    defaults = {c.name: c.default for c in CONTROLS}
    return [(PAGE, hyperparameter_search, run_kwargs(defaults, 0))]
