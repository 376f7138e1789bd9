"""Figure builders: tidy DataFrame in, plotly Figure out. Pure: no Streamlit, no translation.

Every builder takes the strings it shows (titles, axis titles with units, legend names) already
translated, in a `labels` mapping or in name mappings, so the same function serves both
languages and is tested without a browser. No figure knows how wide it will be drawn (a 390 px
phone or a projector): style_layout wraps titles to a phone's width, legends go under the plot,
and grids are tall rather than wide. Colours come from the Okabe-Ito palette (safe for
the common colour-vision deficiencies); line style carries meaning too (train solid, test
dashed; with BN solid, without dashed), so no curve is told apart by colour alone.

Builders:
    histogram_grid   per-layer histograms as small multiples with shared axes
    std_by_layer     per-layer std line (how the signal travels), log axis when it explodes
    line_chart       the general curve builder (colour by one column, dash by another)
    loss_curves      minibatch loss by iteration, raw faint + moving average
    accuracy_curves  train (solid) and test (dashed) accuracy by epoch per run
    bn_curves        with BN (solid) vs without (dashed)
    running_averages  BN's batch statistics vs its running averages, step by step
    deviation_pictures  deviations as lengths (mean deviation) and as squares (variance)
    graph_diagram    a computation graph: boxes on a grid, arrows, the current node marked
    heatmap          a tall labelled grid of numbers with flagged cells (the BN scale grid)
    flow_diagram     boxes and arrows in two columns (the training loop on the home page)
    unit_grid        which units one dropout forward pass kept, layer by unit
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ui.numbers import nice_number

OKABE_ITO = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "sky": "#56B4E9",
    "yellow": "#F0E442",
    "black": "#000000",
}
# Order for series; yellow is left out (too faint on white), black last (lost on dark themes).
SERIES = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000")
FONT_SIZE = 15
ROW_HEIGHT = 170  # px of plot per row of small multiples: readable on a 1280x720 projector
MARGIN_BOTTOM = 60
MAX_COLS = 5  # the book's five layers in a row; a phone still fits five panels with their titles

# A figure does not know how wide it is drawn (a 390 px phone or a projector) and Plotly never
# wraps a title: titles are wrapped here at a width that fits a phone, and everything stays
# clear of the toolbar Plotly shows in the top right corner (always, on a touch screen).
TOOLBAR_PX = 30  # room above the title for Plotly's toolbar
TITLE_SIZE, SUBTITLE_SIZE = FONT_SIZE + 2, FONT_SIZE - 2
TITLE_LINE_PX, SUBTITLE_LINE_PX = 23, 17  # line pitches, measured in Chromium
SUBTITLE_GAP_PX = 17  # Plotly's gap between a title's last line and its subtitle
TITLE_SHIFT_PX = 17
TITLE_UNITS, SUBTITLE_UNITS = 36, 48  # characters per line (a CJK character counts 2)
LEGEND_DROP_PX = 75  # legends go under the plot, below the x ticks and the x axis title
PANEL_TITLE_GAP = 30  # room between a figure's title and the titles of its panels


def colour(i: int) -> str:
    return SERIES[i % len(SERIES)]


def text_units(text: str) -> int:
    """How wide `text` is drawn, in half-width characters: a CJK (wide) character counts 2,
    markup such as <b> or <sub> nothing."""
    plain = re.sub(r"<[^>]*>", "", text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in plain)


# A word: a run of non-space, non-wide characters, or one wide (CJK) character with the
# punctuation that must not start a line; with the spaces before it.
_WORD = re.compile(r"(\s*)([^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\S[，。：；、）」』]*)")


def wrap(text: str, units: int) -> str:
    """`text` with <br> inserted so that no line is wider than `units` (text_units): between
    words, and between any two CJK characters. Existing <br> are kept; a single word wider than
    a line stays whole."""
    lines = []
    for part in text.split("<br>"):
        line = ""
        for space, word in _WORD.findall(part):
            joined = f"{line}{' ' if space else ''}{word}" if line else word
            if line and text_units(joined) > units:
                lines.append(line)
                line = word
            else:
                line = joined
        lines.append(line)
    return "<br>".join(lines)


def style_layout(
    title: str | None, height: int, subtitle: str | None = None, *, title_gap: int = 12
) -> dict:
    """The layout every figure shares: title (and a smaller subtitle under it) top left, wrapped
    to a phone's width, under the toolbar; font; height; margins; a horizontal legend under the
    plot. `height` is the figure's height with a one-line title: each further line of title
    or subtitle adds its own. title_gap: px between the title and the plot (more when panel
    titles sit above the plot). Builders merge their own layout into it (a plain dict:
    building a figure from dicts at once is several times faster than update_layout calls)."""
    top = TOOLBAR_PX
    heading = None
    if title:
        text = wrap(title, TITLE_UNITS)
        lines = text.count("<br>") + 1
        block = TITLE_LINE_PX * lines
        if subtitle:
            sub = wrap(subtitle, SUBTITLE_UNITS)
            block += SUBTITLE_GAP_PX + SUBTITLE_LINE_PX * (sub.count("<br>") + 1)
        height += block - TITLE_LINE_PX
        top += block + title_gap
        # Plotly anchors a title by its first line, and draws a title of several lines
        # TITLE_SHIFT_PX higher (measured in Chromium): placed so its ink starts under the
        # toolbar either way.
        anchor = TOOLBAR_PX + (TITLE_SHIFT_PX if lines > 1 else 5)
        heading = {
            "text": text,
            "x": 0.0,
            "xanchor": "left",
            "yref": "container",
            "y": 1 - anchor / height,
            "yanchor": "top",
            "font": {"size": TITLE_SIZE},
        }
        if subtitle:
            heading["subtitle"] = {"text": sub, "font": {"size": SUBTITLE_SIZE}}
    plot_px = max(height - top - MARGIN_BOTTOM, 50)
    return {
        "title": heading,
        "font": {"size": FONT_SIZE},
        "height": height,
        "margin": {"l": 70, "r": 20, "t": top, "b": MARGIN_BOTTOM},
        "legend": {
            "orientation": "h",
            "yanchor": "top",
            "y": -LEGEND_DROP_PX / plot_px,
            "x": 0,
            "title": None,
        },
        "hoverlabel": {"font": {"size": FONT_SIZE}},
    }


def _style(fig: go.Figure, title: str | None, height: int, **options) -> go.Figure:
    fig.update_layout(style_layout(title, height, **options))
    return fig


# ------------------------------------------------------------------ histograms


def grid_domains(rows: int, cols: int, h_space: float, v_space: float):
    """(x domain, y domain) of each cell of a rows x cols grid of panels, row by row from the
    top, in paper coordinates, with the given gaps between panels."""
    width = (1 - h_space * (cols - 1)) / cols
    height = (1 - v_space * (rows - 1)) / rows

    def inside(a: float) -> float:  # rounding can leave a last edge at -1e-17
        return min(max(a, 0.0), 1.0)

    return [
        (
            [inside(c * (width + h_space)), inside(c * (width + h_space) + width)],
            [inside(1 - r * (height + v_space) - height), inside(1 - r * (height + v_space))],
        )
        for r in range(rows)
        for c in range(cols)
    ]


def histogram_grid(
    hist: pd.DataFrame,
    labels: Mapping[str, str],
    *,
    cap_spikes: bool = False,
    value_range: Sequence[float] | None = None,
    max_cols: int = MAX_COLS,
) -> go.Figure:
    """Small multiples: one bar histogram per layer, a block of rows per quantity.

    hist: quantity, layer, bin_left, bin_right, share (engine.activation_distributions).
    labels: "title"; "subtitle" (optional: which range the value axis spans); "layer" (a
    template with {layer}); "y" (share axis, with unit %); and per quantity q in the frame,
    "x_<q>" (value axis title) and "name_<q>" (row label).
    value_range: the activations' fixed (low, high), drawn edge to edge with ticks at both ends
    and the middle (the book's (0, 1)); None: the axis spans the bins.
    Within a quantity every panel shares the x range and the y range, so layers compare by eye.
    cap_spikes: clip the y axis above the tallest bar outside the bin at 0 (ReLU's zeros) and
    print the clipped bars' share on them, so the rest of the distribution stays visible.
    Panels are numbered row by row (axes x, x2, ...); cells left empty get no axes.
    """
    quantities = [q for q in ("activation", "gradient") if q in set(hist["quantity"])]
    layers = sorted(set(hist["layer"]))
    cols = min(len(layers), max_cols)
    rows_per_q = math.ceil(len(layers) / cols)
    n_rows = rows_per_q * len(quantities)
    # Room between rows for tick labels and the next row's titles, plus an x-axis title
    # between the blocks of two quantities.
    gap_px = 100 if len(quantities) > 1 else 60
    plot_area = ROW_HEIGHT * n_rows + gap_px * (n_rows - 1)
    narrow = cols > 6  # tick labels once per row (the axes are shared)
    # Between panels, room for the last tick label of one and the first of the next
    # ("1" and "-1" ran together at 390 px with 0.035).
    domains = grid_domains(
        n_rows, cols, 0.02 if narrow else 0.06, gap_px / plot_area if n_rows > 1 else 0.0
    )
    layout = style_layout(
        labels.get("title"),
        plot_area + TOOLBAR_PX + TITLE_LINE_PX + PANEL_TITLE_GAP + MARGIN_BOTTOM,
        labels.get("subtitle"),
        title_gap=PANEL_TITLE_GAP,
    )
    layout |= {"bargap": 0, "annotations": []}
    traces = []
    for qi, q in enumerate(quantities):
        part = hist[hist["quantity"] == q]
        ceiling = _spike_ceiling(part) if cap_spikes and q == "activation" else None
        first = qi * rows_per_q * cols + 1  # the block's first panel: the others match it
        fixed = None
        if q == "activation" and value_range is not None:
            fixed = tuple(float(b) for b in value_range)
        for li, layer in enumerate(layers):
            row, col = qi * rows_per_q + li // cols, li % cols
            panel = row * cols + col + 1
            x_name, y_name = ("x", "y") if panel == 1 else (f"x{panel}", f"y{panel}")
            traces.append(
                _histogram_bars(part[part["layer"] == layer], q, qi, labels, ceiling)
                | {"xaxis": x_name, "yaxis": y_name}
            )
            x_domain, y_domain = domains[panel - 1]
            suffix = "" if panel == 1 else str(panel)
            match = {} if panel == first else {"matches": f"x{'' if first == 1 else first}"}
            layout[f"xaxis{suffix}"] = {
                "anchor": y_name,
                "domain": x_domain,
                "showticklabels": not narrow or col == 0,
                **VALUE_AXIS,
                "nticks": 2 if narrow else 3,
                **({"tickvals": [fixed[0], sum(fixed) / 2, fixed[1]]} if fixed else {}),
                **match,
            }
            match = {} if panel == first else {"matches": f"y{'' if first == 1 else first}"}
            layout[f"yaxis{suffix}"] = {
                "anchor": x_name,
                "domain": y_domain,
                "showticklabels": col == 0,
                "rangemode": "tozero",
                **match,
            }
            layout["annotations"].append(
                {
                    "text": labels["layer"].format(layer=layer),
                    "x": sum(x_domain) / 2,
                    "y": y_domain[1],
                    "xref": "paper",
                    "yref": "paper",
                    "xanchor": "center",
                    "yanchor": "bottom",
                    "showarrow": False,
                    "font": {"size": FONT_SIZE - 2},
                }
            )
        block_first = "" if first == 1 else str(first)
        block_last = (qi + 1) * rows_per_q * cols - cols + 1  # first column, block's last row
        layout[f"yaxis{block_first}"]["title"] = {"text": f"{labels[f'name_{q}']}<br>{labels['y']}"}
        layout[f"xaxis{'' if block_last == 1 else block_last}"]["title"] = {
            "text": labels[f"x_{q}"]
        }
        # The shared y range set, not left to Plotly: with a fixed x range its autorange of
        # matched axes gave [0, 4] for bars reaching 54 % (seen in Chromium, plotly.js 3).
        top = ceiling if ceiling is not None else 1.05 * 100 * float(part["share"].max() or 1.0)
        layout[f"yaxis{block_first}"]["range"] = [0, top]
        if fixed:
            layout[f"xaxis{block_first}"]["range"] = list(fixed)
    return go.Figure(data=traces, layout=layout)


VALUE_AXIS = {  # a histogram's value axis: few ticks, upright, powers of ten written out
    "tickangle": 0,
    "automargin": True,
    "tickfont": {"size": FONT_SIZE - 3},
    "exponentformat": "power",
}


def _histogram_bars(d: pd.DataFrame, quantity, qi: int, labels, ceiling) -> dict:
    """One layer's bars: x the bin centres, y the shares in %, bins exactly as wide as theirs;
    with a ceiling, the clipped bars carry their share as text."""
    left, right = d["bin_left"].to_numpy(), d["bin_right"].to_numpy()
    share = d["share"].to_numpy() * 100
    clipped = ceiling is not None and share.max() > ceiling
    return {
        "type": "bar",
        "x": (left + right) / 2,
        "y": share,
        "width": right - left,
        "marker": {"color": colour(qi), "line": {"width": 0}},
        "name": labels[f"name_{quantity}"],
        "showlegend": False,
        "text": [f"{s:.0f}%" if s > ceiling else "" for s in share] if clipped else None,
        "textposition": "inside",
        "insidetextanchor": "end",
        "customdata": [[_edge_text(a), _edge_text(b)] for a, b in zip(left, right, strict=True)],
        "hovertemplate": "[%{customdata[0]}, %{customdata[1]}): %{y:.1f}%<extra></extra>",
    }


# Every layer of a quantity has the same bin edges: each edge is written once per server.
_edge_text = functools.lru_cache(maxsize=4096)(nice_number)


def _spike_ceiling(part: pd.DataFrame) -> float | None:
    """y-axis top (%) when one bin at 0 dwarfs the rest (>3x the tallest other bin), else None."""
    at_zero = (part["bin_left"] <= 0) & (part["bin_right"] > 0) | (part["bin_left"] == 0)
    rest = part.loc[~at_zero, "share"].max() * 100
    spike = part.loc[at_zero, "share"].max() * 100 if at_zero.any() else 0.0
    if not (rest > 0) or spike < 3 * rest:
        return None
    return float(rest * 1.25)


def std_by_layer(stats: pd.DataFrame, labels: Mapping[str, str]) -> go.Figure:
    """Per-layer standard deviation, one line per quantity.

    stats: quantity, layer, std. labels: "title", "x", "y", and "name_<quantity>".
    Values that are not finite (overflow) are left out. The y axis turns logarithmic when the
    values span more than two powers of ten (ReLU with std 1 grows ~x10 per layer).
    """
    finite = stats[np.isfinite(stats["std"])]
    positive = finite.loc[finite["std"] > 0, "std"]
    log_y = len(positive) > 0 and positive.max() / positive.min() > 100
    traces = []
    for qi, (q, d) in enumerate(finite.groupby("quantity", sort=False)):
        if log_y:
            d = d[d["std"] > 0]
        traces.append(
            {
                "type": "scatter",
                "x": d["layer"].to_numpy(),
                "y": d["std"].to_numpy(),
                "mode": "lines+markers",
                "name": labels[f"name_{q}"],
                "line": {"color": colour(qi), "width": 3, "dash": ("solid", "dot")[qi % 2]},
                "marker": {"size": 8},
                "customdata": [nice_number(v) for v in d["std"]],
                "hovertemplate": "%{x}: %{customdata}<extra>%{fullData.name}</extra>",
            }
        )
    n_layers = int(stats["layer"].max()) if len(stats) else 1
    layout = style_layout(labels.get("title"), 360) | {
        "xaxis": {
            "title": {"text": labels["x"]},
            "dtick": 1 if n_layers <= 10 else 2,
            "range": [0.5, n_layers + 0.5],
        },
        "yaxis": {
            "title": {"text": labels["y"]},
            "type": "log" if log_y else "linear",
            "rangemode": "tozero",
            "exponentformat": "power",
        },
    }
    return go.Figure(data=traces, layout=layout)


# ------------------------------------------------------------------ curves

DASHES = ("solid", "dash", "dot", "dashdot")


def line_chart(
    frame: pd.DataFrame,
    *,
    x: str,
    y: str,
    labels: Mapping[str, str],
    color: str | None = None,
    names: Mapping | None = None,
    dash: str | None = None,
    dash_names: Mapping | None = None,
    smooth: int | None = None,
    log_y: bool = False,
    y_range: Sequence[float] | None = None,
    x_range: Sequence[float] | None = None,
    height: int = 420,
) -> go.Figure:
    """Lines of `y` against `x`: one colour per value of `color`, one dash per value of `dash`.

    names / dash_names: column value -> legend text (the order gives colours and dashes; values
    not named are drawn after, under their own text). labels: "title", "x", "y".
    smooth: draw the raw curve faint and a centred moving average of that many points on top.
    x_range / y_range: fixed axis ranges, so live curves grow into a frame that stays put.
    Rows whose y is not finite are dropped (a diverged run simply ends).
    """
    frame = frame[np.isfinite(frame[y].astype(float))]
    colour_values = _ordered(frame, color, names)
    dash_values = _ordered(frame, dash, dash_names)
    fig = go.Figure()
    for ci, cv in enumerate(colour_values):
        for di, dv in enumerate(dash_values):
            d = frame
            if color is not None:
                d = d[d[color] == cv]
            if dash is not None:
                d = d[d[dash] == dv]
            if d.empty:
                continue
            d = d.sort_values(x)
            parts = [(names or {}).get(cv, str(cv)) if color else None]
            parts.append((dash_names or {}).get(dv, str(dv)) if dash else None)
            name = " · ".join(p for p in parts if p) or labels.get("y", y)
            line = {"color": colour(ci), "width": 3, "dash": DASHES[di % len(DASHES)]}
            ys = d[y].to_numpy(dtype=float)
            if smooth and len(d) > 2:
                fig.add_trace(
                    go.Scatter(
                        x=d[x].to_numpy(),
                        y=ys,
                        mode="lines",
                        line={**line, "width": 1},
                        opacity=0.3,
                        showlegend=False,
                        hoverinfo="skip",
                        legendgroup=name,
                    )
                )
                ys = pd.Series(ys).rolling(smooth, center=True, min_periods=1).mean().to_numpy()
            fig.add_trace(
                go.Scatter(
                    x=d[x].to_numpy(),
                    y=ys,
                    mode="lines" if len(d) > 1 else "markers",
                    name=name,
                    line=line,
                    legendgroup=name,
                    hovertemplate="%{x}: %{y:.3f}<extra>%{fullData.name}</extra>",
                )
            )
    fig.update_xaxes(title_text=labels["x"])
    fig.update_yaxes(title_text=labels["y"], type="log" if log_y else "linear")
    if y_range is not None:
        fig.update_yaxes(range=list(y_range))
    if x_range is not None:
        fig.update_xaxes(range=list(x_range))
    return _style(fig, labels.get("title"), height)


def _ordered(frame: pd.DataFrame, column: str | None, names: Mapping | None) -> list:
    if column is None:
        return [None]
    present = list(dict.fromkeys(frame[column].tolist()))
    named = [v for v in (names or {}) if v in present]
    return named + [v for v in present if v not in named]


def loss_curves(
    frame: pd.DataFrame,
    labels: Mapping[str, str],
    names: Mapping,
    *,
    x: str = "iteration",
    group: str = "init",
    smooth: int = 25,
    x_range: Sequence[float] | None = None,
) -> go.Figure:
    """Minibatch loss per iteration, one colour per `group` value (e.g. the init comparison)."""
    return line_chart(
        frame,
        x=x,
        y="loss",
        color=group,
        names=names,
        labels=labels,
        smooth=smooth,
        x_range=x_range,
    )


def accuracy_curves(
    frame: pd.DataFrame,
    labels: Mapping[str, str],
    *,
    run_names: Mapping | None = None,
    split_names: Mapping[str, str],
    run: str | None = "run",
    x_range: Sequence[float] | None = None,
) -> go.Figure:
    """Train (solid) and test (dashed) accuracy by epoch, one colour per `run`.

    frame: epoch, train_acc, test_acc (and `run`). split_names: {"train_acc": ..., "test_acc": ...}.
    x_range: a fixed epoch axis, so live curves grow into a frame that stays put.
    """
    long = frame.melt(
        id_vars=[c for c in ("epoch", run) if c],
        value_vars=["train_acc", "test_acc"],
        var_name="split",
        value_name="accuracy",
    )
    return line_chart(
        long,
        x="epoch",
        y="accuracy",
        color=run,
        names=run_names,
        dash="split",
        dash_names=split_names,
        labels=labels,
        y_range=(0, 1.02),
        x_range=x_range,
    )


def bn_curves(
    frame: pd.DataFrame,
    labels: Mapping[str, str],
    names: Mapping,
    *,
    y: str = "train_acc",
    x_range: Sequence[float] | None = None,
) -> go.Figure:
    """With BN (solid) vs without (dashed); names: {True: "with BN", False: "without BN"}.
    x_range: a fixed epoch axis, so live curves grow into a frame that stays put."""
    return line_chart(
        frame,
        x="epoch",
        y=y,
        color="batchnorm",
        names=names,
        dash="batchnorm",
        dash_names={k: "" for k in names},
        labels=labels,
        y_range=(0, 1.02) if y.endswith("acc") else None,
        x_range=x_range,
    )


RUNNING_STYLE = {  # kind -> line: the batches thin and dotted, the running average bold
    "batch": {"color": SERIES[0], "width": 1.5, "dash": "solid"},
    "running": {"color": SERIES[1], "width": 4, "dash": "solid"},
    "population": {"color": "#7A7F88", "width": 2, "dash": "dash"},
}


def running_averages(
    frame: pd.DataFrame, labels: Mapping[str, str], names: Mapping[str, str]
) -> go.Figure:
    """One statistic of one BN feature by training step (engine.batchnorm_running_stats rows
    of one statistic and feature): each mini-batch's own value (thin, with dots), the layer's
    running average (bold), and the data's true value (dashed).

    names: kind -> legend text ("batch", "running", "population"). labels: "title", "x", "y".
    """
    traces = []
    for kind, line in RUNNING_STYLE.items():
        rows = frame[frame["kind"] == kind].sort_values("step")
        if rows.empty:
            continue
        traces.append(
            {
                "type": "scatter",
                "x": rows["step"].to_numpy(),
                "y": rows["value"].to_numpy(dtype=float),
                "mode": "lines+markers" if kind == "batch" else "lines",
                "marker": {"size": 5},
                "name": names.get(kind, kind),
                "line": line,
                "customdata": [nice_number(v) for v in rows["value"]],
                "hovertemplate": "%{x}: %{customdata}<extra>%{fullData.name}</extra>",
            }
        )
    steps = int(frame["step"].max()) if len(frame) else 1
    layout = style_layout(labels.get("title"), 380) | {
        "xaxis": {"title": {"text": labels["x"]}, "range": [0, steps + 0.5]},
        "yaxis": {"title": {"text": labels["y"]}, "rangemode": "tozero"},
    }
    layout["legend"] |= {"traceorder": "normal"}
    return go.Figure(data=traces, layout=layout)


# ------------------------------------------------------------------ statistics and graphs


def deviation_pictures(
    dev: pd.DataFrame,
    *,
    mean: float,
    mad: float,
    std: float,
    labels: Mapping[str, str],
    texts: Mapping[str, str],
) -> tuple[go.Figure, go.Figure]:
    """Two ways to measure spread (the primer before Batch Normalization), as two figures a
    page sets side by side in columns, which a phone stacks (as two panels of one figure their
    titles ran into each other at 390 px).

    Lengths: each value's deviation from the mean as a bar from the mean to the value; their
    average length is the mean absolute deviation, drawn as the last bar.
    Squares: a square of side |x - mean| per value; their average area is the variance, drawn
    as a dashed square whose side is the standard deviation.
    dev: index, value, length, square and their texts value_text, length_text, square_text
    (ui.stats.deviations). labels: "lengths", "squares" (the figures' titles), "x" (value
    axis), "mad" (the average bar's row), "mean" (the mean line's label), "var" (the dashed
    square's label); "mean", "mad", "var" may hold {value}, filled from texts["mean"],
    texts["mad"], texts["var"]. Numbers are printed from the texts (exact, rounded by
    ui.stats), never from the floats, which can round tiny spreads to 0.
    """
    rows = [f"x<sub>{i}</sub> = {v}" for i, v in zip(dev["index"], dev["value_text"], strict=True)]
    height = max(300, 90 + 34 * (len(rows) + 1))
    lengths = dev["length"].to_numpy(float)
    values = dev["value"].to_numpy(float)
    return (
        _deviation_lengths(rows, lengths, values, mean, mad, labels, texts, dev, height),
        _deviation_squares(rows, lengths, std, labels, texts, dev, height),
    )


def _deviation_lengths(rows, lengths, values, mean, mad, labels, texts, dev, height):
    mad_row = labels["mad"].format(value=texts["mad"])
    bars = go.Bar(
        y=[*rows, mad_row],
        x=[*lengths, mad],
        base=[*np.minimum(values, mean), mean],
        orientation="h",
        marker={"color": [colour(0)] * len(rows) + [OKABE_ITO["vermillion"]]},
        text=[*dev["length_text"], texts["mad"]],
        textposition="outside",
        cliponaxis=False,
        showlegend=False,
        hovertemplate="%{y}: |x − μ| = %{text}<extra></extra>",
    )
    mean_line = {
        "type": "line",
        "x0": mean,
        "x1": mean,
        "y0": 0,
        "y1": 1,
        "xref": "x",
        "yref": "y domain",
        "line": {"color": "#7A7F88", "dash": "dash", "width": 2},
    }
    mean_note = {
        "x": mean,
        "y": 0,
        "xref": "x",
        "yref": "y domain",
        "text": labels["mean"].format(value=texts["mean"]),
        "showarrow": False,
        "xanchor": "right",
        "yanchor": "bottom",
        "xshift": -4,
    }
    low, high = min(values.min(), mean), max(values.max(), mean)
    pad = 0.15 * (high - low) or 1.0
    layout = style_layout(labels.get("lengths"), height) | {
        "shapes": [mean_line],
        "annotations": [mean_note],
        "xaxis": {"title": {"text": labels["x"]}, "range": [low - pad, high + pad]},
        "yaxis": {"autorange": "reversed", "type": "category", "automargin": True},
    }
    return go.Figure(data=[bars], layout=layout)


def _deviation_squares(rows, lengths, std, labels, texts, dev, height):
    sides = [*lengths, std]
    biggest = max(sides) or 1.0
    gap = 0.15 * biggest
    width = sum(sides) + gap * len(sides)
    left = 0.0
    centres, shapes, notes = [], [], []
    square_texts = [*dev["square_text"], texts["var"]]
    for k, side in enumerate(sides):
        last = k == len(sides) - 1
        shapes.append(
            {
                "type": "rect",
                "x0": left,
                "x1": left + side,
                "y0": 0,
                "y1": side,
                "xref": "x",
                "yref": "y",
                "fillcolor": "rgba(0,0,0,0)" if last else colour(1),
                "opacity": 1.0 if last else 0.9,
                "line": {
                    "color": OKABE_ITO["vermillion"] if last else colour(1),
                    "width": 3 if last else 1,
                    "dash": "dash" if last else "solid",
                },
            }
        )
        centres.append((left + side / 2, side / 2))
        if last:
            text = labels["var"].format(value=texts["var"])
        else:  # a label where it fits (~2% of a phone-wide row per character), else a hover
            text = f"x<sub>{k + 1}</sub>: {square_texts[k]}"
            if side + gap < 0.02 * len(f"x{k + 1}: {square_texts[k]}") * width:
                text = None
        if text is not None:
            # The average square is the last one, at the right edge: its label underneath
            # ends at its right side and runs left, under the other squares, so the edge of
            # the figure never cuts it (σ² was clipped at 390 px).
            notes.append(
                {
                    "x": left + side if last else left + side / 2,
                    "y": 0 if last else side,
                    "xref": "x",
                    "yref": "y",
                    "text": text,
                    "showarrow": False,
                    "xanchor": "right" if last else "center",
                    "yanchor": "top" if last else "bottom",
                    "yshift": -2 if last else 2,
                    "font": {"size": FONT_SIZE - 2},
                }
            )
        left += side + gap
    markers = go.Scatter(
        x=[c[0] for c in centres],
        y=[c[1] for c in centres],
        mode="markers",
        marker={"size": 12, "color": "rgba(0,0,0,0)"},
        text=[*rows, labels["var"].format(value=texts["var"])],
        customdata=square_texts,
        hovertemplate="%{text}: %{customdata}<extra></extra>",
        showlegend=False,
    )
    layout = style_layout(labels.get("squares"), height) | {
        "shapes": shapes,
        "annotations": notes,
        "xaxis": {"range": [-gap, left], "visible": False},
        "yaxis": {
            "range": [-0.25 * biggest, 1.3 * biggest],
            "scaleanchor": "x",
            "scaleratio": 1,
            "visible": False,
        },
    }
    layout["margin"] |= {"l": 10, "r": 10}
    return go.Figure(data=[markers], layout=layout)


GRAPH_BOX = (0.78, 0.5)  # width, height of a node in grid units
ROLE_FILL = {"current": SERIES[0], "input": OKABE_ITO["sky"], None: "#DDE1E6"}
ROLE_TEXT = {"current": "white", "input": "black", None: "#30343A"}


def graph_diagram(
    nodes: Mapping[str, Mapping],
    edges: Sequence[tuple[str, str]],
    labels: Mapping[str, str],
    *,
    dashed: Sequence[tuple[str, str]] = (),
    height: int = 330,
) -> go.Figure:
    """A computation graph: a box per node at its grid position, an arrow per edge.

    nodes: id -> {"label", "x", "y", "role"}; role "current" (filled blue), "input" (sky: what
    the current node is computed from) or None (grey). edges: (from, to); arrows into the
    current node are drawn thick and blue. dashed: edges drawn dashed (e.g. through the rest of
    the network). labels: "title". Each box carries an invisible marker whose customdata is
    its node id, so a page can react to a click on a box.
    """
    w, h = GRAPH_BOX
    shapes, notes = [], []  # collected and set at once: add_shape per box is ~10x slower
    for node in nodes.values():
        role = node.get("role")
        shapes.append(
            {
                "type": "rect",
                "x0": node["x"] - w / 2,
                "x1": node["x"] + w / 2,
                "y0": node["y"] - h / 2,
                "y1": node["y"] + h / 2,
                "fillcolor": ROLE_FILL[role],
                "line": {"color": ROLE_FILL[role], "width": 1},
                "layer": "below",
            }
        )
        notes.append(
            {
                "x": node["x"],
                "y": node["y"],
                "text": f"<b>{node['label']}</b>" if role == "current" else node["label"],
                "showarrow": False,
                "font": {"color": ROLE_TEXT[role], "size": FONT_SIZE},
            }
        )
    current = next((k for k, n in nodes.items() if n.get("role") == "current"), None)
    for is_dashed, pairs in ((False, edges), (True, dashed)):
        for a, b in pairs:
            start, end = _edge_ends(nodes[a], nodes[b], w, h)
            hot = b == current and not is_dashed
            notes.append(
                {
                    "x": end[0],
                    "y": end[1],
                    "ax": start[0],
                    "ay": start[1],
                    "xref": "x",
                    "yref": "y",
                    "axref": "x",
                    "ayref": "y",
                    "showarrow": True,
                    "arrowhead": 3,
                    "arrowsize": 1.0,
                    "arrowwidth": 3 if hot else 1.5,
                    "arrowcolor": SERIES[0] if hot else "#7A7F88",
                    "opacity": 0.6 if is_dashed else 1.0,
                    "text": "",
                }
            )
    fig = go.Figure(layout={"shapes": shapes, "annotations": notes})
    ids = list(nodes)
    fig.add_trace(
        go.Scatter(
            x=[nodes[k]["x"] for k in ids],
            y=[nodes[k]["y"] for k in ids],
            mode="markers",
            customdata=ids,
            marker={"size": 40, "symbol": "square", "color": "rgba(0,0,0,0.01)"},
            hoverinfo="none",
            showlegend=False,
        )
    )
    xs = [n["x"] for n in nodes.values()]
    ys = [n["y"] for n in nodes.values()]
    fig.update_xaxes(visible=False, range=[min(xs) - w, max(xs) + w], fixedrange=True)
    fig.update_yaxes(visible=False, range=[min(ys) - h, max(ys) + h], fixedrange=True)
    fig.update_layout(dragmode=False, clickmode="event+select")
    fig = _style(fig, labels.get("title"), height)
    fig.update_layout(margin={"l": 10, "r": 10, "b": 10})
    return fig


def _edge_ends(a: Mapping, b: Mapping, w: float, h: float):
    """Where an arrow from box a to box b leaves a and enters b (on the boxes' borders)."""
    (x0, y0), (x1, y1) = (a["x"], a["y"]), (b["x"], b["y"])
    dx, dy = x1 - x0, y1 - y0

    def border(sign):
        # the point where the ray from a box centre towards the other box leaves the box
        tx = (w / 2) / abs(dx) if dx else math.inf
        ty = (h / 2) / abs(dy) if dy else math.inf
        s = min(tx, ty)
        return sign * dx * s, sign * dy * s

    ox, oy = border(1)
    ix, iy = border(-1)
    return (x0 + ox, y0 + oy), (x1 + ix, y1 + iy)


# ------------------------------------------------------------------ grids and diagrams


HEATMAP_ROW_PX = 30
HEADER_UNITS = 8  # column headers wrap at this width: four fit a phone side by side


def heatmap(
    frame: pd.DataFrame,
    *,
    x: str,
    y: str,
    z: str,
    labels: Mapping[str, str],
    x_names: Mapping | None = None,
    y_names: Mapping | None = None,
    y_format: str = "{:.3g}",
    flag: str | None = None,
    z_range: Sequence[float] = (0.0, 1.0),
    cell_text: str | None = None,
) -> go.Figure:
    """A grid of `z` with the numbers printed in the cells: a column per value of `x` (left to
    right in order of appearance, headers on top), a row per value of `y` (top to bottom).
    Made to be tall and narrow, so it reads on a phone: few columns, many rows (the 16-scale
    grid, with the scales down the side, kept its cell numbers at 390 px; across, it did not).

    x_names / y_names: value -> header text (x headers wrap at HEADER_UNITS); values not named
    are written with y_format (rows) or str (columns).
    flag: a boolean column; flagged cells get a thick vermillion outline (e.g. "BN loses here").
    labels: "title", "x", "y", "z" (colour bar title, the bar under the grid).
    cell_text: a column of text to print instead of the numbers (e.g. "diverged" in a cell
    whose z is NaN); by default z with two decimals, nothing where z is NaN.
    """
    xs = list(dict.fromkeys(frame[x].tolist()))
    ys = list(dict.fromkeys(frame[y].tolist()))
    grid = frame.pivot_table(index=y, columns=x, values=z, aggfunc="last").reindex(
        index=ys, columns=xs
    )
    x_text = [wrap((x_names or {}).get(v, str(v)), HEADER_UNITS) for v in xs]
    y_text = [(y_names or {}).get(v) or y_format.format(v) for v in ys]
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(dtype=float),
            x=x_text,
            y=y_text,
            zmin=z_range[0],
            zmax=z_range[1],
            colorscale="Cividis",
            text=_cell_texts(frame, x, y, xs, ys, cell_text)
            if cell_text is not None
            else np.vectorize(lambda v: "" if np.isnan(v) else f"{v:.2f}")(grid.to_numpy(float)),
            texttemplate="%{text}",
            colorbar={
                "title": {"text": labels["z"], "side": "top"},
                "orientation": "h",
                "x": 0,
                "xanchor": "left",
                "y": 0,
                "yref": "container",
                "yanchor": "bottom",
                "len": 0.6,
                "thickness": 12,
            },
            hovertemplate="%{x} · %{y}: %{z:.3f}<extra></extra>",
        )
    )
    if flag is not None:
        flagged = frame[frame[flag].astype(bool)]
        for _, r in flagged.iterrows():
            xi, yi = xs.index(r[x]), ys.index(r[y])
            fig.add_shape(
                type="rect",
                x0=xi - 0.5,
                x1=xi + 0.5,
                y0=yi - 0.5,
                y1=yi + 0.5,
                line={"color": OKABE_ITO["vermillion"], "width": 4},
            )
    header_lines = max(t.count("<br>") + 1 for t in x_text) if x_text else 1
    fig.update_xaxes(title_text=labels["x"], type="category", side="top")
    fig.update_yaxes(title_text=labels["y"], type="category", autorange="reversed")
    fig = _style(
        fig,
        labels.get("title"),
        170 + HEATMAP_ROW_PX * len(ys) + 18 * header_lines,
        title_gap=30 + 18 * header_lines,
    )
    fig.update_layout(margin={"b": 90})
    return fig


def _cell_texts(frame, x, y, xs, ys, column) -> list[list[str]]:
    lookup = {(a, b): str(c) for a, b, c in zip(frame[x], frame[y], frame[column], strict=True)}
    return [[lookup.get((xv, yv), "") for xv in xs] for yv in ys]


def _box(fig: go.Figure, x: float, y: float, step: Mapping, w: float, h: float) -> None:
    group = step.get("group")
    fill = colour(group) if group is not None else "#6B7480"
    fig.add_shape(
        type="rect",
        x0=x - w / 2,
        x1=x + w / 2,
        y0=y - h / 2,
        y1=y + h / 2,
        fillcolor=fill,
        line={"color": fill, "width": 1},
        layer="below",
    )
    fig.add_annotation(
        x=x,
        y=y,
        text=step["label"],
        showarrow=False,
        font={"color": "white", "size": FONT_SIZE - 1},
    )


def _arrow(fig: go.Figure, start, end, *, dash: bool = False) -> None:
    fig.add_annotation(
        x=end[0],
        y=end[1],
        ax=start[0],
        ay=start[1],
        xref="x",
        yref="y",
        axref="x",
        ayref="y",
        showarrow=True,
        arrowhead=3,
        arrowsize=1.1,
        arrowwidth=2,
        arrowcolor="#7A7F88",
        text="",
    )


FLOW_WIDTH_PX = 560  # the loop is drawn at most this wide (a phone: as wide as it is)
FLOW_ROW_PX = 70


def flow_diagram(
    forward: Sequence[Mapping],
    backward: Sequence[Mapping],
    labels: Mapping[str, str],
    *,
    loop_label: str | None = None,
) -> go.Figure:
    """A loop of boxes in two columns: `forward` top to bottom on the left, `backward` bottom to
    top on the right (starting beside the last forward box), and a dashed arrow from the last
    backward step up and back into the first forward step. Two columns read on a 390 px phone
    as on a projector (six boxes in a row left a phone 50 px a box).

    steps: dicts with "label" (box text, may hold <br>) and "group" (index into the palette, or
    None for a grey box). labels: "title". loop_label: text beside the return arrow.
    Every box carries an invisible marker whose customdata is its index in forward + backward,
    so a page can react to a click on a box (st.plotly_chart(..., on_select="rerun")).
    Draw it at most FLOW_WIDTH_PX wide (st.plotly_chart(width=...)).
    """
    fig = go.Figure()
    w, h = 1.0, 0.72
    left, right = 0.0, 1.7
    n = len(forward)
    centres = [(left, -float(i)) for i in range(n)]
    centres += [(right, -float(n - 1 - i)) for i in range(len(backward))]
    steps = list(forward) + list(backward)
    for (x, y), step in zip(centres, steps, strict=True):
        _box(fig, x, y, step, w, h)
    for i in range(len(steps) - 1):
        (x0, y0), (x1, y1) = centres[i], centres[i + 1]
        if x0 == x1:  # down the forward column, up the backward one
            sign = 1 if y1 > y0 else -1
            _arrow(fig, (x0, y0 + sign * h / 2), (x1, y1 - sign * h / 2))
        else:
            _arrow(fig, (x0 + w / 2, y0), (x1 - w / 2, y1))
    if backward:
        # Back to the start: up the right column, then left into the first box.
        xe, ye = centres[-1]
        top = centres[0][1]
        fig.add_shape(
            type="path",
            path=f"M {xe},{ye + h / 2} L {xe},{top}",
            line={"width": 2, "dash": "dash", "color": "#7A7F88"},
        )
        _arrow(fig, (xe, top), (left + w / 2, top))
        if loop_label and ye + h / 2 < top - 0.5:
            fig.add_annotation(
                x=xe,
                y=(ye + h / 2 + top) / 2,
                text=wrap(loop_label, 18),
                showarrow=False,
                bgcolor="white",
                font={"size": FONT_SIZE - 1, "color": "#4A4F57"},
            )
    fig.add_trace(
        go.Scatter(
            x=[c[0] for c in centres],
            y=[c[1] for c in centres],
            mode="markers",
            customdata=list(range(len(steps))),
            marker={"size": 50, "symbol": "square", "color": "rgba(0,0,0,0.01)"},
            hoverinfo="none",
            showlegend=False,
        )
    )
    fig.update_xaxes(visible=False, range=[left - w / 2 - 0.05, right + w / 2 + 0.05])
    fig.update_yaxes(visible=False, range=[-(n - 1) - h / 2 - 0.1, h / 2 + 0.1])
    fig.update_xaxes(fixedrange=True)
    fig.update_yaxes(fixedrange=True)
    fig.update_layout(dragmode=False, clickmode="event+select")
    fig = _style(fig, labels.get("title"), 100 + FLOW_ROW_PX * n)
    fig.update_layout(margin={"l": 10, "r": 10, "b": 10})
    return fig


# ------------------------------------------------------------------ panels and unit grids


def unit_grid(masks: pd.DataFrame, labels: Mapping[str, str]) -> go.Figure:
    """Which hidden units one training forward pass kept: a row per layer, a cell per unit.

    masks: layer, unit, kept (bool), factor (engine.dropout_masks). Kept cells are blue, dropped
    ones vermillion; each row's share kept is printed on its right.
    labels: "title", "x" (unit axis), "layer" (row label template with {layer}), "kept",
    "dropped" (legend and hover text), "share" (template with {percent}).
    """
    grid = masks.pivot(index="layer", columns="unit", values="kept").astype(float)
    factors = masks.groupby("layer")["factor"].first()
    layers, units = grid.index.tolist(), grid.columns.tolist()
    rows = [labels["layer"].format(layer=layer) for layer in layers]
    kept_text = {
        layer: labels["kept"] + (f" ×{f:.3g}" if not math.isclose(f, 1.0) else "")
        for layer, f in factors.items()
    }
    text = [
        [kept_text[layer] if k else labels["dropped"] for k in grid.loc[layer]] for layer in layers
    ]
    blue, red = OKABE_ITO["blue"], OKABE_ITO["vermillion"]
    gap = 1 if len(units) <= 150 else 0
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(),
            x=units,
            y=rows,
            zmin=0,
            zmax=1,
            colorscale=[[0, red], [0.5, red], [0.5, blue], [1, blue]],
            showscale=False,
            xgap=gap,
            ygap=4,
            text=text,
            hovertemplate="%{y} · %{x}: %{text}<extra></extra>",
        )
    )
    for name, col in ((labels["kept"], blue), (labels["dropped"], red)):
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=name,
                marker={"color": col, "symbol": "square", "size": 14},
            )
        )
    share = grid.mean(axis=1)
    for row, s in zip(rows, share, strict=True):
        fig.add_annotation(
            x=1.0,
            xref="paper",
            y=row,
            xanchor="left",
            xshift=6,
            showarrow=False,
            text=labels["share"].format(percent=round(100 * s)),
        )
    fig.update_xaxes(title_text=labels["x"], range=[-0.5, len(units) - 0.5], showgrid=False)
    fig.update_yaxes(type="category", autorange="reversed", showgrid=False)
    fig = _style(fig, labels.get("title"), 150 + 30 * len(layers))
    fig.update_layout(margin={"r": 90}, plot_bgcolor="rgba(0,0,0,0)")
    return fig
