"""Why a run diverged or stalled: which layer's activation or gradient std left a sane range
first, at which epoch, and the control that would most likely fix it.

Pure: it reads the frames a training experiment yields (Progress.health_frame, Progress.frame)
and returns keys and numbers; a page translates the keys into sentences.

    progress = finish(overfitting(lr=2.0))
    found = diagnose(progress.health_frame, progress.frame, MAIN,
                     run_settings(overfitting, {"lr": 2.0}, MAIN))
    found.trouble   # Trouble(run="main", epoch=2, layer=1, quantity="activation", ...)
    found.cause     # Cause(key="lr_too_large", control="lr", value=0.2)
"""

import inspect
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from engine.experiments import BN, BOTH, DECAY, DROPOUT, NONE
from engine.initializers import BOOK_INITS
from engine.optimizers import BOOK_LR
from engine.progress import BASELINE, MAIN, WITH_BN, WITHOUT_BN

# ---------------------------------------------------------------- sane ranges

EXPLODING_STD = 1e3
"""An activation or gradient std above this has exploded. Inputs are pixels in [0, 1] (std
about 0.3) and a He-initialized ReLU layer passes on a std of about 0.3-1 (the book's
histograms: 0.82-1.0); 1e3 is three orders of magnitude past that, where the book's ReLU net
with std 1 ends up (1.8e4 by layer 5). A gradient std of 1e3 moves a weight by about 10 in one
SGD step at lr 0.01, seventy times the He scale of a 100-unit layer (0.14)."""

VANISHED_GRADIENT_STD = 1e-7
"""A gradient std below this has vanished, if the loss has not improved either. At the book's
lr 0.01 such a gradient moves a weight by 1e-9 a step: no epoch of this chapter adds up to a
visible change. A network that fits its data also ends with small gradients (Adam on 300 digits
reaches 1.5e-6 at a loss of 3e-5), which is why the loss has to be stuck as well."""

DEAD_ACTIVATION_STD = 0.0
"""A layer whose activation std is exactly 0 passes on one value for every unit and sample: for
ReLU, every unit is off (dead) for the whole minibatch, so no gradient reaches the layers below
through it. Exactly 0, not small: a tiny std still carries information (BN would rescale it)."""

QUANTITIES = ("activation", "gradient")  # in the order first_trouble looks at them

NOT_IMPROVING_SHARE = 0.9
"""The loss "has not improved" while it is above this share of its first epoch's loss."""

CHANCE = 0.1  # ten digits
CHANCE_MARGIN = 0.05
"""A run has stalled if its last accuracy is within this distance of chance."""

# ---------------------------------------------------------------- suspects

BOOK_LAMBDA = 0.1  # the book's overfit_weight_decay

LR_SUSPECT_FACTOR = 30
"""A learning rate this many times the book's is the first suspect: SGD at 0.3 still trains the
overfitting net, at 0.5-3 it stalls at chance or blows up."""

INIT_SUSPECT_GAIN = 3.0
"""With ReLU, each layer multiplies the activation std by about weight_init_std / He scale
(sqrt(2 / n)). At 3 or more, five layers make it 3^5 = 243 times larger (the book's grid: std
0.541 = 3.8 x He fails, 0.293 = 2.1 x He trains); at 1/3 or less, 243 times smaller (0.0464 =
0.33 x He stays at chance)."""

DECAY_SUSPECT_LAMBDA = 0.3
"""weight_decay_lambda from this on (3 x the book's 0.1) can pull the weights in faster than the
data pushes them out: at the book's other settings lambda 0.5 ends at chance within 60 epochs,
1.0 within 30."""

DROPOUT_SUSPECT_RATIO = 0.5
"""dropout_ratio from this on drops most units: inverted dropout multiplies each kept unit by
1 / (1 - ratio) >= 2, the book's keeps only (1 - ratio) <= 1/2 of each layer's signal."""

BOOK_DROPOUT_RATIO = 0.2  # the book's overfit_dropout
DEFAULT_HIDDEN = 100  # the chapter's hidden layers, when the settings do not say

# Cause keys (a page translates them).
LR_TOO_LARGE = "lr_too_large"
INIT_TOO_LARGE = "init_too_large"
INVERTED_DROPOUT_SCALE = "inverted_dropout_scale"
DROPOUT_TOO_STRONG = "dropout_too_strong"
DECAY_TOO_STRONG = "decay_too_strong"
DEAD_RELU = "dead_relu"
VANISHING = "vanishing"
UNKNOWN = "unknown"

DEFAULT_SETTINGS: dict[str, Any] = {
    "lr": 0.01,
    "optimizer": "sgd",
    "weight_init_std": "he",
    "dropout_ratio": 0.0,
    "dropout_mode": "book",
    "use_batchnorm": False,
    "weight_decay_lambda": 0.0,
}
"""What a setting missing from likely_cause's `settings` is taken to be (MultiLayerNetExtend's and
the book's defaults)."""


@dataclass(frozen=True)
class Trouble:
    """The first layer health value outside its sane range.

    epoch: the epoch whose last step it was measured at (the failing step if the run diverged
    in it); layer: 1-based, as in the health rows; quantity: "activation" (the std of what the
    layer passed on) or "gradient" (the std of its dW); value: that std (NaN or inf when
    kind is "not_finite"); kind: "not_finite", "exploding" or "vanished".
    """

    run: str
    epoch: int
    layer: int
    quantity: str
    value: float
    kind: str


@dataclass(frozen=True)
class Cause:
    """The likely cause (key), the experiment argument that would fix it (control, None when
    unknown) and a value to try for it; alternatives: other (control, value) fixes."""

    key: str
    control: str | None = None
    value: Any = None
    alternatives: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Diagnosis:
    """What went wrong with one run: the first trouble (None if every std stayed sane), whether
    it ended near chance (also True for most runs that diverged: their last row is from before
    the blow-up), and the likely cause."""

    run: str
    trouble: Trouble | None
    stalled: bool
    cause: Cause


# ---------------------------------------------------------------- finding the trouble


def first_trouble(
    health: pd.DataFrame, run: str, rows: pd.DataFrame | None = None
) -> Trouble | None:
    """The first health value of `run` outside its sane range, or None.

    health: rows of run, epoch, layer, activation_std, gradient_std (Progress.health_frame).
    rows: the experiment's rows (Progress.frame), for the loss: with them a gradient below
    VANISHED_GRADIENT_STD counts only where the run's loss has not improved; without them (or
    without a loss at that epoch) it always counts.

    Epochs in order; within an epoch the activations first, layer 1 up, then the gradients,
    layer 1 up: a step's forward pass comes before its backward pass, and once the loss is not
    finite every gradient is NaN, so the activation that left its range names the trouble
    better than the gradients it poisoned. The output layer has no activation std (NaN by
    design) and is skipped there.
    """
    own = health[health["run"] == run]
    if own.empty:
        return None
    epochs = own["epoch"].to_numpy()
    layers = own["layer"].to_numpy()
    stds = {
        "activation": own["activation_std"].to_numpy(dtype=np.float64),
        "gradient": own["gradient_std"].to_numpy(dtype=np.float64),
    }
    hidden = layers < layers.max()
    tiny_gradient = stds["gradient"] < VANISHED_GRADIENT_STD
    stuck = _loss_not_improving(_run_rows(rows, run), epochs) if rows is not None else None
    if stuck is not None:
        tiny_gradient &= stuck
    kinds = {
        "activation": _kinds(stds["activation"], hidden, stds["activation"] <= DEAD_ACTIVATION_STD),
        "gradient": _kinds(stds["gradient"], np.ones_like(hidden), tiny_gradient),
    }
    found = [
        (int(epochs[i]), order, int(layers[i]), quantity, int(i))
        for order, quantity in enumerate(QUANTITIES)
        for i in np.flatnonzero(kinds[quantity] != "")
    ]
    if not found:
        return None
    epoch, _, layer, quantity, i = min(found)
    return Trouble(run, epoch, layer, quantity, float(stds[quantity][i]), str(kinds[quantity][i]))


def _kinds(std: np.ndarray, measured: np.ndarray, vanished: np.ndarray) -> np.ndarray:
    """Per value of std: (n,) "not_finite", "exploding", "vanished" or "" (sane or not
    measured)."""
    kind = np.full(std.shape, "", dtype=object)
    kind[measured & vanished] = "vanished"
    kind[measured & (std > EXPLODING_STD)] = "exploding"
    kind[measured & ~np.isfinite(std)] = "not_finite"
    return kind


def _loss_not_improving(rows: pd.DataFrame, epochs: np.ndarray) -> np.ndarray | None:
    """Per epoch in epochs: (n,) True where the run's loss is still above NOT_IMPROVING_SHARE
    of its first epoch's, or not known there (the epoch it diverged in); None if the rows hold
    no per-epoch loss at all."""
    if rows.empty or "loss" not in rows or "epoch" not in rows:
        return None
    loss = rows.dropna(subset=["loss"]).groupby("epoch")["loss"].last()
    if loss.empty:
        return None
    first = float(loss.iloc[0])
    at = loss.reindex(epochs).to_numpy(dtype=np.float64)
    return np.isnan(at) | (at > NOT_IMPROVING_SHARE * first)


def stalled(rows: pd.DataFrame, run: str, chance: float = CHANCE) -> bool:
    """Whether `run` ended within CHANCE_MARGIN of chance accuracy (0.1 for ten digits).

    rows: the experiment's rows (Progress.frame). The accuracy is the last epoch's test_acc,
    or train_acc where the experiment measures no test set (batchnorm_comparison). Meant for a
    finished run: every run starts at chance. False when there is no accuracy after epoch 0.
    """
    own = _run_rows(rows, run)
    if own.empty or "epoch" not in own:
        return False
    last = own[own["epoch"] == own["epoch"].max()].iloc[-1]
    if last["epoch"] < 1:
        return False
    for column in ("test_acc", "train_acc"):
        if column in own and math.isfinite(last[column]):
            return abs(float(last[column]) - chance) <= CHANCE_MARGIN
    return False


def _run_rows(rows: pd.DataFrame | None, run: str) -> pd.DataFrame:
    """The rows of one run, whichever way the experiment names its runs: a "run" column
    (overfitting, regularizers), an "init" column (init_comparison), a "batchnorm" flag
    (batchnorm_comparison, and batchnorm_grid's "scale/run" names with its weight_init_std),
    or none at all (one run: boundary_training)."""
    if rows is None or rows.empty:
        return pd.DataFrame()
    if "run" in rows:
        return rows[rows["run"] == run]
    if "init" in rows:
        return rows[rows["init"] == run]
    if "batchnorm" in rows:
        scale, _, name = run.rpartition("/")
        own = rows[rows["batchnorm"] == (name == WITH_BN)]
        if scale:
            own = own[[f"{std:g}" == scale for std in own["weight_init_std"]]]
        return own
    return rows


# ---------------------------------------------------------------- the likely cause


def likely_cause(
    trouble: Trouble | None, settings: Mapping[str, Any], *, stalled: bool = False
) -> Cause:
    """The likely cause of `trouble` (or of a stall without one), from the run's settings.

    settings: the run's own arguments (run_settings gives them): lr, optimizer,
    weight_init_std, dropout_ratio, dropout_mode, use_batchnorm, weight_decay_lambda, hidden;
    missing ones are taken from DEFAULT_SETTINGS. The first rule that applies wins.

    A fix goes back to the book's value, which the book shows works (a tenth of a learning
    rate of 1 was still 10 x the book's and learned badly; a tenth of λ = 0.3 barely changed
    the gap against λ = 0).
    """
    s = {**DEFAULT_SETTINGS, **settings}
    lr, lam, ratio = float(s["lr"]), float(s["weight_decay_lambda"]), float(s["dropout_ratio"])
    inverted = str(s["dropout_mode"]).lower() == "inverted"
    gain = _init_gain(s["weight_init_std"], s.get("hidden"), bool(s["use_batchnorm"]))
    init_fix = (("use_batchnorm", True),)
    book_lr = BOOK_LR.get(str(s["optimizer"]).lower(), 0.01)
    smaller_lr = Cause(LR_TOO_LARGE, "lr", book_lr)

    if trouble is not None and trouble.kind in ("not_finite", "exploding"):
        if gain >= INIT_SUSPECT_GAIN:
            # ReLU with a large init: every layer multiplies the std by the gain (6.2).
            return Cause(INIT_TOO_LARGE, "weight_init_std", "he", init_fix)
        if inverted and ratio >= DROPOUT_SUSPECT_RATIO:
            # Inverted dropout keeps the mean but multiplies each layer's second moment by
            # 1 / (1 - ratio): the std grows by (1 - ratio)^(-1/2) a layer, 3.2x at 0.9.
            return Cause(INVERTED_DROPOUT_SCALE, "dropout_ratio", BOOK_DROPOUT_RATIO)
        # Otherwise the step: lr * dW overshoots the weights' own scale, larger weights give
        # larger activations and gradients, and the next step overshoots further.
        return smaller_lr
    if trouble is None and not stalled:
        return Cause(UNKNOWN)
    # A vanished activation or gradient, or a stall with every std sane.
    if gain <= 1 / INIT_SUSPECT_GAIN:
        # A tiny init shrinks the signal by the gain every layer (6.2): at std 0.01 nothing
        # reaches the output, every unit says the same, and the gradients vanish with it.
        dead = trouble is not None and trouble.quantity == "activation"
        return Cause(DEAD_RELU if dead else VANISHING, "weight_init_std", "he", init_fix)
    if lam >= DECAY_SUSPECT_LAMBDA:
        # lambda * W pulls every weight toward 0 each step (6.4.1); strong enough, it wins
        # over the data's gradient and the net shrinks to a constant guess.
        return Cause(DECAY_TOO_STRONG, "weight_decay_lambda", BOOK_LAMBDA)
    if ratio >= DROPOUT_SUSPECT_RATIO:
        # Dropping most units leaves each layer a small, noisy share of the signal (6.4.3;
        # the book's convention multiplies it by 1 - ratio a layer, 0.1^6 at 0.9 over six).
        return Cause(DROPOUT_TOO_STRONG, "dropout_ratio", BOOK_DROPOUT_RATIO)
    if lr >= LR_SUSPECT_FACTOR * book_lr:
        # A large step can knock every ReLU of a layer off (dead) or bounce around a minimum.
        return smaller_lr
    return Cause(UNKNOWN)


def _init_gain(weight_init_std: Any, hidden: Any, use_batchnorm: bool) -> float:
    """How much a ReLU layer scales the activation std at this init: weight_init_std / He scale
    of a hidden layer (1 for "he", about 0.7 for "xavier"); 1 with Batch Normalization, which
    rescales every layer whatever the init."""
    if use_batchnorm:
        return 1.0
    if isinstance(weight_init_std, str):  # names as engine.initializers accepts them
        return math.sqrt(0.5) if weight_init_std.lower() in ("xavier", "sigmoid", "tanh") else 1.0
    sizes = list(hidden) if isinstance(hidden, list | tuple) and len(hidden) else []
    width = float(np.median(sizes)) if sizes else DEFAULT_HIDDEN
    return float(weight_init_std) / math.sqrt(2.0 / width)


# ---------------------------------------------------------------- one call for a page

# What each run of an experiment changes in the experiment's arguments.
RUN_LEVERS: dict[str, dict[str, Any]] = {
    MAIN: {},
    BASELINE: {"weight_decay_lambda": 0.0, "dropout_ratio": 0.0},
    WITH_BN: {"use_batchnorm": True},
    WITHOUT_BN: {"use_batchnorm": False},
    NONE: {"weight_decay_lambda": 0.0, "dropout_ratio": 0.0, "use_batchnorm": False},
    DECAY: {"dropout_ratio": 0.0, "use_batchnorm": False},
    DROPOUT: {"weight_decay_lambda": 0.0, "use_batchnorm": False},
    BOTH: {"use_batchnorm": False},
    BN: {"weight_decay_lambda": 0.0, "dropout_ratio": 0.0, "use_batchnorm": True},
}


def run_settings(
    experiment: Callable[..., Any], kwargs: Mapping[str, Any], run: str
) -> dict[str, Any]:
    """The settings one run of `experiment` trained with: the experiment's defaults, then
    `kwargs` (what the page passed), then what the run itself changes (RUN_LEVERS; a
    batchnorm_grid run "scale/with BN" its scale too; an init_comparison run its init)."""
    signature = inspect.signature(experiment)
    bound = signature.bind_partial(**kwargs)
    bound.apply_defaults()
    settings = dict(bound.arguments)
    for name, parameter in signature.parameters.items():
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:  # **settings: its own arguments
            settings.update(settings.pop(name, {}))
    scale, _, name = run.rpartition("/")
    if scale:
        settings["weight_init_std"] = float(scale)
    if name in BOOK_INITS:
        settings["weight_init_std"] = BOOK_INITS[name]
    settings.update(RUN_LEVERS.get(name, {}))
    return settings


def diagnose(
    health: pd.DataFrame,
    rows: pd.DataFrame,
    run: str,
    settings: Mapping[str, Any],
    chance: float = CHANCE,
) -> Diagnosis | None:
    """first_trouble, stalled and likely_cause for one run; None if its health stayed sane and
    it did not end near chance. health, rows: Progress.health_frame and Progress.frame."""
    trouble = first_trouble(health, run, rows)
    is_stalled = stalled(rows, run, chance)
    if trouble is None and not is_stalled:
        return None
    return Diagnosis(run, trouble, is_stalled, likely_cause(trouble, settings, stalled=is_stalled))
