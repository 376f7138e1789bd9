"""AppTest: the dropout page, opened like shared links (training kept to a few epochs)."""

import re

import numpy as np
import pytest

from tests.helpers import (
    all_finite,
    figures,
    open_page,
    texts,
    train,
    unwrapped,
    values,
    warnings,
    widget,
)

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")
DROPOUT = "pages/dropout.py"


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


def metric_protos(at):
    return {m.label: m.proto for m in at.metric}


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
    assert "**ratio 0.9**: at epoch 1, the activation std of layer" in page  # before the NaN
    all_finite(at)


def test_dropout_point_nine_in_the_books_convention_is_stuck_at_chance():
    at = train(open_page(DROPOUT, epochs=60, ratio=0.9, width=30, compare=0))
    page = texts(at)
    assert "**ratio 0.9** ended near chance" in page
    assert "each hidden layer keeps only 10% of its units" in page
    assert "Set the dropout ratio to 0.2" in [b.label for b in at.button]
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


# ------------------------------------------------------------------------ regularizers overlay

OVERLAY = "live:regularizers:action"
TINY = {"epochs": 4, "train_size": 100}  # five runs in about a second


def overlay_figure(at):
    """The overlay's figure: the last accuracy-and-norm figure of the page."""
    return [f for f in figures(at) if "xaxis2" in f["layout"]][-1]


def overlay_table(at):
    (table,) = [t for t in at.table if "Ended" in list(t.value.columns)]
    return table.value


def test_the_overlay_trains_five_regularizers_on_one_figure_with_their_gaps():
    at = open_page(DROPOUT, **TINY)
    assert "Regularizers side by side" in [h.value for h in at.header]
    at.button(key=OVERLAY).click().run()
    assert not at.exception
    fig = overlay_figure(at)
    acc = traces(fig)
    runs = ("no regularizer", "decay λ 0.1", "dropout 0.2", "decay + dropout", "BN")
    # One legend entry per run (its training line, with its gap); the test lines are named for
    # the hover.
    table = overlay_table(at)
    gap = dict(zip(table["Run"], table["Gap"], strict=True))
    entries = [f"{run} · gap {gap[run]}" for run in runs]
    assert list(acc) == [
        name for entry, run in zip(entries, runs, strict=True) for name in (entry, f"{run} · test")
    ]
    assert [name for name, tr in acc.items() if tr.get("showlegend", True)] == entries
    assert len(traces(fig, "x2")) == 5  # and a weight norm per run
    assert fig["layout"]["xaxis"]["range"] == [0, 4]
    assert list(table["Run"]) == [
        "no regularizer",
        "decay λ 0.1",
        "dropout 0.2",
        "decay + dropout",
        "BN",
    ]
    # The bracket at the end of each run is the table's gap, train minus test.
    assert not fig["layout"].get("annotations")  # five gaps on the plot had no room
    for _, row in table.iterrows():
        assert float(row["Gap"]) == pytest.approx(
            float(row["Train"]) - float(row["Test"]), abs=2e-3
        )
        assert float(row["‖W‖"]) > 0
    # The same minibatches and initial weights: every run starts at one accuracy.
    # One seed: the four runs without BN start from the same weights, so the same accuracy.
    starts = {name: values(tr["y"])[0] for name, tr in acc.items() if name in entries}
    assert len({v for name, v in starts.items() if not name.startswith("BN")}) == 1
    assert "**Smallest weights:**" in texts(at)
    all_finite(at)


def test_the_overlay_follows_the_pages_controls_and_its_lambda_is_in_the_link():
    at = open_page(DROPOUT, ratio=0.5, mode="inverted", **{"lambda": 0.3}, **TINY)
    assert widget(at, "slider", "Weight decay λ (for the runs with decay)").value == 0.3
    at.button(key=OVERLAY).click().run()
    names = list(traces(overlay_figure(at)))
    assert any(n.startswith("decay λ 0.3 · gap") for n in names) and "dropout 0.5 · test" in names
    assert at.query_params["lambda"] == "0.3"
    widget(at, "slider", "Weight decay λ (for the runs with decay)").set_value(0.05).run()
    assert at.query_params["lambda"] == "0.05"  # retrained at once after a first Train
    assert any(n.startswith("decay λ 0.05 · gap") for n in traces(overlay_figure(at)))
    again = open_page(DROPOUT, ratio=0.5, mode="inverted", **{"lambda": 0.05}, **TINY)
    assert "trained on this server before" in texts(again)  # shared, stored


def test_the_overlay_in_traditional_chinese():
    at = open_page(DROPOUT, lang="zh-TW", **TINY)
    at.button(key=OVERLAY).click().run()
    assert "正則化方法並排比較" in [h.value for h in at.header]
    (table,) = [t for t in at.table if "結束於" in list(t.value.columns)]
    assert list(table.value["訓練"]) == [
        "無正則化",
        "衰減 λ 0.1",
        "Dropout 0.2",
        "衰減 + Dropout",
        "批次正規化 BN",
    ]
    assert "無正則化 · 測試資料" in traces(overlay_figure(at))


# ------------------------------------------------------------------------ divergence explainer


def fix_buttons(at):
    return [b for b in at.button if b.key and b.key.startswith("fix:")]


def test_inverted_dropout_blowing_up_names_the_layer_and_the_fix_sets_the_ratio():
    at = train(open_page(DROPOUT, epochs=5, ratio=0.9, mode="inverted", compare=0))
    page = texts(at)
    assert re.search(
        r"\*\*ratio 0\.9\*\*: at epoch 1, the activation std of layer \d reached", page
    )
    (fix,) = fix_buttons(at)
    assert fix.label == "Set the dropout ratio to 0.2"
    fix.click().run()  # the page trained before: the new setting trains at once
    assert widget(at, "slider", "Dropout ratio").value == 0.2
    assert "ratio" not in at.query_params  # back to the book's value, so out of the link
    assert "the activation std of layer" not in texts(at)
    assert not fix_buttons(at)
    assert [tr for tr in traces(curves_figure(at)) if tr.startswith("ratio 0.2")]


def test_a_learning_rate_far_too_large_in_the_overlay_is_explained_and_fixed():
    at = open_page(DROPOUT, lr=1, epochs=10, train_size=100)
    at.button(key=OVERLAY).click().run()
    page = texts(at)
    # The run without regularization blows up; the note says where, before the overflow.
    assert "no regularizer diverged at epoch" in page
    assert re.search(
        r"\*\*no regularizer\*\*: at epoch \d, the activation std of layer \d reached", page
    )
    assert "a learning rate of 1 is too large for the weights' scale" in page
    assert "diverged after epoch" in list(overlay_table(at)["Ended"])[0]
    (fix,) = [b for b in fix_buttons(at) if b.key.startswith("fix:regularizers:")]
    assert fix.label == "Set the learning rate to 0.01"  # the book's (issue 17.3)
    fix.click().run()
    assert widget(at, "select_slider", "Learning rate (log scale)").value == 0.01
    assert "lr" not in at.query_params
    assert "reached" not in texts(at) and not fix_buttons(at)


# ------------------------------------------------------------------------ the study note


def test_the_study_notes_ratio_is_one_click_and_the_book_paragraph_quotes_the_setting():
    at = open_page(DROPOUT, epochs="2")
    assert "The run above uses ratio 0.2." in texts(at)
    (preset,) = [b for b in at.button if b.key == "dropout:note_preset"]
    assert preset.label == "Study note's setting: 0.15" and not preset.disabled
    preset.click().run()
    assert widget(at, "slider", "Dropout ratio").value == 0.15
    assert at.query_params["ratio"] == "0.15"
    assert unwrapped(mask_figure(at)["layout"]["title"]["text"]).startswith(
        "One training pass at ratio 0.15"
    )
    page = texts(at)
    assert "The run above uses ratio 0.15." in page
    assert "**study note's setting** (its drop_base = 0.15)" in page
    assert next(b for b in at.button if b.key == "dropout:note_preset").disabled  # already set
    locked = open_page(DROPOUT, lock="ratio")
    assert next(b for b in locked.button if b.key == "dropout:note_preset").disabled
