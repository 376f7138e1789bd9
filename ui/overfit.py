"""What the two overfitting pages (weight decay, dropout) share: the book's network and training
controls, the live training section (train solid / test dashed accuracy beside the weight norm,
final numbers with their change against the run without the technique, CSV), and the notes on
numerical trouble.

    CONTROLS = overfit.controls(state.FloatRange("lambda", 0.1, 0.0, 1.0), epochs=200)
    form = state.Form("weight_decay", CONTROLS)
    ...page's own widgets...
    overfit.network_widgets(form)
    overfit.training_section(
        "weight_decay", form, {"weight_decay_lambda": lam},
        run_names={"main": "λ = 0.1", "baseline": "λ = 0"}, strong_lever=lam >= 0.5,
        stuck_hint=t("decay.stuck_hint"), book=t("decay.book"),
    )

The pure half (`curves`, `final_numbers`, `trouble_notes`) is tested without Streamlit.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ui import charts, dataset, state
from ui.i18n import t

CHANCE = 0.1  # ten digits: accuracy of guessing
STUCK_MARGIN = 0.05  # final test accuracy within this of chance counts as "stuck"
EARLY_EPOCHS = 50  # fewer epochs than this: "not learned yet" rather than "stuck"
LOG_NORM_RATIO = 100.0  # weight norms spanning more than this get a log axis
GAP_LABEL_SEP = 0.09  # accuracy units between two gap labels
OPTIMIZERS = ("sgd", "momentum", "adagrad", "adam")
OPTIMIZER_NAMES = {"sgd": "SGD", "adagrad": "AdaGrad", "adam": "Adam"}  # names in every language


def controls(*lever: state.Control, epochs: int) -> tuple[state.Control, ...]:
    """The page's own controls (`lever`) followed by the book's network and training settings
    (overfit_weight_decay / overfit_dropout: 300 digits, 6 x 100 ReLU, SGD 0.01), the number
    of digits limited to what the data set in use holds."""
    return (
        *lever,
        state.IntRange("epochs", epochs, 1, 500),
        state.Flag("compare", True),
        dataset.limited(state.IntRange("train_size", 300, 100, 2000, step=100)),
        state.IntRange("layers", 6, 1, 10),
        state.IntRange("width", 100, 10, 300, step=10),
        state.Choice("optimizer", "sgd", OPTIMIZERS),
        state.LogRange("lr", 0.01, 1e-4, 1.0),
    )


def optimizer_name(key: str) -> str:
    return OPTIMIZER_NAMES.get(key) or t(f"overfit.opt_{key}")


def network_widgets(form) -> None:
    """The network and training settings, folded away under one expander (the book's values
    are the defaults; the page's own lever stays in view)."""
    import streamlit as st

    v = form.values
    summary = t(
        "overfit.network_header",
        train_size=v["train_size"],
        layers=v["layers"],
        width=v["width"],
        optimizer=optimizer_name(v["optimizer"]),
        lr=v["lr"],
    )
    with st.expander(summary):
        row = st.columns(3)
        form.widget(
            "train_size",
            t("overfit.train_size"),
            help=t("overfit.train_size_help"),
            container=row[0],
        )
        form.widget("layers", t("overfit.layers"), help=t("overfit.layers_help"), container=row[1])
        form.widget("width", t("overfit.width"), help=t("overfit.width_help"), container=row[2])
        row = st.columns([3, 2])
        form.widget(
            "optimizer",
            t("overfit.optimizer"),
            help=t("overfit.optimizer_help"),
            format_func=optimizer_name,
            style="segmented",
            container=row[0],
        )
        form.widget("lr", t("overfit.lr"), help=t("overfit.lr_help"), container=row[1])


# ------------------------------------------------------------------ pure: figures and numbers


REFERENCE_WIDTH = 7  # px: the run without the technique, a pale band drawn under the main run
REFERENCE_OPACITY = 0.45
PANEL_WIDTHS = (0.6, 0.4)  # accuracy, weight norm
PANEL_SPACING = 0.06
HOVER = "%{x}: %{y:.3f}<extra>%{fullData.name}</extra>"


def curves(
    frame: pd.DataFrame,
    labels: Mapping[str, str],
    run_names: Mapping[str, str],
    epochs: int,
) -> go.Figure:
    """Accuracy (train solid, test dashed) beside the weight norm, one colour per run.

    frame: engine.overfitting rows (run, epoch, train_acc, test_acc, weight_norm).
    labels: "title", "x", "acc", "norm", "train", "test", "gap" (template with {gap}: the
    bracket from test to train at each run's latest epoch).
    The main run is drawn last, on top, and the others (the baseline) as pale wide bands under
    it: when the two runs coincide (a weak lever, a few epochs) both stay visible, the main line
    inside the band. The legend still lists the runs in `run_names` order.
    The epoch axis is fixed to [0, epochs] so live curves grow into a frame that stays put; the
    norm axis starts at 0 (the shrinking is the point) unless the norms span more than
    LOG_NORM_RATIO, when it turns logarithmic (a blowing-up run before it diverges).

    Built as one go.Figure with two x-axis domains, traces and layout given at once: it is
    redrawn several times a second while the runs train, and composing panels with
    make_subplots and add_trace cost about 80 ms here, this about 10.
    """
    x_range = [0, max(epochs, 1)]
    order = _run_order(frame, run_names)
    splits = (
        ("train_acc", labels["train"], charts.DASHES[0]),
        ("test_acc", labels["test"], charts.DASHES[1]),
    )
    drawn: list[tuple[int, dict]] = []  # (run's place in `order`, trace)
    for i, run in enumerate(order):
        rows = frame[frame["run"] == run].sort_values("epoch")
        name = run_names.get(run, str(run))
        line, opacity = _line_style(i, run, order)
        for k, (column, split, dash) in enumerate(splits):
            trace = _line(rows, column, f"{name} · {split}", {**line, "dash": dash}, opacity)
            if trace is not None:
                drawn.append((i, {**trace, "legendrank": 1 + len(splits) * i + k}))
        trace = _line(rows, "weight_norm", name, {**line, "dash": charts.DASHES[0]}, opacity)
        if trace is not None:  # the legend of the accuracy panel names the runs
            norm = {"xaxis": "x2", "yaxis": "y2", "showlegend": False, "legendrank": 1 + i}
            drawn.append((i, {**trace, **norm}))
    # Drawn in reverse run order, so the first (main) run ends on top; stable within a run.
    traces = [trace for _, trace in sorted(drawn, key=lambda d: -d[0])]

    norms = frame["weight_norm"].to_numpy(dtype=float)
    norms = norms[np.isfinite(norms) & (norms > 0)]
    log_y = len(norms) > 0 and norms.max() / norms.min() > LOG_NORM_RATIO
    norm_axis = {"title": {"text": labels["norm"]}, "exponentformat": "power"}
    if log_y:
        norm_axis.update(type="log", dtick=1)  # a tick per power of ten, no 2s and 5s between
    else:
        norm_axis.update(type="linear", rangemode="tozero")
    usable = 1 - PANEL_SPACING
    left_end = usable * PANEL_WIDTHS[0] / sum(PANEL_WIDTHS)
    shapes, notes = _gap_marks(frame, labels["gap"], order)
    layout = {
        "xaxis": {
            "anchor": "y",
            "domain": [0.0, left_end],
            "title": {"text": labels["x"]},
            "range": x_range,
        },
        "yaxis": {
            "anchor": "x",
            "domain": [0.0, 1.0],
            "title": {"text": labels["acc"]},
            "type": "linear",
            "range": [0, 1.02],
        },
        "xaxis2": {  # epochs too: one axis title under the two panels is enough (a phone)
            "anchor": "y2",
            "domain": [left_end + PANEL_SPACING, 1.0],
            "range": x_range,
        },
        # The norm's axis on the right edge: between the panels its ticks and title ran into
        # the accuracy panel on a 390 px phone.
        "yaxis2": {"anchor": "x2", "domain": [0.0, 1.0], "side": "right", **norm_axis},
        "shapes": shapes,
        "annotations": notes,
    }
    fig = charts._style(go.Figure(data=traces, layout=layout), labels.get("title"), 420)
    fig.update_layout(margin={"r": 70})
    return fig


def _run_order(frame: pd.DataFrame, run_names: Mapping) -> list:
    """Runs named in `run_names` first, in its order, then any others as they appear (the
    order gives colours: charts.colour(i))."""
    present = list(dict.fromkeys(frame["run"].tolist())) if not frame.empty else []
    named = [r for r in run_names if r in present]
    return named + [r for r in present if r not in named]


def _line_style(i: int, run, order: list) -> tuple[dict, float | None]:
    """(line, opacity) of a run: the main run (or a run alone) plain, any other run beside
    the main one a pale wide band."""
    reference = run != "main" and "main" in order
    line = {"color": charts.colour(i), "width": REFERENCE_WIDTH if reference else 3}
    return line, REFERENCE_OPACITY if reference else None


def _line(rows: pd.DataFrame, column: str, name: str, line: dict, opacity) -> dict | None:
    """One trace as a plain dict: the rows' finite values of `column` by epoch (a diverged
    run simply ends), or None when there are none."""
    ys = rows[column].to_numpy(dtype=float)
    keep = np.isfinite(ys)
    if not keep.any():
        return None
    trace = {
        "type": "scatter",
        "x": rows["epoch"].to_numpy()[keep],
        "y": ys[keep],
        "mode": "lines" if keep.sum() > 1 else "markers",
        "name": name,
        "line": line,
        "legendgroup": name,
        "hovertemplate": HOVER,
        "xaxis": "x",
        "yaxis": "y",
    }
    if opacity is not None:
        trace["opacity"] = opacity
    return trace


def _gap_marks(frame: pd.DataFrame, label: str, order: list) -> tuple[list[dict], list[dict]]:
    """A bracket from test to train accuracy at the latest epoch, one per run that reached it,
    labelled with the gap in the run's colour (`order` gives the colours). A run that ended
    earlier (diverged) gets none. Labels closer than GAP_LABEL_SEP apart are moved apart so
    both stay readable. Returns (shapes, annotations) on the accuracy panel (x, y)."""
    if frame.empty:
        return [], []
    frame = frame[np.isfinite(frame["train_acc"].astype(float))]
    frame = frame[np.isfinite(frame["test_acc"].astype(float))]
    if frame.empty:
        return [], []
    latest = int(frame["epoch"].max())
    marks = []
    for i, run in enumerate(order):
        d = frame[frame["run"] == run]
        if d.empty:
            continue
        last = d.sort_values("epoch").iloc[-1]
        if int(last["epoch"]) != latest:
            continue
        train, test = float(last["train_acc"]), float(last["test_acc"])
        marks.append({"i": i, "train": train, "test": test, "y": (train + test) / 2})
    by_height = sorted(marks, key=lambda m: m["y"])
    for a, b in zip(by_height, by_height[1:], strict=False):
        b["y"] = max(b["y"], a["y"] + GAP_LABEL_SEP)
    shapes, notes = [], []
    for k, m in enumerate(marks):
        col = charts.colour(m["i"])
        shapes.append(
            {
                "type": "line",
                "xref": "x",
                "yref": "y",
                "xsizemode": "pixel",
                "xanchor": latest,
                "x0": 5 * k,
                "x1": 5 * k,
                "y0": m["test"],
                "y1": m["train"],
                "line": {"color": col, "width": 4},
            }
        )
        notes.append(
            {
                "xref": "x",
                "yref": "y",
                "x": latest,
                "y": m["y"],
                "text": label.format(gap=m["train"] - m["test"]),
                "showarrow": False,
                "xanchor": "right",
                "xshift": -6,
                "font": {"color": col},
                "bgcolor": "rgba(255,255,255,0.75)",
            }
        )
    return shapes, notes


def final_numbers(frame: pd.DataFrame, epochs: int) -> dict[str, dict]:
    """Each run's last row as {"train", "test", "gap", "norm", "epoch", "finished"}.

    finished is False for a run whose rows end before `epochs` (it diverged, or the frame is a
    partial one): its numbers are not final.
    """
    out = {}
    for run, d in frame.groupby("run", sort=False):
        last = d.sort_values("epoch").iloc[-1]
        out[run] = {
            "train": float(last["train_acc"]),
            "test": float(last["test_acc"]),
            "gap": float(last["train_acc"] - last["test_acc"]),
            "norm": float(last["weight_norm"]),
            "epoch": int(last["epoch"]),
            "finished": int(last["epoch"]) >= epochs,
        }
    return out


def trouble_notes(
    frame: pd.DataFrame,
    diverged: Mapping[str, int],
    *,
    epochs: int,
    strong_lever: bool,
) -> list[tuple[str, dict]]:
    """Notes on runs that did not learn: [(string key, format args)], keys under "overfit.".

    A run that diverged gets a hint (ui.live already says where it diverged): about the
    page's lever when `strong_lever` and only the run with the lever diverged
    ("overfit.diverged_lever"), else about the learning rate.
    A finished run whose test accuracy ended within STUCK_MARGIN of chance is
    "early" (fewer than EARLY_EPOCHS epochs), or "stuck"; the cause suggested is the page's
    lever when `strong_lever` (lambda or ratio large) and the run without it learned, else the
    training settings. args: "run" (engine run name), "test", "epoch".
    """
    notes: list[tuple[str, dict]] = []
    if diverged:
        lever = strong_lever and "main" in diverged and "baseline" not in diverged
        notes.append(("overfit.diverged_lever" if lever else "overfit.diverged_hint", {}))
    numbers = final_numbers(frame, epochs) if not frame.empty else {}
    stuck = {
        run: n
        for run, n in numbers.items()
        if run not in diverged and n["finished"] and n["test"] <= CHANCE + STUCK_MARGIN
    }
    baseline_learned = "baseline" in numbers and "baseline" not in stuck | dict(diverged)
    for run, n in stuck.items():
        args = {"run": run, "test": n["test"], "epoch": n["epoch"]}
        if epochs < EARLY_EPOCHS:
            notes.append(("overfit.early", args))
        elif run == "main" and strong_lever and (baseline_learned or "baseline" not in numbers):
            notes.append(("overfit.stuck_lever", args))
        else:
            notes.append(("overfit.stuck_training", args))
    return notes


NO_CHANGE = "±"  # the sign of a change that rounds to zero: neither up nor down


def _delta(value: float, base: float | None, fmt: str) -> str | None:
    """The change against the baseline, signed (st.metric's arrow reads the sign); the page
    says once, under the numbers, what it is measured against (a pill has no room for it).
    A change that rounds to zero in `fmt` is "±0.000" (not "+0.000", which st.metric would
    show as a rise)."""
    if base is None or not math.isfinite(base):
        return None
    text = format(value - base, "+" + fmt)
    if float(text) == 0:
        return NO_CHANGE + format(0.0, fmt)
    return text


def compared(frame: pd.DataFrame, epochs: int) -> bool:
    """Whether the final numbers carry a change against a baseline that trained to the end."""
    numbers = final_numbers(frame, epochs) if frame is not None and not frame.empty else {}
    return all(run in numbers and numbers[run]["finished"] for run in ("main", "baseline"))


def metrics(frame: pd.DataFrame, epochs: int) -> list[tuple]:
    """The main run's final train and test accuracy, gap and weight norm as st.metric items,
    each with its change against the run without the technique (when it was trained).

    Items are (label, value, delta, delta_color), and (label, value, "±0.000", "off", "off")
    for a change that rounds to zero: grey, without an arrow (ui.live passes the fifth
    element as st.metric's delta_arrow)."""
    numbers = final_numbers(frame, epochs)
    main = numbers.get("main")
    base = numbers.get("baseline")
    base = base if base is not None and base["finished"] else None
    items = []
    for key, label, colour, fmt in (
        ("train", "overfit.m_train", "off", ".3f"),
        ("test", "overfit.m_test", "normal", ".3f"),
        ("gap", "overfit.m_gap", "inverse", ".3f"),
        ("norm", "overfit.m_norm", "off", ".3g"),
    ):
        if main is None or not main["finished"]:
            items.append((t(label), "—", None, colour))
            continue
        delta = _delta(main[key], base[key] if base else None, fmt)
        if delta is not None and delta.startswith(NO_CHANGE):
            items.append((t(label), format(main[key], fmt), delta, "off", "off"))
            continue
        items.append((t(label), format(main[key], fmt), delta, colour))
    return items


# ------------------------------------------------------------------ the live section


def run_kwargs(values: Mapping, lever: Mapping, seed: int) -> dict:
    """engine.experiments.overfitting's arguments for the page's control values (see
    `controls`), the lever (weight_decay_lambda, or dropout_ratio and dropout_mode) and seed."""
    return {
        "train_size": values["train_size"],
        "hidden": (values["width"],) * values["layers"],
        "epochs": values["epochs"],
        **lever,
        "optimizer": values["optimizer"],
        "lr": values["lr"],
        "baseline": values["compare"],
        "seed": seed,
    }


def training_section(
    page: str,
    form,
    lever: Mapping,
    *,
    run_names: Mapping[str, str],
    strong_lever: bool,
    stuck_hint: str,
    diverged_hint: str | None = None,
    book: str,
):
    """Train the book's overfitting experiment live with the form's settings plus `lever`
    (weight_decay_lambda, or dropout_ratio and dropout_mode) and show it; returns the
    ui.live Outcome.

    The first time a page is shown it waits for Train; once the reader has trained there,
    every later change of a setting starts the new run at once (a slider moved is a question
    asked). stuck_hint: the page's sentence on why its lever can stop learning; diverged_hint:
    on why it can make training diverge (None: the learning rate is blamed). book: the book's
    recorded numbers, shown under the result.
    """
    import streamlit as st

    from engine.experiments import overfitting
    from ui import live

    v = form.values
    epochs = v["epochs"]
    kwargs = run_kwargs(v, lever, state.seed())
    names = dict(run_names) if v["compare"] else {"main": run_names["main"]}
    labels = {
        "x": t("overfit.x"),
        "acc": t("overfit.acc"),
        "norm": t("overfit.norm"),
        "train": t("overfit.train"),
        "test": t("overfit.test"),
        "gap": t("overfit.gap_label"),
    }

    def notes(frame, diverged):
        texts = []
        for key, args in trouble_notes(frame, diverged, epochs=epochs, strong_lever=strong_lever):
            if "run" in args:
                args = {**args, "run": names.get(args["run"], args["run"])}
            if key == "overfit.diverged_lever" and diverged_hint is None:
                key = "overfit.diverged_hint"
            hint = diverged_hint if key == "overfit.diverged_lever" else stuck_hint
            texts.append(t(key, **args, hint=hint, lr=v["lr"]))
        return texts

    dataset.caption()
    outcome = live.stream(
        page,
        overfitting,
        kwargs,
        figures=lambda frame: curves(frame, labels, names, epochs),
        metrics=lambda frame: metrics(frame, epochs),
        notes=notes,
        run_names=names,
        auto_start=live.has_trained(page),  # after a first Train, a moved slider trains
        csv_name=page,
    )
    if outcome.status in ("finished", "cached") and compared(outcome.frame, epochs):
        st.caption(t("overfit.delta_caption", baseline=names["baseline"]))
    st.caption(book)
    return outcome
