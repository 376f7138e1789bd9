"""The computation graph of one BatchNormalization layer, node by node (`STEPS`), named as in
the book's code (mu, xc, var, std, xn, out; dout, dbeta, ... dx): each node's inputs, its
formula in LaTeX, and the same formula worked out with the batch's own numbers
(`worked_example`), read from the layer's BatchNormTrace, never recomputed. Pure."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

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


# Where each node sits in the diagram (x across, y up): the book's figure turned a quarter,
# forward down the left (x = 1), backward up the right (x = 2), nodes off the main line one
# column further out. Four columns give a 390 px phone boxes wide enough for "dgamma"; the
# book's eight across left it 30 px a box, and the names spilled out.
POSITIONS: Mapping[str, tuple[float, float]] = {
    "x": (1, 0),
    "mu": (0, -1),
    "xc": (1, -2),
    "var": (0, -3),
    "std": (0, -4),
    "xn": (1, -5),
    "out": (1, -6),
    "gamma": (0, -6),
    "beta": (1, -7),
    "dout": (2, -6),
    "dbeta": (2, -7),
    "dgamma": (3, -6),
    "dxn": (2, -5),
    "dstd": (3, -4),
    "dvar": (3, -3),
    "dxc": (2, -2),
    "dmu": (3, -1),
    "dx": (2, 0),
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
SYMBOL["dmu"] = "-" + SYMBOL["dmu"]  # the book's dmu: the sum of dxc, minus dL/dmu
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
    "dmu": rf"{_S['dmu']} = \sum_{{i=1}}^{{N}} {_S['dxc']}",
    "dx": rf"{_S['dx']} = {_S['dxc']} - \frac{{1}}{{N}}\left({_S['dmu']}\right)",
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
WORKED_LHS["dmu"] = "-" + WORKED_LHS["dmu"]  # the book's dmu, as in SYMBOL


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
    first = {name: float(v[0] if np.ndim(v) else v) for name, v in col.items()}
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
        body = _sum([_term(v) for v in col["dxc"]])
    elif node == "dx":
        body = rf"{num(first['dxc'])} - \frac{{{_term(first['dmu'])}}}{{{n}}}"
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
    """Nodes, edges and dashed edges for graph_diagram, `current` and its inputs marked.

    Node labels are the names the book's code uses (the same in every language).
    """
    inputs = set(INPUTS.get(current, ()))
    nodes = {}
    for name, (x, y) in POSITIONS.items():
        role = "current" if name == current else "input" if name in inputs else None
        nodes[name] = {"label": name, "x": x, "y": y, "role": role}
    return nodes, list(EDGES), list(DASHED_EDGES)
