"""The BN page's prediction questions (ui/predict.py), judged from the runs themselves:
"which network ends ahead at this weight scale?" and "at which scales does BN lose?".

    predict.stream(bn_question(scale, epochs), "bn_comparison", ...)
    predict.stream(scales_question(epochs), "bn_grid", ...)
"""

from __future__ import annotations

import math

import pandas as pd

from engine.experiments import BOOK_BN_SCALES
from ui.batchnorm.comparison import WIN_MARGIN, final_accuracies
from ui.batchnorm.scale_grid import grid_summary
from ui.i18n import t, t_each
from ui.predict import Question, Verdict

HE_SCALE = math.sqrt(2 / 100)  # He's std for the BN networks' 100-unit layers
# The book's 16 scales in three bands, largest first: (option, lowest scale in the band).
BANDS = (("large", 0.5), ("medium", 0.05), ("small", 0.0))


def ahead(frame: pd.DataFrame, epochs: int) -> tuple[frozenset[str], dict]:
    """Which network ends with the higher training accuracy: {"bn"}, {"plain"} or {"even"}
    (within WIN_MARGIN), {"bn"} when only the plain one diverged; empty when the BN run did
    not finish. Numbers: bn, plain (NaN for a run that diverged), diff, margin."""
    finals = final_accuracies(frame, epochs).set_index("batchnorm")["train_acc"]
    bn, plain = float(finals.get(True, math.nan)), float(finals.get(False, math.nan))
    args = {"bn": bn, "plain": plain, "diff": abs(bn - plain), "margin": WIN_MARGIN}
    if math.isnan(bn):
        return frozenset(), args
    if math.isnan(plain) or bn - plain > WIN_MARGIN:
        return frozenset({"bn"}), args
    if plain - bn > WIN_MARGIN:
        return frozenset({"plain"}), args
    return frozenset({"even"}), args


def band(scale: float) -> str:
    """The band (BANDS) a weight scale falls in."""
    return next(name for name, low in BANDS if scale >= low)


def losing_bands(frame: pd.DataFrame, epochs: int) -> tuple[frozenset[str], dict]:
    """The bands holding a scale where BN ends below the network without it (as the grid
    outlines them), {"none"} when there is none. Numbers: scales (the losing ones, text) and
    per band "<band>_bn" / "<band>_plain": the band's final accuracies as "low-high" text."""
    summary = grid_summary(frame, epochs)
    losing = summary[summary["bn_loses"]]["weight_init_std"].tolist()
    args: dict = {"scales": ", ".join(f"{s:.3g}" for s in losing), "he": HE_SCALE}
    bands = summary["weight_init_std"].map(band)
    for name, _ in BANDS:
        rows = summary[bands == name]
        for run in ("bn", "plain"):
            acc = rows[f"ours_{run}"].dropna()
            args[f"{name}_{run}"] = f"{acc.min():.2f}-{acc.max():.2f}" if len(acc) else "—"
    if not losing:
        return frozenset({"none"}), args
    return frozenset(band(s) for s in losing), args


BN_OPTIONS = {
    "bn": "predict.bn.opt_bn",
    "plain": "predict.bn.opt_plain",
    "even": "predict.bn.opt_even",
}
BN_NOT = {"bn": "predict.bn.not_bn", "plain": "predict.bn.not_plain", "even": "predict.bn.not_even"}
BN_WHY = {"bn": "predict.bn.why_bn", "plain": "predict.bn.why_plain", "even": "predict.bn.why_even"}
SCALES_OPTIONS = {
    "large": "predict.scales.opt_large",
    "medium": "predict.scales.opt_medium",
    "small": "predict.scales.opt_small",
    "none": "predict.scales.opt_none",
}
SCALES_NOT = {
    "large": "predict.scales.not_large",
    "medium": "predict.scales.not_medium",
    "small": "predict.scales.not_small",
    "none": "predict.scales.not_none",
}


def bn_question(scale: float, epochs: int) -> Question:
    """BN vs none at the page's weight scale."""
    options = t_each(BN_OPTIONS)

    def judge(frame: pd.DataFrame) -> Verdict:
        correct, args = ahead(frame, epochs)
        args |= {"scale": f"{scale:.3g}", "he": f"{HE_SCALE:.2f}"}
        if not correct:
            return Verdict(frozenset(), t("predict.bn.no_verdict"), {})
        numbers_key = (
            "predict.bn.numbers_diverged" if math.isnan(args["plain"]) else "predict.bn.numbers"
        )
        (winner,) = correct
        wrong = t_each(BN_NOT, **args)
        why = f"{t(numbers_key, **args)} {t(BN_WHY[winner], **args)}"
        return Verdict(correct, why, wrong)

    return Question(
        id="bn",
        prompt=t("predict.bn.prompt", scale=f"{scale:.3g}", epochs=epochs),
        options=options,
        judge=judge,
    )


def scales_question(epochs: int) -> Question:
    """Where BN loses over the book's 16 scales."""
    in_band = {name: [s for s in BOOK_BN_SCALES if band(s) == name] for name, _ in BANDS}
    ranges = {name: f"{min(s):.3g}-{max(s):.3g}" for name, s in in_band.items()}
    options = {o: t(key, range=ranges.get(o, "")) for o, key in SCALES_OPTIONS.items()}

    def judge(frame: pd.DataFrame) -> Verdict:
        correct, args = losing_bands(frame, epochs)
        args |= {"he": f"{HE_SCALE:.2f}"} | {f"{n}_range": r for n, r in ranges.items()}
        wrong = t_each(SCALES_NOT, **args)
        key = "predict.scales.why_none" if correct == {"none"} else "predict.scales.why_loses"
        return Verdict(correct, t(key, **args), wrong)

    return Question(
        id="scales",
        prompt=t("predict.scales.prompt", epochs=epochs),
        options=options,
        judge=judge,
    )
