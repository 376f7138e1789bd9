"""The network the app trains with: the book's MultiLayerNetExtend (engine/network.py) with the
speed-ups each measured in docs/benchmarks.md, and nothing else changed. Same layers, same
parameters from the same seed, same gradients; tests/engine/test_fast_network.py pins the two
classes equal on random networks.

- One parameter vector: every parameter is a view into `theta` (weight matrices first) and
  every gradient a view into `grad`, so an optimizer updates all of them with one NumPy call per
  rule, and weight decay's lambda * W and sum(W**2) are one call each over theta[:n_weights].
- Evaluation in place: each Affine writes into an array kept for that many rows and every other
  layer works inside it; input columns that are 0 in every evaluated row (MNIST's blank border)
  are left out of the first product.
- No gradient with respect to the images: nothing uses it, and it is a third of the first
  layer's backward.
"""

import math
from collections.abc import Callable
from typing import Any

import numpy as np

from engine.layers import Affine, BatchNormalization, Dropout, Relu, Sigmoid, Tanh
from engine.network import MultiLayerNetExtend

EVAL_BATCH = 2048  # rows per evaluation pass, so memory stays bounded on full MNIST
_OWNER = {"W": "Affine", "b": "Affine", "gamma": "BatchNorm", "beta": "BatchNorm"}  # layer names


class FastMultiLayerNet(MultiLayerNetExtend):
    """MultiLayerNetExtend's constructor, params, layers and results, computed faster.

    Besides the book's methods: loss_and_gradient (one pass for a training step), accuracy and
    label_predictor in batches and in place, weight_square_sum, health, checked_labels.
    Evaluation writes into arrays the network keeps, so one network must not be evaluated by two
    threads at once (the app gives every run its own network).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.affines: list[Affine] = [
            self.layers["Affine" + str(idx)] for idx in range(1, self.hidden_layer_num + 2)
        ]
        self.affines[0].input_grad = False  # the gradient with respect to the images
        self.theta, self.grad = self._one_vector()
        self.n_weights = sum(p.size for key, p in self.params.items() if key.startswith("W"))
        self._decay_scratch: np.ndarray | None = None  # lambda * W, kept between steps
        # rows -> one output array per Affine, reused by every evaluation
        self._eval_buffers: dict[int, list[np.ndarray]] = {}

    def _one_vector(self) -> tuple[np.ndarray, np.ndarray]:
        """Every parameter moved into one vector theta (weight matrices first, the rest after
        them in params' order) and every gradient into a vector grad laid out alike; params,
        self.grads and the layers then hold views of the two. Returns (theta, grad)."""
        keys = sorted(self.params, key=lambda key: not key.startswith("W"))
        theta = np.zeros(sum(self.params[key].size for key in keys), self.dtype)
        grad = np.zeros_like(theta)
        views, offset = {}, 0
        for key in keys:
            part, shape = slice(offset, offset + self.params[key].size), self.params[key].shape
            views[key] = theta[part].reshape(shape), grad[part].reshape(shape)
            offset = part.stop
        self.grads: dict[str, np.ndarray] = {}
        for key in self.params:  # in params' order: W1, b1, gamma1, beta1, W2, ...
            param, gradient = views[key]
            param[...] = self.params[key]
            self.params[key], self.grads[key] = param, gradient
            name = key.rstrip("0123456789")  # W, b, gamma or beta: the layer's own names
            layer = self.layers[_OWNER[name] + key[len(name) :]]
            setattr(layer, name, param)
            setattr(layer, "d" + name, gradient)
        return theta, grad

    def predict(self, x: np.ndarray, train_flg: bool = False) -> np.ndarray:
        """Scores (N, output_size) for x: (N, input_size), in the network's dtype whatever x's."""
        return super().predict(np.asarray(x, dtype=self.dtype), train_flg)

    def loss(self, x: np.ndarray, t: np.ndarray, train_flg: bool = False) -> float:
        """Cross-entropy of the scores against labels t: (N,), plus 0.5 * lambda * sum(W**2)."""
        return self._loss(x, self.checked_labels(t, x), train_flg)

    def _loss(self, x: np.ndarray, t: np.ndarray, train_flg: bool) -> float:
        loss = self.last_layer.forward(self.predict(x, train_flg), t)
        if self.weight_decay_lambda:
            loss += 0.5 * self.weight_decay_lambda * self.weight_square_sum()
        return loss

    def weight_square_sum(self) -> float:
        """sum of W**2 over every weight matrix (biases and gamma/beta excluded)."""
        w = self.theta[: self.n_weights]
        with np.errstate(over="ignore"):
            square_sum = float(np.dot(w, w))
        if not math.isfinite(square_sum):  # float32 overflow: weights blown up, not inf
            square_sum = float(np.dot(w.astype(np.float64), w.astype(np.float64)))
        return square_sum

    def gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        """The book's gradient(x, t) (see loss_and_gradient)."""
        return self.loss_and_gradient(x, self.checked_labels(t, x))[1]

    def loss_and_gradient(
        self, x: np.ndarray, t: np.ndarray
    ) -> tuple[float, dict[str, np.ndarray]]:
        """(loss(x, t, train_flg=True), gradient(x, t)) from one forward and one backward pass.

        t is not checked (the trainer checks every label once). The gradients are
        `self.grads`, views into `self.grad` that the next call overwrites: copy what you keep.
        """
        loss = self._loss(x, t, train_flg=True)
        dout = self.last_layer.backward(1.0)
        for layer in reversed(self.layers.values()):
            dout = layer.backward(dout)
        if self.weight_decay_lambda:  # dW += lambda * W, over all weights at once
            w = self.theta[: self.n_weights]
            if self._decay_scratch is None:
                self._decay_scratch = np.empty_like(w)
            np.multiply(w, self.weight_decay_lambda, out=self._decay_scratch)
            self.grad[: self.n_weights] += self._decay_scratch
        return loss, self.grads

    def accuracy(self, x: np.ndarray, t: np.ndarray, batch_size: int = EVAL_BATCH) -> float:
        """Share of rows of x whose predicted class equals t: (N,)."""
        t = self.checked_labels(t, x)
        return float(np.mean(self.predict_labels(x, batch_size) == t))

    def predict_labels(self, x: np.ndarray, batch_size: int = EVAL_BATCH) -> np.ndarray:
        """Predicted class (N,) for x: (N, input_size), evaluated in bounded batches."""
        x = np.asarray(x, dtype=self.dtype)
        return self._labels_in_batches(x, self.affines[0].W, batch_size)

    def label_predictor(
        self, x: np.ndarray, batch_size: int = EVAL_BATCH
    ) -> Callable[[], np.ndarray]:
        """A function () -> predicted classes (N,) for this fixed x: (N, input_size), for
        evaluating the same rows after every epoch.

        Input columns that are 0 in every row (MNIST's blank border pixels, about a fifth of
        them) add nothing to x @ W1, so they are dropped from x once here and the first layer
        uses only the matching rows of W1.
        """
        x = np.asarray(x, dtype=self.dtype)
        used = np.flatnonzero(x.any(axis=0))
        if len(used) > 0.9 * x.shape[1]:  # not worth a copy of W1 per call
            return lambda: self.predict_labels(x, batch_size)
        x_used = np.ascontiguousarray(x[:, used])
        first = self.affines[0]
        return lambda: self._labels_in_batches(x_used, first.W.take(used, axis=0), batch_size)

    def _labels_in_batches(self, x: np.ndarray, first_W: np.ndarray, batch_size: int) -> np.ndarray:
        """Predicted classes of x, batch by batch, the first layer's product taken with
        first_W (W1 or the rows of it that x has columns for). Evaluation keeps nothing for a
        backward pass, so after each Affine (into an array kept for this many rows) every layer
        works in place."""
        labels = []
        for start in range(0, len(x), batch_size):
            rows = x[start : start + batch_size]
            buffers = self._eval_buffers_for(len(rows))
            scores = np.matmul(rows, first_W, out=buffers[0])
            scores += self.affines[0].b
            k = 1
            for layer in list(self.layers.values())[1:]:
                if isinstance(layer, Affine):
                    scores = np.matmul(scores, layer.W, out=buffers[k])
                    scores += layer.b
                    k += 1
                else:
                    scores = _evaluate_in_place(layer, scores)
            labels.append(scores.argmax(axis=1))
        return np.concatenate(labels) if labels else np.zeros(0, np.intp)

    def _eval_buffers_for(self, rows: int) -> list[np.ndarray]:
        if rows not in self._eval_buffers:
            if len(self._eval_buffers) >= 4:  # full MNIST needs two sizes: a batch and the rest
                self._eval_buffers.clear()
            self._eval_buffers[rows] = [
                np.empty((rows, a.W.shape[1]), self.dtype) for a in self.affines
            ]
        return self._eval_buffers[rows]

    def health(self) -> list[tuple[int, float, float]]:
        """(layer, activation std, gradient std) for every layer at the last training step:
        the std of what hidden layer k passed on (its activation, after dropout; NaN for the
        output layer) and of its dW. Cheap enough for every epoch: a mean and a dot product
        per array (what chapter 6's histograms show, reduced to one number per layer)."""
        rows = []
        for k in range(1, len(self.affines) + 1):
            activation = _std(self.affines[k].x) if k < len(self.affines) else math.nan
            rows.append((k, activation, _std(self.grads[f"W{k}"])))
        return rows

    def checked_labels(self, t: np.ndarray, x: np.ndarray) -> np.ndarray:
        """t as an array, after checking it holds one class index (0 .. classes-1) per row of x."""
        t = np.asarray(t)
        n, classes = np.shape(x)[0], self.output_size
        if t.ndim != 1 or t.shape[0] != n:
            raise ValueError(
                f"labels t must be a 1-D array of {n} integer class indices, got shape {t.shape}"
            )
        if not np.issubdtype(t.dtype, np.integer) or (n and not 0 <= t.min() <= t.max() < classes):
            raise ValueError(f"labels t must be integer class indices from 0 to {classes - 1}")
        return t


def _evaluate_in_place(layer: Any, x: np.ndarray) -> np.ndarray:
    """layer.forward(x, train_flg=False), written into x itself where this knows how (the same
    math; BatchNorm's division by its running std as one multiplication by gamma / std)."""
    if isinstance(layer, Relu | Sigmoid | Tanh):
        return layer.forward(x, train_flg=False, out=x)
    if isinstance(layer, BatchNormalization):
        x -= layer.running_mean
        x *= layer.gamma / np.sqrt(layer.running_var + layer.eps)
        x += layer.beta
        return x
    if isinstance(layer, Dropout):  # the book's scales by 1 - ratio; inverted is the identity
        return x if layer.inverted else np.multiply(x, 1.0 - layer.dropout_ratio, out=x)
    return layer.forward(x, train_flg=False)  # a layer without a way in place


def _std(a: np.ndarray) -> float:
    """Standard deviation of all of a's values, from one mean and one dot product (about 10x
    faster than a.std() here; inf or NaN values give NaN)."""
    flat = a.reshape(-1)
    if flat.size == 0:
        return math.nan
    with np.errstate(over="ignore", invalid="ignore"):
        mean = float(flat.mean(dtype=np.float64))
        square = float(flat @ flat) / flat.size
    return math.sqrt(max(square - mean * mean, 0.0)) if math.isfinite(square) else math.nan
