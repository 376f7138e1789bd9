"""Two shared pieces the chapter pages added: the Interval control (a range slider whose URL
value is "from,to") and panel_grid (small multiples sharing their axes)."""

import pytest

from ui.controls import Interval, encode_params, parse_params
from ui.figures.panels import panel_grid
from ui.form import usable_value

RANGE = Interval("lr_range", (-6.0, -2.0), -8.0, -1.0, step=0.1)


def test_an_interval_reads_and_writes_from_to():
    values, problems = parse_params([RANGE], {"lr_range": "-4.5,-2"})
    assert values == {"lr_range": (-4.5, -2.0)} and problems == []
    assert encode_params([RANGE], values) == {"lr_range": "-4.5,-2"}
    assert encode_params([RANGE], {"lr_range": (-6.0, -2.0)}) == {}  # the default is not written
    values, problems = parse_params([RANGE], {"lr_range": "-2,-4.5"})  # the wrong way round
    assert values == {"lr_range": (-4.5, -2.0)} and problems == []


@pytest.mark.parametrize(
    "raw, reason, used",
    [
        ("-9,-2", "out_of_range", "-8,-2"),
        ("-4.55,-2", "snapped", "-4.6,-2"),
        ("-4", "not_a_number", "-6,-2"),
        ("a,b", "not_a_number", "-6,-2"),
        ("-5,-4,-3", "not_a_number", "-6,-2"),
    ],
)
def test_a_bad_interval_in_a_link_is_a_problem_with_the_value_used(raw, reason, used):
    _, (problem,) = parse_params([RANGE], {"lr_range": raw})
    assert (problem.reason, problem.used) == (reason, used)


def test_a_fix_button_can_set_an_interval():
    assert usable_value(RANGE, (-1.04, -7.96)) == (-8.0, -1.0)
    assert usable_value(RANGE, "-3") is None
    assert usable_value(RANGE, (float("nan"), 1)) is None


def line(y):
    return {"type": "scatter", "x": [0, 1], "y": y, "mode": "lines"}


def test_panels_share_their_axes_and_label_only_the_outer_ticks():
    panels = [(f"p{i}", [line([i, i + 1])]) for i in range(5)]
    fig = panel_grid(
        panels, cols=2, labels={"title": "T", "x": "epoch", "y": "acc"}, x_axis={"range": [0, 1]}
    )
    assert [tr.xaxis for tr in fig.data] == ["x", "x2", "x3", "x4", "x5"]
    assert [a.text for a in fig.layout.annotations] == ["p0", "p1", "p2", "p3", "p4"]
    layout = fig.layout
    assert layout.xaxis2.matches == "x" and layout.yaxis5.matches == "y"
    assert layout.xaxis5.range == (0, 1)  # the shared settings reach every panel
    # y ticks on the first column; x ticks under the lowest panel of each column (p3 has
    # nothing under it: the fifth panel sits in the first column)
    assert [layout[f"yaxis{s}"].showticklabels for s in ("", "2", "3", "4", "5")] == [
        True,
        False,
        True,
        False,
        True,
    ]
    assert [layout[f"xaxis{s}"].showticklabels for s in ("", "2", "3", "4", "5")] == [
        False,
        False,
        False,
        True,
        True,
    ]
    assert layout.xaxis5.title.text == "epoch" and layout.yaxis.title.text == "acc"
    # panels stay inside the figure and apart
    tops = sorted({layout[f"yaxis{s}"].domain[1] for s in ("", "3", "5")}, reverse=True)
    assert tops[0] <= 1 and len(tops) == 3
