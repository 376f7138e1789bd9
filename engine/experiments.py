"""One function per chapter-6 experiment, each returning tidy (long) pandas frames.

Training experiments are generators of `Progress`, so a page can draw while they run; `finish`
runs one to the end. Every random draw comes from a Generator seeded by `seed`.
"""

import functools
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pandas as pd

from engine.checks import check_choice, check_float, check_int
from engine.data import Dataset, load_mnist
from engine.gradcheck import gradient_check
from engine.initializers import weight_scale
from engine.inplace import forward_into
from engine.layers import ACTIVATIONS, BatchNormalization, BatchNormTrace, Dropout
from engine.network import MultiLayerNet
from engine.optimizers import make_optimizer
from engine.trainer import train
from engine.workspace import workspace

BOOK_BN_SCALES = tuple(float(s) for s in np.logspace(0, -4, 16))
SATURATION_MARGIN = 0.05  # "saturated" = within this distance of a sigmoid/tanh bound
BOUNDS = {"sigmoid": (0.0, 1.0), "tanh": (-1.0, 1.0)}


@dataclass(frozen=True)
class Progress:
    """A training experiment's state: share done, rows so far, runs that diverged (run -> epoch).

    health: rows of every run's layer health so far (run tags, epoch, layer, activation_std,
    gradient_std; see MultiLayerNet.health), the first n_health of them. latest: what a viewer
    needs besides the rows (the 2-D page's boundary), or None.
    """

    fraction: float
    rows: list = field(repr=False)
    n_rows: int
    diverged: dict
    health: list = field(default_factory=list, repr=False)
    n_health: int = 0
    latest: dict | None = field(default=None, repr=False)

    @cached_property
    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.rows[: self.n_rows])

    @cached_property
    def health_frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.health[: self.n_health], columns=HEALTH_COLUMNS)


HEALTH_COLUMNS = ("run", "epoch", "layer", "activation_std", "gradient_std")

# The names runs have in the frames' "run" column (the init comparison's "init" column), which
# the pages translate: one place, so a page and the engine cannot drift apart.
MAIN, BASELINE = "main", "baseline"  # overfitting: the page's settings; the same without them
WITH_BN, WITHOUT_BN = "with BN", "without BN"  # batchnorm_comparison


def grid_run(scale: float, run: str) -> str:
    """A run of batchnorm_grid: the scale and the comparison's run name ("0.01/with BN")."""
    return f"{scale:g}/{run}"


def health_rows(record, run: str) -> list[dict]:
    """A trainer EpochRecord's layer health as rows tagged with the run's name."""
    return [
        {"run": run, "epoch": record.epoch, "layer": layer, "activation_std": a, "gradient_std": g}
        for layer, a, g in record.health
    ]


def finish(progress: Iterator[Progress]) -> Progress:
    """Run a training experiment to the end and return its last Progress."""
    return deque(progress, maxlen=1)[0]


def rngs(seed):
    """Two independent Generators from one seed: one for the network, one for minibatches."""
    net_seq, batch_seq = np.random.SeedSequence(check_int("seed", seed, 0, 2**32 - 1)).spawn(2)
    return np.random.default_rng(net_seq), np.random.default_rng(batch_seq)


def _lockstep(runs: dict, epochs: int, rows_of=None) -> Iterator[Progress]:
    """Advance several trainer generators one epoch at a time, so their curves grow together.

    runs: name -> (train generator, dict of columns added to each of its rows).
    rows_of(record, tags) -> rows for one epoch; by default one row per epoch.
    """
    rows_of = rows_of or _epoch_row
    rows, health, diverged = [], [], {}
    live = dict(runs)
    for step in range(epochs + 1):
        for name, (gen, tags) in list(live.items()):
            rec = next(gen)
            rows.extend(rows_of(rec, tags))
            health.extend(health_rows(rec, name))
            if rec.diverged:
                diverged[name] = rec.epoch
                del live[name]
        done = 1.0 if not live or step == epochs else (step + 1) / (epochs + 1)
        yield Progress(done, rows, len(rows), dict(diverged), health, len(health))
        if not live:
            return


def _epoch_row(rec, tags) -> list[dict]:
    """One row per epoch; nothing for the record that reports a divergence (no NaN points)."""
    if rec.diverged:
        return []
    columns = ("epoch", "iteration", "loss", "train_acc", "test_acc", "weight_norm", "seconds")
    return [{**tags, **{c: getattr(rec, c) for c in columns}}]


# ---------------------------------------------------------------- 6.2 activation histograms


MAX_HISTOGRAM_VALUES = 20_000_000
"""Values one activation_distributions call may hold (layers x samples x nodes, twice with
gradients): about 1 CPU-second and 200 MB at most, so that no link can cost a shared server
more (measured on a 2-core machine, docs/benchmarks.md)."""


def max_samples(layers: int, nodes: int, gradients: bool, step: int = 1) -> int:
    """The most samples (a multiple of `step`) activation_distributions takes with these
    settings under MAX_HISTOGRAM_VALUES."""
    per_sample = layers * nodes * (2 if gradients else 1)
    return MAX_HISTOGRAM_VALUES // per_sample // step * step


@dataclass(frozen=True)
class ActivationResult:
    """histograms: quantity, layer, bin_left, bin_right, count, share.
    stats: quantity, layer, mean, std, saturated, zeros (shares in [0, 1]); zeros counts the
    units that are exactly 0 (ReLU's off units), 0 for sigmoid and tanh, which never are.
    quantity is "activation" or, on request, "gradient" (dL/dz before each activation, one
    backward pass).
    """

    histograms: pd.DataFrame
    stats: pd.DataFrame


def activation_distributions(
    layers=5,
    nodes=100,
    samples=1000,
    activation="sigmoid",
    weight_init_std=1.0,
    gradients=False,
    bins=30,
    value_range=None,
    seed=0,
) -> ActivationResult:
    """The book's histogram experiment: x ~ N(0, 1) of shape (samples, nodes) through `layers`
    layers of `nodes` units (no bias); each layer's output is histogrammed.

    value_range: (low, high) for the activation histograms (the book uses (0, 1)); None = all
    values. Gradient histograms always span their own values.
    gradients: also push a N(0, 1) upstream gradient back through the layers and record, per
    layer, dL/dz at the activation's input: what that layer's weights learn from
    (dW = previous activation^T @ dz), ~0 wherever a sigmoid/tanh unit is saturated.
    """
    layers = check_int("layers", layers, 1, 20)
    nodes = check_int("nodes", nodes, 1, 1000)
    samples = check_int("samples", samples, 1, 10_000)
    samples = check_int("samples", samples, 1, max_samples(layers, nodes, gradients))
    bins = check_int("bins", bins, 1, 200)
    activation = check_choice("activation", activation, ACTIVATIONS)
    scale = weight_scale(weight_init_std, nodes)
    if value_range is not None:
        low = check_float("value_range low", value_range[0], -1e30, 1e30)
        value_range = (
            low,
            check_float("value_range high", value_range[1], low, 1e30, low_open=True),
        )
    seed = check_int("seed", seed, 0, 2**32 - 1)

    x, draws, dout = _standard_normal_draws(seed, samples, nodes, layers, gradients)
    # Work arrays reused by the next call: only the frames built from them are returned.
    values = {"activation": workspace("activation", (layers, samples, nodes))}
    units = [ACTIVATIONS[activation]() for _ in range(layers)]
    with np.errstate(over="ignore", invalid="ignore"):  # huge scales blow up: notes, no warnings
        weights = [w * np.float32(scale) for w in draws]
        for w, unit, out in zip(weights, units, values["activation"], strict=True):
            # each layer into its row of `values`, the activation in place, ready for backward
            x = forward_into(unit, np.matmul(x, w, out=out), out, train=True)
        if gradients:
            values["gradient"] = workspace("gradient", (layers, samples, nodes))
            for i in reversed(range(layers)):
                dz = units[i].backward(dout)
                values["gradient"][i] = dz
                dout = dz @ weights[i].T
        # A fixed range (the book's (0, 1)) is about activations; gradients get their own.
        hist = [
            _histograms(q, v, bins, value_range if q == "activation" else None)
            for q, v in values.items()
        ]
        stats = [_layer_stats(q, v, activation) for q, v in values.items()]
    return ActivationResult(_concat(hist), _concat(stats))


def _concat(frames):
    return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)


def _standard_normal_draws(seed, samples, nodes, layers, gradients):
    """The experiment's N(0, 1) draws from a Generator seeded by `seed`, in order: the input
    (samples, nodes), one (nodes, nodes) weight matrix per layer (scaled by the caller) and,
    with gradients, the upstream gradient (samples, nodes). Read-only; settings up to 8 MB of
    draws are kept for the last 8 calls: moving the std or activation slider redraws nothing."""
    size = 4 * ((2 if gradients else 1) * samples * nodes + layers * nodes * nodes)
    draw = _kept_draws if size <= 8 * 2**20 else _draws
    return draw(seed, samples, nodes, layers, gradients)


def _draws(seed, samples, nodes, layers, gradients):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((samples, nodes), dtype=np.float32)
    weights = tuple(rng.standard_normal((nodes, nodes), dtype=np.float32) for _ in range(layers))
    dout = rng.standard_normal((samples, nodes), dtype=np.float32) if gradients else None
    for array in (x, *weights, dout):
        if array is not None:
            array.flags.writeable = False
    return x, weights, dout


_kept_draws = functools.lru_cache(maxsize=8)(_draws)


def _histograms(quantity, values, bins, value_range):
    """values: (layers, samples, nodes) -> one row per layer and bin.

    Every value's bin from a few whole-array passes, then one bincount per layer: several times
    faster than np.histogram per layer, with the same counts except that a value within one
    float32 rounding of an inner bin edge may fall on its other side. Values outside value_range
    (and NaN) are left out, so shares can sum to less than 1.
    """
    n_layers = len(values)
    flat = values.reshape(n_layers, -1)
    all_in_range = False  # every value finite and within [low, high]: nothing to take out
    if value_range is None:
        low, high = float(flat.min()), float(flat.max())  # NaN or inf if there are any
        all_in_range = np.isfinite(low) and np.isfinite(high)
        if not all_in_range:
            low, high = _finite_range(flat)
    else:
        low, high = value_range
    if not high > low:
        low, high = low - 0.5, high + 0.5
    # Bin k holds the values with k <= (x - low) * bins / (high - low) < k + 1, and the last
    # bin also high itself. Values outside [low, high] first land in the first or last bin and
    # are then taken out again by exact comparisons (float32, as np.histogram compares them).
    low32, high32, scale = np.float32(low), np.float32(high), np.float32(bins / (high - low))
    # One layer at a time: its 4-8 bytes per value stay in the CPU's cache between the passes.
    position = workspace("position", flat.shape[1:])
    slot = workspace("slot", flat.shape[1:], np.intp)  # bincount's own index type: no copy
    counts = np.empty((n_layers, bins), np.intp)
    ones = np.ones(len(position), np.float32)
    for layer, row in enumerate(flat):
        np.subtract(row, low32, out=position)
        position *= scale
        has_nan = not all_in_range and np.isnan(position @ ones)  # blown-up values
        if has_nan:  # NaN goes to bin 0 here and is taken out below
            np.nan_to_num(position, copy=False, nan=0.0)
        np.clip(position, 0, bins - 1, out=position)
        np.copyto(slot, position, casting="unsafe")  # truncation is floor here: nothing below 0
        counts[layer] = np.bincount(slot, minlength=bins)
        if not all_in_range:
            counts[layer, 0] -= np.count_nonzero(row < low32)
            counts[layer, -1] -= np.count_nonzero(row > high32)
        if has_nan:
            counts[layer, 0] -= np.count_nonzero(np.isnan(row))
    edges = low + (high - low) / bins * np.arange(bins + 1)
    return pd.DataFrame(
        {
            # an array, not the bare string: pandas then builds the column ~0.1 ms faster
            "quantity": np.full(n_layers * bins, quantity, dtype=object),
            "layer": np.repeat(np.arange(1, n_layers + 1), bins),
            "bin_left": np.tile(edges[:-1], n_layers),
            "bin_right": np.tile(edges[1:], n_layers),
            "count": counts.ravel(),
            "share": counts.ravel() / flat.shape[1],
        }
    )


def _finite_range(flat):
    """(min, max) of the finite values of flat: (layers, n), (0, 1) if there are none; one
    row at a time, so a blown-up network costs no copy of all its values."""
    lows, highs = [], []
    for row in flat:
        finite = row[np.isfinite(row)]
        if finite.size:
            lows.append(float(finite.min()))
            highs.append(float(finite.max()))
    return (min(lows), max(highs)) if lows else (0.0, 1.0)


def _count_per_layer(values, compare, bound):
    """How many values per row of values: (layers, n) satisfy compare(value, bound): one row
    at a time into a kept mask (whole-row count_nonzero is a fast popcount; with axis=1 it
    sums bytes and is ~7x slower)."""
    mask = workspace("mask", values.shape[1:], np.bool_)
    return np.array([np.count_nonzero(compare(row, bound, out=mask)) for row in values])


def _layer_stats(quantity, values, activation):
    flat = values.reshape(len(values), -1)
    n = flat.shape[1]
    # Sums as float32 matrix-vector products (BLAS) and the variance from centred values: an
    # absolute error of about 1e-6 x std here, where float64 copies of 100,000 values per layer
    # cost more than all the rest. One layer at a time, so the work arrays stay one layer big.
    ones = np.ones(n, np.float32)
    mean = (flat @ ones).astype(np.float64) / n
    centred = workspace("centred", (n,))
    square_sums = np.empty(len(flat))
    for layer, row in enumerate(flat):
        np.subtract(row, np.float32(mean[layer]), out=centred)
        square_sums[layer] = float(centred @ centred)
    std = np.sqrt(square_sums / n)
    for layer in np.flatnonzero(~(np.isfinite(mean) & np.isfinite(std))):
        row = flat[layer].astype(np.float64)  # float32 sums overflowed: this layer in float64
        mean[layer], std[layer] = row.mean(), row.std()
    if quantity == "activation" and activation in BOUNDS:
        low, high = BOUNDS[activation]
        # saturated = within SATURATION_MARGIN of a bound
        near_low = _count_per_layer(flat, np.less, np.float32(low + SATURATION_MARGIN))
        near_high = _count_per_layer(flat, np.greater, np.float32(high - SATURATION_MARGIN))
        saturated = (near_low + near_high) / n
    else:
        saturated = np.full(len(flat), np.nan)
    if activation == "relu":  # ReLU's 0 is exact: a unit with input <= 0 (or its gradient)
        zeros = _count_per_layer(flat, np.equal, np.float32(0)) / n
    else:
        # A sigmoid or tanh output, and the gradient through one, is never exactly 0; float32
        # only rounds sigmoid(x < -17) to 0 and tanh's slope near +-1 to 0. Counting those
        # would report rounding as dead units (2.3 % in layer 1 for sigmoid, std 1).
        zeros = np.zeros(len(flat))
    return pd.DataFrame(
        {
            "quantity": np.full(len(flat), quantity, dtype=object),
            "layer": np.arange(1, len(flat) + 1),
            "mean": mean,
            "std": std,
            "saturated": saturated,
            "zeros": zeros,
        }
    )


# ---------------------------------------------------------------- 6.2 init comparison on MNIST

INIT_PRESETS = {"std=0.01": 0.01, "xavier": "xavier", "he": "he"}


def _training_run(
    data,
    hidden,
    seed,
    *,
    optimizer="sgd",
    lr=0.01,
    epochs,
    batch_size,
    with_test=True,
    evaluate=True,
    **net_settings,
):
    """A fresh MultiLayerNet on `data` and its train() generator.

    Runs built with the same seed start from the same weights and see the same minibatches,
    so two settings compared side by side differ only in what the page changed.
    """
    net_rng, batch_rng = rngs(seed)
    net = MultiLayerNet(data.x_train.shape[1], hidden, 10, rng=net_rng, **net_settings)
    test = (data.x_test, data.t_test) if with_test else (None, None)
    return train(
        net,
        data.x_train,
        data.t_train,
        *test,
        optimizer=make_optimizer(optimizer, lr),
        epochs=epochs,
        batch_size=batch_size,
        rng=batch_rng,
        evaluate=evaluate,
    )


def init_comparison(
    iterations=2000,
    batch_size=128,
    lr=0.01,
    hidden=(100, 100, 100, 100),
    seed=0,
    data=None,
    optimizer="sgd",
) -> Iterator[Progress]:
    """784-100x4-10 ReLU nets, one per init in INIT_PRESETS, trained side by side with
    `optimizer` (the book's weight_init_compare: SGD, lr 0.01).

    Rows: init, iteration (1-based), loss (that iteration's minibatch loss).
    """
    iterations = check_int("iterations", iterations, 1, 100_000)
    data = load_mnist() if data is None else data
    # The book's 128 images a minibatch, or every image of a smaller training set.
    batch_size = min(check_int("batch_size", batch_size, 1, 100_000), data.train_size)
    iters_per_epoch = max(data.train_size // batch_size, 1)
    epochs = -(-iterations // iters_per_epoch)
    runs = {
        name: (
            _training_run(
                data,
                hidden,
                seed,
                optimizer=optimizer,
                lr=lr,
                epochs=epochs,
                batch_size=batch_size,
                evaluate=False,
                with_test=False,
                weight_init_std=std,
            ),
            {"init": name},
        )
        for name, std in INIT_PRESETS.items()
    }

    def iteration_rows(rec, tags):
        first = max(rec.epoch - 1, 0) * iters_per_epoch + 1
        losses = rec.iteration_losses[: iterations - first + 1]
        return [
            {**tags, "iteration": first + k, "loss": float(loss)}
            for k, loss in enumerate(losses)
            if np.isfinite(loss)
        ]

    return _lockstep(runs, epochs, iteration_rows)


# ---------------------------------------------------------------- 6.3 Batch Normalization


def batchnorm_comparison(
    weight_init_std=0.01, epochs=20, train_size=1000, lr=0.01, batch_size=100, seed=0, data=None
) -> Iterator[Progress]:
    """The book's batch_norm_test at one weight scale: 784-100x5-10 ReLU with and without BN.

    Rows: batchnorm (bool), weight_init_std, epoch, train_acc (over all `train_size` images),
    loss, weight_norm, ... Arguments are checked at once.
    """
    data = (load_mnist() if data is None else data).subset(train_size)
    std = float(weight_scale(weight_init_std, 784))
    runs = {
        WITH_BN if bn else WITHOUT_BN: (
            _training_run(
                data,
                [100] * 5,
                seed,
                lr=lr,
                epochs=epochs,
                batch_size=batch_size,
                with_test=False,
                weight_init_std=weight_init_std,
                use_batchnorm=bn,
            ),
            {"batchnorm": bn, "weight_init_std": std},
        )
        for bn in (True, False)
    }
    return _lockstep(runs, epochs)


def batchnorm_grid(scales=BOOK_BN_SCALES, epochs=20, train_size=1000, seed=0, data=None):
    """batchnorm_comparison at every scale (the book's 16-scale grid); yields after each scale.

    Rows: weight_init_std, batchnorm, epoch, train_acc, ...; diverged keys are "scale/run".
    """
    scales = [weight_scale(s, 784) for s in scales]
    comparisons = [
        batchnorm_comparison(s, epochs, train_size, seed=seed, data=data) for s in scales
    ]
    return _one_after_another(scales, comparisons)


def _one_after_another(scales, comparisons) -> Iterator[Progress]:
    rows, health, diverged = [], [], {}
    for i, (scale, comparison) in enumerate(zip(scales, comparisons, strict=True)):
        last = finish(comparison)
        rows.extend(last.rows[: last.n_rows])
        health.extend(
            {**row, "run": grid_run(scale, row["run"])} for row in last.health[: last.n_health]
        )
        diverged.update({grid_run(scale, k): v for k, v in last.diverged.items()})
        yield Progress((i + 1) / len(scales), rows, len(rows), dict(diverged), health, len(health))


def batchnorm_walkthrough(batch_size=4, features=3, gamma=1.0, beta=0.0, seed=0):
    """Forward and backward of one BatchNormalization layer on a small random batch.

    x ~ N(3, 2^2) of shape (batch_size, features) and an upstream gradient dout ~ N(0, 1).
    Returns (trace, frame): the layer's own BatchNormTrace, and rows of node, phase,
    sample (-1 for per-feature vectors), feature, value.
    """
    n = check_int("batch_size", batch_size, 1, 64)
    d = check_int("features", features, 1, 16)
    rng = np.random.default_rng(check_int("seed", seed, 0, 2**32 - 1))
    x = 3.0 + 2.0 * rng.standard_normal((n, d))
    dout = rng.standard_normal((n, d))
    layer = BatchNormalization(np.full(d, float(gamma)), np.full(d, float(beta)))
    layer.forward(x, train=True)
    layer.backward(dout)
    trace = layer.trace
    rows = []
    for node in BatchNormTrace.__dataclass_fields__:
        value = np.atleast_2d(getattr(trace, node))
        per_sample = getattr(trace, node).ndim == 2
        phase = "backward" if node.startswith("d") else "forward"
        for s in range(value.shape[0]):
            for f in range(value.shape[1]):
                rows.append(
                    {
                        "node": node,
                        "phase": phase,
                        "sample": s if per_sample else -1,
                        "feature": f,
                        "value": float(value[s, f]),
                    }
                )
    return trace, pd.DataFrame(rows)


def batchnorm_running_stats(
    steps=50, batch_size=4, features=3, momentum=0.9, mean=3.0, std=2.0, seed=0
) -> pd.DataFrame:
    """What a BatchNormalization layer learns about its input while training, and evaluation
    uses: `steps` training forward passes (no backward: the statistics need none) of
    mini-batches x ~ N(mean, std^2) of shape (batch_size, features), through one layer with
    the book's settings (running mean and variance start at 0, moved by `momentum`).

    Rows (tidy): step (1-based), feature (0-based), statistic ("mean" | "var"), kind, value;
    kind "batch" is that mini-batch's own statistic (what training normalizes with), "running"
    the layer's running average after the step (what evaluation normalizes with), "population"
    the distribution's true value (mean, std^2).
    """
    steps = check_int("steps", steps, 1, 1000)
    n = check_int("batch_size", batch_size, 1, 64)
    d = check_int("features", features, 1, 16)
    momentum = check_float("momentum", momentum, 0.0, 1.0, low_open=True, high_open=True)
    mean = check_float("mean", mean, -1e6, 1e6)
    std = check_float("std", std, 0.0, 1e6)
    rng = np.random.default_rng(check_int("seed", seed, 0, 2**32 - 1))
    layer = BatchNormalization(np.ones(d), np.zeros(d), momentum=momentum)
    truth = {"mean": np.full(d, mean), "var": np.full(d, std * std)}
    step_of, feature_of = np.repeat(np.arange(1, steps + 1), d), np.tile(np.arange(d), steps)
    values = {(s, k): np.empty(steps * d) for s in truth for k in ("batch", "running")}
    for t in range(steps):
        layer.forward(mean + std * rng.standard_normal((n, d)), train=True)
        part = slice(t * d, (t + 1) * d)
        values["mean", "batch"][part] = layer.trace.mu
        values["var", "batch"][part] = layer.trace.var
        values["mean", "running"][part] = layer.running_mean
        values["var", "running"][part] = layer.running_var
    frames = [
        pd.DataFrame(
            {
                "step": step_of,
                "feature": feature_of,
                "statistic": statistic,
                "kind": kind,
                "value": values[statistic, kind]
                if kind != "population"
                else np.tile(truth[statistic], steps),
            }
        )
        for statistic in truth
        for kind in ("batch", "running", "population")
    ]
    return pd.concat(frames, ignore_index=True)


def gradient_check_experiment(
    batch_size=4, use_batchnorm=True, dropout_ratio=0.0, weight_decay_lambda=0.0, seed=0
) -> pd.DataFrame:
    """Backprop vs centred differences on a small float64 net (10-8-8-4) and a random batch.

    Rows: param, shape, max_relative_error, max_abs_gradient. With BN and batch_size=1 every
    gradient below the BN layer is exactly zero: BN of one sample outputs beta.
    """
    n = check_int("batch_size", batch_size, 1, 64)
    net_rng, data_rng = rngs(seed)
    net = MultiLayerNet(
        10,
        [8, 8],
        4,
        activation="tanh",
        weight_init_std=0.5,
        use_batchnorm=use_batchnorm,
        dropout_ratio=dropout_ratio,
        weight_decay_lambda=weight_decay_lambda,
        dtype=np.float64,
        rng=net_rng,
    )
    x = data_rng.standard_normal((n, 10))
    t = data_rng.integers(0, 4, size=n)
    return gradient_check(net, x, t)


# ---------------------------------------------------------------- 6.4 overfitting, decay, dropout


def overfitting(
    train_size=300,
    hidden=(100,) * 6,
    epochs=200,
    weight_decay_lambda=0.0,
    dropout_ratio=0.0,
    dropout_mode="book",
    optimizer="sgd",
    lr=0.01,
    batch_size=100,
    baseline=False,
    seed=0,
    data=None,
) -> Iterator[Progress]:
    """The book's overfit_weight_decay / overfit_dropout: a deep ReLU/He net on few digits.

    Rows: run ("main", or "baseline" = same settings with no decay and no dropout), epoch,
    train_acc, test_acc (the whole test set), loss, weight_norm, seconds. Arguments are
    checked at once.
    """
    data = (load_mnist() if data is None else data).subset(train_size)
    settings = {MAIN: (weight_decay_lambda, dropout_ratio)}
    if baseline:
        settings[BASELINE] = (0.0, 0.0)
    runs = {
        run: (
            _training_run(
                data,
                hidden,
                seed,
                optimizer=optimizer,
                lr=lr,
                epochs=epochs,
                batch_size=min(batch_size, data.train_size),
                weight_init_std="he",
                weight_decay_lambda=lam,
                dropout_ratio=ratio,
                dropout_mode=dropout_mode,
            ),
            {"run": run, "weight_decay_lambda": lam, "dropout_ratio": ratio},
        )
        for run, (lam, ratio) in settings.items()
    }
    return _lockstep(runs, epochs)


# The runs of `regularizers`, in the order a page lists them: short ASCII names it translates.
NONE, DECAY, DROPOUT, BOTH, BN = "none", "decay", "dropout", "both", "bn"
REGULARIZER_RUNS = (NONE, DECAY, DROPOUT, BOTH, BN)


def regularizers(
    epochs: int = 200,
    weight_decay_lambda: float = 0.1,
    dropout_ratio: float = 0.2,
    dropout_mode: str = "book",
    train_size: int = 300,
    hidden: Sequence[int] = (100,) * 6,
    optimizer: str = "sgd",
    lr: float = 0.01,
    batch_size: int = 100,
    seed: int = 0,
    data: Dataset | None = None,
    runs: Sequence[str] | str = REGULARIZER_RUNS,
) -> Iterator[Progress]:
    """The book's overfitting network (784-100x6-10 ReLU, He init, `train_size` digits)
    trained five ways side by side: NONE; DECAY (weight_decay_lambda); DROPOUT (dropout_ratio
    after every hidden activation, `dropout_mode`); BOTH; BN (Batch Normalization before every
    activation, no decay, no dropout). `runs` picks some of REGULARIZER_RUNS (listed in that
    order whatever order they are given in).

    Rows: run, weight_decay_lambda, dropout_ratio, use_batchnorm (the run's own levers), epoch,
    iteration, train_acc, test_acc (the whole test set), loss (with the decay term),
    weight_norm, seconds. Arguments are checked at once, also those no chosen run uses.

    Every run draws its own rngs(seed) pair, so the runs differ only in their regularizer:
    - the batch generator serves nothing but minibatch indices, so every run sees the same
      images in the same order, step by step;
    - the network generator draws the same initial weights in every run (BN's gamma and beta
      start at 1 and 0, undrawn) and afterwards only dropout masks: DROPOUT and BOTH draw the
      very same masks at every step (same stream, same shapes, same ratio), while NONE, DECAY
      and BN draw nothing more. Dropout is the one extra randomness, and the two dropout runs
      share it.
    """
    weight_decay_lambda = check_float("weight_decay_lambda", weight_decay_lambda, 0.0, 1e3)
    dropout_ratio = check_float("dropout_ratio", dropout_ratio, 0.0, 1.0, high_open=True)
    dropout_mode = check_choice("dropout_mode", dropout_mode, ("book", "inverted"))
    chosen = {check_choice("run", run, REGULARIZER_RUNS) for run in _names(runs)}
    if not chosen:
        raise ValueError(f"runs must name at least one of {', '.join(REGULARIZER_RUNS)}")
    data = (load_mnist() if data is None else data).subset(train_size)
    lam, ratio = weight_decay_lambda, dropout_ratio
    levers = {  # run -> (weight_decay_lambda, dropout_ratio, use_batchnorm)
        NONE: (0.0, 0.0, False),
        DECAY: (lam, 0.0, False),
        DROPOUT: (0.0, ratio, False),
        BOTH: (lam, ratio, False),
        BN: (0.0, 0.0, True),
    }
    trainings = {
        run: (
            _training_run(
                data,
                hidden,
                seed,
                optimizer=optimizer,
                lr=lr,
                epochs=epochs,
                batch_size=min(batch_size, data.train_size),
                weight_init_std="he",
                weight_decay_lambda=run_lam,
                dropout_ratio=run_ratio,
                dropout_mode=dropout_mode,
                use_batchnorm=bn,
            ),
            {
                "run": run,
                "weight_decay_lambda": run_lam,
                "dropout_ratio": run_ratio,
                "use_batchnorm": bn,
            },
        )
        for run, (run_lam, run_ratio, bn) in levers.items()
        if run in chosen
    }
    return _lockstep(trainings, epochs)


def _names(runs: Sequence[str] | str) -> list[str]:
    """One run name or several, as a list ("none" is one name, not four letters)."""
    if isinstance(runs, str):
        return [runs]
    return list(runs)


def dropout_masks(
    dropout_ratio=0.2, hidden=(100,) * 6, dropout_mode="book", seed=0
) -> pd.DataFrame:
    """Which hidden units one training forward pass of one sample kept, layer by layer.

    Rows: layer (1-based), unit, kept (bool), factor (what a kept unit is multiplied by while
    training: 1 in the book's convention, 1 / (1 - ratio) inverted).
    """
    dropout_mode = check_choice("dropout_mode", dropout_mode, ("book", "inverted"))
    rng = np.random.default_rng(check_int("seed", seed, 0, 2**32 - 1))
    rows = []
    for layer, size in enumerate(hidden, start=1):
        drop = Dropout(rng, dropout_ratio, inverted=dropout_mode == "inverted")
        drop.forward(np.ones((1, size), dtype=np.float32), train=True)
        for unit, kept in enumerate(drop.mask[0]):
            rows.append({"layer": layer, "unit": unit, "kept": bool(kept), "factor": drop.scale})
    return pd.DataFrame(rows)
