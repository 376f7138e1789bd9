"""Words and numbers that must not contradict each other (issue 17.13-17), in both languages:

* a run's name that reads as a word ("Best test accuracy: none, 0.806." said "there is none");
* the same quantity written with different digits side by side (‖W‖ "35" beside "35.3");
* a sentence whose numbers do not add up ("settles near 1.94 ... 75% of 4");
* a table cell that means nothing (the relative error of a gradient that is 0);
* a formula's underscore left in plain text ("x₁ … x_N"), a "std nan" in a table;
* small losses printed as "0.000".
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
import pytest

from engine.diagnosis import Cause, Diagnosis, Trouble
from engine.experiments import BN, BOTH, DECAY, DROPOUT, NONE
from engine.walkthroughs import batchnorm_running_stats, gradient_check_experiment
from ui import diagnosis
from ui.batchnorm import gradient_check, running
from ui.i18n import LANGUAGES, translate
from ui.overfitting import outcome
from ui.overfitting import regularizers as overlay
from ui.plane import notes as plane_notes
from ui.weight_init import comparison

LANGS = tuple(LANGUAGES)
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def significant_digits(text: str) -> int:
    """Significant digits of a number written out ("35.0": 3, "0.00234": 3, "35": 2)."""
    digits = text.replace(",", "").replace(".", "").lstrip("0")
    return len(digits)


@pytest.fixture
def language(monkeypatch):
    """Render `t` in a chosen language, as the page would."""

    def use(lang: str) -> None:
        monkeypatch.setattr("ui.i18n.current_language", lambda: lang)

    return use


# ------------------------------------------------------------------ 13. names and digits


def overlay_frame(finals: dict[str, tuple[float, float, float]], epochs: int = 10):
    """The regularizer overlay's rows: each run climbing linearly to its (train, test, norm)."""
    rows = []
    for run, (train, test, norm) in finals.items():
        for e in range(epochs + 1):
            share = e / epochs
            rows.append(
                {
                    "run": run,
                    "epoch": e,
                    "train_acc": 0.1 + (train - 0.1) * share,
                    "test_acc": 0.1 + (test - 0.1) * share,
                    "weight_norm": 30.0 + (norm - 30.0) * share,
                }
            )
    return pd.DataFrame(rows)


# The run without regularization tests best; BN's weights end at exactly 35 (the "35").
FINALS = {
    NONE: (1.0, 0.806, 35.3),
    DECAY: (0.9, 0.79, 15.2),
    DROPOUT: (0.6, 0.55, 35.1),
    BOTH: (0.5, 0.45, 14.0),
    BN: (1.0, 0.70, 35.0),
}


def overlay_sentences(lang: str, language) -> list[str]:
    language(lang)
    frame = overlay_frame(FINALS)
    numbers = overlay.summary(frame, 10, {})
    values = {"lambda": 0.1, "ratio": 0.2}
    names = overlay.run_names(values)
    return [
        translate(lang, key, **{**args, "run": names[str(args["run"])]})
        for key, args in overlay.findings(frame, numbers)
    ]


def test_the_run_without_regularization_is_not_named_as_if_there_were_none(language):
    sentences = overlay_sentences("en", language)
    best = [s for s in sentences if s.startswith(translate("en", "reg.see_test")[:8])]
    assert best, sentences
    for sentence in sentences:  # "Best test accuracy: none, 0.806." reads "there is none"
        assert not re.search(r"\bnone\b", sentence, re.IGNORECASE), sentence


@pytest.mark.parametrize("lang", LANGS)
def test_weight_norms_side_by_side_have_the_same_digits(lang, language):
    """The overlay's table and its sentence write ‖W‖ 35.0 and 35.3 alike (not "35", "35.3")."""
    language(lang)
    frame = overlay_frame(FINALS)
    numbers = overlay.summary(frame, 10, {})
    shown = overlay.table(numbers, overlay.run_names({"lambda": 0.1, "ratio": 0.2}))
    norms = shown[translate(lang, "reg.col_norm")].tolist()
    assert {significant_digits(n) for n in norms} == {3}, norms
    for sentence in overlay_sentences(lang, language):
        found = NUMBER.findall(sentence.split("‖W‖", 1)[-1]) if "‖W‖" in sentence else []
        assert {significant_digits(n) for n in found} <= {3}, sentence


@pytest.mark.parametrize("lang", LANGS)
def test_the_weight_norm_metric_keeps_its_digits(lang, language):
    """The overfitting pages' and the 2-D page's ‖W‖ metric: 35.0, not 35."""
    language(lang)
    frame = overlay_frame({"main": (1.0, 0.8, 35.0), "baseline": (1.0, 0.7, 35.3)})
    (norm,) = [m for m in outcome.metrics(frame, 10) if m[0] == translate(lang, "overfit.m_norm")]
    assert significant_digits(norm[1]) == 3, norm
    labels = {k: k for k in ("train", "test", "gap", "norm")}
    (norm,) = [m for m in plane_notes.metrics(frame, 10, labels) if m[0] == "norm"]
    assert significant_digits(norm[1]) == 3, norm


# ------------------------------------------------------------------ 14. the running variance


@pytest.mark.parametrize("lang", LANGS)
def test_the_running_variance_sentence_adds_up(lang):
    """The page's default (N = 4, momentum 0.9, 50 steps, seed 0) ends at a running variance
    of 1.94 while (N − 1)/N of the data's 4 is 3: the sentence must say what 75 % of 4 is and
    which batch variances the running one follows (the last ones, whose average is close)."""
    frame = batchnorm_running_stats(steps=50, batch_size=4, momentum=0.9, seed=0)
    notes = dict(running.running_notes(frame, momentum=0.9, batch_size=4))
    args = notes["batchnorm.running_see_var"]
    sentence = translate(lang, "batchnorm.running_see_var", **args)
    numbers = [float(n.replace(",", "")) for n in NUMBER.findall(sentence)]
    first = frame[(frame["feature"] == 0) & (frame["statistic"] == "var")]
    running_var = float(first[first["kind"] == "running"].sort_values("step")["value"].iloc[-1])
    batch = first[first["kind"] == "batch"].sort_values("step")["value"].to_numpy()
    assert any(math.isclose(n, running_var, abs_tol=0.006) for n in numbers), sentence
    assert any(math.isclose(n, 0.75 * 4, abs_tol=0.006) for n in numbers), sentence  # 75 % of 4
    # the average the running variance follows: the last mini-batches', close to it
    recent = [
        n
        for n in numbers
        if any(math.isclose(n, batch[-k:].mean(), abs_tol=0.006) for k in range(5, 21))
    ]
    assert recent and abs(recent[0] - running_var) < abs(3.0 - running_var), sentence


# ------------------------------------------------------------------ 15. the gradient check


@pytest.mark.parametrize("lang", LANGS)
def test_a_bias_before_bn_says_it_has_no_gradient_and_shows_no_relative_error(lang, language):
    language(lang)
    check = gradient_check_experiment(batch_size=4, use_batchnorm=True, seed=0)
    shown = gradient_check.table(check).set_index(translate(lang, "batchnorm.col_param"))
    error, verdict = (
        translate(lang, "batchnorm.col_error"),
        translate(lang, "batchnorm.col_verdict"),
    )
    for bias in ("b1", "b2"):  # right before BN: BN removes any constant shift
        assert not NUMBER.search(shown.loc[bias, error]), shown.loc[bias].tolist()
        assert shown.loc[bias, verdict] == translate(lang, "batchnorm.verdict_no_gradient")
    assert NUMBER.search(shown.loc["b3", error])  # the last layer's bias has a gradient
    assert shown.loc["W1", verdict] == translate(lang, "batchnorm.verdict_ok")


# ------------------------------------------------------------------ 16. plain text


# A one-letter symbol with an underscore subscript outside $...$ and `...`: LaTeX left unrendered.
BARE_SUBSCRIPT = re.compile(r"(?<![\w\\])[A-Za-zα-ωΑ-Ω]_(?:\{|[A-Za-z0-9](?![\w]))")


def outside_math(text: str) -> str:
    text = re.sub(r"\$\$.*?\$\$", "", text, flags=re.S)
    text = re.sub(r"\$[^$]*\$", "", text)
    return re.sub(r"`[^`]*`", "", text)


@pytest.mark.parametrize("lang", LANGS)
def test_no_string_leaves_a_subscript_underscore_outside_math(lang):
    strings = LANGUAGES[lang]
    bare = {k: v for k, v in strings.items() if BARE_SUBSCRIPT.search(outside_math(v))}
    assert bare == {}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("value", [math.nan, math.inf])
def test_the_failed_runs_table_never_writes_a_std_of_nan(lang, value, language):
    language(lang)
    trouble = Trouble("he", epoch=3, layer=2, quantity="activation", value=value, kind="not_finite")
    d = Diagnosis("he", trouble, stalled=True, cause=Cause("lr_too_large"))
    ((where,),) = [
        [v for k, v in row.items() if k == translate(lang, "diag.col_where")]
        for row in diagnosis.table_rows([d], diagnosis.Explainer(form=None), {"he": "He"})
    ]
    assert not re.search(r"nan|inf", where, re.IGNORECASE), where
    assert "2" in where  # the layer is still named


def test_the_overlay_table_never_writes_a_norm_of_nan(language):
    """The same class as "std nan": a run whose weights overflowed has no ‖W‖ to write."""
    language("en")
    numbers = overlay.summary(overlay_frame(FINALS), 10, {})
    numbers.loc[numbers["run"] == BN, "norm"] = math.inf
    shown = overlay.table(numbers, overlay.run_names({"lambda": 0.1, "ratio": 0.2}))
    norms = shown[translate("en", "reg.col_norm")].tolist()
    assert not any(re.search(r"nan|inf", n) for n in norms), norms


# ------------------------------------------------------------------ 17. small losses


@pytest.mark.parametrize("lang", LANGS)
def test_small_final_losses_keep_their_significant_digits(lang, language):
    language(lang)
    losses = {"0.01": 2.302, "xavier": 2.4e-4, "he": 1.37e-5}
    frame = pd.DataFrame(
        [{"init": run, "iteration": i, "loss": v} for run, v in losses.items() for i in range(150)]
    )
    names = {"0.01": "std 0.01", "xavier": "Xavier", "he": "He"}
    shown = {label: value for label, value, _ in comparison.final_losses(frame, names)}
    for run, loss in losses.items():
        (value,) = [v for label, v in shown.items() if names[run] in label]
        mantissa = value.split("×")[0].replace("\u00a0", "")
        assert significant_digits(mantissa) >= 2, value  # not "0.000"
        written = float(mantissa) * (10 ** _exponent(value))
        assert written == pytest.approx(loss, rel=0.01), value


def _exponent(text: str) -> int:
    """The power of ten of a number nice_number writes as "1.37 × 10⁻⁵" (0 if none)."""
    if "10" not in text.split("×")[-1] or "×" not in text:
        return 0
    sup = text.split("10")[-1].translate(str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789"))
    return int(sup)


def test_loss_curves_hover_with_significant_digits():
    from ui.figures.lines import loss_curves

    frame = pd.DataFrame({"init": "he", "iteration": np.arange(10), "loss": np.full(10, 2e-4)})
    fig = loss_curves(frame, {"title": "", "x": "i", "y": "loss"}, {"he": "He"}, smooth=None)
    for trace in fig.data:  # d3 ".3f" writes 0.0002 as 0.000
        assert ":.3f}" not in trace.hovertemplate and "%{y" in trace.hovertemplate


# ------------------------------------------------------------------ 11. the grid's caption


@pytest.mark.parametrize("lang", LANGS)
def test_the_grid_caption_describes_the_outline_it_draws(lang):
    """ "Outlined in red" stood under a vermillion outline that reads as orange: the caption and
    the note describe the outline by what the grid draws for sure, its thickness."""
    from ui.batchnorm import scale_grid

    cells = scale_grid.grid_cells(scale_grid.grid_summary(None, 20))  # the book's columns
    labels = {"title": "", "x": "", "y": "", "z": "accuracy"}
    fig = scale_grid.heatmap(cells, x="row", y="weight_init_std", z="train_acc", labels=labels,
                             flag="flag")  # fmt: skip
    outlines = [s for s in fig.layout.shapes if s.type == "rect"]
    assert len(outlines) == 2 and all(s.line.width >= 3 for s in outlines)  # 0.293, 0.158
    for key in ("batchnorm.grid_caption", "batchnorm.grid_see_loses"):
        text = translate(lang, key, scales="0.293, 0.158")
        colour = r"\b(red|orange|vermill?ion)\b|紅|橘|橙|赤|オレンジ"
        assert not re.search(colour, text, re.IGNORECASE), text
        assert re.search(r"thick outline|粗框|太枠", text, re.IGNORECASE), text
