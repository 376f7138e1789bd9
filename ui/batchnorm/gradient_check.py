"""The BN page's gradient check: a verdict per parameter (the backprop and the numerical
gradient agree, disagree, or are both 0; a bias right before BN has no gradient at all), the
table the page shows, and what it shows as (string key, format args). Pure but for the
translations."""

from __future__ import annotations

import re

import pandas as pd

from ui.i18n import t
from ui.numbers import nice_number

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


def biases_before_bn(params) -> list[str]:
    """The biases b<i> of layers whose output BN normalizes (a gamma<i> exists): BN subtracts
    the batch mean, so their gradient is 0 at any N."""
    names = set(params)
    return [p for p in params if re.fullmatch(r"b\d+", p) and f"gamma{p[1:]}" in names]


VERDICTS = {
    "ok": "batchnorm.verdict_ok",
    "bad": "batchnorm.verdict_bad",
    "zero": "batchnorm.verdict_zero",
}


def table(check: pd.DataFrame) -> pd.DataFrame:
    """The check as the page shows it: parameter, shape, max relative error and max |gradient|
    (two significant digits), the verdict. Where both gradients are 0 a relative error means
    nothing (rounding noise over the engine's floor): "—"; a bias before BN is called what it
    is, a parameter without a gradient."""
    kind = verdicts(check)
    before_bn = set(biases_before_bn(check["param"].tolist()))
    verdict = [
        t("batchnorm.verdict_no_gradient" if k == "zero" and p in before_bn else VERDICTS[k])
        for p, k in zip(check["param"], kind, strict=True)
    ]
    errors = [
        "—" if k == "zero" else nice_number(e, digits=2)
        for e, k in zip(check["max_relative_error"], kind, strict=True)
    ]
    return pd.DataFrame(
        {
            t("batchnorm.col_param"): check["param"],
            t("batchnorm.col_shape"): check["shape"],
            t("batchnorm.col_error"): errors,
            t("batchnorm.col_gradient"): check["max_abs_gradient"].map(nice_number, digits=2),
            t("batchnorm.col_verdict"): verdict,
        }
    )


WARNINGS = ("batchnorm.check_degenerate", "batchnorm.check_two", "batchnorm.check_bad")
"""The notes of `check_notes` a page draws as warnings: the check cannot say much, or failed."""


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
            worst = rows.nlargest(1, "max_relative_error").iloc[0]
            error = float(worst["max_relative_error"])
            notes.append((key, {"param": worst["param"], "error": error}))
            break
    if use_batchnorm:
        biases = [p for p in biases_before_bn(check["param"].tolist()) if p in zero]
        if biases:
            notes.append(("batchnorm.check_bias", {"params": ", ".join(biases)}))
    return notes
