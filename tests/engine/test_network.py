"""Tests for engine/network.py, the book's MultiLayerNetExtend: the whole network's gradient with
BatchNorm, dropout and weight decay together (the fast class's too), the weight-decay terms,
evaluation mode by default, the book's layout and initial parameters."""

import math

import numpy as np
import pytest

from engine.fast_network import FastMultiLayerNet
from engine.layers import BatchNormalization, Dropout
from engine.network import MultiLayerNetExtend

BOTH_CLASSES = pytest.mark.parametrize(
    "net_class", [MultiLayerNetExtend, FastMultiLayerNet], ids=["book", "fast"]
)


def rel_error(analytic, numeric):
    """Largest |a - n| relative to the largest gradient entry of the same parameter.

    A parameter whose gradient is ~0 everywhere (a bias just before BatchNormalization) is
    compared absolutely.
    """
    diff = float(np.max(np.abs(analytic - numeric)))
    scale = max(float(np.max(np.abs(analytic))), float(np.max(np.abs(numeric))))
    return diff / scale if scale > 1e-10 else diff


def small_batch(seed, n=8, d=6, classes=4):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, d)), rng.integers(0, classes, size=n)


# --- the whole network's gradient ------------------------------------------------------------


@BOTH_CLASSES
@pytest.mark.parametrize("activation", ["relu", "sigmoid", "tanh"])
@pytest.mark.parametrize("dropout_mode", ["book", "inverted"])
def test_network_with_batchnorm_dropout_and_decay_passes_gradient_check(
    net_class, activation, dropout_mode
):
    net = net_class(
        6,
        [7, 5],
        4,
        activation=activation,
        weight_init_std=0.8,
        use_batchnorm=True,
        dropout_ratio=0.3,
        dropout_mode=dropout_mode,
        weight_decay_lambda=0.1,
        dtype=np.float64,
        rng=np.random.default_rng(20),
    )
    x, t = small_batch(21)
    for i in (1, 2):  # non-trivial gamma and beta, so their gradients are not a special case
        net.params[f"gamma{i}"][:] = np.linspace(0.5, 1.5, net.params[f"gamma{i}"].size)
        net.params[f"beta{i}"][:] = np.linspace(-0.3, 0.3, net.params[f"beta{i}"].size)
    layers = list(net.layers.values())
    dropouts = [layer for layer in layers if isinstance(layer, Dropout)]
    assert len(dropouts) == 2 and any(isinstance(la, BatchNormalization) for la in layers)
    for layer in dropouts:
        layer.hold_mask = True  # the first forward draws the mask; every later one reuses it
    grads = net.gradient(x, t)
    for layer in dropouts:
        assert layer.mask.any() and not layer.mask.all()
    assert (
        list(grads)
        == list(net.params)
        == ["W1", "b1", "gamma1", "beta1", "W2", "b2", "gamma2", "beta2", "W3", "b3"]
    )
    numeric = net.numerical_gradient(x, t)
    errors = {key: rel_error(grads[key], numeric[key]) for key in net.params}
    assert max(errors.values()) < 1e-6, errors


@BOTH_CLASSES
def test_plain_network_gradient_check_without_batchnorm_or_dropout(net_class):
    net = net_class(
        6, [5, 5, 5], 3, activation="tanh", dtype=np.float64, rng=np.random.default_rng(22)
    )
    x, t = small_batch(23, classes=3)
    grads = net.gradient(x, t)
    numeric = net.numerical_gradient(x, t)
    for key in net.params:
        assert rel_error(grads[key], numeric[key]) < 1e-6, key


# --- weight decay ----------------------------------------------------------------------------


def twin_nets(net_class, lam, **kwargs):
    """The same float64 network (same seed, same weights) with lambda = 0 and lambda = lam."""
    nets = [
        net_class(
            6,
            [5, 5],
            4,
            weight_decay_lambda=decay,
            dtype=np.float64,
            rng=np.random.default_rng(24),
            **kwargs,
        )
        for decay in (0.0, lam)
    ]
    for net in nets:  # non-zero biases: if biases were decayed, the difference would show
        for key in net.params:
            if key.startswith(("b", "gamma")):
                net.params[key] += 0.5
    for key in nets[0].params:
        np.testing.assert_array_equal(nets[0].params[key], nets[1].params[key])
    return nets


@BOTH_CLASSES
@pytest.mark.parametrize("use_batchnorm", [False, True])
def test_weight_decay_adds_half_lambda_sum_of_squared_weights_to_the_loss(net_class, use_batchnorm):
    plain, decayed = twin_nets(net_class, 0.1, use_batchnorm=use_batchnorm)
    x, t = small_batch(25)
    squares = sum(float(np.sum(p**2)) for k, p in plain.params.items() if k.startswith("W"))
    difference = decayed.loss(x, t, train_flg=True) - plain.loss(x, t, train_flg=True)
    assert difference == pytest.approx(0.5 * 0.1 * squares, rel=1e-12)


@BOTH_CLASSES
@pytest.mark.parametrize("use_batchnorm", [False, True])
def test_weight_decay_adds_lambda_w_to_weight_gradients_and_nothing_to_the_rest(
    net_class, use_batchnorm
):
    plain, decayed = twin_nets(net_class, 0.1, use_batchnorm=use_batchnorm)
    x, t = small_batch(26)
    g0 = {k: g.copy() for k, g in plain.gradient(x, t).items()}
    g1 = decayed.gradient(x, t)
    for key, p in plain.params.items():
        if key.startswith("W"):
            np.testing.assert_allclose(g1[key] - g0[key], 0.1 * p, rtol=1e-10, atol=1e-14)
        else:  # biases, gamma, beta: not decayed
            np.testing.assert_allclose(g1[key], g0[key], rtol=1e-12, atol=1e-15)


# --- training mode only when asked -----------------------------------------------------------


@BOTH_CLASSES
def test_loss_is_evaluation_mode_unless_train_flg_says_otherwise(net_class):
    # The book's loss(x, t, train_flg=False): a plain loss() draws no dropout mask and leaves
    # BatchNorm's running statistics alone; train_flg=True does both.
    net = net_class(6, [5, 5], 4, use_batchnorm=True, dropout_ratio=0.3, dtype=np.float64)
    x, t = small_batch(40)
    dropout, batch_norm = net.layers["Dropout1"], net.layers["BatchNorm1"]
    evaluated = net.loss(x, t)
    assert dropout.mask.size == 0
    np.testing.assert_array_equal(batch_norm.running_mean, 0.0)
    scores = net.predict(x, train_flg=False)  # evaluation: running statistics, no mask
    assert evaluated == pytest.approx(net.last_layer.forward(scores, t), rel=1e-12)
    net.loss(x, t, train_flg=True)
    assert dropout.mask.shape == (8, 5)
    assert np.abs(batch_norm.running_mean).max() > 0


# --- the book's layout and initial parameters ------------------------------------------------


def test_layers_are_the_books_ordered_dict_on_the_params_arrays():
    net = MultiLayerNetExtend(6, [5, 4], 3, use_batchnorm=True, dropout_ratio=0.2)
    assert list(net.layers) == [
        "Affine1", "BatchNorm1", "Activation_function1", "Dropout1",
        "Affine2", "BatchNorm2", "Activation_function2", "Dropout2",
        "Affine3",
    ]  # fmt: skip
    assert net.layers["Affine2"].W is net.params["W2"]
    assert net.layers["BatchNorm1"].gamma is net.params["gamma1"]


def test_accuracy_is_the_share_of_rows_whose_top_score_is_the_label():
    net = MultiLayerNetExtend(6, [5], 3, dtype=np.float64, rng=np.random.default_rng(42))
    x = np.random.default_rng(43).standard_normal((10, 6))
    top = net.predict(x).argmax(axis=1)
    t = top.copy()
    t[:3] = (top[:3] + 1) % 3  # three rows wrong
    assert net.accuracy(x, t) == pytest.approx(0.7)


def test_network_initial_weights_follow_the_init_per_layer_and_biases_start_at_zero():
    net = MultiLayerNetExtend(
        784,
        [400, 200],
        10,
        weight_init_std="he",
        use_batchnorm=True,
        rng=np.random.default_rng(29),
    )
    for i, n_in in enumerate((784, 400, 200), start=1):
        w = net.params[f"W{i}"]
        assert w.std() == pytest.approx(math.sqrt(2 / n_in), rel=0.05), f"W{i}"
        np.testing.assert_array_equal(net.params[f"b{i}"], 0.0)
    for i in (1, 2):
        np.testing.assert_array_equal(net.params[f"gamma{i}"], 1.0)
        np.testing.assert_array_equal(net.params[f"beta{i}"], 0.0)


def test_the_same_rng_seed_builds_the_same_network_and_another_seed_another():
    def build(seed):
        return MultiLayerNetExtend(6, [5], 3, rng=np.random.default_rng(seed)).params["W1"]

    np.testing.assert_array_equal(build(3), build(3))
    assert not np.array_equal(build(3), build(4))
