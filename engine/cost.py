"""What a training experiment costs a trainer, in seconds of one core, from its arguments alone.

The server tells a waiting student how long the wait is, caps the settings of a run that would
take a trainer away from the class for minutes, and shares its trainers fairly; all three need a
run's cost before it runs. Training an MLP is matrix products plus a fixed cost per layer and
step, so a run costs about

    seconds = MADD_S * multiply-adds + LAYER_STEP_S * steps * (layers + 1)

where a training step multiplies 3 x batch x weights (forward, and backward into the inputs
and into the weights) and an evaluation of R images R x weights. The constants were fitted with
bench/costs.py to twelve networks (1-10 layers of 10-300 units, 100-2,000 images, the four
optimizers, dropout) on a 2-core machine with one BLAS thread; the server corrects them by what
its own finished runs took (ui/trainers.py). The 2-D page's runs keep their own model
(engine.plane.run_seconds).

    run_seconds("overfitting", {"epochs": 200, "hidden": (100,) * 6, "train_size": 300}, 1000)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from engine import plane

MAX_RUN_S = 60.0  # the most one run from any link may cost a trainer the class shares
MADD_S = 1.6e-11  # seconds per multiply-add of a float32 matrix product on one core
LAYER_STEP_S = 1.0e-4  # seconds per layer and minibatch step for everything else
INPUTS, CLASSES = 784, 10
BOOK_HIDDEN = (100,) * 6


def weights(hidden: Sequence[int], inputs: int = INPUTS, outputs: int = CLASSES) -> int:
    """Multiply-adds of one image through the network's Affine layers."""
    sizes = (inputs, *hidden, outputs)
    return sum(a * b for a, b in zip(sizes, sizes[1:], strict=False))


def net_seconds(
    hidden: Sequence[int], steps: int, batch: int, evaluations: int = 0, rows: int = 0
) -> float:
    """One network trained `steps` minibatch steps of `batch` images, and evaluated
    `evaluations` times on `rows` images."""
    w = weights(hidden)
    madds = 3 * steps * batch * w + evaluations * rows * w
    return MADD_S * madds + LAYER_STEP_S * steps * (len(hidden) + 1)


def _epoch_steps(train_size: int, batch: int) -> int:
    return max(train_size // max(batch, 1), 1)


def _overfitting(kw: Mapping[str, Any], train_size: int, test_size: int) -> float:
    images = min(int(kw.get("train_size", 300)), train_size)
    batch = min(int(kw.get("batch_size", 100)), images)
    epochs = int(kw.get("epochs", 200))
    one = net_seconds(
        kw.get("hidden", BOOK_HIDDEN),
        epochs * _epoch_steps(images, batch),
        batch,
        epochs + 1,
        images + test_size,
    )
    return one * (2 if kw.get("baseline") else 1)


def _regularizers(kw: Mapping[str, Any], train_size: int, test_size: int) -> float:
    runs = kw.get("runs", ("none", "decay", "dropout", "both", "bn"))
    count = 1 if isinstance(runs, str) else len(runs)
    return count * _overfitting({**kw, "baseline": False}, train_size, test_size)


def _init_comparison(kw: Mapping[str, Any], train_size: int, test_size: int) -> float:
    batch = min(int(kw.get("batch_size", 128)), train_size)
    steps = int(kw.get("iterations", 2000))
    return 3 * net_seconds(kw.get("hidden", (100,) * 4), steps, batch)


def _batchnorm_comparison(kw: Mapping[str, Any], train_size: int, test_size: int) -> float:
    images = min(int(kw.get("train_size", 1000)), train_size)
    batch = min(int(kw.get("batch_size", 100)), images)
    epochs = int(kw.get("epochs", 20))
    steps = epochs * _epoch_steps(images, batch)
    # The BN net's layers are about twice a plain one's (its own forward and backward).
    return 3 * net_seconds((100,) * 5, steps, batch, epochs + 1, images)


def _batchnorm_grid(kw: Mapping[str, Any], train_size: int, test_size: int) -> float:
    scales = kw.get("scales", range(16))
    return len(scales) * _batchnorm_comparison(kw, train_size, test_size)


def _optimizer_comparison(kw: Mapping[str, Any], train_size: int, test_size: int) -> float:
    """One network per update rule (the book's four), every minibatch's loss and no
    evaluation."""
    batch = min(int(kw.get("batch_size", 128)), train_size)
    steps = int(kw.get("iterations", 2000))
    rules = len(kw.get("lrs") or range(4))
    return rules * net_seconds(kw.get("hidden", (100,) * 4), steps, batch)


def _hyperparameter_search(kw: Mapping[str, Any], train_size: int, test_size: int) -> float:
    """Trials one after another, each a fresh network trained `epochs` on the training part
    of `train_size` digits and evaluated every epoch (and untrained) on all of them; then the
    best one once on the test digits."""
    images = min(int(kw.get("train_size", 500)), train_size)
    train = images - int(images * float(kw.get("validation_rate", 0.2)))
    batch = min(int(kw.get("batch_size", 100)), train)
    epochs, hidden = int(kw.get("epochs", 50)), kw.get("hidden", BOOK_HIDDEN)
    trial = net_seconds(hidden, epochs * _epoch_steps(train, batch), batch, epochs + 1, images)
    return int(kw.get("trials", 100)) * trial + net_seconds(hidden, 0, 0, 1, test_size)


def _boundary_comparison(kw: Mapping[str, Any], train_size: int, test_size: int) -> float:
    lever = {k: kw[k] for k in ("weight_decay_lambda", "dropout_ratio") if k in kw}
    runs = 2 if kw.get("baseline", True) and plane.regularizes(**lever) else 1
    return plane.run_seconds(
        int(kw.get("train_size", 100)),
        tuple(kw.get("hidden", (64,) * 3)),
        int(kw.get("epochs", 100)),
        bool(kw.get("use_batchnorm", False)),
        runs,
    )


MODELS: dict[str, Callable[[Mapping[str, Any], int, int], float]] = {
    "overfitting": _overfitting,
    "regularizers": _regularizers,
    "init_comparison": _init_comparison,
    "batchnorm_comparison": _batchnorm_comparison,
    "batchnorm_grid": _batchnorm_grid,
    "boundary_comparison": _boundary_comparison,
    "optimizer_comparison": _optimizer_comparison,
    "hyperparameter_search": _hyperparameter_search,
}


def run_seconds(
    experiment: str, kwargs: Mapping[str, Any], train_size: int = 4000, test_size: int = 1000
) -> float:
    """About how many seconds of one core `experiment(**kwargs)` takes (the function's name,
    as engine.experiments and engine.plane name them), with `train_size`/`test_size` images in
    the data set; an experiment without a model here counts as its epochs or iterations x 10
    ms. Never below 0.01 s."""
    model = MODELS.get(experiment)
    if model is not None:
        seconds = model(kwargs, train_size, test_size)
    else:
        seconds = 0.01 * float(kwargs.get("epochs", kwargs.get("iterations", 100)))
    return max(seconds, 0.01) if math.isfinite(seconds) else math.inf


def most_epochs(seconds_of: Callable[[int], float], budget_s: float, step: int, most: int) -> int:
    """The most epochs (a multiple of `step`, at least `step`, at most `most`) whose
    seconds_of(epochs) stays within `budget_s`; seconds_of must grow with the epochs."""
    low, high = 1, most // step  # in steps
    if seconds_of(step) > budget_s:
        return step
    while low < high:
        mid = (low + high + 1) // 2
        low, high = (mid, high) if seconds_of(mid * step) <= budget_s else (low, mid - 1)
    return low * step
