"""Update rules from chapter 6.1: each update(params, grads) changes params in place.

params and grads are dicts of arrays with the same keys (the trainer passes one key holding the
network's whole parameter vector). Every rule works elementwise and writes its intermediate
products into arrays it keeps per key, so a step allocates nothing.
"""

import math
from collections.abc import MutableMapping

import numpy as np

from engine.checks import check_choice, check_float

Arrays = MutableMapping[str, np.ndarray]  # parameter name -> array


class Optimizer:
    """An update rule with its learning rate and the arrays it keeps between steps."""

    def __init__(self, lr: float = 0.01):
        self.lr = lr
        self._scratch: dict[str, np.ndarray] = {}

    def update(self, params: Arrays, grads: Arrays) -> None:
        raise NotImplementedError

    def scratch(self, key: str, like: np.ndarray) -> np.ndarray:
        """An array shaped like `like`, kept for `key`: room for one intermediate product."""
        if key not in self._scratch or self._scratch[key].shape != like.shape:
            self._scratch[key] = np.empty_like(like)
        return self._scratch[key]


class SGD(Optimizer):
    """W <- W - lr * dW."""

    def update(self, params: Arrays, grads: Arrays) -> None:
        for key, g in grads.items():
            params[key] -= np.multiply(g, self.lr, out=self.scratch(key, g))


class Momentum(Optimizer):
    """v <- momentum * v - lr * dW;  W <- W + v."""

    def __init__(self, lr: float = 0.01, momentum: float = 0.9):
        super().__init__(lr)
        self.momentum = momentum
        self.v: dict[str, np.ndarray] = {}

    def update(self, params: Arrays, grads: Arrays) -> None:
        for key, g in grads.items():
            v = self.v.setdefault(key, np.zeros_like(g))
            v *= self.momentum
            v -= np.multiply(g, self.lr, out=self.scratch(key, g))
            params[key] += v


class AdaGrad(Optimizer):
    """h <- h + dW^2;  W <- W - lr * dW / (sqrt(h) + 1e-7)."""

    def __init__(self, lr: float = 0.01):
        super().__init__(lr)
        self.h: dict[str, np.ndarray] = {}

    def update(self, params: Arrays, grads: Arrays) -> None:
        for key, g in grads.items():
            h = self.h.setdefault(key, np.zeros_like(g))
            step = np.multiply(g, g, out=self.scratch(key, g))
            h += step
            np.sqrt(h, out=step)
            step += 1e-7
            np.divide(g, step, out=step)
            step *= self.lr
            params[key] -= step


class Adam(Optimizer):
    """Adam (Kingma & Ba, 2015) with bias correction folded into the step size, as the book does."""

    def __init__(self, lr: float = 0.001, beta1: float = 0.9, beta2: float = 0.999):
        super().__init__(lr)
        self.beta1, self.beta2 = beta1, beta2
        self.iter = 0
        self.m: dict[str, np.ndarray] = {}
        self.v: dict[str, np.ndarray] = {}

    def update(self, params: Arrays, grads: Arrays) -> None:
        self.iter += 1
        lr_t = self.lr * math.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)
        for key, g in grads.items():
            m = self.m.setdefault(key, np.zeros_like(g))
            v = self.v.setdefault(key, np.zeros_like(g))
            step = self.scratch(key, g)
            np.subtract(g, m, out=step)  # m += (1 - beta1) * (g - m)
            step *= 1 - self.beta1
            m += step
            np.multiply(g, g, out=step)  # v += (1 - beta2) * (g^2 - v)
            step -= v
            step *= 1 - self.beta2
            v += step
            np.sqrt(v, out=step)
            step += 1e-7
            np.divide(m, step, out=step)
            step *= lr_t
            params[key] -= step


OPTIMIZERS: dict[str, type[Optimizer]] = {
    "sgd": SGD,
    "momentum": Momentum,
    "adagrad": AdaGrad,
    "adam": Adam,
}

BOOK_LR = {name: rule().lr for name, rule in OPTIMIZERS.items()}
"""The book's learning rate for each update rule: its common/optimizer.py class defaults
(0.01; Adam 0.001), the same defaults as the classes above."""


def make_optimizer(name: str = "sgd", lr: float = 0.01) -> Optimizer:
    """An optimizer by name (sgd, momentum, adagrad, adam) with learning rate lr."""
    name = check_choice("optimizer", name, OPTIMIZERS)
    return OPTIMIZERS[name](lr=check_float("learning rate", lr, 0.0, 10.0, low_open=True))
