"""The parameter-update page's prediction questions (ui/predict.py), each judged from its
result: which rule ends lowest on f after the race's steps ("race"), which ends with the
lowest MNIST loss ("mnist")."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from ui.i18n import t
from ui.numbers import nice_number
from ui.predict import Question, Verdict
from ui.updates.notes import LAST_ITERATIONS, final_losses, lowest_final_f, race_facts

LOSS_MARGIN = 0.005  # mean losses closer than this to the lowest count as lowest too


def race_question(names: Mapping[str, str], steps: int) -> Question:
    """names: optimizer -> its name on screen. Judged from engine.descent.optimizer_race."""

    def judge(paths: pd.DataFrame) -> Verdict:
        facts = race_facts(paths)
        best = lowest_final_f(facts)
        ends = {
            r: t("predict.race.end", rule=names[r], f=nice_number(fact["f"]))
            if fact["outcome"] != "diverged"
            else t("predict.race.end_diverged", rule=names[r], step=fact["step"])
            for r, fact in facts.items()
        }
        if not best:
            return Verdict(frozenset(), t("predict.race.all_diverged"), {})
        winners = t("chart.comma").join(names[r] for r in best)
        ends_said = t("chart.join").join(ends.values())
        why = t("predict.race.why", winners=winners, steps=steps, ends=ends_said)
        wrong = {r: ends[r] for r in facts if r not in best}
        return Verdict(best, why, wrong)

    return Question(
        id="race",
        prompt=t("predict.race.prompt", steps=steps),
        options=dict(names),
        judge=judge,
    )


def mnist_question(names: Mapping[str, str], iterations: int) -> Question:
    """names: optimizer -> its name on screen. Judged from optimizer_comparison's rows."""

    def judge(frame: pd.DataFrame) -> Verdict:
        finals = final_losses(frame)
        done = frame.groupby("optimizer")["iteration"].max()
        if set(finals) != set(names) or (done < iterations).any():
            return Verdict(frozenset(), t("predict.mnist.no_verdict"), {})
        low = min(finals.values())
        best = frozenset(r for r, v in finals.items() if v <= low + LOSS_MARGIN)
        means = t("chart.comma").join(f"{names[r]} {v:.3f}" for r, v in finals.items())
        winners = t("chart.comma").join(names[r] for r in names if r in best)
        why = t("predict.mnist.why", winners=winners, last=LAST_ITERATIONS, means=means)
        wrong = {
            r: t("predict.mnist.not", rule=names[r], loss=finals[r], low=low)
            for r in names
            if r not in best
        }
        return Verdict(best, why, wrong)

    return Question(
        id="mnist",
        prompt=t("predict.mnist.prompt", iterations=iterations, last=LAST_ITERATIONS),
        options=dict(names),
        judge=judge,
    )
