"""Layers as the book draws them: each has forward(x, train=True) and backward(dout).

A backward never writes into the `dout` it was handed; it returns a new array. A forward writes
into `out` when given one, else returns a new array; for the element-wise layers `out` may be x
itself (the network evaluates in place).
Shapes: x and out are (N, D) for a batch of N samples with D features.
"""

import functools
import math
from dataclasses import dataclass

import numpy as np

from engine.checks import check_float


def batch_sum(a):
    """Sum of a: (N, D) over the batch axis, (D,), as ones @ a: one BLAS call, 2-3x faster than
    a.sum(axis=0) at these sizes (numpy sums a row-major array column-wise row by row)."""
    return _constant((a.shape[0],), a.dtype, 1) @ a


@functools.lru_cache(maxsize=16)
def _constant(shape, dtype, value):
    """A shared read-only array filled with `value`."""
    array = np.full(shape, value, dtype)
    array.flags.writeable = False
    return array


class Affine:
    """out = x @ W + b, with W: (D_in, D_out) and b: (D_out,).

    input_grad=False skips dx (the first layer's input gradient is never used in training).
    dW, db: arrays the gradients are written into (views into the network's gradient vector);
    by default the layer makes its own.
    """

    def __init__(self, W, b, input_grad=True, dW=None, db=None):
        self.W, self.b = W, b
        self.input_grad = input_grad
        self.dW, self.db = dW, db  # made at the first backward when not given
        self.x = None

    def forward(self, x, train=True, out=None):
        self.x = x if train else None
        out = np.matmul(x, self.W, out=out)
        out += self.b
        return out

    def backward(self, dout):
        if self.dW is None:
            self.dW, self.db = np.empty_like(self.W), np.empty_like(self.b)
        np.matmul(self.x.T, dout, out=self.dW)
        self.db[...] = batch_sum(dout)
        return dout @ self.W.T if self.input_grad else None


class Relu:
    """out = max(x, 0); the gradient passes only where x > 0."""

    def __init__(self):
        self.mask = None

    def forward(self, x, train=True, out=None):
        # An array of zeros, not the scalar 0: the broadcast scalar misses numpy's SIMD loop.
        out = np.maximum(x, _constant(x.shape, x.dtype, 0), out=out)
        if train:  # evaluation never goes backward: no mask needed
            self.mask = out > 0
        return out

    def backward(self, dout):
        return dout * self.mask


class Sigmoid:
    """out = 1 / (1 + exp(-x)), computed as (1 + tanh(x/2)) / 2 so large |x| cannot overflow."""

    def __init__(self):
        self.out = None

    def forward(self, x, train=True, out=None):
        out = np.multiply(x, 0.5, out=out)
        np.tanh(out, out=out)
        out += 1
        out *= 0.5
        self.out = out if train else None
        return out

    def backward(self, dout):
        return dout * (1 - self.out) * self.out


class Tanh:
    """out = tanh(x); d out / dx = 1 - out^2."""

    def __init__(self):
        self.out = None

    def forward(self, x, train=True, out=None):
        out = np.tanh(x, out=out)
        self.out = out if train else None
        return out

    def backward(self, dout):
        return dout * (1 - self.out**2)


ACTIVATIONS = {"relu": Relu, "sigmoid": Sigmoid, "tanh": Tanh}


@dataclass
class BatchNormTrace:
    """Every node of BatchNormalization's computation graph for one batch, forward then backward.

    Forward, x: (N, D): mu = mean(x), xc = x - mu, var = mean(xc^2), std = sqrt(var + eps),
    xn = xc / std, out = gamma * xn + beta.  Backward names each gradient d<node>.
    """

    x: np.ndarray
    mu: np.ndarray
    xc: np.ndarray
    var: np.ndarray
    std: np.ndarray
    xn: np.ndarray
    out: np.ndarray
    dout: np.ndarray | None = None
    dbeta: np.ndarray | None = None
    dgamma: np.ndarray | None = None
    dxn: np.ndarray | None = None
    dxc: np.ndarray | None = None
    dstd: np.ndarray | None = None
    dvar: np.ndarray | None = None
    dmu: np.ndarray | None = None
    dx: np.ndarray | None = None


class BatchNormalization:
    """Normalize each feature over the batch, then scale by gamma and shift by beta.

    gamma, beta: (D,). Training uses the batch's mean and biased (1/N) variance and moves the
    running mean/var by `momentum`; evaluation uses the running ones. dgamma, dbeta: arrays the
    gradients are copied into (views into the network's gradient vector); by default its own.
    """

    def __init__(self, gamma, beta, momentum=0.9, eps=1e-6, dgamma=None, dbeta=None):
        self.gamma, self.beta = gamma, beta
        self.momentum, self.eps = momentum, eps
        self.running_mean = np.zeros_like(gamma)
        self.running_var = np.zeros_like(gamma)
        self.trace = None
        self.dgamma, self.dbeta = dgamma, dbeta  # made at the first backward when not given

    def forward(self, x, train=True, out=None):
        if not train:  # (x - mean) * (gamma / std) + beta, without temporaries
            out = np.subtract(x, self.running_mean, out=out)
            out *= self.gamma / np.sqrt(self.running_var + self.eps)
            out += self.beta
            return out
        n = x.shape[0]
        mu = batch_sum(x) / n
        xc = x - mu
        var = batch_sum(xc * xc) / n
        std = np.sqrt(var + self.eps)
        xn = xc / std
        out = np.multiply(self.gamma, xn, out=out)
        out += self.beta
        m = self.momentum
        self.running_mean = m * self.running_mean + (1 - m) * mu
        self.running_var = m * self.running_var + (1 - m) * var
        self.trace = BatchNormTrace(x=x, mu=mu, xc=xc, var=var, std=std, xn=xn, out=out)
        return out

    def backward(self, dout):
        t = self.trace
        n = dout.shape[0]
        t.dout = dout
        t.dbeta = batch_sum(dout)
        t.dgamma = batch_sum(t.xn * dout)
        t.dxn = self.gamma * dout
        dxc = t.dxn / t.std
        # xn = xc / std: the gradient into std is summed over the batch.
        t.dstd = -batch_sum(t.dxn * t.xc) / (t.std * t.std)
        t.dvar = 0.5 * t.dstd / t.std
        # var = mean(xc^2) sends 2 * xc / N * dvar back to every xc.
        dxc += t.xc * ((2.0 / n) * t.dvar)
        t.dxc = dxc
        # mu feeds every xc = x - mu with weight -1; dx collects dxc and its share of dmu.
        t.dmu = -batch_sum(dxc)
        t.dx = dxc + t.dmu / n
        if self.dgamma is None:
            self.dgamma, self.dbeta = np.empty_like(self.gamma), np.empty_like(self.beta)
        self.dgamma[...], self.dbeta[...] = t.dgamma, t.dbeta
        return t.dx


class Dropout:
    """Drop units at random while training.

    Book convention (inverted=False): keep a unit where a uniform draw > ratio, no rescaling;
    evaluation multiplies by (1 - ratio). Inverted: scale kept units by 1 / (1 - ratio) while
    training; evaluation is the identity. `mask` holds the last training forward's kept units.
    hold_mask=True reuses that mask (for gradient checks).
    """

    def __init__(self, rng: np.random.Generator, dropout_ratio=0.5, inverted=False):
        self.dropout_ratio = check_float("dropout_ratio", dropout_ratio, 0.0, 1.0, high_open=True)
        self.rng, self.inverted = rng, inverted
        self.mask = None
        self.hold_mask = False
        self.scale = 1.0 / (1.0 - self.dropout_ratio) if inverted else 1.0

    def forward(self, x, train=True, out=None):
        if not train:
            if not self.inverted:
                return np.multiply(x, 1.0 - self.dropout_ratio, out=out)
            if out is None or out is x:
                return x
            out[...] = x  # the identity, into the given array
            return out
        if not (self.hold_mask and self.mask is not None and self.mask.shape == x.shape):
            self.mask = self.rng.random(x.shape, dtype=np.float32) > self.dropout_ratio
        out = np.multiply(x, self.mask, out=out)
        if self.inverted:
            out *= self.scale
        return out

    def backward(self, dout):
        dx = dout * self.mask
        if self.inverted:
            dx *= self.scale
        return dx


def softmax(x):
    """Row-wise softmax of scores x: (N, C), shifted by the row max so exp cannot overflow."""
    z = x - x.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=1, keepdims=True)
    return z


class SoftmaxWithLoss:
    """Softmax then mean cross-entropy against integer labels t: (N,)."""

    def __init__(self):
        self.y = self.t = None
        self.loss = None

    def forward(self, x, t):
        z = x - x.max(axis=1, keepdims=True)
        y = np.exp(z)  # one exp serves both the log-sum-exp and the softmax
        total = y.sum(axis=1, keepdims=True)
        n = x.shape[0]
        # mean over rows of log(sum exp z) - z[t]; an empty batch has no loss
        self.loss = (
            (float(np.log(total).sum()) - float(z[np.arange(n), t].sum())) / n if n else math.nan
        )
        y /= total
        self.y = y
        self.t = t
        return self.loss

    def backward(self, dout=1.0):
        n = self.t.shape[0]
        dx = self.y.copy()
        dx[np.arange(n), self.t] -= 1
        dx *= dout / n
        return dx
