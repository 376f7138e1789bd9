"""Tests for engine/network.py: the whole network's gradient with BatchNorm, dropout and weight
decay together, the weight-decay terms, dtypes and batched evaluation."""

import math

import numpy as np
import pytest

from engine.gradcheck import numerical_gradient
from engine.layers import BatchNormalization, Dropout
from engine.network import MultiLayerNet
from engine.optimizers import make_optimizer


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


@pytest.mark.parametrize("activation", ["relu", "sigmoid", "tanh"])
@pytest.mark.parametrize("dropout_mode", ["book", "inverted"])
def test_network_with_batchnorm_dropout_and_decay_passes_gradient_check(activation, dropout_mode):
    net = MultiLayerNet(
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
    dropouts = [layer for layer in net.layers if isinstance(layer, Dropout)]
    assert len(dropouts) == 2 and any(isinstance(la, BatchNormalization) for la in net.layers)
    for layer in dropouts:
        layer.hold_mask = True  # the first forward draws the mask; every later one reuses it
    loss, grads = net.gradient(x, t)
    for layer in dropouts:
        assert layer.mask.any() and not layer.mask.all()
    assert (
        set(grads)
        == set(net.params)
        == {"W1", "b1", "W2", "b2", "W3", "b3", "gamma1", "beta1", "gamma2", "beta2"}
    )
    assert loss == pytest.approx(net.loss(x, t, train=True), rel=1e-12)

    errors = {
        key: rel_error(grads[key], numerical_gradient(lambda: net.loss(x, t, train=True), p))
        for key, p in net.params.items()
    }
    assert max(errors.values()) < 1e-6, errors


def test_plain_network_gradient_check_without_batchnorm_or_dropout():
    net = MultiLayerNet(
        6, [5, 5, 5], 3, activation="tanh", dtype=np.float64, rng=np.random.default_rng(22)
    )
    x, t = small_batch(23, classes=3)
    _, grads = net.gradient(x, t)
    for key, p in net.params.items():
        numeric = numerical_gradient(lambda: net.loss(x, t), p)
        assert rel_error(grads[key], numeric) < 1e-6, key


# --- weight decay ----------------------------------------------------------------------------


def twin_nets(lam, **kwargs):
    """The same float64 network (same seed, same weights) with lambda = 0 and lambda = lam."""
    nets = [
        MultiLayerNet(
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


@pytest.mark.parametrize("use_batchnorm", [False, True])
def test_weight_decay_adds_half_lambda_sum_of_squared_weights_to_the_loss(use_batchnorm):
    plain, decayed = twin_nets(0.1, use_batchnorm=use_batchnorm)
    x, t = small_batch(25)
    squares = sum(float(np.sum(p**2)) for k, p in plain.params.items() if k.startswith("W"))
    difference = decayed.loss(x, t) - plain.loss(x, t)
    assert difference == pytest.approx(0.5 * 0.1 * squares, rel=1e-12)
    assert plain.weight_square_sum() == pytest.approx(squares, rel=1e-12)


@pytest.mark.parametrize("use_batchnorm", [False, True])
def test_weight_decay_adds_lambda_w_to_weight_gradients_and_nothing_to_the_rest(use_batchnorm):
    plain, decayed = twin_nets(0.1, use_batchnorm=use_batchnorm)
    x, t = small_batch(26)
    _, g0 = plain.gradient(x, t)
    _, g1 = decayed.gradient(x, t)
    for key, p in plain.params.items():
        if key.startswith("W"):
            np.testing.assert_allclose(g1[key] - g0[key], 0.1 * p, rtol=1e-10, atol=1e-14)
        else:  # biases, gamma, beta: not decayed
            np.testing.assert_allclose(g1[key], g0[key], rtol=1e-12, atol=1e-15)


# --- dtypes ----------------------------------------------------------------------------------


def test_network_is_float32_by_default_everywhere():
    net = MultiLayerNet(6, [5, 5], 3, use_batchnorm=True, dropout_ratio=0.2)
    x, t = small_batch(27, classes=3)  # float64 input: the network casts it
    assert net.dtype == np.float32
    assert all(p.dtype == np.float32 for p in net.params.values())
    assert net.predict(x).dtype == np.float32
    _, grads = net.gradient(x, t)
    assert {k: g.dtype for k, g in grads.items()} == {k: np.dtype(np.float32) for k in grads}


def test_network_is_float64_on_request():
    net = MultiLayerNet(6, [5], 3, use_batchnorm=True, dtype=np.float64)
    x, t = small_batch(28, classes=3)
    assert all(p.dtype == np.float64 for p in net.params.values())
    assert net.predict(x.astype(np.float32)).dtype == np.float64
    _, grads = net.gradient(x, t)
    assert all(g.dtype == np.float64 for g in grads.values())


# --- initial parameters ----------------------------------------------------------------------


def test_network_initial_weights_follow_the_init_per_layer_and_biases_start_at_zero():
    net = MultiLayerNet(
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
        return MultiLayerNet(6, [5], 3, rng=np.random.default_rng(seed)).params["W1"]

    np.testing.assert_array_equal(build(3), build(3))
    assert not np.array_equal(build(3), build(4))


# --- evaluation ------------------------------------------------------------------------------


def trained_looking_net():
    """A network whose BatchNorm running statistics have moved, with dropout in place."""
    net = MultiLayerNet(
        6, [9, 9], 5, use_batchnorm=True, dropout_ratio=0.3, rng=np.random.default_rng(30)
    )
    rng = np.random.default_rng(31)
    for _ in range(5):
        net.gradient(rng.standard_normal((16, 6)), rng.integers(0, 5, size=16))
    return net


def test_evaluation_in_batches_gives_the_same_predictions_as_one_pass():
    net = trained_looking_net()
    rng = np.random.default_rng(32)
    x, t = rng.standard_normal((53, 6)), rng.integers(0, 5, size=53)
    one_pass = net.predict(x, train=False).argmax(axis=1)
    for batch_size in (1, 7, 53, 1000):
        np.testing.assert_array_equal(net.predict_labels(x, batch_size=batch_size), one_pass)
        assert net.accuracy(x, t, batch_size=batch_size) == pytest.approx(
            float(np.mean(one_pass == t))
        )


def test_evaluation_is_deterministic_despite_dropout_and_batchnorm():
    net = trained_looking_net()
    x = np.random.default_rng(33).standard_normal((20, 6))
    np.testing.assert_array_equal(net.predict(x), net.predict(x))


def test_evaluation_in_place_never_writes_into_the_callers_x():
    net = trained_looking_net()
    x = np.random.default_rng(34).standard_normal((20, 6))
    before = x.copy()
    net.predict_labels(x)
    net.accuracy(x, np.zeros(20, int))
    net.label_predictor(x)()
    np.testing.assert_array_equal(x, before)


@pytest.mark.parametrize("blank_columns", [0, 3])
def test_label_predictor_drops_blank_columns_and_follows_the_current_weights(blank_columns):
    net = trained_looking_net()
    x = np.random.default_rng(35).standard_normal((30, 6))
    x[:, :blank_columns] = 0.0  # like MNIST's border pixels: 0 in every image
    labels = net.label_predictor(x, batch_size=8)
    np.testing.assert_array_equal(labels(), net.predict(x).argmax(axis=1))
    net.params["W1"][...] = np.random.default_rng(36).standard_normal(net.params["W1"].shape)
    net.params["W1"][:blank_columns] = 1e6  # weights of blank pixels change nothing
    np.testing.assert_array_equal(labels(), net.predict(x).argmax(axis=1))


# --- one parameter vector --------------------------------------------------------------------


@pytest.mark.parametrize("use_batchnorm", [False, True])
def test_every_parameter_and_gradient_is_a_view_into_one_vector_weights_first(use_batchnorm):
    net = MultiLayerNet(5, [4, 3], 2, use_batchnorm=use_batchnorm)
    sizes = {k: p.size for k, p in net.params.items()}
    assert sum(sizes.values()) == net.theta.size == net.grad.size
    assert (
        net.n_weights
        == sum(s for k, s in sizes.items() if k.startswith("W"))
        == 5 * 4 + 4 * 3 + 3 * 2
    )
    for key, p in net.params.items():
        assert np.shares_memory(p, net.theta) and np.shares_memory(net.grads[key], net.grad)
        in_weight_part = np.shares_memory(p, net.theta[: net.n_weights])
        assert in_weight_part == key.startswith("W"), key
    net.theta[:] = 0.5  # the layers compute with the vector's current values
    x = np.ones((2, 5))
    np.testing.assert_allclose(net.affines[0].forward(x), np.full((2, 4), 0.5 * 5 + 0.5))


@pytest.mark.parametrize("name", ["sgd", "momentum", "adagrad", "adam"])
def test_an_update_of_the_whole_vector_equals_updates_parameter_by_parameter(name):
    nets = [
        MultiLayerNet(6, [7, 7], 4, use_batchnorm=True, weight_decay_lambda=0.05,
                      rng=np.random.default_rng(37))
        for _ in range(2)
    ]  # fmt: skip
    optimizers = [make_optimizer(name, 0.05) for _ in nets]
    x, t = small_batch(38, n=10, classes=4)
    for _ in range(3):
        _, grads = nets[0].gradient(x, t)
        optimizers[0].update(nets[0].params, grads)
        nets[1].gradient(x, t)
        optimizers[1].update({"theta": nets[1].theta}, {"theta": nets[1].grad})
    np.testing.assert_array_equal(nets[0].theta, nets[1].theta)  # elementwise rules: same bits
    assert not np.allclose(nets[0].theta, MultiLayerNet(
        6, [7, 7], 4, use_batchnorm=True, rng=np.random.default_rng(37)).theta)  # fmt: skip


def test_health_is_each_layers_activation_and_gradient_std_at_the_last_step():
    rng = np.random.default_rng(3)
    net = MultiLayerNet(6, [5, 4], 3, dropout_ratio=0.2, rng=rng)
    x, t = rng.standard_normal((8, 6)).astype(np.float32), rng.integers(0, 3, 8)
    net.gradient(x, t)
    health = net.health()
    assert [row[0] for row in health] == [1, 2, 3]
    for k, activation, gradient in health:
        if k < 3:  # what hidden layer k passed on: the next Affine's input
            assert activation == pytest.approx(float(np.std(net.affines[k].x)), rel=1e-4)
        else:
            assert np.isnan(activation)  # the output layer's scores are not an activation
        assert gradient == pytest.approx(float(np.std(net.grads[f"W{k}"])), rel=1e-4)


def test_health_of_a_blown_up_layer_is_not_finite_or_huge():
    rng = np.random.default_rng(4)
    net = MultiLayerNet(20, [30, 30, 30], 3, weight_init_std=50.0, rng=rng)
    x, t = rng.standard_normal((8, 20)).astype(np.float32), rng.integers(0, 3, 8)
    with np.errstate(all="ignore"):
        net.gradient(x, t)
    stds = [activation for _, activation, _ in net.health()[:-1]]
    assert stds[0] > 100 and (not np.isfinite(stds[-1]) or stds[-1] > stds[0] * 100)
