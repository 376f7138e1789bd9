"""Tests for engine/fast_network.py: FastMultiLayerNet computes what the book's
MultiLayerNetExtend computes (random networks, both dtypes, BatchNorm and dropout on and off),
and its own machinery (evaluation in place and in batches, one parameter vector, health) holds."""

import numpy as np
import pytest

from engine.fast_network import FastMultiLayerNet, _evaluate_in_place
from engine.layers import BatchNormalization, Dropout, Relu, Sigmoid, Tanh
from engine.network import MultiLayerNetExtend
from engine.optimizers import SGD, make_optimizer


def small_batch(seed, n=8, d=6, classes=4):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, d)), rng.integers(0, classes, size=n)


# --- the same numbers as the book's class ----------------------------------------------------


def random_settings(rng, use_batchnorm, dropout, dtype):
    """MultiLayerNetExtend's arguments for a random small network: depth 1-4, widths 2-15."""
    return {
        "input_size": int(rng.integers(3, 12)),
        "hidden_size_list": [int(n) for n in rng.integers(2, 16, size=rng.integers(1, 5))],
        "output_size": int(rng.integers(2, 6)),
        "activation": ("relu", "sigmoid", "tanh")[rng.integers(3)],
        "weight_init_std": (0.5, "xavier", "he")[rng.integers(3)],
        "use_batchnorm": use_batchnorm,
        "dropout_ratio": 0.3 if dropout else 0.0,
        "dropout_mode": ("book", "inverted")[rng.integers(2)],
        "weight_decay_lambda": (0.0, 0.1, 0.5)[rng.integers(3)],
        "dtype": dtype,
    }


def book_decay(net):
    return sum(0.5 * net.weight_decay_lambda * float(np.sum(w**2)) for k, w in
               net.params.items() if k.startswith("W"))  # fmt: skip


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("dropout", [False, True], ids=["no-dropout", "dropout"])
@pytest.mark.parametrize("use_batchnorm", [False, True], ids=["no-bn", "bn"])
def test_fast_network_trains_and_evaluates_exactly_as_the_book_network(
    use_batchnorm, dropout, dtype
):
    # Same seed: same initial weights and the same dropout masks (both draw from their own
    # Generator in the same order). Three SGD steps, then evaluation. The gradients, weights and
    # running statistics are the same numbers; a loss may differ in its last bits only, where the
    # fast class sums W**2 over all weights in one dot product.
    rng = np.random.default_rng([int(use_batchnorm), int(dropout), np.dtype(dtype).itemsize])
    loss_tolerance = 1e-5 if dtype == np.float32 else 1e-12
    for _ in range(3):
        settings = random_settings(rng, use_batchnorm, dropout, dtype)
        seed = int(rng.integers(1000))
        book = MultiLayerNetExtend(**settings, rng=np.random.default_rng(seed))
        fast = FastMultiLayerNet(**settings, rng=np.random.default_rng(seed))
        sgd_book, sgd_fast = SGD(0.1), SGD(0.1)
        d, classes = settings["input_size"], settings["output_size"]
        for _ in range(3):
            x = rng.standard_normal((6, d)).astype(dtype)
            t = rng.integers(0, classes, size=6)
            grads = book.gradient(x, t)
            loss, fast_grads = fast.loss_and_gradient(x, t)
            assert loss == pytest.approx(
                book.last_layer.loss + book_decay(book), rel=loss_tolerance
            ), settings
            assert list(fast_grads) == list(grads) == list(book.params)
            for key in grads:
                np.testing.assert_array_equal(fast_grads[key], grads[key], err_msg=key)
            for key, layer in book.layers.items():
                if isinstance(layer, Dropout):
                    np.testing.assert_array_equal(fast.layers[key].mask, layer.mask)
            sgd_book.update(book.params, grads)
            sgd_fast.update({"theta": fast.theta}, {"theta": fast.grad})
        for key in book.params:
            np.testing.assert_array_equal(fast.params[key], book.params[key], err_msg=key)
        for key, layer in book.layers.items():
            if isinstance(layer, BatchNormalization):
                np.testing.assert_array_equal(fast.layers[key].running_var, layer.running_var)
        x = rng.standard_normal((40, d)).astype(dtype)
        t = rng.integers(0, classes, size=40)
        assert fast.loss(x, t) == pytest.approx(book.loss(x, t), rel=loss_tolerance), settings
        np.testing.assert_array_equal(fast.predict_labels(x), book.predict(x).argmax(axis=1))
        assert fast.accuracy(x, t) == book.accuracy(x, t)


@pytest.mark.parametrize(
    "layer",
    [
        Relu(),
        Sigmoid(),
        Tanh(),
        BatchNormalization(np.full(6, 1.5), np.full(6, 0.5)),
        Dropout(np.random.default_rng(1), 0.5),
        Dropout(np.random.default_rng(1), 0.5, inverted=True),
    ],
    ids=["relu", "sigmoid", "tanh", "batchnorm", "dropout_book", "dropout_inverted"],
)
def test_evaluation_in_place_equals_the_layers_own_evaluation_forward(layer):
    rng = np.random.default_rng(10)
    x = rng.standard_normal((7, 6))
    if isinstance(layer, BatchNormalization):  # give it running statistics to use
        layer.forward(3 + 2 * rng.standard_normal((16, 6)), train_flg=True)
    expected = layer.forward(x.copy(), train_flg=False)
    result = _evaluate_in_place(layer, x)
    assert result is x
    np.testing.assert_allclose(result, expected, rtol=1e-12, atol=0)


def test_evaluation_in_place_falls_back_to_the_forward_of_a_layer_it_does_not_know():
    class Double:
        def forward(self, x, train_flg=True):
            return 2 * x

    x = np.ones((2, 3))
    np.testing.assert_array_equal(_evaluate_in_place(Double(), x), np.full((2, 3), 2.0))
    np.testing.assert_array_equal(x, 1.0)  # not in place: the layer's own forward


# --- dtypes ----------------------------------------------------------------------------------


def test_network_is_float32_by_default_everywhere():
    net = FastMultiLayerNet(6, [5, 5], 3, use_batchnorm=True, dropout_ratio=0.2)
    x, t = small_batch(27, classes=3)  # float64 input: the network casts it
    assert net.dtype == np.float32
    assert all(p.dtype == np.float32 for p in net.params.values())
    assert net.predict(x).dtype == np.float32
    grads = net.gradient(x, t)
    assert {k: g.dtype for k, g in grads.items()} == {k: np.dtype(np.float32) for k in grads}


def test_network_is_float64_on_request():
    net = FastMultiLayerNet(6, [5], 3, use_batchnorm=True, dtype=np.float64)
    x, t = small_batch(28, classes=3)
    assert all(p.dtype == np.float64 for p in net.params.values())
    assert net.predict(x.astype(np.float32)).dtype == np.float64
    assert all(g.dtype == np.float64 for g in net.gradient(x, t).values())


# --- evaluation ------------------------------------------------------------------------------


def trained_looking_net():
    """A network whose BatchNorm running statistics have moved, with dropout in place."""
    net = FastMultiLayerNet(
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
    one_pass = net.predict(x, train_flg=False).argmax(axis=1)
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
    net = FastMultiLayerNet(5, [4, 3], 2, use_batchnorm=use_batchnorm)
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
        FastMultiLayerNet(6, [7, 7], 4, use_batchnorm=True, weight_decay_lambda=0.05,
                      rng=np.random.default_rng(37))
        for _ in range(2)
    ]  # fmt: skip
    optimizers = [make_optimizer(name, 0.05) for _ in nets]
    x, t = small_batch(38, n=10, classes=4)
    for _ in range(3):
        optimizers[0].update(nets[0].params, nets[0].gradient(x, t))
        nets[1].gradient(x, t)
        optimizers[1].update({"theta": nets[1].theta}, {"theta": nets[1].grad})
    np.testing.assert_array_equal(nets[0].theta, nets[1].theta)  # elementwise rules: same bits
    assert not np.allclose(nets[0].theta, FastMultiLayerNet(
        6, [7, 7], 4, use_batchnorm=True, rng=np.random.default_rng(37)).theta)  # fmt: skip


def test_health_is_each_layers_activation_and_gradient_std_at_the_last_step():
    rng = np.random.default_rng(3)
    net = FastMultiLayerNet(6, [5, 4], 3, dropout_ratio=0.2, rng=rng)
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
    net = FastMultiLayerNet(20, [30, 30, 30], 3, weight_init_std=50.0, rng=rng)
    x, t = rng.standard_normal((8, 20)).astype(np.float32), rng.integers(0, 3, 8)
    with np.errstate(all="ignore"):
        net.gradient(x, t)
    stds = [activation for _, activation, _ in net.health()[:-1]]
    assert stds[0] > 100 and (not np.isfinite(stds[-1]) or stds[-1] > stds[0] * 100)
