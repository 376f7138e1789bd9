"""When a run blows up or stalls, say where and why, under every training section: which
layer's activation or weight-gradient std left its sane range first, at which epoch, the
likely cause in one sentence with the run's own numbers, and a button that sets the control
that would fix it: to the book's value, once per page, saying what to expect. A control a lesson
link locked or hid is never changed: the note says the teacher set it, and offers the page
unlocked with the fix.

    explainer = diagnosis.Explainer(form, {"lr": diagnosis.Lever("lr")})
    live.stream(..., explain=explainer)

engine.diagnosis finds the trouble and the cause (keys and numbers); this module turns them into
sentences and buttons. ui.live calls `found` once per finished run (shared by every viewer) and
`show` in each reader's page. A fix goes through ui.form.set_control: the widget, the address
and the next run agree. A lesson folder's section passes its page's levers, never the other way.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import streamlit as st

from engine.diagnosis import (
    BOOK_DROPOUT_RATIO,
    BOOK_LAMBDA,
    CHANCE,
    DEFAULT_HIDDEN,
    EXPLODING_STD,
    UNKNOWN,
    VANISHED_GRADIENT_STD,
    Diagnosis,
    diagnose,
    run_settings,
)
from engine.optimizers import BOOK_LR
from engine.progress import HEALTH_COLUMNS
from ui.choices import INIT_NAMES
from ui.form import set_control, usable_value
from ui.i18n import t
from ui.numbers import nice_number
from ui.optimizers import optimizer_name

MAX_NOTES = 3
"""More troubled runs than this (the 16-scale grid): one table and a note per cause instead
of a note per run."""

QUANTITIES = {"activation": "diag.q_activation", "gradient": "diag.q_gradient"}
TROUBLES = {  # the first sentence, by Trouble.kind ("dead": an activation that vanished)
    "not_finite": "diag.not_finite",
    "exploding": "diag.exploding",
    "vanished": "diag.vanished",
    "dead": "diag.dead",
}
CAUSES = {  # a likely cause: (its name in the table, the sentence saying why)
    "lr_too_large": ("diag.cause_lr_too_large", "diag.why_lr_too_large"),
    "init_too_large": ("diag.cause_init_too_large", "diag.why_init_too_large"),
    "vanishing": ("diag.cause_vanishing", "diag.why_vanishing"),
    "dead_relu": ("diag.cause_dead_relu", "diag.why_dead_relu"),
    "dropout_too_strong": ("diag.cause_dropout_too_strong", "diag.why_dropout_too_strong"),
    "inverted_dropout_scale": (
        "diag.cause_inverted_dropout_scale",
        "diag.why_inverted_dropout_scale",
    ),
    "decay_too_strong": ("diag.cause_decay_too_strong", "diag.why_decay_too_strong"),
    "unknown": ("diag.cause_unknown", "diag.why_unknown"),
}
ARGUMENTS = {  # an argument a fix sets: (its name on the button, what to expect)
    "lr": ("diag.name_lr", "diag.expect_lr"),
    "weight_init_std": ("diag.name_weight_init_std", "diag.expect_weight_init_std"),
    "use_batchnorm": ("diag.name_use_batchnorm", "diag.expect_use_batchnorm"),
    "dropout_ratio": ("diag.name_dropout_ratio", "diag.expect_dropout_ratio"),
    "weight_decay_lambda": ("diag.name_weight_decay_lambda", "diag.expect_weight_decay_lambda"),
}

# Per page run (its Form): the fixes offered so far, (control, value); one button each.
_OFFERED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Lever:
    """A page control that sets one argument of the experiment.

    control: the control's name in the page's Form (its URL name); value: the engine's value
    -> the control's (None: the same), e.g. "he" -> a weight scale. The button names the
    argument (ARGUMENTS), not the widget's label.
    """

    control: str
    value: Callable[[Any], Any] | None = None


@dataclass(frozen=True)
class Explainer:
    """How a section explains its runs' trouble.

    form: the page's ui.form.Form (whose controls a fix sets); levers: experiment argument
    ("lr", "weight_init_std", ...) -> the Lever that sets it on this page (an argument with no
    lever gets its explanation but no button); at: epoch -> the translated "at epoch N" (a
    page that counts iterations says so); stall_after: a run of fewer epochs than this that
    ends near chance with every std sane is not called stalled (it may just not have learned
    yet: the overfitting pages' 3 steps an epoch); chance: the accuracy of guessing (0.1 for
    ten digits, 0.5 for the 2-D page's two classes); book: argument -> the value a fix moves
    it to on this page where that is not the book's chapter-6 scripts' (the 2-D page trains
    with SGD at 0.1).
    """

    form: Any
    levers: Mapping[str, Lever] = field(default_factory=dict)
    at: Callable[[int], str] | None = None
    stall_after: int = 0
    chance: float = CHANCE
    book: Mapping[str, Any] = field(default_factory=dict)

    def when(self, epoch: int) -> str:
        return self.at(epoch) if self.at is not None else t("diag.at_epoch", epoch=epoch)


# ---------------------------------------------------------------- what went wrong (pure)


def found(
    experiment: Callable,
    kwargs: Mapping,
    frame: pd.DataFrame | None,
    health: pd.DataFrame | None,
    runs: Iterable[str],
    *,
    finished: bool,
    stall_after: int = 0,
    chance: float = CHANCE,
) -> list[Diagnosis]:
    """The runs worth a note, in `runs` order: a std out of its range, or a stall with a known
    cause. A stall the engine cannot explain (every std sane, every setting usual) gets no
    note here: the page's own notes speak of it. finished: False for a stopped or paused run,
    where only a std out of range counts (a run halfway has not stalled yet); so does a run of
    fewer than `stall_after` epochs (kwargs["epochs"]).

    frame, health: the run's rows (Progress.frame) and layer health (Progress.health_frame;
    None for a result stored without it)."""
    if frame is None or frame.empty:
        return []
    if health is None:
        health = pd.DataFrame(columns=HEALTH_COLUMNS)
    judge_stalls = finished and int(kwargs.get("epochs", stall_after)) >= stall_after
    out = []
    for run in runs:
        d = diagnose(health, frame, run, run_settings(experiment, kwargs, run), chance)
        if d is None or (d.trouble is None and (not judge_stalls or d.cause.key == UNKNOWN)):
            continue
        out.append(d)
    return out


def where(d: Diagnosis, run_name: str, at: Callable[[int], str], chance: float = CHANCE) -> str:
    """The first sentence: which layer's std left its range, when, and its value (or that the
    run stalled near `chance` accuracy with every std in range)."""
    trouble = d.trouble
    if trouble is None:
        return t("diag.stalled", run=run_name, chance=chance)
    args = {
        "run": run_name,
        "at": at(trouble.epoch),
        "layer": trouble.layer,
        "quantity": t(QUANTITIES[trouble.quantity]),
        "value": nice_number(trouble.value),
        "high": nice_number(EXPLODING_STD, 1),
        "low": nice_number(VANISHED_GRADIENT_STD, 1),
    }
    kind = trouble.kind
    if kind == "vanished":
        kind = "dead" if trouble.quantity == "activation" else "vanished"
    return t(TROUBLES[kind], **args)


def why(d: Diagnosis, settings: Mapping[str, Any]) -> str:
    """The second sentence: why, from the run's own settings (engine.diagnosis.likely_cause's
    reasoning, with its numbers)."""
    s = settings
    key = d.cause.key
    exploded = d.trouble is not None and d.trouble.kind in ("not_finite", "exploding")
    optimizer = str(s.get("optimizer", "sgd")).lower()
    ratio = float(s.get("dropout_ratio", 0.0))
    std, nodes = s.get("weight_init_std", "he"), _width(s.get("hidden"))
    he = math.sqrt(2.0 / nodes)
    args = {
        "lr": float(s.get("lr", 0.01)),
        "book_lr": BOOK_LR.get(optimizer, 0.01),
        "optimizer": optimizer_name(optimizer),
        "ratio": ratio,
        "scale": 1 / (1 - ratio) if ratio < 1 else math.inf,
        "root": (1 / (1 - ratio)) ** 0.5 if ratio < 1 else math.inf,
        "keep": 100 * (1 - ratio),
        "book_ratio": BOOK_DROPOUT_RATIO,
        "lam": float(s.get("weight_decay_lambda", 0.0)),
        "book_lam": BOOK_LAMBDA,
        "std": f"{std:.3g}" if not isinstance(std, str) else std,
        "nodes": nodes,
        "he": nice_number(he),
        "gain": nice_number(float(std) / he, 2) if not isinstance(std, str) else "1",
    }
    if key == "lr_too_large" and not exploded:
        return t("diag.why_lr_too_large_stall", **args)
    return t(CAUSES[key][1], **args)


def _width(hidden: Any) -> int:
    """The hidden layers' typical width (engine.diagnosis judges the init against it)."""
    if isinstance(hidden, list | tuple) and len(hidden):
        return int(sorted(hidden)[len(hidden) // 2])
    return DEFAULT_HIDDEN


def fixes(d: Diagnosis, explainer: Explainer) -> list[tuple[str, Lever, Any]]:
    """(argument, lever, the value it should take) for each fix of `d` this page can set and that
    changes something: the likely cause's own first, then its alternatives."""
    own = explainer.book.get(d.cause.control or "", d.cause.value)  # the page's own book value
    wanted = [(d.cause.control, own)]
    wanted += d.cause.alternatives
    out = []
    for name, value in wanted:
        lever = explainer.levers.get(name) if name is not None else None
        if name is None or lever is None or lever.control not in explainer.form.controls:
            continue
        control = explainer.form.controls[lever.control]
        usable = usable_value(control, lever.value(value) if lever.value else value)
        if usable is not None and usable != explainer.form[lever.control]:
            out.append((name, lever, usable))
    return out


# ---------------------------------------------------------------- in the page


def explain(
    section: Any,
    frame: pd.DataFrame | None,
    health: pd.DataFrame | None,
    *,
    finished: bool,
    once: Callable[[str, Callable[[], Any]], Any],
) -> list[Diagnosis]:
    """Show the notes on a section's troubled runs and return their diagnoses ([] when the
    section has no Explainer). section: ui.live's (name, experiment, kwargs, run_names,
    explain); once(what, build): ui.live's cache of what is built once per finished run."""
    explainer = section.explain
    if explainer is None:
        return []
    run_names = dict(section.run_names or {})
    runs = list(run_names) or (list(health["run"].unique()) if health is not None else [])
    diagnoses = once(
        "diagnosis",
        lambda: found(
            section.experiment,
            section.kwargs,
            frame,
            health,
            runs,
            finished=finished,
            stall_after=explainer.stall_after,
            chance=explainer.chance,
        ),
    )
    show(
        diagnoses,
        explainer,
        section=section.name,
        experiment=section.experiment,
        kwargs=section.kwargs,
        run_names=run_names,
    )
    return diagnoses


def show(
    diagnoses: Sequence[Diagnosis],
    explainer: Explainer,
    *,
    section: str,
    experiment: Callable,
    kwargs: Mapping,
    run_names: Mapping[str, str],
) -> None:
    """A note and the fix buttons per troubled run; beyond MAX_NOTES runs, a table of them all
    and a note for the first run of each cause (see `found`)."""
    if not diagnoses:
        return
    shown = list(diagnoses)
    if len(shown) > MAX_NOTES:
        _table(shown, explainer, run_names)
        firsts: dict[str, Diagnosis] = {}
        for d in shown:
            firsts.setdefault(d.cause.key, d)
        shown = list(firsts.values())
    for d in shown:
        name = run_names.get(d.run, d.run)
        settings = run_settings(experiment, kwargs, d.run)
        first = where(d, name, explainer.when, explainer.chance)
        st.warning(f"{first} {why(d, settings)}", icon="🔎")
        offered = _OFFERED.setdefault(explainer.form, set())
        for argument, lever, value in fixes(d, explainer):
            if (lever.control, value) in offered:  # one button per fix and page
                continue
            offered.add((lever.control, value))
            _fix(explainer.form, section, argument, lever, value)


def _fix(form, section: str, argument: str, lever: Lever, value: Any) -> None:
    """The button that sets the control, and what to expect; for a control the teacher locked
    or hid, a note and the page unlocked with the fix instead."""
    name, expect_key = ARGUMENTS[argument]
    label = _fix_label(t(name), value)
    expect = t(expect_key, value=_text(value))
    if not form.editable(lever.control):
        st.caption(t("diag.fix_locked", fix=label, control=t(name)))
        st.link_button(
            t("lesson.open_unlocked"),
            form.unlocked_link({lever.control: value}),
            help=t("diag.fix_locked_help"),
        )
        return
    st.button(
        label,
        key=f"fix:{section}:{lever.control}",
        on_click=set_control,
        args=(form.page, form.controls[lever.control], value),
        help=t("diag.fix_help"),
    )
    st.caption(expect)


def _table(diagnoses: Sequence[Diagnosis], explainer: Explainer, run_names: Mapping) -> None:
    rows = table_rows(diagnoses, explainer, run_names)
    with st.expander(t("diag.table_header", count=len(rows))):
        st.table(pd.DataFrame(rows), hide_index=True)


def table_rows(
    diagnoses: Sequence[Diagnosis], explainer: Explainer, run_names: Mapping
) -> list[dict[str, str]]:
    """Every troubled run as a row of the table: run, where its trouble began (a std that
    overflowed is "no longer a finite number", never "std nan"), the likely cause."""
    rows = []
    for d in diagnoses:
        trouble = d.trouble
        if trouble is None:
            began = t("diag.table_stalled")
        else:
            finite = math.isfinite(trouble.value)
            began = t(
                "diag.table_where" if finite else "diag.table_not_finite",
                layer=trouble.layer,
                quantity=t(QUANTITIES[trouble.quantity]),
                value=nice_number(trouble.value) if finite else "",
                at=explainer.when(trouble.epoch),
            )
        rows.append(
            {
                t("diag.col_run"): run_names.get(d.run, d.run),
                t("diag.col_where"): began,
                t("diag.col_cause"): t(CAUSES[d.cause.key][0]),
            }
        )
    return rows


def _text(value: Any) -> str:
    """A control value as the button writes it: numbers as the URL does (0.05, not 0.05000),
    an init by its name in the book (He, Xavier)."""
    if isinstance(value, float | int):
        return f"{value:g}"
    if value in ("he", "xavier"):
        return t(INIT_NAMES[value])
    return str(value)


def _fix_label(control: str, value: Any) -> str:
    """ "Set the learning rate to 0.1", or for a switch "Turn on Batch Normalization"."""
    if value is True:
        return t("diag.fix_on", control=control)
    return t("diag.fix", control=control, value=_text(value))
