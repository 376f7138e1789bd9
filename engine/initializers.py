"""Weight initialization: a fixed std, Xavier (sqrt(1/n)) or He (sqrt(2/n)), n = inputs per node."""

import math

import numpy as np

from engine.checks import check_float

# The book's scripts name the presets after the activation they suit; accept both spellings.
_PRESETS = {"xavier": 1.0, "sigmoid": 1.0, "tanh": 1.0, "he": 2.0, "relu": 2.0}

BOOK_INITS: dict[str, float | str] = {"1": 1.0, "0.01": 0.01, "xavier": "xavier", "he": "he"}
"""Section 6.2's initial weight scales by the name a page and a link use: std 1, std 0.01,
Xavier, He."""

COMPARED_INITS = ("0.01", "xavier", "he")
"""The three of BOOK_INITS that the book's weight_init_compare trains on MNIST (figure 6-15)."""


def weight_scale(weight_init_std: float | str, n_in: int) -> float:
    """The std of the weights feeding a layer with `n_in` inputs.

    weight_init_std: a positive number, or "xavier" (sqrt(1/n_in)) or "he" (sqrt(2/n_in)).
    """
    if isinstance(weight_init_std, str):
        key = weight_init_std.lower()
        if key not in _PRESETS:
            raise ValueError(
                "weight_init_std must be a positive number, 'xavier' or 'he'; "
                f"got {weight_init_std!r}"
            )
        return math.sqrt(_PRESETS[key] / n_in)
    return check_float(
        "weight_init_std", weight_init_std, 0.0, math.inf, low_open=True, high_open=True
    )


def init_weight(
    rng: np.random.Generator,
    n_in: int,
    n_out: int,
    weight_init_std: float | str,
    dtype: np.typing.DTypeLike = np.float32,
) -> np.ndarray:
    """Draw W: (n_in, n_out) from N(0, scale^2) with the scale that `weight_init_std` names."""
    scale = weight_scale(weight_init_std, n_in)
    w = rng.standard_normal((n_in, n_out), dtype=np.float64 if dtype == np.float64 else np.float32)
    w *= scale
    return w.astype(dtype, copy=False)
