"""Numerical differentiation, as the book's common/gradient.py: the trusted peer that every
backward pass is checked against."""

from collections.abc import Callable

import numpy as np


def numerical_gradient(f: Callable[[], float], x: np.ndarray, h: float = 1e-5) -> np.ndarray:
    """d f / d x by centred differences (f(x+h) - f(x-h)) / 2h, x changed in place and restored.

    f takes no argument: it reads x itself (the book's f(x) ignores its argument the same way).
    """
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
