"""The hyperparameter-search page's prediction question (ui/predict.py): the best trial, chosen
by its validation accuracy, then meets the test digits once: will its test accuracy be lower,
about the same, or higher? Judged from the search's own rows."""

from __future__ import annotations

import pandas as pd

from ui.hyperparameters.notes import TEST_MARGIN, test_result
from ui.i18n import t, t_each
from ui.predict import Question, Verdict

OPTIONS = {
    "lower": "predict.test.opt_lower",
    "same": "predict.test.opt_same",
    "higher": "predict.test.opt_higher",
}
WHY = {
    "lower": "predict.test.why_lower",
    "same": "predict.test.why_same",
    "higher": "predict.test.why_higher",
}
NOT = {
    "lower": "predict.test.not_lower",
    "same": "predict.test.not_same",
    "higher": "predict.test.not_higher",
}


def test_question(trials: int, test_size: int) -> Question:
    options = t_each(OPTIONS, margin=TEST_MARGIN)

    def judge(frame: pd.DataFrame) -> Verdict:
        found = test_result(frame)
        if found is None:
            return Verdict(frozenset(), t("predict.test.no_verdict"), {})
        args = found | {"margin": TEST_MARGIN, "test_size": test_size, "trials": trials}
        numbers = t("predict.test.numbers", **args)
        why = t(WHY[found["verdict"]], **args)
        wrong = {o: t(key, **args) for o, key in NOT.items() if o != found["verdict"]}
        return Verdict(frozenset({found["verdict"]}), f"{numbers} {why}", wrong)

    return Question(
        id="test",
        prompt=t("predict.test.prompt", trials=trials, test_size=test_size),
        options=options,
        judge=judge,
    )
