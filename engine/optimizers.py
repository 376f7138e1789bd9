"""Update rules from chapter 6.1: each update(params, grads) changes params in place.

params and grads are dicts of arrays with the same keys (the trainer passes one key holding the
network's whole parameter vector). Every rule works elementwise and writes its intermediate
products into arrays it keeps per key, so a step allocates nothing.
"""

import math

import numpy as np

from engine.checks import check_choice, check_float


class _Rule:
    def __init__(self, lr=0.01):
        self.lr = lr
        self._scratch = {}

    def scratch(self, key, like):
        """An array shaped like `like`, kept for `key`: room for one intermediate product."""
        if key not in self._scratch or self._scratch[key].shape != like.shape:
            self._scratch[key] = np.empty_like(like)
        return self._scratch[key]


class SGD(_Rule):
    """W <- W - lr * dW."""

    def update(self, params, grads):
        for key, g in grads.items():
            params[key] -= np.multiply(g, self.lr, out=self.scratch(key, g))


class Momentum(_Rule):
    """v <- momentum * v - lr * dW;  W <- W + v."""

    def __init__(self, lr=0.01, momentum=0.9):
        super().__init__(lr)
        self.momentum = momentum
        self.v = {}

    def update(self, params, grads):
        for key, g in grads.items():
            v = self.v.setdefault(key, np.zeros_like(g))
            v *= self.momentum
            v -= np.multiply(g, self.lr, out=self.scratch(key, g))
            params[key] += v


class AdaGrad(_Rule):
    """h <- h + dW^2;  W <- W - lr * dW / (sqrt(h) + 1e-7)."""

    def __init__(self, lr=0.01):
        super().__init__(lr)
        self.h = {}

    def update(self, params, grads):
        for key, g in grads.items():
            h = self.h.setdefault(key, np.zeros_like(g))
            step = np.multiply(g, g, out=self.scratch(key, g))
            h += step
            np.sqrt(h, out=step)
            step += 1e-7
            np.divide(g, step, out=step)
            step *= self.lr
            params[key] -= step


class Adam(_Rule):
    """Adam (Kingma & Ba, 2015) with bias correction folded into the step size, as the book does."""

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        super().__init__(lr)
        self.beta1, self.beta2 = beta1, beta2
        self.iter = 0
        self.m, self.v = {}, {}

    def update(self, params, grads):
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


OPTIMIZERS = {"sgd": SGD, "momentum": Momentum, "adagrad": AdaGrad, "adam": Adam}


def make_optimizer(name="sgd", lr=0.01):
    """An optimizer by name (sgd, momentum, adagrad, adam) with learning rate lr."""
    name = check_choice("optimizer", name, OPTIMIZERS)
    return OPTIMIZERS[name](lr=check_float("learning rate", lr, 0.0, 10.0, low_open=True))
