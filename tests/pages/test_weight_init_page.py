"""AppTest: the weight-initialization page, opened like shared links."""

import re

import numpy as np
import pytest

from tests.helpers import (
    figures,
    open_page,
    texts,
    unwrapped,
    values,
    warnings,
    widget,
)

pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")
INIT = "pages/weight_init.py"


def hist_figure(at):
    return figures(at)[0]


def bar_heights(fig):
    return [values(tr["y"]) for tr in fig["data"] if tr["type"] == "bar"]


# ------------------------------------------------------------------------------- page 1


def test_weight_init_defaults_are_the_books_and_render_without_exception():
    at = open_page(INIT)
    assert not at.exception
    assert widget(at, "slider", "Layers").value == 5
    assert widget(at, "slider", "Nodes per layer").value == 100
    assert widget(at, "slider", "Samples").value == 1000
    assert widget(at, "segmented_control", "Activation function").value == "sigmoid"
    assert widget(at, "segmented_control", "Initial weights").value == "1"
    fig = hist_figure(at)
    assert len(bar_heights(fig)) == 5
    title = unwrapped(fig["layout"]["title"]["text"])
    assert title == "What comes out of each layer: sigmoid, std 1"
    assert "Saturation." in texts(at)
    assert dict(at.query_params) == {}  # the book's settings need no parameters
    assert [b.label for b in at.button if b.key and b.key.startswith("live:")] == ["Train"]
    # histograms, std line, table: each button says what it holds (two identical "Download
    # CSV" buttons stood side by side, issue 9.7)
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == [
        "Download the histograms (CSV)",
        "Download the std per layer (CSV)",
        "Download the table (CSV)",
    ]


def test_moving_a_control_changes_the_figure_and_the_url():
    at = open_page(INIT)
    before = bar_heights(hist_figure(at))
    widget(at, "slider", "Layers").set_value(8).run()
    after = bar_heights(hist_figure(at))
    assert len(after) == 8
    assert dict(at.query_params) == {"layers": "8"}
    widget(at, "segmented_control", "Initial weights").set_value("xavier").run()
    xavier = bar_heights(hist_figure(at))
    assert not np.allclose(xavier[0], after[0])
    assert not np.allclose(before[0], xavier[0])
    assert dict(at.query_params) == {"layers": "8", "init": "xavier"}
    assert "Saturation." not in texts(at)


def test_url_parameters_restore_every_control():
    at = open_page(
        INIT,
        layers=7,
        nodes=50,
        samples=2000,
        activation="tanh",
        init="custom",
        scale=0.05,
        range="book",
        gradients=1,
        iterations=500,
        seed=3,
    )
    assert not at.exception and not warnings(at)
    assert widget(at, "slider", "Layers").value == 7
    assert widget(at, "slider", "Nodes per layer").value == 50
    assert widget(at, "slider", "Samples").value == 2000
    assert widget(at, "segmented_control", "Activation function").value == "tanh"
    assert widget(at, "segmented_control", "Initial weights").value == "custom"
    assert widget(at, "select_slider", "Custom std σ (log scale)").value == 0.05
    assert widget(at, "segmented_control", "Histogram range").value == "book"
    assert widget(at, "toggle", "Show gradients too").value is True
    assert widget(at, "slider", "Iterations").value == 500
    assert at.sidebar.number_input[0].value == 3
    fig = hist_figure(at)
    assert len(bar_heights(fig)) == 14  # 7 activation and 7 gradient panels
    title = unwrapped(fig["layout"]["title"]["text"])
    assert title == "What comes out of each layer: tanh, std 0.05"
    # and the app writes the same link back
    assert dict(at.query_params) == {
        "layers": "7",
        "nodes": "50",
        "samples": "2000",
        "activation": "tanh",
        "init": "custom",
        "scale": "0.05",
        "range": "book",
        "gradients": "1",
        "iterations": "500",
        "seed": "3",
    }


@pytest.mark.parametrize(
    "param, raw, named, used_value",
    [
        ("layers", "50", "` layers ` = ` 50 `", "using 20"),
        ("nodes", "abc", "` nodes ` = ` abc `", "using 100"),
        ("activation", "softmax", "` activation ` = ` softmax `", "using sigmoid"),
        ("scale", "0.0011", "` scale ` = ` 0.0011 `", "using the nearest, 0.0012"),
        ("bogus", "1", "parameter ` bogus `", "ignored"),
        ("seed", "-4", "` seed ` = ` -4 `", "using 0"),
    ],
)
def test_a_bad_url_parameter_warns_naming_it_and_the_value_used(param, raw, named, used_value):
    at = open_page(INIT, **{param: raw})
    assert not at.exception
    (message,) = warnings(at)
    assert named in message and used_value in message
    assert param not in at.query_params or at.query_params[param] != raw


def test_out_of_range_layers_use_the_nearest_allowed_value():
    at = open_page(INIT, layers=50)
    assert widget(at, "slider", "Layers").value == 20
    assert len(bar_heights(hist_figure(at))) == 20


@pytest.mark.parametrize(
    ("lang", "title", "sliders", "figure_title", "panel", "terms"),
    [
        (
            "zh-TW",
            "權重初始值與活化值的分布",
            ["層數", "每層節點數", "樣本數"],
            "每一層的輸出：sigmoid，σ = 1",
            "第 1 層",
            ["飽和"],
        ),
        (
            "ja",
            "重みの初期値とアクティベーション分布",
            ["層の数", "各層のノード数", "サンプル数"],
            "各層から出てくるもの：sigmoid、σ = 1",
            "1層目",
            ["飽和", "勾配消失"],
        ),
    ],
)
def test_lang_translates_the_page_and_its_figure(lang, title, sliders, figure_title, panel, terms):
    at = open_page(INIT, lang=lang)
    assert not at.exception
    assert at.title[0].value == title
    assert [s.label for s in at.slider][:3] == sliders
    fig = hist_figure(at)
    assert unwrapped(fig["layout"]["title"]["text"]) == figure_title
    assert panel in [a["text"] for a in fig["layout"]["annotations"]]
    assert [term for term in terms if term not in texts(at)] == []


def test_the_sidebar_language_switch_changes_the_text():
    at = open_page(INIT)
    at.sidebar.segmented_control[0].set_value("zh-TW").run()
    assert at.title[0].value == "權重初始值與活化值的分布"
    assert at.query_params["lang"] == "zh-TW"
    at.sidebar.segmented_control[0].set_value("ja").run()
    assert at.title[0].value == "重みの初期値とアクティベーション分布"
    assert at.query_params["lang"] == "ja"


def test_the_seed_changes_the_random_draw():
    at = open_page(INIT)
    seed0 = bar_heights(hist_figure(at))[0]
    at.sidebar.number_input[0].set_value(7).run()
    assert not np.allclose(bar_heights(hist_figure(at))[0], seed0)
    assert at.query_params["seed"] == "7"


def test_book_settings_resets_this_pages_controls():
    at = open_page(INIT, layers=9, activation="relu", gradients=1, seed=4)
    widget(at, "button", "Book settings").click().run()
    assert widget(at, "slider", "Layers").value == 5
    assert widget(at, "segmented_control", "Activation function").value == "sigmoid"
    assert widget(at, "toggle", "Show gradients too").value is False
    assert dict(at.query_params) == {"seed": "4"}  # the seed is not a book setting
    assert len(bar_heights(hist_figure(at))) == 5


def test_settings_survive_a_visit_to_another_page():
    at = open_page(INIT, layers=9)
    at.switch_page("pages/home.py").run()
    at.switch_page(INIT).run()
    assert widget(at, "slider", "Layers").value == 9
    assert not warnings(at)


@pytest.mark.parametrize(
    "params, note",
    [
        (
            {"layers": 20, "nodes": 500, "init": "custom", "scale": 10, "activation": "relu"},
            "Overflow.",
        ),
        ({"init": "custom", "scale": 10, "activation": "sigmoid", "gradients": 1}, "Saturation."),
        (
            {"init": "custom", "scale": 0.0001, "activation": "relu", "layers": 20},
            "The signal dies out.",
        ),
    ],
)
def test_extreme_settings_give_a_note_and_finite_charts(params, note):
    at = open_page(INIT, **params)
    assert not at.exception
    assert note in texts(at)
    for fig in figures(at):
        for trace in fig["data"]:
            for axis in ("x", "y"):
                if axis in trace:
                    assert np.all(np.isfinite(values(trace[axis]).astype(float)))


def test_a_link_asking_for_too_many_values_gets_fewer_samples_and_says_so():
    """Issue 8.5: this link cost 7.4 CPU-s and 1.29 GB on one render."""
    at = open_page(
        INIT,
        layers=20,
        nodes=500,
        samples=5000,
        gradients=1,
        activation="relu",
        init="custom",
        scale=10,
    )
    assert not at.exception
    assert widget(at, "slider", "Samples").value == 1000  # 20 x 500 x 1000 x 2 = 20 million
    assert "At most 1,000 samples with 20 layers of 500 nodes and their gradients" in texts(at)
    counts = [values(tr["y"]) for tr in hist_figure(at)["data"] if tr["type"] == "bar"]
    assert len(counts) == 40  # every layer's activations and gradients are still drawn
    # the URL shows the samples used: 1000, the book's, is left out of it like every default
    assert "samples" not in at.query_params and at.query_params["layers"] == "20"


def test_the_default_settings_say_nothing_about_the_sample_limit():
    assert "At most" not in texts(open_page(INIT))


def test_training_streams_the_three_inits_then_a_second_visit_draws_the_stored_result():
    at = open_page(INIT, iterations=20, seed=1)
    widget(at, "button", "Train").click().run()
    assert not at.exception
    loss = figures(at)[-1]
    curves = [tr for tr in loss["data"] if tr.get("showlegend") is not False]
    assert [tr["name"] for tr in curves] == ["std 0.01", "Xavier", "He"]
    assert all(values(tr["x"]).max() == 20 for tr in curves)
    assert loss["layout"]["xaxis"]["range"] == [0, 20]
    labels = [m.label for m in at.metric]
    assert labels == [f"{n}: loss (mean of the last 100)" for n in ("std 0.01", "Xavier", "He")]
    std001 = float(at.metric[0].value)
    assert 2.2 < std001 < 2.4  # std 0.01 does not learn (book: 2.30)

    again = open_page(INIT, iterations=20, seed=1)
    assert "trained on this server before" in texts(again)
    assert not [b for b in again.button if b.label == "Train"]
    assert len(figures(again)) == len(figures(at))


def test_small_numbers_are_written_whole_and_the_note_agrees_with_the_table():
    """Issue 9.5: at these settings the table showed "2.31 × 10⁻" (exponent cut) and the note
    above it "std 0.000" while the table held 9.05 × 10⁻⁷."""
    at = open_page(INIT, activation="tanh", init="custom", scale=0.025, layers=10)
    assert not at.exception
    (table,) = at.table
    shown = table.value
    assert list(shown.columns) == ["layer", "mean", "std", "saturated (%)"]
    numbers = [*shown["mean"], *shown["std"]]
    powers = [n for n in numbers if "×" in n]
    assert len(powers) >= 10  # this network's later layers are all but silent
    for text in powers:  # mantissa × 10 and a whole superscript exponent, no line break inside
        assert re.fullmatch(r"-?\d\.\d\d\u00a0×\u00a010⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+", text), text
    last_std = shown["std"].iloc[-1]
    page = texts(at)
    assert f"std {last_std}:" in page  # the note quotes the table's number
    assert "0.000" not in page


def activation_axis(fig) -> dict:
    return fig["layout"]["xaxis"]


def layer_shares(fig, layer: int) -> np.ndarray:
    return bar_heights(fig)[layer - 1]


def test_sigmoid_histograms_span_zero_to_one_so_the_std_001_collapse_is_one_spike():
    """Issue 9.3: zoomed to the values (0.38-0.61), std 0.01's collapse to 0.5 looked like an
    ordinary bell curve. Over the book's (0, 1) it is one spike, and the chart says so."""
    at = open_page(INIT, init="0.01")
    fig = hist_figure(at)
    assert activation_axis(fig)["range"] == [0.0, 1.0]
    assert unwrapped(fig["layout"]["title"]["subtitle"]["text"]) == (
        "x axis: 0 to 1, every value sigmoid can take"
    )
    # 0.5 is an edge of the book's 30 bins: all the values in the two bins beside it
    assert np.sort(layer_shares(fig, 5))[-2:].sum() > 99
    assert dict(at.query_params) == {"init": "0.01"}  # the default range needs no parameter

    zoomed = hist_figure(open_page(INIT, init="0.01", range="auto"))  # a link from before
    assert "range" not in activation_axis(zoomed)
    spread = layer_shares(zoomed, 5)  # the same values, spread like a bell curve
    assert np.count_nonzero(spread >= 1) >= 5 and np.sort(spread)[-2:].sum() < 60
    assert unwrapped(zoomed["layout"]["title"]["subtitle"]["text"]).startswith(
        "x axis: zoomed to the values"
    )


def test_tanh_spans_minus_one_to_one_and_relu_all_its_values():
    tanh = hist_figure(open_page(INIT, activation="tanh"))
    assert activation_axis(tanh)["range"] == [-1.0, 1.0]
    assert activation_axis(tanh)["tickvals"] == [-1.0, 0.0, 1.0]
    relu = hist_figure(open_page(INIT, activation="relu"))  # std 1: values up to ~10⁴
    assert "range" not in activation_axis(relu)
    assert "no upper bound" in unwrapped(relu["layout"]["title"]["subtitle"]["text"])
    assert values(relu["data"][-1]["x"]).max() > 100  # nothing cut off


def test_the_book_range_link_still_draws_zero_to_one_and_says_so_in_chinese():
    at = open_page(INIT, activation="tanh", range="book", lang="zh-TW")
    assert not warnings(at)
    fig = hist_figure(at)
    assert activation_axis(fig)["range"] == [0.0, 1.0]
    assert fig["layout"]["title"]["subtitle"]["text"] == "橫軸：書中的 0 到 1；範圍外的值不畫出"
    assert "被切掉的值。" in texts(at)  # tanh's negative half is outside (0, 1)


def test_the_init_comparison_trains_with_the_optimizer_chosen():
    """Issue 9.8: "and with Adam?" The book's comparison is SGD-only; SGD stays the default."""
    at = open_page(INIT, iterations=20, seed=2)
    assert widget(at, "segmented_control", "Optimizer").value == "sgd"
    assert "with SGD (learning rate 0.01" in texts(at)
    widget(at, "button", "Train").click().run()
    sgd = figures(at)[-1]
    widget(at, "segmented_control", "Optimizer").set_value("adam").run()
    assert at.query_params["optimizer"] == "adam"
    assert "with Adam (learning rate 0.001" in texts(at)
    if [b for b in at.button if b.label == "Train"]:
        widget(at, "button", "Train").click().run()
    assert not at.exception
    adam = figures(at)[-1]
    assert unwrapped(adam["layout"]["title"]["text"]) == "Training loss on MNIST, Adam"
    assert unwrapped(sgd["layout"]["title"]["text"]) == "Training loss on MNIST, SGD"
    he = [
        values(next(tr["y"] for tr in fig["data"] if tr.get("name") == "He")) for fig in (sgd, adam)
    ]
    assert len(he[0]) == len(he[1]) == 20 and not np.allclose(he[0], he[1])


def test_the_std_001_run_is_explained_in_iterations_and_epochs():
    at = open_page(INIT, iterations=40)
    at.button(key="live:init_comparison:action").click().run()
    page = texts(at).replace("\u00a0", " ")
    # 4,000 images in mini-batches of 128: 31 iterations an epoch.
    assert re.search(
        r"\*\*std 0\.01\*\*: by iteration 31 \(epoch 1\), the weight-gradient \(dW\) std of "
        r"layer 1 fell to [\d.]+ × 10⁻[⁰-⁹]+, below its sane range",
        page,
    )
    assert "With std 0.01, each ReLU layer multiplies the signal by about 0.01" in page
    assert "**He**: by" not in page and "**Xavier**: by" not in page  # they learn
    assert not [b for b in at.button if b.key and b.key.startswith("fix:")]  # the He run is it
