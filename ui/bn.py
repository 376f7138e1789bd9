"""What the Batch Normalization page builds around the engine's results. Pure, no Streamlit.

* The computation graph of one BatchNormalization layer, node by node (`STEPS`), named as in
  the book's code (mu, xc, var, std, xn, out; dout, dbeta, ... dx), with each node's inputs, its
  formula in LaTeX, and the same formula worked out with the batch's own numbers
  (`worked_example`), read from the layer's BatchNormTrace, never recomputed.
* The book's 16-scale grid: our final accuracies beside the ones the book recorded
  (`grid_summary`, `grid_cells`).
* Notes on a result, as (string key, format args) for the page to translate: the comparison at
  one scale, the grid, the gradient check.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from engine.experiments import BOOK_BN_SCALES
from ui.numbers import nice_number

# ------------------------------------------------------------------ the computation graph

FORWARD = ("x", "mu", "xc", "var", "std", "xn", "out")
BACKWARD = ("dout", "dbeta", "dgamma", "dxn", "dstd", "dvar", "dxc", "dmu", "dx")
# Backward in the order a node can be computed (all its inputs known): dstd and dvar before
# dxc, which needs both dxn and dvar.
STEPS = FORWARD + BACKWARD
PARAMS = ("gamma", "beta")

INPUTS: Mapping[str, tuple[str, ...]] = {
    "x": (),
    "mu": ("x",),
    "xc": ("x", "mu"),
    "var": ("xc",),
    "std": ("var",),
    "xn": ("xc", "std"),
    "out": ("xn", "gamma", "beta"),
    "dout": ("out",),
    "dbeta": ("dout",),
    "dgamma": ("xn", "dout"),
    "dxn": ("gamma", "dout"),
    "dstd": ("dxn", "xc", "std"),
    "dvar": ("dstd", "std"),
    "dxc": ("dxn", "std", "xc", "dvar"),
    "dmu": ("dxc",),
    "dx": ("dxc", "dmu"),
}

# Where each node sits in the diagram: forward on top (left to right), backward underneath
# (right to left); nodes off the main line sit one row further out.
POSITIONS: Mapping[str, tuple[float, float]] = {
    "x": (0, 2),
    "mu": (1, 3),
    "xc": (2, 2),
    "var": (3, 3),
    "std": (4, 3),
    "xn": (5, 2),
    "out": (6, 2),
    "gamma": (6, 3),
    "beta": (7, 2),
    "dout": (6, 1),
    "dbeta": (7, 1),
    "dgamma": (6, 0),
    "dxn": (5, 1),
    "dstd": (4, 0),
    "dvar": (3, 0),
    "dxc": (2, 1),
    "dmu": (1, 0),
    "dx": (0, 1),
}
EDGES: tuple[tuple[str, str], ...] = (
    ("x", "mu"),
    ("x", "xc"),
    ("mu", "xc"),
    ("xc", "var"),
    ("var", "std"),
    ("xc", "xn"),
    ("std", "xn"),
    ("xn", "out"),
    ("gamma", "out"),
    ("beta", "out"),
    ("dout", "dbeta"),
    ("dout", "dgamma"),
    ("dout", "dxn"),
    ("dxn", "dstd"),
    ("dstd", "dvar"),
    ("dxn", "dxc"),
    ("dvar", "dxc"),
    ("dxc", "dmu"),
    ("dxc", "dx"),
    ("dmu", "dx"),
)
DASHED_EDGES = (("out", "dout"),)  # through the layers above and the loss, and back

# LaTeX of each node's value (index i: sample, j: feature).
SYMBOL = {
    "x": "x_{ij}",
    "mu": r"\mu_j",
    "xc": "x_{c,ij}",
    "var": r"\sigma^2_j",
    "std": r"\mathrm{std}_j",
    "xn": r"\hat{x}_{ij}",
    "out": "y_{ij}",
    "gamma": r"\gamma_j",
    "beta": r"\beta_j",
}
SYMBOL |= {
    f"d{name}": rf"\frac{{\partial L}}{{\partial {SYMBOL[name]}}}"
    for name in ("x", "mu", "xc", "var", "std", "xn", "gamma", "beta")
}
SYMBOL["dout"] = rf"\frac{{\partial L}}{{\partial {SYMBOL['out']}}}"
_S = SYMBOL
FORMULA: Mapping[str, str] = {
    "x": r"x_{ij},\quad i = 1, \dots, N,\ j = 1, \dots, D",
    "mu": r"\mu_j = \frac{1}{N}\sum_{i=1}^{N} x_{ij}",
    "xc": r"x_{c,ij} = x_{ij} - \mu_j",
    "var": r"\sigma^2_j = \frac{1}{N}\sum_{i=1}^{N} x_{c,ij}^2",
    "std": r"\mathrm{std}_j = \sqrt{\sigma^2_j + \varepsilon},\quad \varepsilon = 10^{-6}",
    "xn": r"\hat{x}_{ij} = \frac{x_{c,ij}}{\mathrm{std}_j}",
    "out": r"y_{ij} = \gamma_j\,\hat{x}_{ij} + \beta_j",
    "dout": _S["dout"],
    "dbeta": rf"{_S['dbeta']} = \sum_{{i=1}}^{{N}} {_S['dout']}",
    "dgamma": rf"{_S['dgamma']} = \sum_{{i=1}}^{{N}} \hat{{x}}_{{ij}}\,{_S['dout']}",
    "dxn": rf"{_S['dxn']} = \gamma_j\,{_S['dout']}",
    "dstd": (
        rf"{_S['dstd']} = -\frac{{\sum_{{i=1}}^{{N}} {_S['dxn']}\,x_{{c,ij}}}}"
        r"{\mathrm{std}_j^{\,2}}"
    ),
    "dvar": rf"{_S['dvar']} = \frac{{1}}{{2\,\mathrm{{std}}_j}}\,{_S['dstd']}",
    "dxc": (
        rf"{_S['dxc']} = \frac{{1}}{{\mathrm{{std}}_j}}\,{_S['dxn']}"
        rf" + \frac{{2}}{{N}}\,x_{{c,ij}}\,{_S['dvar']}"
    ),
    "dmu": rf"{_S['dmu']} = -\sum_{{i=1}}^{{N}} {_S['dxc']}",
    "dx": rf"{_S['dx']} = {_S['dxc']} + \frac{{1}}{{N}}\,{_S['dmu']}",
}
# The left-hand side of each worked example: feature j = 1, sample i = 1.
_ONE = {
    "x": "x_{11}",
    "mu": r"\mu_1",
    "xc": "x_{c,11}",
    "var": r"\sigma^2_1",
    "std": r"\mathrm{std}_1",
    "xn": r"\hat{x}_{11}",
    "out": "y_{11}",
    "gamma": r"\gamma_1",
    "beta": r"\beta_1",
}
WORKED_LHS = _ONE | {
    f"d{name}": rf"\frac{{\partial L}}{{\partial {symbol}}}"
    for name, symbol in _ONE.items()
    if name != "out"
}
WORKED_LHS["dout"] = rf"\frac{{\partial L}}{{\partial {_ONE['out']}}}"
# Streamlit clips a display formula's box (overflow hidden) and KaTeX's box can be a few pixels
# shorter than its ink: a strut on each line gives sums and fractions room (seen in Chromium).
STRUT = r"\vphantom{\Bigg|}"
MAX_TERMS = 4  # a sum of more terms is written a + b + ... + z
MAX_PRODUCTS = 3  # a sum of more products is written a·b + ... + y·z


def is_per_sample(trace, node: str) -> bool:
    """Whether the node holds one value per sample and feature (N, D), not per feature (D,)."""
    return np.ndim(node_value(trace, node, 1.0, 0.0)) == 2


def node_value(trace, node: str, gamma: float, beta: float) -> np.ndarray:
    """The node's numbers as the layer recorded them; gamma/beta are the layer's parameters."""
    if node in PARAMS:
        d = np.shape(trace.mu)[0]
        return np.full(d, float(gamma if node == "gamma" else beta))
    return np.asarray(getattr(trace, node))


def node_table(trace, node: str, gamma: float = 1.0, beta: float = 0.0) -> pd.DataFrame:
    """The node's numbers as a table: a row per sample i (or one row for a per-feature vector),
    a column per feature j. Headers are indices, the same in every language."""
    value = node_value(trace, node, gamma, beta)
    matrix = np.atleast_2d(value)
    columns = [f"j = {j + 1}" for j in range(matrix.shape[1])]
    index = [f"i = {i + 1}" for i in range(matrix.shape[0])] if value.ndim == 2 else ["·"]
    return pd.DataFrame(matrix, columns=columns, index=index)


def latex_number(value: float, digits: int = 4) -> str:
    """A number for LaTeX: 4 significant digits, powers of ten written out, -0 as 0."""
    value = float(value)
    if value == 0 or not math.isfinite(value):
        return "0" if value == 0 else r"\text{" + f"{value}" + "}"
    text = f"{value:.{digits}g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        return rf"{mantissa} \times 10^{{{int(exponent)}}}"
    return text


def _term(value: float) -> str:
    """A number inside a sum or product: 3 significant digits, negative ones in parentheses."""
    text = latex_number(value, 3)
    return f"({text})" if float(value) < 0 else text


def _sum(terms: Sequence[str], most: int = MAX_TERMS) -> str:
    """terms joined by +; more than `most` are written first ones + ... + the last."""
    if len(terms) > most:
        terms = [*terms[: most - 2], r"\cdots", terms[-1]]
    return " + ".join(terms)


def worked_example(trace, node: str, gamma: float = 1.0, beta: float = 0.0) -> str:
    """The node's formula with the batch's numbers for feature j = 1 (and sample i = 1 where
    the node has one value per sample), ending in the value the layer computed: LaTeX, two
    aligned lines (lhs = numbers, = result) except for the given nodes x and dout."""
    tr = {name: node_value(trace, name, gamma, beta) for name in (*STEPS, *PARAMS)}
    n = tr["x"].shape[0]
    col = {name: (v[:, 0] if v.ndim == 2 else v[0]) for name, v in tr.items()}
    first = {name: (v[0] if np.ndim(v) else v) for name, v in col.items()}
    num = latex_number
    result = num(first[node])
    lhs = WORKED_LHS
    if node in ("x", "dout"):
        return rf"{lhs[node]} = {result}"
    if node == "mu":
        body = rf"\frac{{1}}{{{n}}}\left({_sum([_term(v) for v in col['x']])}\right)"
    elif node == "xc":
        body = f"{num(first['x'])} - {_term(first['mu'])}"
    elif node == "var":
        squares = [f"{_term(v)}^2" for v in col["xc"]]
        body = rf"\frac{{1}}{{{n}}}\left({_sum(squares, MAX_PRODUCTS)}\right)"
    elif node == "std":
        body = rf"\sqrt{{{num(first['var'])} + 10^{{-6}}}}"
    elif node == "xn":
        body = rf"\frac{{{num(first['xc'])}}}{{{num(first['std'])}}}"
    elif node == "out":
        body = rf"{num(first['gamma'])} \cdot {_term(first['xn'])} + {_term(first['beta'])}"
    elif node == "dbeta":
        body = _sum([_term(v) for v in col["dout"]])
    elif node == "dgamma":
        body = _sum(
            [rf"{_term(a)} \cdot {_term(b)}" for a, b in zip(col["xn"], col["dout"], strict=True)],
            MAX_PRODUCTS,
        )
    elif node == "dxn":
        body = rf"{num(first['gamma'])} \cdot {_term(first['dout'])}"
    elif node == "dstd":
        products = [
            rf"{_term(a)} \cdot {_term(b)}" for a, b in zip(col["dxn"], col["xc"], strict=True)
        ]
        body = rf"-\frac{{{_sum(products, MAX_PRODUCTS)}}}{{{_term(first['std'])}^2}}"
    elif node == "dvar":
        body = rf"\frac{{{num(first['dstd'])}}}{{2 \cdot {num(first['std'])}}}"
    elif node == "dxc":
        body = (
            rf"\frac{{{num(first['dxn'])}}}{{{num(first['std'])}}}"
            rf" + \frac{{2}}{{{n}}} \cdot {_term(first['xc'])} \cdot {_term(first['dvar'])}"
        )
    elif node == "dmu":
        body = rf"-\left({_sum([_term(v) for v in col['dxc']])}\right)"
    elif node == "dx":
        body = rf"{num(first['dxc'])} + \frac{{{_term(first['dmu'])}}}{{{n}}}"
    else:
        raise KeyError(node)
    # Two lines, the numbers then the result, so the worked step fits half a page's width.
    return (
        rf"\begin{{aligned}} {lhs[node]} &= {body} {STRUT} \\ &= {result} {STRUT} "
        r"\end{aligned}"
    )


def step_latex(trace, node: str, gamma: float = 1.0, beta: float = 0.0) -> tuple[str, str]:
    """What the page hands st.latex for a node: (its formula, the formula worked out with the
    batch's numbers in a smaller size)."""
    return FORMULA[node] + STRUT, r"\small " + worked_example(trace, node, gamma, beta)


def diagram_nodes(current: str) -> tuple[dict, list, list]:
    """Nodes, edges and dashed edges for charts.graph_diagram, `current` and its inputs marked.

    Node labels are the names the book's code uses (the same in every language).
    """
    inputs = set(INPUTS.get(current, ()))
    nodes = {}
    for name, (x, y) in POSITIONS.items():
        role = "current" if name == current else "input" if name in inputs else None
        nodes[name] = {"label": name, "x": x, "y": y, "role": role}
    return nodes, list(EDGES), list(DASHED_EDGES)


# ------------------------------------------------------------------ the book's 16-scale grid

# batch_norm_test's final training accuracies as the book's notebook recorded them (BOOK.md),
# scales logspace(0, -4, 16) from 1 down to 1e-4. Without BN the book lists .10 .10 .98 .82
# .24 and then "about .12" for every smaller scale.
BOOK_GRID_ACC = {
    True: tuple(
        float(v) for v in ".42 .50 .63 .76 .89 .95 .99 1.0 1.0 1.0 1.0 .83 .80 .60 .62 .52".split()
    ),
    False: tuple(float(v) for v in ".10 .10 .98 .82 .24".split()) + (0.12,) * 11,
}
GRID_ROWS = ("ours_bn", "ours_plain", "book_bn", "book_plain")


def final_accuracies(frame: pd.DataFrame, epochs: int) -> pd.DataFrame:
    """Per weight scale and run (batchnorm True/False): the training accuracy after `epochs`
    epochs, NaN for a run that stopped earlier (it diverged)."""
    rows = []
    for (scale, bn), d in frame.groupby(["weight_init_std", "batchnorm"], sort=False):
        last = d.sort_values("epoch").iloc[-1]
        acc = float(last["train_acc"]) if int(last["epoch"]) >= epochs else math.nan
        rows.append({"weight_init_std": scale, "batchnorm": bool(bn), "train_acc": acc})
    return pd.DataFrame(rows, columns=["weight_init_std", "batchnorm", "train_acc"])


def grid_summary(frame: pd.DataFrame | None, epochs: int) -> pd.DataFrame:
    """One row per book scale: ours_bn, ours_plain (NaN until trained or when diverged),
    ours_bn_diverged, ours_plain_diverged (trained, but stopped before the last epoch),
    book_bn, book_plain, bn_loses / book_bn_loses (BN ends below the plain network)."""
    ours = {}
    if frame is not None and not frame.empty:
        for _, r in final_accuracies(frame, epochs).iterrows():
            ours[(_scale_index(r["weight_init_std"]), r["batchnorm"])] = r["train_acc"]
    rows = []
    for k, scale in enumerate(BOOK_BN_SCALES):
        bn, plain = ours.get((k, True), math.nan), ours.get((k, False), math.nan)
        book_bn, book_plain = BOOK_GRID_ACC[True][k], BOOK_GRID_ACC[False][k]
        rows.append(
            {
                "weight_init_std": scale,
                "ours_bn": bn,
                "ours_plain": plain,
                "ours_bn_diverged": (k, True) in ours and math.isnan(bn),
                "ours_plain_diverged": (k, False) in ours and math.isnan(plain),
                "book_bn": book_bn,
                "book_plain": book_plain,
                "bn_loses": bool(bn < plain),
                "book_bn_loses": bool(book_bn < book_plain),
            }
        )
    return pd.DataFrame(rows)


def _scale_index(scale: float) -> int | None:
    for k, s in enumerate(BOOK_BN_SCALES):
        if math.isclose(s, scale, rel_tol=1e-9):
            return k
    return None


def grid_cells(summary: pd.DataFrame, diverged_text: str = "diverged") -> pd.DataFrame:
    """grid_summary as heatmap cells: weight_init_std, row (GRID_ROWS), train_acc, flag (a
    with-BN cell that ends below its plain neighbour), text (the accuracy with two decimals,
    `diverged_text` for a run that diverged, empty until trained). In GRID_ROWS order: the
    heatmap's columns read ours with BN, ours without, book with, book without."""
    parts = []
    for row in GRID_ROWS:
        flag = summary["bn_loses"] if row == "ours_bn" else summary["book_bn_loses"]
        diverged = summary.get(f"{row}_diverged", pd.Series(False, index=summary.index))
        text = [
            diverged_text if gone else "" if math.isnan(acc) else f"{acc:.2f}"
            for acc, gone in zip(summary[row], diverged, strict=True)
        ]
        parts.append(
            pd.DataFrame(
                {
                    "weight_init_std": summary["weight_init_std"],
                    "row": row,
                    "train_acc": summary[row],
                    "flag": flag if row.endswith("_bn") else False,
                    "text": text,
                }
            )
        )
    return pd.concat(parts, ignore_index=True)


# ------------------------------------------------------------------ notes on results

WIN_MARGIN = 0.05  # accuracy difference below which the two runs end about even
CHANCE = 0.2  # 10 digits: a network near 0.1 has learned nothing


def comparison_notes(frame: pd.DataFrame, epochs: int) -> list[tuple[str, dict]]:
    """What the comparison at one scale shows, once both runs are done (keys "batchnorm.")."""
    finals = final_accuracies(frame, epochs).set_index("batchnorm")["train_acc"]
    bn, plain = finals.get(True, math.nan), finals.get(False, math.nan)
    notes: list[tuple[str, dict]] = []
    if math.isnan(bn):
        return notes
    args = {"bn": bn, "plain": plain}
    if math.isnan(plain):
        notes.append(("batchnorm.see_plain_diverged", {"bn": bn}))
    elif bn - plain > WIN_MARGIN:
        notes.append(("batchnorm.see_bn_wins", args))
    elif plain - bn > WIN_MARGIN:
        notes.append(("batchnorm.see_bn_loses", args))
    else:
        notes.append(("batchnorm.see_even", args))
    if not math.isnan(plain) and plain < CHANCE:
        notes.append(("batchnorm.see_chance", {"plain": plain}))
    return notes


def grid_notes(summary: pd.DataFrame) -> list[tuple[str, dict]]:
    """What the finished grid shows: where BN wins and where it loses, ours and the book's."""
    done = summary.dropna(subset=["ours_bn"])
    if done.empty:
        return []
    wins = int((done["ours_bn"] - done["ours_plain"] > WIN_MARGIN).sum())
    losing = done[done["bn_loses"]]["weight_init_std"]
    notes = [("batchnorm.grid_see_wins", {"wins": wins, "total": len(done)})]
    if len(losing):
        notes.append(
            ("batchnorm.grid_see_loses", {"scales": ", ".join(f"{s:.3g}" for s in losing)})
        )
    else:
        notes.append(("batchnorm.grid_see_never_loses", {}))
    return notes


CAUGHT_UP = 0.05  # at most this share of the running averages' start (0) left in them


def running_notes(frame: pd.DataFrame, momentum: float, batch_size: int):
    """What the batch statistics and running averages of feature j = 1 show (keys
    "batchnorm."): how much of the running averages' start at 0 is still in them, and why the
    running variance settles below the data's (it averages biased 1/N batch variances)."""
    first = frame[frame["feature"] == 0]
    steps = int(first["step"].max())

    def last(statistic: str, kind: str) -> float:
        rows = first[(first["statistic"] == statistic) & (first["kind"] == kind)]
        return float(rows.sort_values("step")["value"].iloc[-1])

    left = momentum**steps  # the start's weight in the running average after `steps`
    args = {
        "steps": steps,
        "momentum": momentum,
        "left": f"{nice_number(100 * left)}%",
        "running": nice_number(last("mean", "running")),
        "mean": f"{last('mean', 'population'):g}",
    }
    key = "batchnorm.running_see_start" if left > CAUGHT_UP else "batchnorm.running_see_caught_up"
    notes = [(key, args)]
    notes.append(
        (
            "batchnorm.running_see_var",
            {
                "running_var": nice_number(last("var", "running")),
                "var": f"{last('var', 'population'):g}",
                "batch": batch_size,
                "ratio": f"{100 * (batch_size - 1) / batch_size:.0f}%",
            },
        )
    )
    return notes


AGREE = 1e-6  # backprop and numerical gradients within this relative error: the code is right
# engine.gradcheck.relative_error divides by max(|backprop|, |numerical|, 1e-8). For a gradient
# that is exactly 0 (a bias just before BN) the centred difference still carries rounding noise
# of about 1e-11, which that floor turns into "errors" near 1e-3. Both sides below these
# bounds mean both gradients are 0: nothing was compared.
ZERO_GRADIENT = 1e-8
ZERO_NOISE = 1e-9
TINY_GRADIENT = 1e-4  # with N = 2 the gradients below BN are ~1e-6: what is left of epsilon


def verdict(max_relative_error: float, max_abs_gradient: float) -> str:
    """One row of the gradient check: "zero" (both gradients are 0, nothing tested), "ok"
    (backprop agrees with the numerical gradient, relatively or within rounding noise) or
    "bad". The absolute difference is about error x max(|gradient|, 1e-8)."""
    difference = max_relative_error * max(max_abs_gradient, ZERO_GRADIENT)
    if max_abs_gradient < ZERO_GRADIENT and difference < ZERO_NOISE:
        return "zero"
    return "ok" if max_relative_error < AGREE or difference < ZERO_NOISE else "bad"


def verdicts(check: pd.DataFrame) -> pd.Series:
    return pd.Series(
        [
            verdict(e, g)
            for e, g in zip(check["max_relative_error"], check["max_abs_gradient"], strict=True)
        ],
        index=check.index,
    )


def check_notes(check: pd.DataFrame, batch_size: int, use_batchnorm: bool):
    """What the gradient check table shows (keys "batchnorm."): N = 1 with BN is degenerate;
    otherwise the worst error among the gradients that are not 0, and the biases before BN
    whose gradient is 0 at any N."""
    notes: list[tuple[str, dict]] = []
    kind = verdicts(check)
    zero = check.loc[kind == "zero", "param"].tolist()
    if use_batchnorm and batch_size == 1:
        notes.append(("batchnorm.check_degenerate", {"params": ", ".join(zero)}))
        return notes
    if use_batchnorm and batch_size == 2:
        tiny = check.loc[check["max_abs_gradient"] < TINY_GRADIENT, "param"].tolist()
        notes.append(("batchnorm.check_two", {"params": ", ".join(tiny)}))
    # The worst disagreement if there is one; else the worst error among gradients big enough
    # for a relative error to mean something.
    bad = check[kind == "bad"]
    real = check[(kind == "ok") & (check["max_abs_gradient"] >= TINY_GRADIENT)]
    for key, rows in (("batchnorm.check_bad", bad), ("batchnorm.check_ok", real)):
        if not rows.empty:
            worst = rows.loc[rows["max_relative_error"].idxmax()]
            error = float(worst["max_relative_error"])
            notes.append((key, {"param": worst["param"], "error": error}))
            break
    if use_batchnorm:
        biases = [
            p for p in zero if re.fullmatch(r"b\d+", p) and f"gamma{p[1:]}" in set(check["param"])
        ]
        if biases:
            notes.append(("batchnorm.check_bias", {"params": ", ".join(biases)}))
    return notes
