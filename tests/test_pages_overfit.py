"""AppTest: the overfitting pages (weight decay, dropout), opened like shared links.

Training is kept tiny (a few epochs, or a narrow network) so the whole module runs in seconds.
"""

import numpy as np
import pytest

from tests.helpers import figures, open_page, texts, unwrapped, values, warnings

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")
DECAY = "pages/weight_decay.py"
DROPOUT = "pages/dropout.py"


def widget(at, kind, label):
    return next(w for w in getattr(at, kind) if w.label == label)


def train(at):
    """Press Train (the first visit waits for it) and return the page after training."""
    next(b for b in at.button if b.key and b.key.endswith(":action")).click().run()
    assert not at.exception
    return at


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


def mask_figure(at):
    return next(f for f in figures(at) if f["data"][0]["type"] == "heatmap")


def kept_share(fig):
    return float(values(fig["data"][0]["z"]).astype(float).mean())


def metrics(at):
    return {m.label: (m.value, m.proto.delta) for m in at.metric}


def metric_protos(at):
    return {m.label: m.proto for m in at.metric}


def all_finite(at):
    for fig in figures(at):
        for trace in fig["data"]:
            for axis in ("x", "y", "z"):
                if axis in trace and trace[axis] is not None:
                    data = values(trace[axis])
                    if data.dtype.kind in "fiu":
                        assert np.all(np.isfinite(data.astype(float))), (trace.get("name"), axis)


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
    (expander,) = at.expander
    assert expander.label.endswith("500 digits, 3 × 50 ReLU units, Adam, learning rate 0.001")


@pytest.mark.parametrize(
    "page, param, raw, named, used_value",
    [
        (DECAY, "lambda", "2", "` lambda ` = ` 2 `", "using 1"),
        (DECAY, "optimizer", "rmsprop", "` optimizer ` = ` rmsprop `", "using sgd"),
        (DECAY, "lr", "fast", "` lr ` = ` fast `", "using 0.01"),
        (DECAY, "epochs", "2.5", "` epochs ` = ` 2.5 `", "using 3"),
        (DROPOUT, "ratio", "0.95", "` ratio ` = ` 0.95 `", "using 0.9"),
        (DROPOUT, "mode", "scaled", "` mode ` = ` scaled `", "using book"),
        (DROPOUT, "compare", "maybe", "` compare ` = ` maybe `", "using 1"),
        (DROPOUT, "lambda", "0.1", "parameter ` lambda `", "ignored"),
    ],
)
def test_a_bad_url_parameter_warns_naming_it_and_the_value_used(
    page, param, raw, named, used_value
):
    at = open_page(page, **{param: raw})
    assert not at.exception
    (message,) = warnings(at)
    assert named in message and used_value in message


def test_weight_decay_in_traditional_chinese():
    at = train(open_page(DECAY, lang="zh-TW", epochs=3))
    assert at.title[0].value == "過度學習與權重衰減"
    page = texts(at)
    assert "**過度學習**（overfitting）" in page and "權重衰減（Weight decay）" in page
    assert widget(at, "slider", "權重衰減 λ").value == 0.1
    fig = curves_figure(at)
    assert list(traces(fig)) == [
        "λ = 0.1 · 訓練資料",
        "λ = 0.1 · 測試資料",
        "λ = 0 · 訓練資料",
        "λ = 0 · 測試資料",
    ]
    assert fig["layout"]["xaxis"]["title"]["text"] == "訓練週期（epoch）"
    assert "差距（訓練 − 測試）" in metrics(at)
    assert "相對於 λ = 0" in texts(at)


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
    assert "Lower the learning rate (now 1)" in page
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
    assert "λ = 1: test accuracy is stuck at chance" in page
    assert "the penalty ½λ‖W‖² outweighs the data" in page
    assert "λ = 0: test accuracy is stuck" not in page  # the run without decay did learn
    all_finite(at)


def test_a_second_visit_draws_the_stored_result_at_once():
    at = train(open_page(DECAY, epochs=4, seed=5))
    again = open_page(DECAY, epochs=4, seed=5)
    assert "trained on this server before" in texts(again)
    assert not [b for b in again.button if b.label == "Train"]
    assert metrics(again) == metrics(at)


# ------------------------------------------------------------------------ dropout


def test_dropout_defaults_are_the_books_and_render_without_exception():
    at = open_page(DROPOUT)
    assert not at.exception and not warnings(at)
    assert at.title[0].value == "Dropout"
    assert widget(at, "slider", "Dropout ratio").value == 0.2
    assert widget(at, "segmented_control", "Convention").value == "book"
    assert widget(at, "slider", "Epochs").value == 300
    assert widget(at, "toggle", "Compare with no dropout").value is True
    assert dict(at.query_params) == {}
    fig = mask_figure(at)
    assert values(fig["data"][0]["z"]).shape == (6, 100)
    assert unwrapped(fig["layout"]["title"]["text"]) == (
        "One training pass at ratio 0.2: which hidden units it kept"
    )
    assert abs(kept_share(fig) - 0.8) < 0.05  # 600 units, 1 - ratio kept on average
    page = texts(at)
    assert "train 0.67, test 0.548" in page  # the book's numbers
    assert r"m_i = [\,u_i > r\,]" in page and r"y_i = (1 - r)\,x_i" in page  # book convention
    assert r"y_i = \frac{m_i\,x_i}{1 - r}" in page  # inverted
    assert len(at.get("download_button")) == 1  # the mask's CSV (training waits for Train)


@pytest.mark.parametrize("ratio", [0.05, 0.5, 0.9])
def test_the_mask_picture_follows_the_ratio(ratio):
    at = open_page(DROPOUT)
    default = values(mask_figure(at)["data"][0]["z"])
    widget(at, "slider", "Dropout ratio").set_value(ratio).run()
    fig = mask_figure(at)
    assert not np.array_equal(values(fig["data"][0]["z"]), default)
    assert abs(kept_share(fig) - (1 - ratio)) < 0.06
    assert f"at ratio {ratio:g}:" in fig["layout"]["title"]["text"]
    assert at.query_params["ratio"] == f"{ratio:g}"


def test_the_mask_follows_the_seed_and_the_network_shape_and_shows_the_inverted_factor():
    at = open_page(DROPOUT, mode="inverted", ratio=0.2)
    seed0 = values(mask_figure(at)["data"][0]["z"])
    assert "kept ×1.25" in mask_figure(at)["data"][0]["text"][0]
    assert "1 / (1 − ratio) = 1.25" in texts(at)
    at.sidebar.number_input[0].set_value(3).run()
    assert not np.array_equal(values(mask_figure(at)["data"][0]["z"]), seed0)
    widget(at, "slider", "Hidden layers").set_value(3).run()
    widget(at, "slider", "Units per layer").set_value(40).run()
    assert values(mask_figure(at)["data"][0]["z"]).shape == (3, 40)


def test_dropout_training_compares_with_no_dropout():
    at = train(open_page(DROPOUT, epochs=4))
    fig = curves_figure(at)
    assert list(traces(fig)) == [
        "ratio 0.2 · train",
        "ratio 0.2 · test",
        "no dropout · train",
        "no dropout · test",
    ]
    assert fig["layout"]["xaxis"]["range"] == [0, 4]
    assert "the change against no dropout" in texts(at)
    assert len(at.get("download_button")) == 2  # the mask and the curves
    widget(at, "segmented_control", "Convention").set_value("inverted").run()  # retrains at once
    assert not at.exception
    after = curves_figure(at)
    assert not np.allclose(
        values(traces(after)["ratio 0.2 · train"]["y"]),
        values(traces(fig)["ratio 0.2 · train"]["y"]),
    )
    assert at.query_params["mode"] == "inverted"


def test_dropout_point_nine_inverted_diverges_with_a_note_and_no_nan():
    at = train(open_page(DROPOUT, epochs=5, ratio=0.9, mode="inverted"))
    page = texts(at)
    assert "ratio 0.9 diverged at epoch 2" in page
    assert "no dropout diverged" not in page
    assert "multiplies every kept unit by 1 / (1 − ratio) = 10 while training" in page
    all_finite(at)


def test_dropout_point_nine_in_the_books_convention_is_stuck_at_chance():
    at = train(open_page(DROPOUT, epochs=60, ratio=0.9, width=30, compare=0))
    page = texts(at)
    assert "ratio 0.9: test accuracy is stuck at chance" in page
    assert "too little of the signal gets through" in page
    all_finite(at)


def test_dropout_in_traditional_chinese():
    at = open_page(DROPOUT, lang="zh-TW", mode="inverted")
    assert at.title[0].value == "Dropout（丟棄法）"
    assert widget(at, "slider", "Dropout 比例（ratio）").value == 0.2
    assert widget(at, "segmented_control", "實作方式").value == "inverted"
    fig = mask_figure(at)
    title = unwrapped(fig["layout"]["title"]["text"])
    assert title == "比例 0.2 的一次訓練正向傳播：保留了哪些隱藏層神經元"
    assert "第 1 層" in list(fig["data"][0]["y"])
    assert "反向縮放" in texts(at)


def test_the_sidebar_language_switch_changes_the_dropout_text():
    at = open_page(DROPOUT)
    at.sidebar.segmented_control[0].set_value("zh-TW").run()
    assert at.title[0].value == "Dropout（丟棄法）"
    assert "保留 " in " ".join(a["text"] for a in mask_figure(at)["layout"]["annotations"])


def test_book_settings_reset_the_dropout_controls_and_the_mask():
    at = open_page(DROPOUT, ratio=0.5, mode="inverted", layers=2, seed=4)
    widget(at, "button", "Book settings").click().run()
    assert widget(at, "slider", "Dropout ratio").value == 0.2
    assert widget(at, "segmented_control", "Convention").value == "book"
    assert values(mask_figure(at)["data"][0]["z"]).shape == (6, 100)
    assert dict(at.query_params) == {"seed": "4"}  # the seed is not a book setting
