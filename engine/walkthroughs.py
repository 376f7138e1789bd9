"""Small, instant experiments that open up one piece of a layer: a BatchNormalization layer's
forward and backward on a few numbers, its running averages, a gradient check, dropout masks."""

from collections.abc import Sequence

import numpy as np
import pandas as pd

from engine.checks import check_choice, check_float, check_int, check_seed
from engine.gradcheck import gradient_check
from engine.layers import BatchNormalization, BatchNormTrace, Dropout
from engine.network import MultiLayerNetExtend
from engine.progress import rngs


def batchnorm_walkthrough(
    batch_size: int = 4, features: int = 3, gamma: float = 1.0, beta: float = 0.0, seed: int = 0
) -> tuple[BatchNormTrace, pd.DataFrame]:
    """Forward and backward of one BatchNormalization layer on a small random batch.

    x ~ N(3, 2^2) of shape (batch_size, features) and an upstream gradient dout ~ N(0, 1).
    Returns (trace, frame): the layer's own BatchNormTrace, and rows of node, phase,
    sample (-1 for per-feature vectors), feature, value.
    """
    n = check_int("batch_size", batch_size, 1, 64)
    d = check_int("features", features, 1, 16)
    rng = np.random.default_rng(check_seed(seed))
    x = 3.0 + 2.0 * rng.standard_normal((n, d))
    dout = rng.standard_normal((n, d))
    layer = BatchNormalization(np.full(d, float(gamma)), np.full(d, float(beta)))
    layer.forward(x, train_flg=True)
    layer.backward(dout)
    trace = layer.trace
    assert trace is not None  # a training forward pass records it
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
    steps: int = 50,
    batch_size: int = 4,
    features: int = 3,
    momentum: float = 0.9,
    mean: float = 3.0,
    std: float = 2.0,
    seed: int = 0,
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
    rng = np.random.default_rng(check_seed(seed))
    layer = BatchNormalization(np.ones(d), np.zeros(d), momentum=momentum)
    truth = {"mean": np.full(d, mean), "var": np.full(d, std * std)}
    step_of, feature_of = np.repeat(np.arange(1, steps + 1), d), np.tile(np.arange(d), steps)
    values = {(s, k): np.empty(steps * d) for s in truth for k in ("batch", "running")}
    for t in range(steps):
        layer.forward(mean + std * rng.standard_normal((n, d)), train_flg=True)
        part = slice(t * d, (t + 1) * d)
        trace = layer.trace
        assert trace is not None  # a training forward pass records it
        values["mean", "batch"][part] = trace.mu
        values["var", "batch"][part] = trace.var
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
    batch_size: int = 4,
    use_batchnorm: bool = True,
    dropout_ratio: float = 0.0,
    weight_decay_lambda: float = 0.0,
    seed: int = 0,
) -> pd.DataFrame:
    """Backprop vs centred differences on a small float64 net (10-8-8-4) and a random batch.

    Rows: param, shape, max_relative_error, max_abs_gradient. With BN and batch_size=1 every
    gradient below the BN layer is exactly zero: BN of one sample outputs beta.
    """
    n = check_int("batch_size", batch_size, 1, 64)
    net_rng, data_rng = rngs(seed)
    net = MultiLayerNetExtend(
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


def dropout_masks(
    dropout_ratio: float = 0.2,
    hidden: Sequence[int] = (100,) * 6,
    dropout_mode: str = "book",
    seed: int = 0,
) -> pd.DataFrame:
    """Which hidden units one training forward pass of one sample kept, layer by layer.

    Rows: layer (1-based), unit, kept (bool), factor (what a kept unit is multiplied by while
    training: 1 in the book's convention, 1 / (1 - ratio) inverted).
    """
    dropout_mode = check_choice("dropout_mode", dropout_mode, ("book", "inverted"))
    rng = np.random.default_rng(check_seed(seed))
    rows = []
    for layer, size in enumerate(hidden, start=1):
        drop = Dropout(rng, dropout_ratio, inverted=dropout_mode == "inverted")
        drop.forward(np.ones((1, size), dtype=np.float32), train_flg=True)
        for unit, kept in enumerate(drop.mask[0]):
            rows.append({"layer": layer, "unit": unit, "kept": bool(kept), "factor": drop.scale})
    return pd.DataFrame(rows)
