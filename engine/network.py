"""One fully connected network for the whole chapter (the book has two near-copies).

Layout per hidden layer: Affine -> [BatchNormalization] -> activation -> [Dropout];
then a last Affine and SoftmaxWithLoss.
"""

import math

import numpy as np

from engine.checks import check_choice, check_float, check_int
from engine.initializers import init_weight
from engine.layers import ACTIVATIONS, Affine, BatchNormalization, Dropout, SoftmaxWithLoss

EVAL_BATCH = 2048  # rows per evaluation pass, so memory stays bounded on full MNIST


class MultiLayerNet:
    """A fully connected network: input_size -> hidden_size_list... -> output_size.

    weight_init_std: a positive std, "xavier" or "he". weight_decay_lambda adds
    0.5 * lambda * sum(W**2) over weight matrices (not biases) to the loss.
    dropout_mode: "book" (no rescaling while training) or "inverted".
    """

    def __init__(
        self,
        input_size,
        hidden_size_list,
        output_size,
        *,
        activation="relu",
        weight_init_std="he",
        use_batchnorm=False,
        dropout_ratio=0.0,
        dropout_mode="book",
        weight_decay_lambda=0.0,
        dtype=np.float32,
        rng: np.random.Generator | None = None,
    ):
        hidden = list(hidden_size_list)
        check_int("number of hidden layers", len(hidden), 1, 20)
        for size in hidden:
            check_int("hidden layer size", size, 1, 1000)
        check_int("input_size", input_size, 1, 10**6)
        check_int("output_size", output_size, 2, 10**4)
        activation = check_choice("activation", activation, ACTIVATIONS)
        dropout_ratio = check_float("dropout_ratio", dropout_ratio, 0.0, 1.0, high_open=True)
        dropout_mode = check_choice("dropout_mode", dropout_mode, ("book", "inverted"))
        self.weight_decay_lambda = check_float("weight_decay_lambda", weight_decay_lambda, 0.0, 1e3)
        if np.dtype(dtype) not in (np.float32, np.float64):
            raise ValueError(f"dtype must be float32 or float64, got {dtype!r}")
        self.dtype = np.dtype(dtype)
        rng = np.random.default_rng(0) if rng is None else rng

        self.params = {}
        self.layers = []
        self.affines = []
        sizes = [input_size, *hidden, output_size]
        for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:], strict=True), start=1):
            W = self.params[f"W{i}"] = init_weight(rng, n_in, n_out, weight_init_std, self.dtype)
            b = self.params[f"b{i}"] = np.zeros(n_out, dtype=self.dtype)
            affine = Affine(W, b, input_grad=i > 1)
            self.affines.append(affine)
            self.layers.append(affine)
            if i == len(sizes) - 1:
                break
            if use_batchnorm:
                gamma = self.params[f"gamma{i}"] = np.ones(n_out, dtype=self.dtype)
                beta = self.params[f"beta{i}"] = np.zeros(n_out, dtype=self.dtype)
                self.layers.append(BatchNormalization(gamma, beta))
            self.layers.append(ACTIVATIONS[activation]())
            if dropout_ratio > 0:
                self.layers.append(Dropout(rng, dropout_ratio, inverted=dropout_mode == "inverted"))
        self.last_layer = SoftmaxWithLoss()

    def predict(self, x, train=False):
        """Scores (N, output_size) for x: (N, input_size)."""
        x = np.asarray(x, dtype=self.dtype)
        for layer in self.layers:
            x = layer.forward(x, train)
        return x

    def weight_square_sum(self) -> float:
        """sum of W**2 over every weight matrix (biases and gamma/beta excluded)."""
        total = 0.0
        for a in self.affines:
            w = a.W.reshape(-1)
            with np.errstate(over="ignore"):
                square_sum = float(np.dot(w, w))
            if not math.isfinite(square_sum):  # float32 overflow: weights blown up, not inf
                square_sum = float(np.dot(w.astype(np.float64), w.astype(np.float64)))
            total += square_sum
        return total

    def loss(self, x, t, train=True) -> float:
        """Cross-entropy of the batch plus 0.5 * lambda * sum(W**2)."""
        t = self._labels(t, x)
        loss = self.last_layer.forward(self.predict(x, train), t)
        if self.weight_decay_lambda:
            loss += 0.5 * self.weight_decay_lambda * self.weight_square_sum()
        return loss

    def predict_labels(self, x, batch_size=EVAL_BATCH):
        """Predicted class (N,) for x: (N, input_size), evaluated in bounded batches."""
        x = np.asarray(x)
        return np.concatenate(
            [
                self.predict(x[i : i + batch_size]).argmax(axis=1)
                for i in range(0, len(x), batch_size)
            ]
        )

    def accuracy(self, x, t, batch_size=EVAL_BATCH) -> float:
        """Share of rows of x whose predicted class equals t: (N,)."""
        t = self._labels(t, x)
        return float(np.mean(self.predict_labels(x, batch_size) == t))

    def gradient(self, x, t):
        """Backprop gradients of loss(x, t) as a dict keyed like `params`; returns (loss, grads)."""
        loss = self.loss(x, t, train=True)
        dout = self.last_layer.backward(1.0)
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
        lam = self.weight_decay_lambda
        grads = {}
        for i, affine in enumerate(self.affines, start=1):
            if lam:  # in place: the layer's dW then holds the decayed gradient too
                affine.dW += lam * affine.W
            grads[f"W{i}"] = affine.dW
            grads[f"b{i}"] = affine.db
        for i, bn in enumerate((la for la in self.layers if isinstance(la, BatchNormalization)), 1):
            grads[f"gamma{i}"], grads[f"beta{i}"] = bn.dgamma, bn.dbeta
        return loss, grads

    def _labels(self, t, x):
        t = np.asarray(t)
        n, classes = np.shape(x)[0], self.affines[-1].W.shape[1]
        if t.ndim != 1 or t.shape[0] != n:
            raise ValueError(
                f"labels t must be a 1-D array of {n} integer class indices, got shape {t.shape}"
            )
        if not np.issubdtype(t.dtype, np.integer) or (n and not 0 <= t.min() <= t.max() < classes):
            raise ValueError(f"labels t must be integer class indices from 0 to {classes - 1}")
        return t
