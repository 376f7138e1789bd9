"""Compare backprop against centred numerical differences, parameter by parameter."""

from collections.abc import Callable

import numpy as np
import pandas as pd

from engine.layers import Dropout
from engine.network import MultiLayerNet


def numerical_gradient(f: Callable[[], float], x: np.ndarray, h: float = 1e-5) -> np.ndarray:
    """d f / d x by centred differences (f(x+h) - f(x-h)) / 2h, x changed in place and restored."""
    grad = np.zeros_like(x)
    flat, gflat = x.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        up = f()
        flat[i] = old - h
        down = f()
        flat[i] = old
        gflat[i] = (up - down) / (2 * h)
    return grad


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    """Largest |a - b|, relative to the largest |a| or |b| of the same parameter.

    Scaling by the parameter's largest gradient (not element by element) keeps entries whose
    true gradient is ~0 from turning rounding noise into a huge ratio. The scale is at least
    1e-8: for a parameter whose true gradient is exactly 0 (a bias just before
    BatchNormalization) the centred difference still carries ~1e-11 of rounding noise, which
    then reads as an "error" near 1e-3; judge such rows by max_abs_difference.
    """
    scale = max(float(np.max(np.abs(a))), float(np.max(np.abs(b))), 1e-8)
    return float(np.max(np.abs(a - b)) / scale)


def gradient_check(
    network: MultiLayerNet, x: np.ndarray, t: np.ndarray, h: float = 1e-5
) -> pd.DataFrame:
    """One row per parameter: shape, the largest relative and absolute difference of backprop
    vs numerical, and the largest |gradient| (0 everywhere below BN when N = 1).

    Dropout masks are held fixed during the check so the loss is a deterministic function.
    Use a float64 network: float32 rounding alone exceeds 1e-6.
    """
    _, grads = network.gradient(x, t)
    grads = {k: v.copy() for k, v in grads.items()}
    dropouts = [la for la in network.layers if isinstance(la, Dropout)]
    for layer in dropouts:
        layer.hold_mask = True
    try:
        rows = []
        for key, param in network.params.items():
            numeric = numerical_gradient(lambda: network.loss(x, t, train=True), param, h)
            rows.append(
                {
                    "param": key,
                    "shape": "x".join(map(str, param.shape)),
                    "max_relative_error": relative_error(grads[key], numeric),
                    "max_abs_difference": float(np.max(np.abs(grads[key] - numeric))),
                    "max_abs_gradient": float(np.max(np.abs(grads[key]))),
                }
            )
    finally:
        for layer in dropouts:
            layer.hold_mask = False
    return pd.DataFrame(rows)
