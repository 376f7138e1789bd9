"""Colour is never the only cue (issue 18): the palette stays apart under protanopia and
deuteranopia, runs differ by marker shape and dash as well as colour, and text drawn in the
lab's own colours is readable (WCAG AA 4.5:1).

Colour-vision deficiency is simulated with Machado, Oliveira & Fernandes (2009), "A
Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), the
matrices for severity 1.0 (applied to linear RGB); distances are CIE 1976 ΔE in CIELAB (D65).

Measured (the seven series colours of ui.figures.style.SERIES, closest pairs):
    normal vision   blue / sky blue      26.4     orange / vermillion  33.4
    protanopia      purple / sky blue    20.7     blue / purple        22.7
    deuteranopia    green / purple       17.9     orange / vermillion  18.3
and the classic red #D62728 / green #2CA02C pair falls from 119.8 to 7.3 under deuteranopia.
"""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from engine.progress import BASELINE, MAIN
from ui.figures import diagrams, lines
from ui.figures.style import SERIES, contrast, readable, text_on
from ui.overfitting.curves import accuracy_and_norm
from ui.overfitting.masks import DROPPED
from ui.plane.figures import CLASS_COLOURS

MACHADO_2009 = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
}
SRGB_TO_XYZ = np.array(
    [
        [0.4124564, 0.3575761, 0.1804375],
        [0.2126729, 0.7151522, 0.0721750],
        [0.0193339, 0.1191920, 0.9503041],
    ]
)
WHITE_D65 = np.array([0.95047, 1.0, 1.08883])
APART = 15.0  # ΔE76 between any two series colours, under each deficiency


def linear_rgb(hex_colour: str) -> np.ndarray:
    c = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def lab(linear: np.ndarray) -> np.ndarray:
    f = SRGB_TO_XYZ @ np.clip(linear, 0, 1) / WHITE_D65
    f = np.where(f > (6 / 29) ** 3, np.cbrt(f), f / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def seen(hex_colour: str, deficiency: str | None) -> np.ndarray:
    """The colour in CIELAB as a viewer with `deficiency` (None: normal vision) sees it."""
    matrix = np.eye(3) if deficiency is None else np.array(MACHADO_2009[deficiency])
    return lab(matrix @ linear_rgb(hex_colour))


def delta_e(a: str, b: str, deficiency: str | None) -> float:
    return float(np.linalg.norm(seen(a, deficiency) - seen(b, deficiency)))


def test_the_simulation_tells_the_classic_red_green_pair_apart_only_for_normal_vision():
    red, green = "#D62728", "#2CA02C"
    assert delta_e(red, green, None) > 50
    assert delta_e(red, green, "deuteranopia") < 10  # the pair the palette avoids


@pytest.mark.parametrize("deficiency", [None, "protanopia", "deuteranopia"])
def test_every_two_series_colours_stay_apart(deficiency):
    distances = {(a, b): delta_e(a, b, deficiency) for a, b in itertools.combinations(SERIES, 2)}
    closest = min(distances, key=distances.get)
    assert distances[closest] >= APART, (closest, round(distances[closest], 1))


@pytest.mark.parametrize("deficiency", [None, "protanopia", "deuteranopia"])
def test_the_two_classes_and_kept_and_dropped_units_stay_apart(deficiency):
    assert delta_e(*CLASS_COLOURS, deficiency) >= APART
    assert delta_e(SERIES[0], DROPPED, deficiency) >= APART
    assert contrast(SERIES[0], DROPPED) >= 3  # apart in lightness too (greyscale print)


def runs_frame(runs: list[str], epochs: int = 30) -> pd.DataFrame:
    rows = [
        {
            "run": run,
            "epoch": e,
            "train_acc": 0.5 + 0.01 * e + 0.02 * i,
            "test_acc": 0.5,
            "weight_norm": 10.0 + i,
        }
        for i, run in enumerate(runs)
        for e in range(1, epochs + 1)
    ]
    return pd.DataFrame(rows)


def test_the_overlays_five_runs_differ_by_marker_shape():
    runs = ["none", "decay", "dropout", "both", "bn"]
    labels = {
        "x": "epoch",
        "acc": "accuracy",
        "norm": "norm",
        "train": "train",
        "test": "test",
        "gap": "gap {gap:.2f}",
    }
    fig = accuracy_and_norm(runs_frame(runs), labels, {r: r for r in runs}, 30)
    symbols = {}
    for trace in fig.data:
        if trace.xaxis == "x" and "lines" in trace.mode:
            symbols.setdefault(trace.legendgroup.split(" · ")[0], set()).add(trace.marker.symbol)
    assert len(symbols) == 5 and all(len(s) == 1 for s in symbols.values())
    assert len({next(iter(s)) for s in symbols.values()}) == 5  # five different shapes


def test_line_chart_series_differ_by_marker_shape():
    frame = runs_frame(["0.01", "xavier", "he"]).rename(
        columns={"run": "init", "epoch": "iteration"}
    )
    frame["loss"] = frame["train_acc"]
    fig = lines.loss_curves(
        frame, {"x": "iteration", "y": "loss"}, {"0.01": "std", "xavier": "X", "he": "He"}
    )
    shapes = [tr.marker.symbol for tr in fig.data if tr.showlegend is not False]
    assert len(shapes) == 3 and len(set(shapes)) == 3


def test_a_main_and_a_reference_run_differ_by_width_and_markers_not_only_colour():
    fig = accuracy_and_norm(
        runs_frame([MAIN, BASELINE]),
        {"x": "e", "acc": "a", "norm": "n", "train": "train", "test": "test", "gap": "{gap}"},
        {MAIN: "m", BASELINE: "b"},
        30,
    )
    acc = [tr for tr in fig.data if tr.xaxis == "x" and "train" in tr.name]
    assert {tr.line.width for tr in acc} == {3, 7}
    assert len({tr.marker.symbol for tr in acc}) == 2


@pytest.mark.parametrize("series", SERIES)
def test_a_label_in_a_series_colour_is_readable_on_white(series):
    shade = readable(series)
    assert contrast(shade, "#FFFFFF") >= 4.5
    assert contrast(shade, series) < 2.5  # still recognisably the series' colour


def test_the_training_loops_boxes_have_readable_text():
    steps = [{"label": f"step {i}", "group": i} for i in range(4)] + [{"label": "x", "group": None}]
    fig = diagrams.flow_diagram(steps[:3], steps[3:], {"title": "loop"})
    fills = [s.fillcolor for s in fig.layout.shapes if s.type == "rect"]
    texts = [a.font.color for a in fig.layout.annotations if a.text.startswith(("step", "x"))]
    assert len(fills) == len(texts) == 5
    for fill, text in zip(fills, texts, strict=True):
        assert contrast(fill, text if text.startswith("#") else "#FFFFFF") >= 4.5, (fill, text)


def test_text_on_picks_the_readable_one():
    assert text_on("#E69F00") != "#FFFFFF"  # white on orange is 2:1
    assert text_on("#0072B2") == "#FFFFFF"


def test_axis_text_is_dark_enough_to_read():
    """Streamlit's theme greys axis titles and ticks to #808495 (3.7:1); the lab's are 4.5:1+."""
    runs = [MAIN, BASELINE]
    labels = {"x": "e", "acc": "a", "norm": "n", "train": "t", "test": "s", "gap": "{gap}"}
    fig = accuracy_and_norm(runs_frame(runs), labels, {r: r for r in runs}, 30)
    for name in ("xaxis", "yaxis", "xaxis2", "yaxis2"):
        axis = fig.layout[name]
        assert contrast(axis.tickfont.color, "#FFFFFF") >= 4.5
        assert contrast(axis.title.font.color, "#FFFFFF") >= 4.5
    assert contrast("#808495", "#FFFFFF") < 4.5  # the theme's grey, which it replaces
