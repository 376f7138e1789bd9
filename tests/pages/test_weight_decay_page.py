"""AppTest: the weight-decay page, opened like shared links (training kept to a few epochs)."""

import re

import pytest

from tests.helpers import (
    all_finite,
    figures,
    metrics,
    open_page,
    texts,
    train,
    values,
    warnings,
    widget,
)

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")
DECAY = "pages/weight_decay.py"


def curves_figure(at):
    """The live figure: accuracy (x axis 'x') beside the weight norm (x axis 'x2')."""
    return next(f for f in figures(at) if "xaxis2" in f["layout"])


def traces(fig, axis="x"):
    """The panel's traces by name, in legend order (the main run first; it is drawn last)."""
    panel = [tr for tr in fig["data"] if tr["xaxis"] == axis]
    return {tr["name"]: tr for tr in sorted(panel, key=lambda tr: tr["legendrank"])}


def drawn(fig, axis="x"):
    """The panel's trace names in drawing order (a later trace is drawn on top)."""
    return [tr["name"] for tr in fig["data"] if tr["xaxis"] == axis]


def metric_protos(at):
    return {m.label: m.proto for m in at.metric}


# ------------------------------------------------------------------------ weight decay


def test_weight_decay_defaults_are_the_books_and_render_without_exception():
    at = open_page(DECAY)
    assert not at.exception and not warnings(at)
    assert at.title[0].value == "Overfitting & weight decay"
    assert widget(at, "slider", "Weight decay λ").value == 0.1
    assert widget(at, "slider", "Epochs").value == 200
    assert widget(at, "toggle", "Compare with λ = 0").value is True
    assert widget(at, "slider", "Training digits").value == 300
    assert widget(at, "slider", "Hidden layers").value == 6
    assert widget(at, "slider", "Units per layer").value == 100
    assert widget(at, "segmented_control", "Optimizer").value == "sgd"
    assert widget(at, "select_slider", "Learning rate (log scale)").value == 0.01
    assert dict(at.query_params) == {}
    page = texts(at)
    assert r"\lambda \sum_{l} \lVert W^{(l)} \rVert^2" in page  # the loss with its penalty
    assert r"+ \lambda W" in page  # and its gradient
    assert "train 0.927, test 0.721" in page  # the book's recorded numbers
    assert [b.label for b in at.button if b.key and b.key.startswith("live:")] == ["Train"]


def test_training_draws_both_runs_train_solid_test_dashed_and_the_gap_metric():
    at = train(open_page(DECAY, epochs=5))
    fig = curves_figure(at)
    acc = traces(fig)
    assert list(acc) == ["λ = 0.1 · train", "λ = 0.1 · test", "λ = 0 · train", "λ = 0 · test"]
    assert [acc[n]["line"]["dash"] for n in acc] == ["solid", "dash", "solid", "dash"]
    assert all(list(values(tr["x"])) == [0, 1, 2, 3, 4, 5] for tr in acc.values())
    assert fig["layout"]["xaxis"]["range"] == [0, 5]
    norm = traces(fig, "x2")
    assert list(norm) == ["λ = 0.1", "λ = 0"]
    assert fig["layout"]["yaxis2"]["title"]["text"] == "weight norm ‖W‖"
    # weight decay keeps the weights smaller, from the first update on
    assert values(norm["λ = 0.1"]["y"])[-1] < values(norm["λ = 0"]["y"])[-1]
    shown = metrics(at)
    assert list(shown) == [
        "Train accuracy",
        "Test accuracy",
        "Gap (train − test)",
        "Weight norm ‖W‖",
    ]
    train_acc = values(acc["λ = 0.1 · train"]["y"])[-1]
    test_acc = values(acc["λ = 0.1 · test"]["y"])[-1]
    assert shown["Gap (train − test)"][0] == f"{train_acc - test_acc:.3f}"
    assert shown["Gap (train − test)"][1][0] in "+-"  # a signed change against λ = 0
    assert "the change against λ = 0, the same network trained alongside" in texts(at)
    assert shown["Weight norm ‖W‖"][1].startswith("-")
    assert len(at.get("download_button")) == 1
    assert widget(at, "button", "Book settings")  # the sidebar is there


def test_a_lambda_too_weak_to_change_3_epochs_shows_both_runs_and_no_change_as_neutral():
    """At 3 epochs λ = 0.11 trains to the same accuracies as λ = 0 (the norms differ a little):
    the main run is drawn on top of the baseline's pale band, and a change of zero is
    "±0.000" in grey without an arrow, not a green or red "+0.000"."""
    from streamlit.proto.Metric_pb2 import Metric

    at = train(open_page(DECAY, epochs=3, **{"lambda": 0.11}))
    fig = curves_figure(at)
    acc = traces(fig)
    main, base = values(acc["λ = 0.11 · test"]["y"]), values(acc["λ = 0 · test"]["y"])
    assert main[-1] == base[-1]  # what this test is about: the runs end at the same numbers
    for axis in ("x", "x2"):
        names = drawn(fig, axis)
        split = len(names) // 2
        assert all(n.startswith("λ = 0.11") for n in names[split:])  # main drawn on top
        assert not any(n.startswith("λ = 0.11") for n in names[:split])
    assert acc["λ = 0 · test"]["opacity"] < 0.5 and "opacity" not in acc["λ = 0.11 · test"]
    assert acc["λ = 0 · test"]["line"]["width"] > acc["λ = 0.11 · test"]["line"]["width"]
    shown = metric_protos(at)
    for label in ("Train accuracy", "Test accuracy", "Gap (train − test)"):
        assert shown[label].delta == "±0.000", label
        assert shown[label].color == Metric.MetricColor.GRAY, label
        assert shown[label].direction == Metric.MetricDirection.NONE, label
    norm = shown["Weight norm ‖W‖"]
    assert norm.delta.startswith("-") and norm.direction == Metric.MetricDirection.DOWN


def test_once_trained_moving_lambda_retrains_and_changes_the_figure():
    at = train(open_page(DECAY, epochs=5))
    before = curves_figure(at)
    widget(at, "slider", "Weight decay λ").set_value(0.5).run()
    assert not at.exception
    after = curves_figure(at)
    assert "λ = 0.5 · train" in traces(after)
    norm_before = values(traces(before, "x2")["λ = 0.1"]["y"])
    norm_after = values(traces(after, "x2")["λ = 0.5"]["y"])
    assert norm_after[-1] < norm_before[-1]  # a stronger decay shrinks the weights more
    assert dict(at.query_params) == {"epochs": "5", "lambda": "0.5"}
    widget(at, "toggle", "Compare with λ = 0").set_value(False).run()
    assert list(traces(curves_figure(at))) == ["λ = 0.5 · train", "λ = 0.5 · test"]


def test_url_parameters_restore_every_weight_decay_control():
    params = {
        "lambda": "0.25",
        "epochs": "7",
        "compare": "0",
        "train_size": "500",
        "layers": "3",
        "width": "50",
        "optimizer": "adam",
        "lr": "0.001",
        "seed": "2",
    }
    at = open_page(DECAY, **params)
    assert not at.exception and not warnings(at)
    assert widget(at, "slider", "Weight decay λ").value == 0.25
    assert widget(at, "slider", "Epochs").value == 7
    assert widget(at, "toggle", "Compare with λ = 0").value is False
    assert widget(at, "slider", "Training digits").value == 500
    assert widget(at, "slider", "Hidden layers").value == 3
    assert widget(at, "slider", "Units per layer").value == 50
    assert widget(at, "segmented_control", "Optimizer").value == "adam"
    assert widget(at, "select_slider", "Learning rate (log scale)").value == 0.001
    assert at.sidebar.number_input[0].value == 2
    assert dict(at.query_params) == params
    (expander,) = at.main.expander  # the sidebar has the lesson panel
    assert expander.label.endswith("500 digits, 3 × 50 ReLU units, Adam, learning rate 0.001")


# Per language: the title, terms of the intro, the λ slider, the curves' names (train, test),
# the x axis, the gap's metric.
IN_LANGUAGE = {
    "zh-TW": (
        "過度學習與權重衰減",
        ("**過度學習**（overfitting）", "權重衰減（Weight decay）", "相對於 λ = 0"),
        "權重衰減 λ",
        ("訓練資料", "測試資料"),
        "訓練週期（epoch）",
        "差距（訓練 − 測試）",
    ),
    "ja": (
        "過学習とWeight decay",
        ("**過学習**", "**Weight decay**（荷重減衰）", "λ = 0（同じ出発点から"),
        "Weight decay λ",
        ("訓練", "テスト"),
        "エポック",
        "差（訓練 − テスト）",
    ),
}


@pytest.mark.parametrize("lang", IN_LANGUAGE)
def test_weight_decay_in_another_language(lang):
    title, terms, slider, (train_name, test_name), x_title, gap = IN_LANGUAGE[lang]
    at = train(open_page(DECAY, lang=lang, epochs=3))
    assert at.title[0].value == title
    page = texts(at)
    assert [term for term in terms if term not in page] == []
    assert widget(at, "slider", slider).value == 0.1
    fig = curves_figure(at)
    assert list(traces(fig)) == [
        f"{run} · {name}" for run in ("λ = 0.1", "λ = 0") for name in (train_name, test_name)
    ]
    assert fig["layout"]["xaxis"]["title"]["text"] == x_title
    assert gap in metrics(at)


def test_the_sidebar_language_switch_changes_the_weight_decay_text():
    at = open_page(DECAY)
    at.sidebar.segmented_control[0].set_value("zh-TW").run()
    assert at.title[0].value == "過度學習與權重衰減"
    assert widget(at, "toggle", "與 λ = 0 比較").value is True
    assert at.query_params["lang"] == "zh-TW"


def test_a_diverging_run_gets_a_note_naming_its_epoch_and_no_nan_in_the_chart():
    at = train(open_page(DECAY, epochs=5, optimizer="momentum", lr=1))
    page = texts(at)
    assert "λ = 0 diverged at epoch 3" in page  # weight decay keeps the other run in check
    assert "λ = 0.1 diverged" not in page
    # Where and why (ui.diagnosis): the run, a layer, an epoch before the overflow, the rate.
    assert re.search(r"\*\*λ = 0\*\*: at epoch [12], the activation std of layer \d", page)
    assert "a learning rate of 1 is too large for the weights' scale" in page
    assert "Set the learning rate to 0.01" in [b.label for b in at.button]  # the book's
    value, delta = metrics(at)["Test accuracy"]
    assert float(value) > 0 and delta == ""  # no baseline to compare with
    all_finite(at)

    alone = train(
        open_page(DECAY, epochs=5, optimizer="momentum", lr=1, compare=0, **{"lambda": 0})
    )
    assert "λ = 0 diverged at epoch 3" in texts(alone)
    assert metrics(alone)["Test accuracy"] == ("—", "")  # a diverged run has no final numbers
    all_finite(alone)


def test_lambda_one_leaves_the_test_accuracy_stuck_at_chance_with_a_note():
    at = train(open_page(DECAY, **{"lambda": 1, "epochs": 200, "width": 30, "train_size": 100}))
    page = texts(at)
    assert "**λ = 1** ended near chance" in page
    assert "weight decay λ = 1 pulls every weight towards 0 on each step" in page
    assert "**λ = 0**" not in page  # the run without decay did learn
    assert "Set the weight decay λ to 0.1" in [b.label for b in at.button]
    all_finite(at)


def test_a_second_visit_draws_the_stored_result_at_once():
    at = train(open_page(DECAY, epochs=4, seed=5))
    again = open_page(DECAY, epochs=4, seed=5)
    assert "trained on this server before" in texts(again)
    assert not [b for b in again.button if b.label == "Train"]
    assert metrics(again) == metrics(at)


def test_a_learning_rate_far_too_large_is_explained_and_the_fix_button_sets_it_back():
    at = train(open_page(DECAY, lr=1, epochs=10, train_size=100))
    page = texts(at)
    # The layer whose activations blew up first, at the epoch before the loss overflowed.
    assert "λ = 0 diverged at epoch 8" in page
    assert "**λ = 0**: at epoch 6, the activation std of layer 3 reached 7,600" in page
    (fix,) = [b for b in at.button if b.key and b.key.startswith("fix:")]
    assert fix.label == "Set the learning rate to 0.01"  # the book's (issue 17.3)
    fix.click().run()  # the page trained before: the new setting trains at once
    assert widget(at, "select_slider", "Learning rate (log scale)").value == 0.01
    assert "lr" not in at.query_params  # the book's value: nothing to write
    assert "the activation std of layer" not in texts(at)
    assert not [b for b in at.button if b.key and b.key.startswith("fix:")]
    all_finite(at)


def test_the_explanation_in_traditional_chinese():
    at = train(open_page(DECAY, lr=1, epochs=10, train_size=100, lang="zh-TW"))
    page = texts(at)
    assert "**λ = 0**：在第 6 個訓練週期（epoch），第 3 層活化值的標準差達到 7,600" in page
    assert "原因：學習率 1 對權重的尺度來說太大" in page
    assert "把學習率設為 0.01" in [b.label for b in at.button]


def test_the_study_notes_lr_in_its_formula_is_mapped_to_lambda():
    at = open_page(DECAY)
    (note,) = [i.value for i in at.info if "study note" in i.value]
    assert "`0.5 * lr * W**2`" in note and "weight decay λ" in note and "not the" in note
    zh = open_page(DECAY, lang="zh-TW")
    assert any("`0.5 * lr * W**2`" in i.value and "不是學習率" in i.value for i in zh.info)


def test_a_link_to_minutes_of_training_gets_its_epochs_lowered_and_says_so():
    """Issue 16: 500 epochs of ten 300-unit layers on 2,000 digits with Adam held a trainer
    for minutes (285-305 s of an honest student's wait). The epochs come down to what a minute
    of a trainer buys, in the slider and the address, and the page says so."""
    giant = {"layers": 10, "width": 300, "train_size": 2000, "epochs": 500, "optimizer": "adam"}
    at = open_page(DECAY, **giant, lr=0.0001, **{"lambda": 0.31})
    assert not at.exception
    epochs = next(s for s in at.slider if s.key == "weight_decay:epochs")
    assert 50 <= epochs.value < 500
    assert at.query_params["epochs"] == str(epochs.value)
    said = [c.value for c in at.caption if "at most" in c.value]
    assert said and str(epochs.value) in said[0]
    book = open_page(DECAY)  # the book's settings are nowhere near the bound: no caption
    assert not [c for c in book.caption if "at most" in c.value]
