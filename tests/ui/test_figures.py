"""Figure builders: the right panels, shared axes, styles that carry meaning, labelled axes."""

import numpy as np
import pandas as pd
import pytest

from engine.histograms import activation_distributions
from tests.helpers import unwrapped
from ui import i18n
from ui.batchnorm import comparison, scale_grid
from ui.figures import diagrams, lines, style
from ui.weight_init import histograms

HIST_LABELS = {
    "title": "Activations",
    "layer": "Layer {layer}",
    "y": "share (%)",
    "name_activation": "Activations",
    "name_gradient": "Gradients",
    "x_activation": "activation value z",
    "x_gradient": "gradient dL/da",
}
CURVE_LABELS = {"title": "Loss", "x": "iteration", "y": "loss"}


def axes(fig, letter):
    """layout axis objects for x or y, in subplot order."""
    layout = fig.layout
    names = sorted(
        (k for k in layout.to_plotly_json() if k.startswith(f"{letter}axis")),
        key=lambda k: int(k[5:] or 1),
    )
    return [layout[k] for k in names]


def bars(fig):
    return [tr for tr in fig.data if tr.type == "bar"]


@pytest.fixture(scope="module")
def sigmoid_hist():
    return activation_distributions(layers=5, activation="sigmoid", gradients=True, seed=0)


def test_histogram_grid_draws_one_panel_per_layer_and_quantity(sigmoid_hist):
    fig = histograms.histogram_grid(sigmoid_hist.histograms, HIST_LABELS)
    assert len(bars(fig)) == 10
    titles = [a.text for a in fig.layout.annotations]
    assert titles.count("Layer 3") == 2  # once in the activation row, once in the gradients row
    # bars are the engine's shares in percent
    first = sigmoid_hist.histograms.query("quantity == 'activation' and layer == 1")
    np.testing.assert_allclose(bars(fig)[0].y, first["share"] * 100)


def test_histogram_panels_share_axes_within_a_quantity(sigmoid_hist):
    fig = histograms.histogram_grid(sigmoid_hist.histograms, HIST_LABELS)
    xs, ys = axes(fig, "x"), axes(fig, "y")
    assert [a.matches for a in xs] == [None, "x", "x", "x", "x", None, "x6", "x6", "x6", "x6"]
    assert [a.matches for a in ys] == [None, "y", "y", "y", "y", None, "y6", "y6", "y6", "y6"]
    # tick labels on the left column only, and every row block labelled with its quantity
    assert [a.showticklabels for a in ys] == [True, False, False, False, False] * 2
    assert "Activations" in ys[0].title.text and "share (%)" in ys[0].title.text
    assert xs[0].title.text == "activation value z" and xs[5].title.text == "gradient dL/da"


def test_histogram_grid_wraps_twenty_layers_into_rows_of_five():
    """Issue 9.4: ten panels in a row left a phone 30 px per layer title; five fit."""
    result = activation_distributions(layers=20, activation="tanh", weight_init_std="xavier")
    fig = histograms.histogram_grid(result.histograms, HIST_LABELS)
    assert len(bars(fig)) == 20
    domains = {tuple(a.domain) for a in axes(fig, "y")}
    assert len(domains) == 4  # four rows
    assert all(0 <= d <= 1 for a in axes(fig, "y") for d in a.domain)
    assert len({tuple(a.domain) for a in axes(fig, "x")}) == 5  # five columns
    assert fig.layout.height >= 2 * style.ROW_HEIGHT


def test_relu_zero_spike_is_capped_and_labelled():
    result = activation_distributions(activation="relu", weight_init_std="he", seed=0)
    plain = histograms.histogram_grid(result.histograms, HIST_LABELS)
    capped = histograms.histogram_grid(result.histograms, HIST_LABELS, cap_spikes=True)
    top = max(max(b.y) for b in bars(plain))
    ceiling = axes(capped, "y")[0].range[1]
    assert ceiling < top / 3
    # each panel's spike writes its share (the engine's, in %) inside the panel, at the top
    shares = [a for a in capped.layout.annotations if a.text.endswith("%")]
    assert len(shares) == 5 and {a.yref for a in shares} == {"y", "y2", "y3", "y4", "y5"}
    spikes = result.histograms.query("quantity == 'activation'").groupby("layer")["share"].max()
    assert [float(a.text[:-1]) for a in shares] == [round(100 * s) for s in spikes]
    assert all(a.y == ceiling and a.yanchor == "top" for a in shares)
    assert axes(plain, "y")[0].range[1] >= top  # uncapped: every bar drawn whole


def test_a_fixed_value_range_is_drawn_edge_to_edge_and_every_bar_stays_under_the_top():
    """With the book's (0, 1) fixed, Plotly's own autorange of the matched y axes drew 0-4 %
    for bars of 54 %; the grid sets the shared y range itself."""
    result = activation_distributions(weight_init_std=0.01, value_range=(0.0, 1.0))
    fig = histograms.histogram_grid(result.histograms, HIST_LABELS, value_range=(0.0, 1.0))
    x, y = axes(fig, "x")[0], axes(fig, "y")[0]
    assert list(x.range) == [0.0, 1.0] and list(x.tickvals) == [0.0, 0.5, 1.0]
    assert y.range[1] >= max(max(b.y) for b in bars(fig))


def test_std_line_turns_logarithmic_when_the_signal_explodes():
    exploding = activation_distributions(activation="relu", weight_init_std=1.0).stats
    steady = activation_distributions(activation="relu", weight_init_std="he").stats
    labels = {"title": "std", "x": "layer", "y": "standard deviation", "name_activation": "a"}
    assert histograms.std_by_layer(exploding, labels).layout.yaxis.type == "log"
    fig = histograms.std_by_layer(steady, labels)
    assert fig.layout.yaxis.type == "linear"
    assert fig.layout.xaxis.title.text == "layer"
    assert fig.layout.yaxis.title.text == "standard deviation"


def test_std_line_leaves_out_layers_that_overflowed():
    stats = pd.DataFrame(
        {"quantity": "activation", "layer": [1, 2, 3, 4], "std": [1.0, 50.0, np.inf, np.nan]}
    )
    fig = histograms.std_by_layer(stats, {"x": "layer", "y": "std", "name_activation": "a"})
    assert list(fig.data[0].x) == [1, 2]
    assert np.all(np.isfinite(fig.data[0].y))


def accuracy_frame():
    rows = []
    for run in ("main", "baseline"):
        for epoch in range(4):
            rows.append(
                {"run": run, "epoch": epoch, "train_acc": 0.2 * epoch, "test_acc": 0.1 * epoch}
            )
    return pd.DataFrame(rows)


def test_bn_curves_draw_batchnorm_solid_and_plain_dashed():
    frame = pd.DataFrame(
        {
            "batchnorm": [True, True, False, False],
            "epoch": [0, 1, 0, 1],
            "train_acc": [0.1, 0.5, 0.1, 0.2],
        }
    )
    fig = comparison.bn_curves(frame, CURVE_LABELS, {True: "with BN", False: "without BN"})
    assert [(tr.name, tr.line.dash) for tr in fig.data] == [
        ("with BN", "solid"),
        ("without BN", "dash"),
    ]


def test_loss_curves_smooth_over_a_faint_raw_curve_and_keep_a_fixed_x_range():
    frame = pd.DataFrame(
        {"init": "he", "iteration": np.arange(1, 101), "loss": np.linspace(2.3, 0.2, 100)}
    )
    frame.loc[::2, "loss"] += 0.3  # noise
    fig = lines.loss_curves(frame, CURVE_LABELS, {"he": "He"}, smooth=10, x_range=(0, 2000))
    raw, smooth = fig.data
    assert raw.showlegend is False and raw.opacity == pytest.approx(0.3)
    assert smooth.name == "He"
    expected = frame["loss"].rolling(10, center=True, min_periods=1).mean()
    np.testing.assert_allclose(smooth.y, expected)
    assert np.std(np.diff(smooth.y)) < np.std(np.diff(raw.y))
    assert list(fig.layout.xaxis.range) == [0, 2000]


def test_line_chart_drops_points_that_are_not_finite():
    frame = pd.DataFrame({"epoch": [0, 1, 2, 3], "loss": [2.0, 1.0, np.nan, np.inf]})
    fig = lines.line_chart(frame, x="epoch", y="loss", labels=CURVE_LABELS)
    assert list(fig.data[0].x) == [0, 1]
    assert fig.layout.xaxis.title.text == "iteration"


def test_heatmap_prints_numbers_and_outlines_flagged_cells():
    frame = pd.DataFrame(
        {
            "batchnorm": [True, False, True, False],
            "scale": [1.0, 1.0, 0.1, 0.1],
            "acc": [0.42, 0.10, 0.95, 0.98],
            "bn_loses": [False, False, True, False],
        }
    )
    fig = scale_grid.heatmap(
        frame,
        x="batchnorm",
        y="scale",
        z="acc",
        flag="bn_loses",
        labels={"title": "grid", "x": "", "y": "weight scale", "z": "accuracy"},
        x_names={True: "ours, with BN", False: "without BN"},
    )
    hm = fig.data[0]
    assert np.asarray(hm.z).shape == (2, 2)  # a row per scale, a column per run
    assert list(hm.x) == ["ours,<br>with BN", "without<br>BN"]  # headers wrap for a phone
    assert list(hm.y) == ["1", "0.1"] and fig.layout.yaxis.autorange == "reversed"
    assert hm.text[1][0] == "0.95"
    outlines = [s for s in fig.layout.shapes if s.type == "rect"]
    assert len(outlines) == 1 and outlines[0].line.color == style.OKABE_ITO["vermillion"]
    assert (outlines[0].x0, outlines[0].y0) == (-0.5, 0.5)  # column 0, row 1
    assert hm.colorbar.orientation == "h"  # under the grid, not beside it


def test_flow_diagram_draws_a_box_per_step_each_clickable_by_index():
    forward = [{"label": name, "group": g} for name, g in (("Input", None), ("Affine", 0))]
    forward += [{"label": "Activation", "group": 0}, {"label": "Loss", "group": 3}]
    backward = [{"label": "Backward", "group": 1}, {"label": "Update", "group": 2}]
    fig = diagrams.flow_diagram(forward, backward, {"title": "loop"}, loop_label="repeat")
    boxes = [s for s in fig.layout.shapes if s.type == "rect"]
    assert [b.fillcolor for b in boxes] == ["#6B7480", *(style.SERIES[g] for g in (0, 0, 3, 1, 2))]
    markers = fig.data[0]
    assert list(markers.customdata) == [0, 1, 2, 3, 4, 5]
    # two columns (six boxes in a row did not fit a phone): forward down the left, backward
    # up the right from beside the last forward box
    x, y = list(markers.x), list(markers.y)
    assert len(set(x[:4])) == 1 and len(set(x[4:])) == 1 and x[4] > x[0]
    assert y[:4] == sorted(y[:4], reverse=True) and y[4] == y[3] and y[5] > y[4]
    assert "repeat" in [a.text for a in fig.layout.annotations]


def test_palette_is_okabe_ito_without_its_faint_yellow():
    assert set(style.SERIES) <= set(style.OKABE_ITO.values())
    assert style.OKABE_ITO["yellow"] not in style.SERIES
    assert len(set(style.SERIES)) == len(style.SERIES)


def test_figures_are_sized_for_a_projector():
    fig = lines.line_chart(
        pd.DataFrame({"x": [0, 1], "y": [1, 2]}), x="x", y="y", labels=CURVE_LABELS
    )
    assert fig.layout.font.size >= 14
    assert fig.layout.height >= 360


@pytest.mark.parametrize(
    "title",
    [
        "Final training accuracy after 20 epochs, by initial weight std",
        "訓練 20 個訓練週期（epoch）後的最終訓練準確率，依權重初始值的標準差",
        "Layer 1 of 20",
    ],
)
def test_titles_wrap_to_a_phones_width_and_lose_nothing(title):
    """Plotly never wraps a title: at 390 px the long ones ran off the figure (issue 9.4)."""
    wrapped = style.wrap(title, style.TITLE_UNITS)
    assert all(style.text_units(line) <= style.TITLE_UNITS for line in wrapped.split("<br>"))
    assert unwrapped(wrapped) == title


@pytest.mark.parametrize("lang", ["zh-TW", "ja"])
@pytest.mark.parametrize("units", [12, 18, 24, 36])
def test_wrapping_keeps_cjk_punctuation_and_small_kana_off_the_start_of_a_line(lang, units):
    """Japanese (and Chinese) line breaking: no line of a wrapped figure text starts with
    、。）」ー・ or a small kana, or ends with an opening bracket, and nothing is lost."""
    for key, text in i18n.LANGUAGES[lang].items():
        if "<br>" in text or "\n" in text:
            continue
        lines = style.wrap(text, units).split("<br>")
        for line in lines[1:]:
            assert line[0] not in style.NO_LINE_START, (key, lines)
        for line in lines[:-1]:
            assert line[-1] not in style.NO_LINE_END, (key, lines)
        assert "".join("".join(lines).split()) == "".join(text.split())


def test_a_japanese_title_wraps_between_characters_keeping_its_words():
    wrapped = style.wrap("アクティベーションのヒストグラム（ReLU）とネットワーク", 20)
    assert wrapped == "アクティベーションの<br>ヒストグラム（ReLU）<br>とネットワーク"


def test_a_wrapped_title_gets_its_room_under_the_toolbar_and_the_legend_goes_below():
    one = style.style_layout("Short title", 400)
    three = style.style_layout("word " * 20, 400, "a subtitle")
    assert three["title"]["text"].count("<br>") == 2
    extra = 2 * style.TITLE_LINE_PX + style.SUBTITLE_GAP_PX + style.SUBTITLE_LINE_PX
    assert three["margin"]["t"] - one["margin"]["t"] == extra
    assert three["height"] - one["height"] == three["margin"]["t"] - one["margin"]["t"]
    assert one["margin"]["t"] >= style.TOOLBAR_PX + style.TITLE_LINE_PX
    assert one["legend"]["y"] < 0 and one["legend"]["yanchor"] == "top"


class _Selection:
    def __init__(self, points):
        self.selection = type("S", (), {"points": points})()


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        ([{"customdata": 3}], 3),
        ([{"customdata": [2]}], 2),
        ([{"customdata": "abc"}], None),  # issue 16: a crafted selection raised ValueError
        ([{"customdata": 2.5}], None),
        ([{"customdata": 99}], None),
        ([{"customdata": -1}], None),
        ([{"customdata": True}], None),
        ([{"customdata": [1, 2]}], None),
        (["not a point", {"customdata": 1}], 1),
        ([], None),
    ],
)
def test_a_flow_diagram_click_counts_only_a_real_box(points, expected):
    assert diagrams.clicked_box(_Selection(points), count=8) == expected
    assert diagrams.clicked_box(None, count=8) is None


def test_figures_are_checked_under_the_tests_and_sent_unchecked_alike(monkeypatch):
    # The server skips Plotly's check (ui.figures.style.figure); the tests check, and a figure
    # whose unchecked JSON differs from the checked one fails.
    layout = {"legend": {"orientation": "h", "title": None}, "height": 300}
    trace = {"type": "bar", "x": np.arange(3), "y": [1.0, 2.0, 3.0]}
    checked = style.figure([trace], layout)
    assert checked.layout.legend.orientation == "h" and checked.layout.height == 300
    with pytest.raises(ValueError):  # a property Plotly does not know
        style.figure([trace], layout | {"heigth": 300})
    with pytest.raises(AssertionError):  # a title Plotly's check turns into {"text": ...}
        style.figure([trace], layout | {"title": "Loss"})
    monkeypatch.delenv(style.CHECK_ENV)
    unchecked = style.figure([trace], layout)
    assert unchecked.to_plotly_json() == checked.to_plotly_json()  # None left out as checked
    assert style.figure([trace], layout | {"heigth": 300}).layout.height == 300  # no check
