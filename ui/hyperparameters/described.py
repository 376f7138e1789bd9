"""The hyperparameter-search page's charts with their descriptions (issue 18): where the best
trials lie among all of them, and how the best trials' curves end, from the numbers the
figures draw, in the page's language."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from ui import describe
from ui.chart import Chart
from ui.hyperparameters.notes import narrow_count
from ui.i18n import t
from ui.numbers import nice_number


def _spread(values: pd.Series) -> tuple[str, str]:
    return nice_number(values.min()), nice_number(values.max())


def scatter(
    fig: go.Figure,
    table: pd.DataFrame,
    lr_range: Sequence[float],
    lam_range: Sequence[float],
) -> Chart:
    """Every trial at (lr, λ): the best one, where the best tenth lie (the region "narrow the
    range" would search) and how the others did. table: notes.trial_table (best first);
    lr_range, lam_range: the exponents searched."""
    searched = t(
        "chart.search_range",
        lr_low=nice_number(10 ** lr_range[0]),
        lr_high=nice_number(10 ** lr_range[1]),
        lam_low=nice_number(10 ** lam_range[0]),
        lam_high=nice_number(10 ** lam_range[1]),
    )
    if table.empty:
        return Chart(fig, describe.sentences(describe.title_of(fig), searched, t("chart.no_data")))
    best = table.iloc[0]
    parts = [
        t(
            "chart.search_best",
            trials=len(table),
            val=f"{best['val_acc']:.2f}",
            lr=nice_number(best["lr"]),
            lam=nice_number(best["weight_decay_lambda"]),
            trial=int(best["trial"]),
        )
    ]
    count = narrow_count(len(table))
    if len(table) > count:
        top, rest = table.head(count), table.iloc[count:]
        lr_low, lr_high = _spread(top["lr"])
        lam_low, lam_high = _spread(top["weight_decay_lambda"])
        parts.append(
            t(
                "chart.search_top",
                count=count,
                lr_low=lr_low,
                lr_high=lr_high,
                lam_low=lam_low,
                lam_high=lam_high,
                val_low=f"{top['val_acc'].min():.2f}",
                val_high=f"{top['val_acc'].max():.2f}",
            )
        )
        parts.append(t("chart.search_rest", rest=len(rest), val=f"{rest['val_acc'].median():.2f}"))
    return Chart(fig, describe.sentences(describe.title_of(fig), describe.joined(parts), searched))


def best_curves(fig: go.Figure, table: pd.DataFrame, shown: int) -> Chart:
    """The best trials' curves, a panel each: where the first and the last panel's curves end,
    and in how many training ends above validation (the widest gap). table: trial_table."""
    top = table.head(shown)
    if top.empty:
        return Chart(fig, describe.sentences(describe.title_of(fig), t("chart.no_data")))
    first, last = top.iloc[0], top.iloc[-1]
    parts = [
        t(
            "chart.best_first",
            trial=int(first["trial"]),
            lr=nice_number(first["lr"]),
            lam=nice_number(first["weight_decay_lambda"]),
            epoch=int(first["epochs"]),
            val=f"{first['val_acc']:.2f}",
            train=f"{first['train_acc']:.2f}",
        )
    ]
    if len(top) > 1:
        parts.append(
            t(
                "chart.best_last",
                rank=len(top),
                val=f"{last['val_acc']:.2f}",
                train=f"{last['train_acc']:.2f}",
            )
        )
    gaps = (top["train_acc"] - top["val_acc"]).to_numpy(float)
    over = int((gaps > 0).sum())
    if over:
        gap, rank = f"{gaps.max():.2f}", int(gaps.argmax()) + 1  # the table's rank starts at 1
        parts.append(t("chart.best_gap", over=over, shown=len(top), gap=gap, rank=rank))
    else:
        parts.append(t("chart.best_no_gap", shown=len(top)))
    return Chart(fig, describe.sentences(describe.title_of(fig), describe.joined(parts)))
