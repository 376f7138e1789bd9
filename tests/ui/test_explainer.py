"""ui.diagnosis: the sentences that say where a run went wrong and why (with its own numbers),
which runs get one, the fix each page can set, and ui.form's setter the fix button calls."""

import math

import numpy as np
import pandas as pd
import pytest

from engine.diagnosis import (
    DECAY_TOO_STRONG,
    INIT_TOO_LARGE,
    INVERTED_DROPOUT_SCALE,
    LR_TOO_LARGE,
    UNKNOWN,
    VANISHING,
    Cause,
    Diagnosis,
    Trouble,
)
from engine.experiments import overfitting
from engine.initializers import weight_scale
from engine.progress import BASELINE, MAIN, finish
from ui import diagnosis, form, i18n
from ui.controls import Choice, Flag, FloatRange, IntRange, LogRange, NumberList

LR = LogRange("lr", 0.01, 1e-4, 1.0)
LAMBDA = FloatRange("lambda", 0.1, 0.0, 1.0, step=0.01)
SCALE = LogRange("scale", 0.01, 1e-4, 10.0)


class FakeForm:
    """What diagnosis.fixes reads of a ui.form.Form: its page, controls and current values."""

    def __init__(self, values, controls=(LR, LAMBDA, SCALE)):
        self.page = "page"
        self.controls = {c.name: c for c in controls}
        self._values = dict(values)

    def __getitem__(self, name):
        return self._values[name]


def note(kind, quantity, value, *, cause=LR_TOO_LARGE, control="lr", fix=0.1, alt=()):
    trouble = Trouble("main", 5, 3, quantity, value, kind)
    return Diagnosis("main", trouble, False, Cause(cause, control, fix, alt))


def stall(cause, control=None, fix=None):
    return Diagnosis("main", None, True, Cause(cause, control, fix))


# --- where: the layer, the epoch, the std -----------------------------------------------------


@pytest.mark.parametrize(
    "kind, quantity, value, expected",
    [
        (
            "exploding",
            "activation",
            7601.7,
            "**λ = 0**: at epoch 5, the activation std of layer 3 reached 7,600, far past its "
            "sane range (up to 1,000).",
        ),
        (
            "not_finite",
            "gradient",
            math.nan,
            "**λ = 0**: at epoch 5, the weight-gradient (dW) std of layer 3 was no longer a "
            "finite number.",
        ),
        (
            "vanished",
            "gradient",
            8.6e-8,
            "**λ = 0**: at epoch 5, the weight-gradient (dW) std of layer 3 fell to "
            "8.60\u00a0×\u00a010⁻⁸, below its sane range (from 1\u00a0×\u00a010⁻⁷): steps that "
            "small leave the weights where they are.",
        ),
    ],
)
def test_where_names_the_layer_the_epoch_and_the_std(kind, quantity, value, expected):
    assert diagnosis.where(
        note(kind, quantity, value), "λ = 0", diagnosis.Explainer(None).when
    ) == (expected)


def test_an_activation_std_of_zero_is_called_a_dead_layer_and_a_stall_says_every_std_was_sane():
    dead = diagnosis.where(
        note("vanished", "activation", 0.0), "He", diagnosis.Explainer(None).when
    )
    assert dead.startswith("**He**: at epoch 5, every unit of layer 3 put out the same value")
    assert "every unit is off" in dead
    assert diagnosis.where(stall(DECAY_TOO_STRONG), "λ = 1", str) == (
        "**λ = 1** ended near chance (accuracy 0.1, as good as a guess), with every layer's std "
        "in its sane range."
    )


def test_a_page_that_counts_iterations_says_when_in_iterations():
    explainer = diagnosis.Explainer(
        None, at=lambda e: i18n.t("diag.at_iteration", iteration=31 * e, epoch=e)
    )
    text = diagnosis.where(note("exploding", "activation", 2e3), "He", explainer.when)
    assert text.startswith("**He**: by iteration 155 (epoch 5), the activation std of layer 3")


# --- why: the cause, with the run's own numbers ------------------------------------------------


def why(d, **settings):
    return diagnosis.why(d, settings)


def test_a_learning_rate_that_blows_up_is_compared_with_the_books_for_its_optimizer():
    text = why(note("exploding", "activation", 5e3), lr=0.1, optimizer="adam")
    assert "a learning rate of 0.1 is too large for the weights' scale" in text
    assert "The book uses 0.001 with Adam." in text
    stalled = why(stall(LR_TOO_LARGE, "lr", 0.1), lr=1.0, optimizer="sgd")
    assert "a learning rate of 1 is far above the book's 0.01 with SGD" in stalled
    assert "too large for the weights' scale" not in stalled  # nothing grew: another story


def test_a_large_init_names_its_gain_over_he():
    d = note("exploding", "activation", 1.3e7, cause=INIT_TOO_LARGE, control="weight_init_std")
    text = why(d, weight_init_std=10.0, hidden=[100] * 5)
    # 10 / sqrt(2 / 100) = 70.7 times what keeps a ReLU layer's std steady
    assert "= 10 ÷ 0.141 ≈ 71 (n = 100 inputs per unit)" in text
    wide = why(d, weight_init_std=10.0, hidden=[400] * 3)
    assert "= 10 ÷ 0.0707 ≈ 140 (n = 400 inputs per unit)" in wide


def test_inverted_dropout_names_its_scale_and_the_growth_per_layer():
    d = note(
        "exploding", "activation", 3450.0, cause=INVERTED_DROPOUT_SCALE, control="dropout_ratio"
    )
    text = why(d, dropout_ratio=0.9, dropout_mode="inverted")
    assert "multiplies every kept unit by 1 / (1 − ratio) = 10 while training" in text
    assert "mean square grows 10-fold and its std about 3.2-fold" in text  # sqrt(10)


def test_stalls_name_the_lever_with_its_value():
    assert "each hidden layer keeps only 10% of its units" in why(
        stall("dropout_too_strong"), dropout_ratio=0.9
    )
    assert "weight decay λ = 1 pulls every weight towards 0" in why(
        stall(DECAY_TOO_STRONG), weight_decay_lambda=1.0
    )
    tiny = why(stall(VANISHING), weight_init_std=0.01, hidden=(100,) * 4)
    assert "With std 0.01, each ReLU layer multiplies the signal by about 0.01 ÷ He's" in tiny
    assert "≈ 0.071 (n = 100)" in tiny


def test_the_same_note_in_traditional_chinese(monkeypatch):
    monkeypatch.setattr(i18n, "current_language", lambda: "zh-TW")
    d = note("exploding", "activation", 7601.7)
    text = diagnosis.where(d, "λ = 0", diagnosis.Explainer(None).when)
    assert text == (
        "**λ = 0**：在第 5 個訓練週期（epoch），第 3 層活化值的標準差達到 7,600，遠超出合理範圍"
        "（最多 1,000）。"
    )
    assert "學習率 0.5 對權重的尺度來說太大" in diagnosis.why(d, {"lr": 0.5})


# --- which runs get a note -------------------------------------------------------------------


@pytest.fixture(scope="module")
def lr_one():
    """The overfitting net at lr 1 on 100 digits: the run without decay blows up at epoch 8
    (layer 3's activations first, at epoch 6); the one with decay only stalls."""
    kwargs = {
        "lr": 1.0,
        "epochs": 10,
        "train_size": 100,
        "weight_decay_lambda": 0.1,
        "baseline": True,
    }
    with np.errstate():
        progress = finish(overfitting(**kwargs))
    return kwargs, progress


def test_found_keeps_the_run_that_blew_up_and_a_stall_only_when_judged(lr_one):
    kwargs, progress = lr_one
    assert progress.diverged == {BASELINE: 8}

    def runs(**options):
        found = diagnosis.found(
            overfitting,
            kwargs,
            progress.frame,
            progress.health_frame,
            [MAIN, BASELINE],
            **options,
        )
        return {d.run: d for d in found}

    every = runs(finished=True)
    assert set(every) == {MAIN, BASELINE}
    t = every[BASELINE].trouble
    assert (t.epoch, t.layer, t.quantity, t.kind) == (6, 3, "activation", "exploding")
    assert every[MAIN].trouble is None and every[MAIN].cause.key == LR_TOO_LARGE
    # A run stopped halfway, or too short to have learned, is not called stalled.
    assert set(runs(finished=False)) == {BASELINE}
    assert set(runs(finished=True, stall_after=50)) == {BASELINE}


def test_found_leaves_unexplained_stalls_and_results_without_health_to_the_page(lr_one):
    kwargs, progress = lr_one
    # A result stored without layer health: no std to judge, only the stall.
    found = diagnosis.found(overfitting, kwargs, progress.frame, None, [MAIN], finished=True)
    assert [(d.run, d.trouble) for d in found] == [(MAIN, None)]
    # The same rows with the book's settings named: every setting usual, nothing to say.
    book = {**kwargs, "lr": 0.01}
    assert diagnosis.found(overfitting, book, progress.frame, None, [MAIN], finished=True) == []
    assert diagnosis.found(overfitting, kwargs, pd.DataFrame(), None, [MAIN], finished=True) == []


def test_a_cause_nobody_knows_is_said_to_be_none_of_the_usual_suspects():
    text = why(note("exploding", "activation", 2e3, cause=UNKNOWN, control=None, fix=None))
    assert text.startswith("None of this run's settings is a known suspect")


# --- the fix a page can set ------------------------------------------------------------------


def test_a_fix_is_offered_only_for_a_lever_the_page_has_and_snapped_to_its_control():
    lr = diagnosis.Explainer(FakeForm({"lr": 0.5}), {"lr": diagnosis.Lever("lr")})
    (fix,) = diagnosis.fixes(note("exploding", "activation", 5e3, fix=0.05), lr)
    assert (fix[0], fix[1].control, fix[2]) == ("lr", "lr", 0.05)
    assert (
        diagnosis.fixes(
            note("exploding", "activation", 5e3, fix=0.05),
            diagnosis.Explainer(FakeForm({"lr": 0.5})),
        )
        == []
    )  # no lever for it on this page: the sentence, no button
    # The fix the control already holds changes nothing: no button.
    same = diagnosis.Explainer(FakeForm({"lr": 0.05}), {"lr": diagnosis.Lever("lr")})
    assert diagnosis.fixes(note("exploding", "activation", 5e3, fix=0.05), same) == []


def test_the_he_init_becomes_the_weight_scale_slider_nearest_value():
    he = diagnosis.Lever("scale", lambda v: weight_scale(v, 100))
    explainer = diagnosis.Explainer(FakeForm({"scale": 10.0}), {"weight_init_std": he})
    d = note(
        "exploding",
        "activation",
        1.3e7,
        cause=INIT_TOO_LARGE,
        control="weight_init_std",
        fix="he",
        alt=(("use_batchnorm", True),),  # no such lever here: left out
    )
    ((argument, lever, value),) = diagnosis.fixes(d, explainer)
    assert (argument, lever.control) == ("weight_init_std", "scale")
    assert value == SCALE.snap(math.sqrt(2 / 100)) == 0.15


@pytest.mark.parametrize(
    "control, value, expected",
    [
        (LR, 0.07, 0.08),  # LogRange: the nearest value on its log grid
        (LR, 5.0, 1.0),  # clamped into range
        (LAMBDA, 0.123, 0.12),
        (IntRange("epochs", 200, 1, 500), 51.4, 51),
        (Choice("mode", "book", ("book", "inverted")), "book", "book"),
        (Choice("mode", "book", ("book", "inverted")), "scaled", None),
        (Flag("compare", True), False, False),
        (Flag("compare", True), "yes", None),
        (LR, "he", None),
        (LR, math.nan, None),
        (NumberList("numbers", "1, 2, 3"), "1, 2, 3, 100", "1, 2, 3, 100"),  # a preset's text
        (NumberList("numbers", "1, 2, 3"), 100, None),
    ],
)
def test_usable_value_snaps_or_refuses(control, value, expected):
    assert form.usable_value(control, value) == expected


def test_set_control_sets_the_widget_and_the_value_kept_for_the_page(monkeypatch):
    class FakeStreamlit:
        session_state: dict = {}

    monkeypatch.setattr(form, "_st", lambda: FakeStreamlit)
    form.set_control("dropout", LR, 0.07)
    assert FakeStreamlit.session_state == {"dropout:lr": 0.08, "_ui.saved.dropout:lr": 0.08}
    form.set_control("dropout", LR, "he")  # a value the control cannot take changes nothing
    assert FakeStreamlit.session_state["dropout:lr"] == 0.08


def test_batchnorm_comparison_lever_follows_the_pages_hidden_width():
    from ui.batchnorm.comparison import HIDDEN, explainer

    lever = explainer(FakeForm({"scale": 10.0}))
    assert lever.levers["weight_init_std"].value("he") == pytest.approx(math.sqrt(2 / HIDDEN))
    assert set(lever.levers) == {"weight_init_std"}


def test_set_control_never_changes_a_control_a_lesson_locked_or_hid(monkeypatch):
    from ui.lesson import Lesson

    class FakeStreamlit:
        session_state: dict = {"_ui.lesson.dropout": Lesson(lock=("lr",), hide=("ratio",))}

    monkeypatch.setattr(form, "_st", lambda: FakeStreamlit)
    form.set_control("dropout", LR, 0.07)
    form.set_control("dropout", FloatRange("ratio", 0.2, 0.0, 0.9, step=0.05), 0.2)
    assert set(FakeStreamlit.session_state) == {"_ui.lesson.dropout"}  # issue 17.1
