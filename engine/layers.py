"""Layers as the book draws them: each has forward(x, train_flg=True) and backward(dout).

The bodies follow the book's common/layers.py. Where NumPy is spelled differently for speed, the
word for it comes from engine/ops.py (batch_sum is np.sum(x, axis=0), relu is np.maximum(x, 0));
where arrays are reused instead of made fresh, that is the fast network's business
(engine/fast_network.py: one parameter vector, evaluation in place). Three things differ from
the book on purpose: a backward never writes into the `dout` it was handed (it returns a new
array); a layer can be handed the arrays its gradients go into (the fast network's views); an
activation can write its output into a given array (`out=`, for the histograms' big batches).
Shapes: x and out are (N, D) for a batch of N samples with D features.
"""

import math
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from engine.checks import check_float
from engine.ops import batch_mean, batch_sum, relu, sigmoid

NOTHING: np.ndarray = np.empty(0)  # what a layer holds before its first forward


class Layer(Protocol):
    """What the network needs of a layer."""

    def forward(self, x: np.ndarray, train_flg: bool = True) -> np.ndarray: ...

    def backward(self, dout: np.ndarray) -> np.ndarray: ...


class Affine:
    """out = x @ W + b, with W: (D_in, D_out) and b: (D_out,).

    dW, db: where backward writes the gradients (views into the network's gradient vector); by
    default arrays of the layer's own. input_grad=False skips dx (backward returns an empty
    array): nothing uses the gradient with respect to the images, and that product is a third
    of the first layer's work.
    """

    def __init__(
        self,
        W: np.ndarray,
        b: np.ndarray,
        input_grad: bool = True,
        dW: np.ndarray | None = None,
        db: np.ndarray | None = None,
    ):
        self.W, self.b = W, b
        self.input_grad = input_grad
        self.dW = np.empty_like(W) if dW is None else dW
        self.db = np.empty_like(b) if db is None else db
        self.x = NOTHING  # the last training input (what dW needs)

    def forward(self, x: np.ndarray, train_flg: bool = True) -> np.ndarray:
        self.x = x
        out = x @ self.W
        out += self.b  # + b in place: no second (N, D_out) array
        return out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        np.matmul(self.x.T, dout, out=self.dW)  # dW = x^T · dout, into the kept array
        self.db[...] = batch_sum(dout)
        return dout @ self.W.T if self.input_grad else NOTHING


class Relu:
    """out = max(x, 0); the gradient passes only where x > 0."""

    def __init__(self) -> None:
        self.mask = NOTHING

    def forward(
        self, x: np.ndarray, train_flg: bool = True, out: np.ndarray | None = None
    ) -> np.ndarray:
        out = relu(x, out=out)
        if train_flg:  # evaluation keeps nothing for a backward pass (as Dropout, BatchNorm)
            self.mask = out > 0
        return out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        return dout * self.mask


class Sigmoid:
    """out = 1 / (1 + exp(-x)); d out / dx = (1 - out) * out."""

    def __init__(self) -> None:
        self.out = NOTHING

    def forward(
        self, x: np.ndarray, train_flg: bool = True, out: np.ndarray | None = None
    ) -> np.ndarray:
        self.out = sigmoid(x, out=out)
        return self.out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        return dout * (1.0 - self.out) * self.out


class Tanh:
    """out = tanh(x); d out / dx = 1 - out^2."""

    def __init__(self) -> None:
        self.out = NOTHING

    def forward(
        self, x: np.ndarray, train_flg: bool = True, out: np.ndarray | None = None
    ) -> np.ndarray:
        self.out = np.tanh(x, out=out)
        return self.out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        return dout * (1.0 - self.out**2)


class Activation(Protocol):
    """What Relu, Sigmoid and Tanh have beyond a Layer: out=, an array to write into (may be x)."""

    def forward(
        self, x: np.ndarray, train_flg: bool = True, out: np.ndarray | None = None
    ) -> np.ndarray: ...

    def backward(self, dout: np.ndarray) -> np.ndarray: ...


ACTIVATIONS: dict[str, type[Activation]] = {"relu": Relu, "sigmoid": Sigmoid, "tanh": Tanh}


@dataclass
class BatchNormTrace:
    """Every node of BatchNormalization's computation graph for one batch, forward then backward.

    Forward, x: (N, D): mu = mean(x), xc = x - mu, var = mean(xc^2), std = sqrt(var + eps),
    xn = xc / std, out = gamma * xn + beta.  Backward names each gradient d<node>, with the
    book's sign for dmu: the sum of dxc, which is minus the gradient with respect to mu.
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

    def __init__(
        self,
        gamma: np.ndarray,
        beta: np.ndarray,
        momentum: float = 0.9,
        eps: float = 1e-6,
        dgamma: np.ndarray | None = None,
        dbeta: np.ndarray | None = None,
    ):
        self.gamma, self.beta = gamma, beta
        self.momentum, self.eps = momentum, eps
        self.running_mean = np.zeros_like(gamma)
        self.running_var = np.zeros_like(gamma)
        self.trace: BatchNormTrace | None = None
        self.dgamma = np.empty_like(gamma) if dgamma is None else dgamma
        self.dbeta = np.empty_like(beta) if dbeta is None else dbeta

    def forward(self, x: np.ndarray, train_flg: bool = True) -> np.ndarray:
        if not train_flg:
            xc = x - self.running_mean
            xn = xc / np.sqrt(self.running_var + self.eps)
            return self.gamma * xn + self.beta
        mu = batch_mean(x)
        xc = x - mu
        var = batch_mean(xc**2)
        std = np.sqrt(var + self.eps)
        xn = xc / std
        out = self.gamma * xn
        out += self.beta
        m = self.momentum
        self.running_mean = m * self.running_mean + (1 - m) * mu
        self.running_var = m * self.running_var + (1 - m) * var
        self.trace = BatchNormTrace(x=x, mu=mu, xc=xc, var=var, std=std, xn=xn, out=out)
        return out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        t = self.trace
        assert t is not None, "backward before forward"
        n = dout.shape[0]
        dbeta = batch_sum(dout)
        dgamma = batch_sum(t.xn * dout)
        dxn = self.gamma * dout
        dxc = dxn / t.std
        dstd = -batch_sum((dxn * t.xc) / (t.std * t.std))
        dvar = 0.5 * dstd / t.std
        dxc += (2.0 / n) * t.xc * dvar
        # The book's signs: dmu is the sum of dxc, subtracted below because mu enters every
        # xc = x - mu with weight -1 (the gradient with respect to mu itself is -dmu).
        dmu = batch_sum(dxc)
        dx = dxc - dmu / n
        t.dout, t.dbeta, t.dgamma, t.dxn, t.dxc = dout, dbeta, dgamma, dxn, dxc
        t.dstd, t.dvar, t.dmu, t.dx = dstd, dvar, dmu, dx
        self.dgamma[...], self.dbeta[...] = dgamma, dbeta
        return dx


class Dropout:
    """Drop units at random while training.

    Book convention (inverted=False): keep a unit where a uniform draw > ratio, no rescaling;
    evaluation multiplies by (1 - ratio). Inverted: scale kept units by 1 / (1 - ratio) while
    training; evaluation is the identity. `mask` holds the last training forward's kept units.
    hold_mask=True reuses that mask (for gradient checks).
    """

    def __init__(
        self, rng: np.random.Generator, dropout_ratio: float = 0.5, inverted: bool = False
    ):
        self.dropout_ratio = check_float("dropout_ratio", dropout_ratio, 0.0, 1.0, high_open=True)
        self.rng, self.inverted = rng, inverted
        self.mask = NOTHING
        self.hold_mask = False
        self.scale = 1.0 / (1.0 - self.dropout_ratio) if inverted else 1.0

    def forward(self, x: np.ndarray, train_flg: bool = True) -> np.ndarray:
        if not train_flg:
            return x if self.inverted else x * (1.0 - self.dropout_ratio)
        if not (self.hold_mask and self.mask.shape == x.shape):
            self.mask = self.rng.random(x.shape, dtype=np.float32) > self.dropout_ratio
        out = x * self.mask
        if self.inverted:
            out *= self.scale
        return out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        dx = dout * self.mask
        if self.inverted:
            dx *= self.scale
        return dx


class SoftmaxWithLoss:
    """Softmax then mean cross-entropy against integer labels t: (N,)."""

    def __init__(self) -> None:
        self.y, self.t = NOTHING, NOTHING
        self.loss = math.nan

    def forward(self, x: np.ndarray, t: np.ndarray) -> float:
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

    def backward(self, dout: float = 1.0) -> np.ndarray:
        n = self.t.shape[0]
        dx = self.y.copy()
        dx[np.arange(n), self.t] -= 1
        dx *= dout / n
        return dx
