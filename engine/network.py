"""The book's MultiLayerNetExtend (chapter 6), to read beside the book: a fully connected network
with Batch Normalization, Dropout and weight decay as options.

Layout per hidden layer: Affine -> [BatchNorm] -> activation -> [Dropout]; then a last Affine
and SoftmaxWithLoss. The app trains with engine/fast_network.py's FastMultiLayerNet, which
computes the same numbers with fewer NumPy calls; tests/engine/test_fast_network.py pins the
two equal.
"""

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import numpy as np

from engine.checks import check_choice, check_float, check_int
from engine.gradient import numerical_gradient
from engine.initializers import init_weight
from engine.layers import ACTIVATIONS, Affine, BatchNormalization, Dropout, SoftmaxWithLoss


class MultiLayerNetExtend:
    """A fully connected network: input_size -> hidden_size_list... -> output_size.

    weight_init_std: a positive std, "xavier" or "he". weight_decay_lambda adds
    0.5 * lambda * sum(W**2) over the weight matrices (not biases) to the loss. dropout_ratio
    0 means no Dropout layers; dropout_mode: "book" (no rescaling while training) or
    "inverted". rng draws the initial weights and, later, the dropout masks.

    Beside the book's arguments: dropout_ratio > 0 stands for the book's use_dropout=True with
    dropout_ration; dropout_mode, dtype and rng are this lab's. Labels t are class indices (N,).
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
        self.input_size = check_int("input_size", input_size, 1, 10**6)
        self.output_size = check_int("output_size", output_size, 2, 10**4)
        self.hidden_size_list = list(hidden_size_list)
        self.hidden_layer_num = check_int(
            "number of hidden layers", len(self.hidden_size_list), 1, 20
        )
        for size in self.hidden_size_list:
            check_int("hidden layer size", size, 1, 1000)
        activation = check_choice("activation", activation, ACTIVATIONS)
        dropout_ratio = check_float("dropout_ratio", dropout_ratio, 0.0, 1.0, high_open=True)
        dropout_mode = check_choice("dropout_mode", dropout_mode, ("book", "inverted"))
        self.weight_decay_lambda = check_float("weight_decay_lambda", weight_decay_lambda, 0.0, 1e3)
        if np.dtype(dtype) not in (np.float32, np.float64):
            raise ValueError(f"dtype must be float32 or float64, got {dtype!r}")
        self.dtype = np.dtype(dtype)
        self.use_batchnorm = use_batchnorm
        self.use_dropout = dropout_ratio > 0
        rng = np.random.default_rng(0) if rng is None else rng

        # Parameters and layers, layer by layer: W1, b1, gamma1, beta1, W2, ...
        sizes = [input_size, *self.hidden_size_list, output_size]
        self.params: dict[str, np.ndarray] = {}
        self.layers: OrderedDict[str, Any] = OrderedDict()  # Affine1, BatchNorm1, ... (layers.py)
        for idx in range(1, self.hidden_layer_num + 2):
            n_in, n_out = sizes[idx - 1], sizes[idx]
            self.params["W" + str(idx)] = init_weight(rng, n_in, n_out, weight_init_std, self.dtype)
            self.params["b" + str(idx)] = np.zeros(n_out, self.dtype)
            self.layers["Affine" + str(idx)] = Affine(
                self.params["W" + str(idx)], self.params["b" + str(idx)]
            )
            if idx == self.hidden_layer_num + 1:
                break  # the output layer: no normalization, activation or dropout
            if use_batchnorm:
                self.params["gamma" + str(idx)] = np.ones(n_out, self.dtype)
                self.params["beta" + str(idx)] = np.zeros(n_out, self.dtype)
                self.layers["BatchNorm" + str(idx)] = BatchNormalization(
                    self.params["gamma" + str(idx)], self.params["beta" + str(idx)]
                )
            self.layers["Activation_function" + str(idx)] = ACTIVATIONS[activation]()
            if self.use_dropout:
                inverted = dropout_mode == "inverted"
                self.layers["Dropout" + str(idx)] = Dropout(rng, dropout_ratio, inverted)
        self.last_layer = SoftmaxWithLoss()

    def predict(self, x: np.ndarray, train_flg: bool = False) -> np.ndarray:
        """Scores (N, output_size) for x: (N, input_size). train_flg=True: Dropout draws masks
        and BatchNorm normalizes with the batch's statistics (and moves its running ones)."""
        for layer in self.layers.values():
            x = layer.forward(x, train_flg)
        return x

    def loss(self, x: np.ndarray, t: np.ndarray, train_flg: bool = False) -> float:
        """Cross-entropy of the scores against labels t: (N,), plus 0.5 * lambda * sum(W**2)."""
        y = self.predict(x, train_flg)
        weight_decay = 0.0
        for idx in range(1, self.hidden_layer_num + 2):
            W = self.params["W" + str(idx)]
            weight_decay += 0.5 * self.weight_decay_lambda * float(np.sum(W**2))
        return self.last_layer.forward(y, t) + weight_decay

    def accuracy(self, x: np.ndarray, t: np.ndarray) -> float:
        """Share of rows of x whose highest score is at their label t: (N,)."""
        y = np.argmax(self.predict(x, train_flg=False), axis=1)
        return float(np.sum(y == t) / x.shape[0])

    def numerical_gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        """Gradients of loss(x, t, train_flg=True) by centred differences, keyed like params
        (slow: two forward passes per parameter; for checking gradient())."""

        def loss_w() -> float:
            return self.loss(x, t, train_flg=True)

        return {key: numerical_gradient(loss_w, param) for key, param in self.params.items()}

    def gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        """Gradients of loss(x, t, train_flg=True) by backpropagation, keyed like params.

        The b, gamma and beta entries are the layers' own arrays, which the next call
        overwrites: copy what you keep.
        """
        # forward
        self.loss(x, t, train_flg=True)

        # backward
        dout = self.last_layer.backward(1.0)
        for layer in reversed(self.layers.values()):
            dout = layer.backward(dout)

        # the gradients, with weight decay's lambda * W on every weight matrix
        grads = {}
        for idx in range(1, self.hidden_layer_num + 2):
            grads["W" + str(idx)] = (
                self.layers["Affine" + str(idx)].dW
                + self.weight_decay_lambda * self.layers["Affine" + str(idx)].W
            )
            grads["b" + str(idx)] = self.layers["Affine" + str(idx)].db
            if self.use_batchnorm and idx != self.hidden_layer_num + 1:
                grads["gamma" + str(idx)] = self.layers["BatchNorm" + str(idx)].dgamma
                grads["beta" + str(idx)] = self.layers["BatchNorm" + str(idx)].dbeta
        return grads
