"""The weight-initialization page's prediction questions (ui/predict.py), judged from the
result: "what will the last layer look like?" (with small pictures of the possible shapes)
and "which initialization ends with the lowest loss?".

    predict.ask_first(shape_question(v, sigma), settings, stats)
    predict.stream(loss_question(iterations, optimizer, run_names), "init_comparison", ...)
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ui.choices import ACTIVATION_NAMES
from ui.figures.style import CHART_TEXT, OKABE_ITO, wrap
from ui.i18n import t
from ui.numbers import nice_number
from ui.predict import LETTERS, Question, Verdict

ENDS_SHARE = 0.4  # a last layer with this share of saturated values is "piled up at the ends"
SPIKE_WIDTH = 0.05  # ... with a std below this share of the output range is "one spike"
SHRINK, GROW = 0.5, 2.0  # ReLU: last layer's std against the first's
LOSS_TIE = 0.02  # final losses this close to the lowest count as lowest too
WIDTH = {"sigmoid": 1.0, "tanh": 2.0}  # the output ranges' widths
BOUNDED_SHAPES = ("ends", "spike", "spread")
RELU_SHAPES = ("shrink", "keep", "grow")
SHAPE_KEYS = {  # a shape: (the option, why it is not, why it is)
    "ends": ("predict.shape.opt_ends", "predict.shape.not_ends", "predict.shape.why_ends"),
    "spike": ("predict.shape.opt_spike", "predict.shape.not_spike", "predict.shape.why_spike"),
    "spread": ("predict.shape.opt_spread", "predict.shape.not_spread", "predict.shape.why_spread"),
    "shrink": ("predict.shape.opt_shrink", "predict.shape.not_shrink", "predict.shape.why_shrink"),
    "keep": ("predict.shape.opt_keep", "predict.shape.not_keep", "predict.shape.why_keep"),
    "grow": ("predict.shape.opt_grow", "predict.shape.not_grow", "predict.shape.why_grow"),
}
LOSS_KEYS = {  # a run of the init comparison: (why it is lowest, why it is not)
    "0.01": ("predict.loss.why_std", "predict.loss.not_std"),
    "xavier": ("predict.loss.why_xavier", "predict.loss.not_xavier"),
    "he": ("predict.loss.why_he", "predict.loss.not_he"),
}


def last_layer_shape(stats: pd.DataFrame, activation: str) -> tuple[str, dict]:
    """The shape of the last layer's activations: "ends", "spike" or "spread" for sigmoid and
    tanh; "shrink", "keep" or "grow" (its std against the first layer's) for ReLU. Numbers:
    layer, std, mean, percent (saturated), first, ratio (last std / first std)."""
    act = stats[stats["quantity"] == "activation"].sort_values("layer")
    first, last = act.iloc[0], act.iloc[-1]
    std, first_std = float(last["std"]), float(first["std"])
    ratio = std / first_std if first_std > 0 and math.isfinite(std) else math.inf
    saturated = float(last["saturated"])
    args = {
        "layer": int(last["layer"]),
        "std": nice_number(std),
        "mean": nice_number(float(last["mean"])),
        "percent": 100 * saturated if math.isfinite(saturated) else 0.0,
        "first": nice_number(first_std),
        "ratio": nice_number(ratio),
    }
    if activation == "relu":
        if not math.isfinite(std) or ratio > GROW:
            return "grow", args
        return ("shrink" if ratio < SHRINK else "keep"), args
    if saturated >= ENDS_SHARE:
        return "ends", args
    return ("spike" if std < SPIKE_WIDTH * WIDTH[activation] else "spread"), args


def shape_question(values: Mapping, sigma: float) -> Question:
    """ "What will the last layer look like?" at the page's settings (`values`: the form's),
    sigma: the weights' std. ReLU is asked about the spread from layer to layer (its
    histograms are drawn on its own values, so they always look alike)."""
    activation, layers, nodes = values["activation"], values["layers"], values["nodes"]
    shapes = RELU_SHAPES if activation == "relu" else BOUNDED_SHAPES
    options = {s: t(SHAPE_KEYS[s][0]) for s in shapes}
    unavailable = None
    if activation == "relu" and layers < 2:
        unavailable = t("predict.shape.needs_layers")
    elif activation != "relu" and values["range"] != "output":
        unavailable = t("predict.shape.needs_range")
    fixed = {
        "sigma": f"{sigma:.3g}",  # 1, 0.01, 0.141: as the initial-weights control writes it
        "nodes": nodes,
        "xavier": nice_number(math.sqrt(1 / nodes)),
        "he": nice_number(math.sqrt(2 / nodes)),
        "gain": nice_number(sigma * math.sqrt(nodes / 2)),
        "activation": t(ACTIVATION_NAMES[activation]),
    }

    def judge(stats: pd.DataFrame) -> Verdict:
        shape, args = last_layer_shape(stats, activation)
        args |= fixed
        wrong = {s: t(SHAPE_KEYS[s][1], **args) for s in shapes}
        return Verdict(frozenset({shape}), t(SHAPE_KEYS[shape][2], **args), wrong)

    prompt_key = "predict.shape.prompt_relu" if activation == "relu" else "predict.shape.prompt"
    return Question(
        id="shape",
        prompt=t(prompt_key, layer=layers, activation=fixed["activation"], sigma=fixed["sigma"]),
        options=options,
        judge=judge,
        pictures=lambda: shape_pictures(shapes, activation, options),
        unavailable=unavailable,
    )


PICTURE_BINS = 24
PICTURE_TITLE_UNITS = 26  # a third of a laptop's page wide; one column on a phone


def _bars(shape: str) -> tuple[np.ndarray, np.ndarray]:
    """(x, heights) of a made-up histogram of a shape, x in [0, 1] (pure, no random draws);
    for ReLU's shapes, x is the layer (1 to 5) and the heights are the spreads."""
    if shape in RELU_SHAPES:
        layers = np.arange(1, 6)
        factor = {"shrink": 0.45, "keep": 0.97, "grow": 2.2}[shape]
        return layers, factor ** (layers - 1.0)
    x = (np.arange(PICTURE_BINS) + 0.5) / PICTURE_BINS
    if shape == "ends":
        heights = np.exp(-x / 0.06) + np.exp(-(1 - x) / 0.06)
    elif shape == "spike":
        heights = np.exp(-(((x - 0.5) / 0.02) ** 2))
    else:
        heights = np.exp(-(((x - 0.5) / 0.2) ** 2))
    return x, heights


def shape_pictures(
    shapes: tuple[str, ...], activation: str, names: Mapping[str, str]
) -> dict[str, go.Figure]:
    """A small figure per shape, titled by its letter and name (names: shape -> text): a
    histogram over the activation's output range (sigmoid, tanh), or the spread of each layer
    (ReLU)."""
    low, high = (-1.0, 1.0) if activation == "tanh" else (0.0, 1.0)
    titles = {
        shape: wrap(f"{letter} · {names[shape]}", PICTURE_TITLE_UNITS)
        for letter, shape in zip(LETTERS, shapes, strict=False)
    }
    lines = max(title.count("<br>") + 1 for title in titles.values())  # plots side by side align
    figures = {}
    for shape in shapes:
        x, heights = _bars(shape)
        relu = shape in RELU_SHAPES
        xs = x if relu else low + x * (high - low)
        fig = go.Figure(
            go.Bar(
                x=xs,
                y=heights / heights.max(),
                marker_color=OKABE_ITO["blue"],
                hoverinfo="skip",
            )
        )
        axis_title = t("predict.shape.picture_x_relu") if relu else ""
        ticks = list(x) if relu else [low, high]
        fig.update_layout(
            title={"text": titles[shape], "x": 0.5, "xanchor": "center", "font": {"size": 15}},
            height=130 + 20 * lines,
            font={"color": CHART_TEXT},
            margin={"l": 10, "r": 10, "t": 12 + 20 * lines, "b": 40},
            bargap=0.05,
            showlegend=False,
            xaxis={"tickvals": ticks, "title": {"text": axis_title}, "fixedrange": True}
            | {"tickfont": {"color": CHART_TEXT}},
            yaxis={"visible": False, "fixedrange": True},
        )
        figures[shape] = fig
    return figures


def lowest_loss(frame: pd.DataFrame, window: int = 100) -> tuple[frozenset[str], dict]:
    """The runs ending with the lowest loss (mean of each run's last `window` iterations, as
    the page's numbers), with those within LOSS_TIE of it; numbers: loss per run (NaN for a
    run with no rows)."""
    losses = {
        str(run): float(rows["loss"].tail(window).mean())
        for run, rows in frame.groupby("init", sort=False)
    }
    finite = {run: v for run, v in losses.items() if math.isfinite(v)}
    if not finite:
        return frozenset(), losses
    best = min(finite.values())
    return frozenset(run for run, v in finite.items() if v - best <= LOSS_TIE), losses


def loss_question(iterations: int, optimizer: str, run_names: Mapping[str, str]) -> Question:
    """Std 0.01 vs Xavier vs He: which ends with the lowest loss (run_names: engine run name
    -> legend text, "0.01", "xavier", "he")."""
    options = dict(run_names)

    def judge(frame: pd.DataFrame) -> Verdict:
        correct, losses = lowest_loss(frame)
        if not correct:
            return Verdict(frozenset(), t("predict.loss.no_verdict"), {})
        numbers = ", ".join(
            f"{run_names[r]}: {nice_number(losses[r])}" for r in run_names if r in losses
        )
        args = {"losses": numbers, "tie": LOSS_TIE, "optimizer": optimizer}
        why = " ".join(t(LOSS_KEYS[r][0], **args) for r in run_names if r in correct)
        wrong = {r: t(LOSS_KEYS[r][1], **args) for r in run_names}
        return Verdict(correct, f"{t('predict.loss.numbers', **args)} {why}", wrong)

    return Question(
        id="loss",
        prompt=t("predict.loss.prompt", iterations=iterations, optimizer=optimizer),
        options=options,
        judge=judge,
    )
