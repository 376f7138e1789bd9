"""Compare backprop against centred numerical differences, parameter by parameter."""

import numpy as np
import pandas as pd

from engine.layers import Dropout
from engine.network import MultiLayerNetExtend


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


def gradient_check(network: MultiLayerNetExtend, x: np.ndarray, t: np.ndarray) -> pd.DataFrame:
    """One row per parameter: shape, the largest relative and absolute difference of backprop
    vs numerical, and the largest |gradient| (0 everywhere below BN when N = 1).

    Dropout masks are held fixed during the check so the loss is a deterministic function.
    Use a float64 network: float32 rounding alone exceeds 1e-6.
    """
    grads = {k: v.copy() for k, v in network.gradient(x, t).items()}
    dropouts = [la for la in network.layers.values() if isinstance(la, Dropout)]
    for layer in dropouts:
        layer.hold_mask = True
    try:
        numerics = network.numerical_gradient(x, t)
    finally:
        for layer in dropouts:
            layer.hold_mask = False
    rows = []
    for key, numeric in numerics.items():
        rows.append(
            {
                "param": key,
                "shape": "x".join(map(str, numeric.shape)),
                "max_relative_error": relative_error(grads[key], numeric),
                "max_abs_difference": float(np.max(np.abs(grads[key] - numeric))),
                "max_abs_gradient": float(np.max(np.abs(grads[key]))),
            }
        )
    return pd.DataFrame(rows)
