"""Section 6.2's histograms: the activations (and gradients) of each hidden layer of a deep
net fed random inputs, for one initial weight scale."""

import functools
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from engine.checks import check_choice, check_float, check_int, check_seed
from engine.initializers import weight_scale
from engine.inplace import forward_into
from engine.layers import ACTIVATIONS
from engine.workspace import workspace

SATURATION_MARGIN = 0.05  # "saturated" = within this distance of a sigmoid/tanh bound
BOUNDS = {"sigmoid": (0.0, 1.0), "tanh": (-1.0, 1.0)}


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
    layers: int = 5,
    nodes: int = 100,
    samples: int = 1000,
    activation: str = "sigmoid",
    weight_init_std: float | str = 1.0,
    gradients: bool = False,
    bins: int = 30,
    value_range: tuple[float, float] | None = None,
    seed: int = 0,
    on_layer: Callable[[], None] | None = None,
) -> ActivationResult:
    """The book's histogram experiment: x ~ N(0, 1) of shape (samples, nodes) through `layers`
    layers of `nodes` units (no bias); each layer's output is histogrammed.

    value_range: (low, high) for the activation histograms (the book uses (0, 1)); None = all
    values. Gradient histograms always span their own values.
    gradients: also push a N(0, 1) upstream gradient back through the layers and record, per
    layer, dL/dz at the activation's input: what that layer's weights learn from
    (dW = previous activation^T @ dz), ~0 wherever a sigmoid/tanh unit is saturated.
    on_layer: called after each layer's forward and backward pass; a caller may raise from it
    to abandon the computation (the server does when the page's reader has moved on).
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
    seed = check_seed(seed)

    step = on_layer or (lambda: None)
    x, draws, dout = _standard_normal_draws(seed, samples, nodes, layers, gradients)
    # Work arrays reused by the next call: only the frames built from them are returned.
    values = {"activation": workspace("activation", (layers, samples, nodes))}
    units = [ACTIVATIONS[activation]() for _ in range(layers)]
    with np.errstate(over="ignore", invalid="ignore"):  # huge scales blow up: notes, no warnings
        weights = [w * np.float32(scale) for w in draws]
        for w, unit, out in zip(weights, units, values["activation"], strict=True):
            # each layer into its row of `values`, the activation in place, ready for backward
            x = forward_into(unit, np.matmul(x, w, out=out), out, train=True)
            step()
        if gradients:
            assert dout is not None  # drawn whenever gradients are asked for
            values["gradient"] = workspace("gradient", (layers, samples, nodes))
            for i in reversed(range(layers)):
                dz = units[i].backward(dout)
                values["gradient"][i] = dz
                dout = dz @ weights[i].T
                step()
        # A fixed range (the book's (0, 1)) is about activations; gradients get their own.
        hist = [
            _histograms(q, v, bins, value_range if q == "activation" else None)
            for q, v in values.items()
        ]
        stats = [_layer_stats(q, v, activation) for q, v in values.items()]
    return ActivationResult(_concat(hist), _concat(stats))


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)


def _standard_normal_draws(
    seed: int, samples: int, nodes: int, layers: int, gradients: bool
) -> tuple[np.ndarray, tuple[np.ndarray, ...], np.ndarray | None]:
    """The experiment's N(0, 1) draws from a Generator seeded by `seed`, in order: the input
    (samples, nodes), one (nodes, nodes) weight matrix per layer (scaled by the caller) and,
    with gradients, the upstream gradient (samples, nodes). Read-only; settings up to 8 MB of
    draws are kept for the last 8 calls: moving the std or activation slider redraws nothing."""
    size = 4 * ((2 if gradients else 1) * samples * nodes + layers * nodes * nodes)
    draw = _kept_draws if size <= 8 * 2**20 else _draws
    return draw(seed, samples, nodes, layers, gradients)


def _draws(
    seed: int, samples: int, nodes: int, layers: int, gradients: bool
) -> tuple[np.ndarray, tuple[np.ndarray, ...], np.ndarray | None]:
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((samples, nodes), dtype=np.float32)
    weights = tuple(rng.standard_normal((nodes, nodes), dtype=np.float32) for _ in range(layers))
    dout = rng.standard_normal((samples, nodes), dtype=np.float32) if gradients else None
    for array in (x, *weights, dout):
        if array is not None:
            array.flags.writeable = False
    return x, weights, dout


_kept_draws = functools.lru_cache(maxsize=8)(_draws)


def _histograms(
    quantity: str, values: np.ndarray, bins: int, value_range: tuple[float, float] | None
) -> pd.DataFrame:
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


def _finite_range(flat: np.ndarray) -> tuple[float, float]:
    """(min, max) of the finite values of flat: (layers, n), (0, 1) if there are none; one
    row at a time, so a blown-up network costs no copy of all its values."""
    lows, highs = [], []
    for row in flat:
        finite = row[np.isfinite(row)]
        if finite.size:
            lows.append(float(finite.min()))
            highs.append(float(finite.max()))
    return (min(lows), max(highs)) if lows else (0.0, 1.0)


def _count_per_layer(
    values: np.ndarray, compare: Callable[..., np.ndarray], bound: np.float32
) -> np.ndarray:
    """How many values per row of values: (layers, n) satisfy compare(value, bound): one row
    at a time into a kept mask (whole-row count_nonzero is a fast popcount; with axis=1 it
    sums bytes and is ~7x slower)."""
    mask = workspace("mask", values.shape[1:], np.bool_)
    return np.array([np.count_nonzero(compare(row, bound, out=mask)) for row in values])


def _layer_stats(quantity: str, values: np.ndarray, activation: str) -> pd.DataFrame:
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
    for layer in map(int, np.flatnonzero(~(np.isfinite(mean) & np.isfinite(std)))):
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
