"""The parameter-update page's charts with their descriptions (issue 18): where each rule's path
ends and what it did on the way (a zigzag across the valley, an overshoot past the minimum),
and which rule's MNIST loss ends lowest, from the numbers the figures draw, in the page's
language."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from ui import describe
from ui.chart import Chart
from ui.i18n import t
from ui.updates.notes import ARRIVED_F, LAST_ITERATIONS, ZIGZAG_TURNS, final_losses, race_facts


def point(x: float, y: float) -> str:
    """A position on the plane as the description reads it: "(-0.35, 0.08)"."""
    return f"({x + 0.0:.2f}, {y + 0.0:.2f})".replace("-0.00", "0.00")


def _rule(name: str, fact: Mapping) -> str:
    """One rule's path: where it ends, then what it did on the way (rows of race_facts)."""
    if fact["outcome"] == "diverged":
        return t("chart.race_diverged", rule=name, step=fact["step"])
    parts = [
        t(
            "chart.race_end",
            rule=name,
            steps=fact["steps"],
            at=point(fact["x"], fact["y"]),
            f=describe.number(fact["f"]),
        )
    ]
    if fact["outcome"] == "arrived":
        parts.append(t("chart.race_arrived", step=fact["step"], level=ARRIVED_F))
    if fact["turns_y"] >= ZIGZAG_TURNS:
        parts.append(t("chart.race_zigzag", turns=fact["turns_y"]))
    if fact["turns_x"] >= 1:
        parts.append(t("chart.race_overshoot", by=f"{fact['past_x']:.2f}"))
    return t("chart.comma").join(parts)


def race(fig: go.Figure, paths: pd.DataFrame, names: Mapping[str, str]) -> Chart:
    """The race's panels: where the rules start, then each rule's path (paths: rows of
    engine.descent.optimizer_race; names: optimizer -> its panel's title)."""
    facts = race_facts(paths)
    start = paths[paths["step"] == 0].iloc[0]
    lead = t(
        "chart.race_start",
        at=point(float(start["x"]), float(start["y"])),
        f=describe.number(float(start["f"])),
    )
    rules = describe.joined(_rule(names[r], fact) for r, fact in facts.items() if r in names)
    return Chart(fig, describe.sentences(describe.title_of(fig), lead, rules))


def losses(fig: go.Figure, frame: pd.DataFrame, names: Mapping[str, str]) -> Chart:
    """The smoothed MNIST losses: each rule's mean loss over its last iterations, lowest
    first, then each curve from its start to its end (frame: optimizer_comparison rows)."""
    finals = final_losses(frame) if not frame.empty else {}
    means = sorted((v, r) for r, v in finals.items() if r in names)
    lead = ""
    if means:
        listed = t("chart.comma").join(f"{names[r]} {v:.3f}" for v, r in means)
        last = min(LAST_ITERATIONS, int(frame.groupby("optimizer").size().max()))
        lead = t("chart.mnist_lowest", last=last, means=listed)
    return Chart(fig, describe.curves(fig, lead=lead))
