"""The overfitting pages' prediction question (ui/predict.py): "which run ends with the smaller
gap between training and test accuracy?", judged from the runs' final numbers.

    question = gap_question("weight_decay", run_names, epochs, compare=True)
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from engine.progress import BASELINE, MAIN, final_numbers
from ui.i18n import t
from ui.predict import Question, Verdict

GAP_MARGIN = 0.02  # final gaps closer than this count as "about the same"
OPTIONS = (MAIN, BASELINE, "even")


def smaller_gap(frame: pd.DataFrame, epochs: int) -> tuple[frozenset[str], dict]:
    """Which run ends with the smaller train - test gap: ({MAIN} | {BASELINE} | {"even"}, the
    numbers), or (empty, numbers) when a run did not reach the last epoch (it diverged, or the
    comparison run was not trained). Numbers: main_gap, base_gap, main_train, main_test,
    base_train, base_test, diff (main gap - baseline gap), margin; missing ones are NaN."""
    numbers = final_numbers(frame, epochs)
    nan = float("nan")
    main, base = numbers.get(MAIN), numbers.get(BASELINE)
    args = {
        "main_gap": main["gap"] if main else nan,
        "base_gap": base["gap"] if base else nan,
        "main_train": main["train"] if main else nan,
        "main_test": main["test"] if main else nan,
        "base_train": base["train"] if base else nan,
        "base_test": base["test"] if base else nan,
        "margin": GAP_MARGIN,
    }
    args["diff"] = args["main_gap"] - args["base_gap"]
    if main is None or base is None or not main["finished"] or not base["finished"]:
        return frozenset(), args
    if abs(args["diff"]) < GAP_MARGIN:
        return frozenset({"even"}), args
    return frozenset({MAIN if args["diff"] < 0 else BASELINE}), args


GAP_KEYS = {  # per page: why its lever's run wins, why it does not, why the baseline does not
    "weight_decay": (
        "predict.gap.why_main_weight_decay",
        "predict.gap.not_main_weight_decay",
        "predict.gap.not_baseline_weight_decay",
    ),
    "dropout": (
        "predict.gap.why_main_dropout",
        "predict.gap.not_main_dropout",
        "predict.gap.not_baseline_dropout",
    ),
}


def gap_question(page: str, run_names: Mapping[str, str], epochs: int, compare: bool) -> Question:
    """The question for the page's training section (page: "weight_decay" or "dropout", whose
    texts explain its own lever); run_names: MAIN and BASELINE as the legend writes them."""
    names = {MAIN: run_names[MAIN], BASELINE: run_names[BASELINE]}
    options = {**names, "even": t("predict.gap.even")}

    def judge(frame: pd.DataFrame) -> Verdict:
        correct, args = smaller_gap(frame, epochs)
        args |= {"main": names[MAIN], "baseline": names[BASELINE], "epochs": epochs}
        if not correct:
            return Verdict(frozenset(), t("predict.gap.no_verdict", **args), {})
        (winner,) = correct
        numbers = t("predict.gap.numbers", **args)
        why_main, not_main, not_baseline = GAP_KEYS[page]
        why_key = {
            MAIN: why_main,
            BASELINE: "predict.gap.why_baseline",
            "even": "predict.gap.why_even",
        }[winner]
        why = t(why_key, **args)
        if winner == MAIN and args["main_test"] < args["base_test"] - GAP_MARGIN:
            why = f"{why} {t('predict.gap.lower_test', **args)}"
        wrong = {
            MAIN: t(not_main, **args),
            BASELINE: t(not_baseline, **args),
            "even": t("predict.gap.not_even", **args, abs_diff=abs(args["diff"])),
        }
        return Verdict(correct, f"{numbers} {why}", wrong)

    return Question(
        id="gap",
        prompt=t("predict.gap.prompt", epochs=epochs, main=names[MAIN], baseline=names[BASELINE]),
        options=options,
        judge=judge,
        unavailable=None if compare else t("predict.gap.needs_compare"),
    )
