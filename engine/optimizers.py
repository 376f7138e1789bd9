"""Update rules from chapter 6.1: each update(params, grads) changes params in place."""

import numpy as np

from engine.checks import check_choice, check_float


class SGD:
    """W <- W - lr * dW."""

    def __init__(self, lr=0.01):
        self.lr = lr

    def update(self, params, grads):
        for key, g in grads.items():
            params[key] -= self.lr * g


class Momentum:
    """v <- momentum * v - lr * dW;  W <- W + v."""

    def __init__(self, lr=0.01, momentum=0.9):
        self.lr, self.momentum = lr, momentum
        self.v = {}

    def update(self, params, grads):
        for key, g in grads.items():
            v = self.v.setdefault(key, np.zeros_like(g))
            v *= self.momentum
            v -= self.lr * g
            params[key] += v


class AdaGrad:
    """h <- h + dW^2;  W <- W - lr * dW / (sqrt(h) + 1e-7)."""

    def __init__(self, lr=0.01):
        self.lr = lr
        self.h = {}

    def update(self, params, grads):
        for key, g in grads.items():
            h = self.h.setdefault(key, np.zeros_like(g))
            h += g * g
            params[key] -= self.lr * g / (np.sqrt(h) + 1e-7)


class Adam:
    """Adam (Kingma & Ba, 2015) with bias correction folded into the step size, as the book does."""

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2 = lr, beta1, beta2
        self.iter = 0
        self.m, self.v = {}, {}

    def update(self, params, grads):
        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)
        for key, g in grads.items():
            m = self.m.setdefault(key, np.zeros_like(g))
            v = self.v.setdefault(key, np.zeros_like(g))
            m += (1 - self.beta1) * (g - m)
            v += (1 - self.beta2) * (g * g - v)
            params[key] -= lr_t * m / (np.sqrt(v) + 1e-7)


OPTIMIZERS = {"sgd": SGD, "momentum": Momentum, "adagrad": AdaGrad, "adam": Adam}


def make_optimizer(name="sgd", lr=0.01):
    """An optimizer by name (sgd, momentum, adagrad, adam) with learning rate lr."""
    name = check_choice("optimizer", name, OPTIMIZERS)
    return OPTIMIZERS[name](lr=check_float("learning rate", lr, 0.0, 10.0, low_open=True))
