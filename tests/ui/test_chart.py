"""ui.chart and ui.figures.plotted (issue 18): a chart needs its description; the numbers a
figure plots are read back from the figure itself; projector mode enlarges pixel lengths and
never data; the live region and the toggle in a page (AppTest)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

from ui import describe
from ui.chart import Chart, draw, escaped, markdown_table
from ui.figures.panels import panel_grid
from ui.figures.plotted import GUIDE, MAX_POINTS, enlarged, numbers

LABELS = {"series": "Series", "x": "x", "y": "y", "z": "Value"}


def test_a_chart_without_a_description_is_refused():
    with pytest.raises(ValueError):
        Chart(go.Figure(), "  ")
    with pytest.raises(ValueError):
        Chart(go.Figure(), "<br>")  # markup only: nothing to hear
    with pytest.raises(TypeError):
        draw(go.Figure(), key="bare")  # a bare figure never reaches the page


def test_the_numbers_are_the_points_drawn_named_by_the_axes():
    fig = go.Figure(
        [
            go.Scatter(x=np.arange(100), y=np.arange(100) / 100, name="long", mode="lines"),
            go.Scatter(x=[0, 1, 2], y=[0.5, np.nan, 0.7], name="short"),
            go.Scatter(x=[None], y=[None], name="legend only"),
        ],
        layout={"xaxis": {"title": {"text": "Epoch"}}, "yaxis": {"title": {"text": "Accuracy"}}},
    )
    table, thinned = numbers(fig, LABELS)
    assert list(table.columns) == ["Series", "Epoch", "Accuracy"]
    long = table[table["Series"] == "long"]
    assert thinned and len(long) == MAX_POINTS
    assert long["Epoch"].iloc[0] == 0 and long["Epoch"].iloc[-1] == 99  # both ends kept
    short = table[table["Series"] == "short"]
    assert short["Accuracy"].tolist() == [0.5, 0.7]  # the NaN is not drawn, not listed
    assert "legend only" not in set(table["Series"])


def test_a_heatmaps_numbers_are_its_cells_and_a_big_one_is_left_out():
    small = go.Figure(go.Heatmap(z=[[0.1, 0.2], [0.3, np.nan]], x=["a", "b"], y=["r1", "r2"]))
    table, _ = numbers(small, LABELS)
    assert table.values.tolist() == [["a", "r1", 0.1], ["b", "r1", 0.2], ["a", "r2", 0.3]]
    big = go.Figure(go.Heatmap(z=np.zeros((61, 61))))
    assert numbers(big, LABELS)[0].empty


def test_projector_mode_scales_pixels_not_data():
    fig = go.Figure(
        go.Scatter(x=[1, 2], y=[3, 4], line={"width": 3}, marker={"size": 8}),
        layout={
            "height": 400,
            "font": {"size": 15},
            "margin": {"l": 70, "t": 50},
            "annotations": [{"text": "gap", "x": 2, "y": 3, "xshift": -6, "font": {"size": 11}}],
            "xaxis": {"range": [0, 10], "tickfont": {"size": 12}},
        },
    )
    fig.add_bar(x=[1, 2], y=[1, 1], width=[0.5, 0.5])
    big = enlarged(fig, 1.5)
    layout, line = big["layout"], big["data"][0]
    assert layout["height"] == 600 and layout["margin"] == {"l": 105, "t": 75}
    assert layout["font"]["size"] == 22.5 and layout["xaxis"]["tickfont"]["size"] == 18
    assert layout["annotations"][0]["font"]["size"] == 16.5
    assert layout["annotations"][0]["xshift"] == -9 and layout["annotations"][0]["x"] == 2
    assert line["line"]["width"] == 4.5 and line["marker"]["size"] == 12
    assert list(line["x"]) == [1, 2] and layout["xaxis"]["range"] == [0, 10]  # data untouched
    assert list(big["data"][1]["width"]) == [0.5, 0.5]  # a bar's width is in data units
    assert fig.layout.height == 400  # the shared figure itself is left as it was
    # What Streamlit's theme would draw at its own sizes is sized, enlarged.
    assert layout["yaxis"]["tickfont"]["size"] == 18 and layout["legend"]["font"]["size"] == 18
    assert layout["yaxis"]["title"]["font"]["size"] == 21


def test_a_description_is_shown_as_it_is():
    text = "λ = 0.1: $x$ *bold* [link](http://x) | 2 < 3"
    assert escaped(text).count("\\") >= 8
    table = markdown_table(pd.DataFrame({"a|b": ["x|y"], "n": [0.123456]}))
    assert "a\\|b" in table and "x\\|y" in table and "0\\.1235" in table


def test_curves_are_described_from_start_to_end_with_the_axis_name():
    fig = go.Figure(
        [
            go.Scatter(x=[1, 2, 3], y=[0.2, 0.5, 0.875], name="with BN"),
            go.Scatter(x=[1, 2], y=[0.1, np.nan], name="without BN"),
        ],
        layout={"title": {"text": "Accuracy<br>by epoch"}, "xaxis": {"title": {"text": "epoch"}}},
    )
    text = describe.curves(fig)
    assert text.startswith("Accuracy by epoch.")
    assert "with BN: from 0.200 at epoch 1 to 0.875 at epoch 3" in text
    assert "without BN: from 0.100 at epoch 1 to 0.100 at epoch 1" in text


def live_app():
    import plotly.graph_objects as go
    import streamlit as st

    from ui import chart

    fig = go.Figure(go.Scatter(x=[1, 2], y=[3, 4], name="run"), layout={"title": {"text": "T"}})
    one = chart.Chart(fig, "T. run: from 3 to 4.")
    live = st.session_state.get("live", False)
    chart.announce("" if live else one.description)
    chart.draw(one, key="c", live=live)


def test_a_live_chart_is_named_as_training_and_the_final_one_is_described_and_announced():
    at = AppTest.from_function(live_app)
    at.session_state["live"] = True
    at.run()
    (element,) = at.get("plotly_chart")
    assert "training" in element.proto.alt and not at.expander
    region = at.markdown[0].value
    assert 'role="status"' in region and 'aria-live="polite"' in region and "from 3" not in region
    at.session_state["live"] = False
    at.run()
    (element,) = at.get("plotly_chart")
    assert element.proto.alt == "T. run: from 3 to 4."
    assert "from 3 to 4" in at.markdown[0].value  # the live region now holds the result
    (toggle,) = at.expander
    assert toggle.label == "Describe this chart"
    shown = " ".join(m.value for m in toggle.markdown)
    assert "from 3 to 4" in shown and "| run | 1 | 3 |" in shown  # description and numbers


def test_small_multiples_name_each_point_by_its_panel_and_guides_are_left_out():
    def curve(name, y):
        return {"type": "scatter", "x": [0, 1], "y": y, "mode": "lines", "name": name}

    contour = {"type": "scatter", "x": [5, 6, 7], "y": [5, 6, 7], "mode": "lines", "meta": GUIDE}
    panels = [
        ("std 1", [contour, curve("with BN", [0.1, 0.5])]),
        ("std 0.1", [curve("", [0.2, 0.9])]),
    ]
    fig = panel_grid(panels, cols=2, labels={"title": "T", "x": "epoch", "y": "accuracy"})
    table, _ = numbers(fig, LABELS)
    # The axes are titled on the outer panels only, and every panel shares them.
    assert list(table.columns) == ["Series", "epoch", "accuracy"]
    assert table.values.tolist() == [
        ["std 1 · with BN", 0, 0.1],
        ["std 1 · with BN", 1, 0.5],
        ["std 0.1", 0, 0.2],
        ["std 0.1", 1, 0.9],
    ]  # no row of the contour's 5, 6, 7


def test_a_scatter_coloured_by_a_number_lists_that_number():
    fig = go.Figure(
        go.Scatter(
            x=[1e-3, 1e-2],
            y=[1e-6, 1e-5],
            mode="markers",
            name="trial",
            marker={"color": [0.3, 0.8]},
        )
    )
    table, _ = numbers(fig, LABELS)
    assert table.values.tolist() == [["trial", 1e-3, 1e-6, 0.3], ["trial", 1e-2, 1e-5, 0.8]]
    one_colour = go.Figure(go.Scatter(x=[1], y=[2], mode="markers", marker={"color": "#0072B2"}))
    assert list(numbers(one_colour, LABELS)[0].columns) == ["x", "y"]


def test_a_series_without_the_colour_number_leaves_its_cell_empty_not_nan():
    # The search's scatter: trials coloured by accuracy, and the best one ringed on its own.
    fig = go.Figure(
        [
            go.Scatter(x=[1e-3, 1e-2], y=[1e-6, 1e-5], name="trial", marker={"color": [0.3, 0.8]}),
            go.Scatter(x=[1e-2], y=[1e-5], name="best", marker={"color": "#000000"}),
        ]
    )
    shown = markdown_table(numbers(fig, LABELS)[0])
    assert "nan" not in shown.lower()
    best = [line for line in shown.splitlines() if line.startswith("| best")]
    assert len(best) == 1 and best[0].rstrip().endswith("|  |"), best
