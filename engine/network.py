"""One fully connected network for the whole chapter (the book has two near-copies).

Layout per hidden layer: Affine -> [BatchNormalization] -> activation -> [Dropout];
then a last Affine and SoftmaxWithLoss.
"""

import math
from collections.abc import Callable, Sequence

import numpy as np

from engine.checks import check_choice, check_float, check_int
from engine.initializers import init_weight
from engine.inplace import forward_into
from engine.layers import (
    ACTIVATIONS,
    Affine,
    BatchNormalization,
    Dropout,
    Layer,
    SoftmaxWithLoss,
)

EVAL_BATCH = 2048  # rows per evaluation pass, so memory stays bounded on full MNIST


class MultiLayerNet:
    """A fully connected network: input_size -> hidden_size_list... -> output_size.

    weight_init_std: a positive std, "xavier" or "he". weight_decay_lambda adds
    0.5 * lambda * sum(W**2) over weight matrices (not biases) to the loss.
    dropout_mode: "book" (no rescaling while training) or "inverted".

    Evaluation writes into arrays the network keeps, so one network must not be evaluated by
    two threads at once (the app gives every run its own network).
    """

    def __init__(
        self,
        input_size: int,
        hidden_size_list: Sequence[int],
        output_size: int,
        *,
        activation: str = "relu",
        weight_init_std: float | str = "he",
        use_batchnorm: bool = False,
        dropout_ratio: float = 0.0,
        dropout_mode: str = "book",
        weight_decay_lambda: float = 0.0,
        dtype: np.typing.DTypeLike = np.float32,
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

        sizes = [input_size, *hidden, output_size]
        shapes = _parameter_shapes(sizes, use_batchnorm)
        # Every parameter is a view into one vector `theta` (the weights first), and every
        # gradient a view into `grad`: an optimizer updates all of them with one NumPy operation
        # per rule, and the weight decay and sum(W**2) are one operation over theta[:n_weights].
        self.theta, self.params = _vector_of(shapes, self.dtype)
        self.grad, self.grads = _vector_of(shapes, self.dtype)
        self.n_weights = sum(math.prod(shape) for k, shape in shapes.items() if k.startswith("W"))

        self.layers: list[Layer] = []
        self.affines: list[Affine] = []
        for i in range(1, len(sizes)):
            self.params[f"W{i}"][...] = init_weight(
                rng, sizes[i - 1], sizes[i], weight_init_std, self.dtype
            )
            self.affines.append(self._affine(i))
            self.layers.append(self.affines[-1])
            if i == len(sizes) - 1:
                break
            if use_batchnorm:
                self.layers.append(self._batch_norm(i))
            self.layers.append(ACTIVATIONS[activation]())
            if dropout_ratio > 0:
                self.layers.append(Dropout(rng, dropout_ratio, inverted=dropout_mode == "inverted"))
        self.last_layer = SoftmaxWithLoss()
        self._decay_scratch: np.ndarray | None = None  # lambda * W, kept between steps
        # rows -> one output array per Affine, reused by every evaluation
        self._eval_buffers: dict[int, list[np.ndarray]] = {}

    def _affine(self, i: int) -> Affine:
        """Layer i's Affine on the parameters W<i>, b<i>, writing into their gradients."""
        p, g = self.params, self.grads
        return Affine(
            p[f"W{i}"],
            p[f"b{i}"],
            input_grad=i > 1,  # nothing uses the gradient with respect to the images
            dW=g[f"W{i}"],
            db=g[f"b{i}"],
        )

    def _batch_norm(self, i: int) -> BatchNormalization:
        """Layer i's BatchNormalization on gamma<i> (started at 1) and beta<i> (at 0)."""
        p, g = self.params, self.grads
        p[f"gamma{i}"][...] = 1.0
        return BatchNormalization(
            p[f"gamma{i}"], p[f"beta{i}"], dgamma=g[f"gamma{i}"], dbeta=g[f"beta{i}"]
        )

    def predict(self, x: np.ndarray, train: bool = False) -> np.ndarray:
        """Scores (N, output_size) for x: (N, input_size)."""
        x = np.asarray(x, dtype=self.dtype)
        for layer in self.layers:
            x = layer.forward(x, train)
        return x

    def weight_square_sum(self) -> float:
        """sum of W**2 over every weight matrix (biases and gamma/beta excluded)."""
        w = self.theta[: self.n_weights]
        with np.errstate(over="ignore"):
            square_sum = float(np.dot(w, w))
        if not math.isfinite(square_sum):  # float32 overflow: weights blown up, not inf
            square_sum = float(np.dot(w.astype(np.float64), w.astype(np.float64)))
        return square_sum

    def loss(self, x: np.ndarray, t: np.ndarray, train: bool = True) -> float:
        """Cross-entropy of the batch plus 0.5 * lambda * sum(W**2)."""
        return self._loss(x, self.checked_labels(t, x), train)

    def _loss(self, x: np.ndarray, t: np.ndarray, train: bool) -> float:
        loss = self.last_layer.forward(self.predict(x, train), t)
        if self.weight_decay_lambda:
            loss += 0.5 * self.weight_decay_lambda * self.weight_square_sum()
        return loss

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
        works in place (engine/inplace.py)."""
        labels = []
        for start in range(0, len(x), batch_size):
            rows = x[start : start + batch_size]
            buffers = self._eval_buffers_for(len(rows))
            scores = np.matmul(rows, first_W, out=buffers[0])
            scores += self.affines[0].b
            k = 1
            for layer in self.layers[1:]:
                if isinstance(layer, Affine):
                    scores = forward_into(layer, scores, buffers[k])
                    k += 1
                else:
                    scores = forward_into(layer, scores, scores)
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

    def accuracy(self, x: np.ndarray, t: np.ndarray, batch_size: int = EVAL_BATCH) -> float:
        """Share of rows of x whose predicted class equals t: (N,)."""
        t = self.checked_labels(t, x)
        return float(np.mean(self.predict_labels(x, batch_size) == t))

    def gradient(
        self, x: np.ndarray, t: np.ndarray, check_labels: bool = True
    ) -> tuple[float, dict[str, np.ndarray]]:
        """Backprop gradients of loss(x, t); returns (loss, grads).

        grads is `self.grads`: a dict keyed like `params` of views into `self.grad`, which the
        next call overwrites (copy what you keep). check_labels=False skips the check of t
        (the trainer checks all labels once).
        """
        loss = self._loss(x, self.checked_labels(t, x) if check_labels else t, train=True)
        dout = self.last_layer.backward(1.0)
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
        if self.weight_decay_lambda:  # dW += lambda * W, over all weights at once
            w = self.theta[: self.n_weights]
            if self._decay_scratch is None:
                self._decay_scratch = np.empty_like(w)
            np.multiply(w, self.weight_decay_lambda, out=self._decay_scratch)
            self.grad[: self.n_weights] += self._decay_scratch
        return loss, self.grads

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
        n, classes = np.shape(x)[0], self.affines[-1].W.shape[1]
        if t.ndim != 1 or t.shape[0] != n:
            raise ValueError(
                f"labels t must be a 1-D array of {n} integer class indices, got shape {t.shape}"
            )
        if not np.issubdtype(t.dtype, np.integer) or (n and not 0 <= t.min() <= t.max() < classes):
            raise ValueError(f"labels t must be integer class indices from 0 to {classes - 1}")
        return t


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


def _parameter_shapes(sizes: list[int], use_batchnorm: bool) -> dict[str, tuple[int, ...]]:
    """Parameter name -> shape, in the book's order: W1, b1, gamma1, beta1, W2, ..."""
    shapes: dict[str, tuple[int, ...]] = {}
    for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:], strict=True), start=1):
        shapes[f"W{i}"], shapes[f"b{i}"] = (n_in, n_out), (n_out,)
        if use_batchnorm and i < len(sizes) - 1:
            shapes[f"gamma{i}"] = shapes[f"beta{i}"] = (n_out,)
    return shapes


def _vector_of(
    shapes: dict[str, tuple[int, ...]], dtype: np.dtype
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """One zeroed vector for arrays of these shapes (name -> shape), weight matrices first, and
    a dict of views into it keyed and ordered like `shapes`."""
    vector = np.zeros(sum(math.prod(shape) for shape in shapes.values()), dtype)
    views: dict[str, np.ndarray] = {}
    offset = 0
    for name in sorted(shapes, key=lambda name: not name.startswith("W")):
        size = math.prod(shapes[name])
        views[name] = vector[offset : offset + size].reshape(shapes[name])
        offset += size
    return vector, {name: views[name] for name in shapes}
