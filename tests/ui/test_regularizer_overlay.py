"""ui.overfitting.regularizers, the pure parts: the five runs' arguments from the dropout page's
controls, the final numbers of each run, what they show, and the one figure they share."""

import numpy as np
import pandas as pd
import pytest

from engine.experiments import BN, BOTH, DECAY, DROPOUT, NONE, REGULARIZER_RUNS, regularizers
from engine.progress import finish
from ui.overfitting import curves, dropout, section
from ui.overfitting import regularizers as overlay
from ui.overfitting.section import curve_labels

# Final (train, test, weight norm) of each run, shaped like the book's settings at 300 epochs:
# no regularization overfits, decay keeps the weights small, dropout learns slowly, both stay
# at chance, BN fits fastest.
FINAL = {
    NONE: (1.0, 0.80, 35.0),
    DECAY: (0.90, 0.80, 15.0),
    DROPOUT: (0.58, 0.50, 35.0),
    BOTH: (0.12, 0.10, 14.0),
    BN: (1.0, 0.60, 35.0),
}
FIT_AT = {NONE: 40, DECAY: 60, DROPOUT: None, BOTH: None, BN: 10}  # epoch train_acc reaches 0.9


def frame(epochs=100, drop=None):
    """Rows like regularizers': every run, epochs 0..epochs, growing linearly to FINAL (train
    accuracy reaching 0.9 at FIT_AT); drop = (run, n) ends that run after epoch n."""
    rows = []
    for run, (train, test, norm) in FINAL.items():
        for e in range(epochs + 1):
            if drop and drop[0] == run and e > drop[1]:
                break
            share = e / epochs
            fit = FIT_AT[run]
            acc = min(0.1 + 0.8 * e / fit, train) if fit else 0.1 + (train - 0.1) * share
            rows.append(
                {
                    "run": run,
                    "epoch": e,
                    "train_acc": acc if e < epochs else train,
                    "test_acc": 0.1 + (test - 0.1) * share,
                    "weight_norm": 30.0 + (norm - 30.0) * share,
                }
            )
    return pd.DataFrame(rows)


def test_the_runs_follow_the_dropout_pages_controls():
    values = {c.name: c.default for c in section.controls(epochs=300)}
    values |= {"ratio": 0.5, "mode": "inverted", "lambda": 0.3, "layers": 3, "width": 50}
    kwargs = overlay.run_kwargs(values, seed=7)
    assert kwargs == {
        "epochs": 300,
        "weight_decay_lambda": 0.3,
        "dropout_ratio": 0.5,
        "dropout_mode": "inverted",
        "train_size": 300,
        "hidden": (50, 50, 50),
        "optimizer": "sgd",
        "lr": 0.01,
        "seed": 7,
    }
    regularizers(**kwargs)  # the engine takes every one of them (checked at once)
    names = overlay.run_names(values)
    assert list(names) == list(REGULARIZER_RUNS)
    assert (names[DECAY], names[DROPOUT]) == ("decay λ 0.3", "dropout 0.5")


def test_the_warm_run_is_the_book_settings_run():
    ((name, experiment, kwargs),) = [r for r in dropout.book_runs() if r[0] == overlay.NAME]
    assert (name, experiment) == (overlay.NAME, regularizers)
    assert (kwargs["weight_decay_lambda"], kwargs["dropout_ratio"], kwargs["epochs"]) == (
        0.1,
        0.2,
        300,
    )


def test_summary_has_each_runs_last_numbers_and_how_it_ended():
    numbers = overlay.summary(frame(), 100, {}).set_index("run")
    assert list(numbers.index) == list(REGULARIZER_RUNS)
    for run, (train, test, norm) in FINAL.items():
        assert numbers.loc[run, "train"] == pytest.approx(train)
        assert numbers.loc[run, "test"] == pytest.approx(test)
        assert numbers.loc[run, "gap"] == pytest.approx(train - test)
        assert numbers.loc[run, "norm"] == pytest.approx(norm)
    assert numbers["status"].to_dict() == {
        NONE: "done",
        DECAY: "done",
        DROPOUT: "done",
        BOTH: "chance",  # test 0.10: guessing
        BN: "done",
    }
    cut = overlay.summary(frame(drop=(NONE, 40)), 100, {NONE: 41}).set_index("run")
    assert (cut.loc[NONE, "status"], cut.loc[NONE, "epoch"]) == ("diverged", 40)
    partial = overlay.summary(frame()[lambda f: f["epoch"] <= 50], 100, {})
    assert set(partial["status"]) == {"partial"}
    assert overlay.summary(pd.DataFrame(), 100, {}).empty


def test_findings_do_not_praise_a_small_gap_that_comes_from_learning_nothing():
    found = overlay.findings(frame(), overlay.summary(frame(), 100, {}))
    keys = [key for key, _ in found]
    assert keys == [
        "reg.see_gap_chance",
        "reg.see_gap",
        "reg.see_test",
        "reg.see_norm",
        "reg.see_fit",
    ]
    args = dict(found)
    assert args["reg.see_gap_chance"]["run"] == BOTH  # gap 0.02, but test 0.10
    assert args["reg.see_gap"]["run"] == DROPOUT  # 0.08, the smallest of the runs that learned
    assert args["reg.see_gap"]["none"] == pytest.approx(0.2)
    assert args["reg.see_test"]["run"] in (NONE, DECAY)  # both end at 0.80
    assert args["reg.see_norm"]["run"] == BOTH and args["reg.see_norm"]["none_norm"] == "35.0"
    assert args["reg.see_fit"] == {"run": BN, "epoch": 10, "fit": 0.9}


def test_findings_leave_out_runs_that_did_not_finish():
    numbers = overlay.summary(frame(drop=(BOTH, 30)), 100, {BOTH: 31})
    found = dict(overlay.findings(frame(drop=(BOTH, 30)), numbers))
    assert "reg.see_gap_chance" not in found
    assert found["reg.see_norm"]["run"] == DECAY
    assert (
        overlay.findings(frame(), overlay.summary(frame()[lambda f: f["epoch"] < 9], 100, {})) == []
    )


def test_the_table_writes_every_number_and_ending():
    numbers = overlay.summary(frame(drop=(NONE, 40)), 100, {NONE: 41})
    shown = overlay.table(numbers, {NONE: "none", BOTH: "decay + dropout"})
    assert list(shown.columns) == ["Run", "Train", "Test", "Gap", "‖W‖", "Ended"]
    first = shown.iloc[0].to_dict()
    assert first["Run"] == "none" and first["Ended"] == "diverged after epoch 40"
    both = shown[shown["Run"] == "decay + dropout"].iloc[0]
    assert (both["Gap"], both["‖W‖"], both["Ended"]) == ("0.020", "14.0", "epoch 100, at chance")


def test_five_runs_share_one_figure_each_with_its_gap():
    names = overlay.run_names({"lambda": 0.1, "ratio": 0.2})
    fig = curves.accuracy_and_norm(frame(), curve_labels(), names, epochs=100, legend_per_run=True)
    accuracy = [tr for tr in fig.data if tr.xaxis == "x"]
    assert len(accuracy) == 10  # train and test of five runs
    # Five legend entries (a phone has no room for ten), each run's train line with its gap
    # (five gap labels beside the curves had no room: they sat on them).
    gap = {r: f"gap {FINAL[r][0] - FINAL[r][1]:.3f}" for r in REGULARIZER_RUNS}
    entries = sorted(tr.name for tr in accuracy if tr.showlegend)
    assert entries == sorted(f"{names[r]} · {gap[r]}" for r in REGULARIZER_RUNS)
    assert {tr.name for tr in accuracy if tr.showlegend is False} >= {
        "BN · test",
        "no regularizer · test",
    }
    assert len({tr.line.color for tr in accuracy}) == 5
    norms = [tr for tr in fig.data if tr.xaxis == "x2"]
    assert len(norms) == 5
    assert not fig.layout.annotations
    # No run is a pale reference band: none of them is "the page's run".
    assert {tr.line.width for tr in accuracy} == {3}


def test_a_tiny_real_overlay_has_five_runs_that_differ_only_in_their_regularizer():
    with np.errstate():
        rows = finish(regularizers(epochs=2, train_size=100)).frame
    numbers = overlay.summary(rows, 2, {})
    assert list(numbers["run"]) == list(REGULARIZER_RUNS)
    norms = numbers.set_index("run")["norm"]
    assert norms[DECAY] < norms[NONE]  # decay pulls the weights in from the first step
