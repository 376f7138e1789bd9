"""AppTest: the dropout page, opened like shared links (training kept to a few epochs)."""

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
