"""Tests for engine/layers.py and engine/initializers.py: every layer's backward is the derivative
of its forward, no backward writes into the gradient it was handed, and the book's conventions
(BatchNormalization statistics, Dropout scaling, Xavier/He scales) hold."""

import contextlib
import math
import warnings

import numpy as np
import pytest

from engine.gradient import numerical_gradient
from engine.initializers import init_weight, weight_scale
from engine.layers import (
    Affine,
    BatchNormalization,
    Dropout,
    Relu,
    Sigmoid,
    SoftmaxWithLoss,
    Tanh,
)

TOLERANCE = 1e-6


def rel_error(analytic, numeric):
    """Largest |a - n| relative to the largest gradient entry of the same array.

    Arrays whose gradients are all ~0 are compared absolutely (1e-10 of either is noise).
    """
    analytic, numeric = np.asarray(analytic, np.float64), np.asarray(numeric, np.float64)
    diff = float(np.max(np.abs(analytic - numeric)))
    scale = max(float(np.max(np.abs(analytic))), float(np.max(np.abs(numeric))))
    return diff / scale if scale > 1e-10 else diff


def away_from_zero(rng, shape, margin=0.1):
    """N(0, 1) draws with |x| >= margin, so ReLU's kink is never inside a finite difference."""
    x = rng.standard_normal(shape)
    return np.where(np.abs(x) < margin, np.copysign(margin, x) + x, x)


@contextlib.contextmanager
def numpy_warnings_as_errors():
    """NumPy's default floating-point state (overflow, invalid, divide warn; underflow is silent),
    set explicitly in case an earlier test left another one behind, with warnings raised."""
    with np.errstate(over="warn", invalid="warn", divide="warn", under="ignore"):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            yield


class FixedUniforms:
    """A stand-in Generator whose uniform draws are the given array (to test Dropout's rule)."""

    def __init__(self, u):
        self.u = np.asarray(u, dtype=np.float64)

    def random(self, size=None, dtype=np.float64, out=None):
        return self.u.reshape(size).astype(dtype)

    def uniform(self, low=0.0, high=1.0, size=None):
        return self.u.reshape(size)


# --- the numerical-gradient tool itself ------------------------------------------------------


def test_numerical_gradient_matches_a_known_derivative_and_restores_its_input():
    x = np.array([[0.5, -1.0, 2.0], [1.5, 0.0, -0.3]])
    before = x.copy()
    grad = numerical_gradient(lambda: float(np.sum(x**3)), x)
    np.testing.assert_allclose(grad, 3 * before**2, rtol=1e-8, atol=1e-9)
    np.testing.assert_array_equal(x, before)


# --- gradient checks, one layer at a time (float64, batch of 5) ------------------------------


def check_layer_gradients(layer, x, dout, params=()):
    """Backward of L = sum(forward(x) * dout) against centred differences for x and params.

    params: (array, name of the layer's gradient attribute) pairs; the arrays are the layer's own
    (changed in place by the numerical gradient and restored).
    """
    layer.forward(x, train_flg=True)
    dx = layer.backward(dout.copy())
    analytic = {"x": dx, **{name: getattr(layer, name) for _, name in params}}

    def loss():
        return float(np.sum(layer.forward(x, train_flg=True) * dout))

    numeric = {"x": numerical_gradient(loss, x)}
    for array, name in params:
        numeric[name] = numerical_gradient(loss, array)
    errors = {k: rel_error(analytic[k], numeric[k]) for k in numeric}
    assert all(e < TOLERANCE for e in errors.values()), errors
    return errors


def test_affine_gradients_match_numerical():
    rng = np.random.default_rng(1)
    W, b = rng.standard_normal((4, 3)), rng.standard_normal(3)
    layer = Affine(W, b)
    check_layer_gradients(
        layer, rng.standard_normal((5, 4)), rng.standard_normal((5, 3)), [(W, "dW"), (b, "db")]
    )


def test_affine_without_input_gradient_still_computes_weight_gradients():
    rng = np.random.default_rng(2)
    W, b = rng.standard_normal((4, 3)), rng.standard_normal(3)
    x, dout = rng.standard_normal((5, 4)), rng.standard_normal((5, 3))
    layer = Affine(W, b, input_grad=False)
    layer.forward(x)
    assert layer.backward(dout).size == 0  # no dx: nothing uses it
    np.testing.assert_allclose(layer.dW, x.T @ dout, rtol=1e-12)
    np.testing.assert_allclose(layer.db, dout.sum(axis=0), rtol=1e-12)


@pytest.mark.parametrize("make", [Relu, Sigmoid, Tanh], ids=["relu", "sigmoid", "tanh"])
def test_activation_gradients_match_numerical(make):
    rng = np.random.default_rng(3)
    check_layer_gradients(make(), away_from_zero(rng, (5, 6)), rng.standard_normal((5, 6)))


def test_batchnorm_gradients_match_numerical_for_x_gamma_and_beta():
    rng = np.random.default_rng(4)
    gamma, beta = 1.0 + 0.5 * rng.standard_normal(3), rng.standard_normal(3)
    layer = BatchNormalization(gamma, beta)
    x = 2.0 + 3.0 * rng.standard_normal((6, 3))
    errors = check_layer_gradients(
        layer, x, rng.standard_normal((6, 3)), [(gamma, "dgamma"), (beta, "dbeta")]
    )
    assert set(errors) == {"x", "dgamma", "dbeta"}


@pytest.mark.parametrize("inverted", [False, True], ids=["book", "inverted"])
def test_dropout_gradient_with_a_held_mask_matches_numerical(inverted):
    rng = np.random.default_rng(5)
    layer = Dropout(np.random.default_rng(0), 0.4, inverted=inverted)
    x = rng.standard_normal((6, 8))
    layer.forward(x, train_flg=True)
    mask = layer.mask.copy()
    assert mask.any() and not mask.all()  # the check must exercise both kept and dropped units
    layer.hold_mask = True
    check_layer_gradients(layer, x, rng.standard_normal((6, 8)))
    np.testing.assert_array_equal(layer.mask, mask)


@pytest.mark.parametrize("dout", [1.0, 2.5])
def test_softmax_with_loss_gradient_matches_numerical(dout):
    rng = np.random.default_rng(6)
    x, t = rng.standard_normal((5, 4)), np.array([0, 3, 1, 1, 2])
    layer = SoftmaxWithLoss()
    layer.forward(x, t)
    dx = layer.backward(dout)
    numeric = numerical_gradient(lambda: dout * layer.forward(x, t), x)
    assert rel_error(dx, numeric) < TOLERANCE


def test_softmax_with_loss_is_the_mean_cross_entropy():
    rng = np.random.default_rng(7)
    x, t = rng.standard_normal((6, 5)), np.array([4, 0, 2, 2, 1, 3])
    p = np.exp(x) / np.exp(x).sum(axis=1, keepdims=True)
    expected = -np.mean(np.log(p[np.arange(6), t]))
    assert SoftmaxWithLoss().forward(x, t) == pytest.approx(expected, rel=1e-12)


# --- a backward never writes into the gradient it was handed --------------------------------


def _layers_for_purity():
    rng = np.random.default_rng(8)
    return {
        "affine": Affine(rng.standard_normal((6, 6)), rng.standard_normal(6)),
        "affine_no_dx": Affine(rng.standard_normal((6, 6)), rng.standard_normal(6), False),
        "relu": Relu(),
        "sigmoid": Sigmoid(),
        "tanh": Tanh(),
        "batchnorm": BatchNormalization(np.full(6, 1.5), np.full(6, 0.5)),
        "dropout_book": Dropout(np.random.default_rng(1), 0.5),
        "dropout_inverted": Dropout(np.random.default_rng(1), 0.5, inverted=True),
    }


@pytest.mark.parametrize("name", list(_layers_for_purity()))
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_backward_never_writes_into_dout_and_forward_never_into_x(name, dtype):
    layer = _layers_for_purity()[name]
    rng = np.random.default_rng(9)
    x = rng.standard_normal((7, 6)).astype(dtype)  # negatives: the book's ReLU zeroes dout there
    dout = rng.standard_normal((7, 6)).astype(dtype)
    x_copy, dout_copy = x.copy(), dout.copy()
    layer.forward(x, train_flg=True)
    layer.backward(dout)
    np.testing.assert_array_equal(dout, dout_copy)
    np.testing.assert_array_equal(x, x_copy)


def test_softmax_with_loss_leaves_scores_untouched_and_backward_is_a_fresh_array():
    x = np.array([[1.0, 2.0, 3.0], [0.5, -1.0, 0.0]])
    x_copy = x.copy()
    layer = SoftmaxWithLoss()
    layer.forward(x, np.array([2, 0]))
    first = layer.backward()
    first_copy = first.copy()
    first *= 100  # a caller scaling the returned gradient must not change the next backward
    np.testing.assert_array_equal(layer.backward(), first_copy)
    np.testing.assert_array_equal(x, x_copy)


# --- numerical stability ---------------------------------------------------------------------


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_sigmoid_of_plus_minus_1000_is_0_and_1_without_warnings(dtype):
    x = np.array([[-1000.0, 1000.0], [-50.0, 50.0]], dtype=dtype)
    layer = Sigmoid()
    with numpy_warnings_as_errors():
        out = layer.forward(x)
        dx = layer.backward(np.ones_like(x))
    assert out.dtype == dtype
    np.testing.assert_allclose(out, [[0.0, 1.0], [0.0, 1.0]], rtol=0, atol=1e-12)
    assert np.all(np.isfinite(dx)) and np.all(np.abs(dx) < 1e-12)


def test_sigmoid_matches_the_logistic_function_where_it_is_representable():
    x = np.linspace(-30, 30, 601).reshape(1, -1)
    np.testing.assert_allclose(Sigmoid().forward(x), 1 / (1 + np.exp(-x)), rtol=0, atol=1e-15)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_softmax_with_loss_is_finite_for_huge_logits(dtype):
    x = np.array([[1000.0, 0.0, -1000.0], [0.0, 1e4, 0.0]], dtype=dtype)
    t = np.array([1, 1])
    layer = SoftmaxWithLoss()
    with numpy_warnings_as_errors():
        loss = layer.forward(x, t)
        dx = layer.backward()
    # Row 0: -log softmax = 1000 + log(1 + e^-1000 + e^-2000) = 1000; row 1: ~0.
    assert loss == pytest.approx(500.0, rel=1e-6)
    assert np.all(np.isfinite(dx))
    np.testing.assert_allclose(dx.sum(axis=1), 0.0, atol=1e-6)


# --- BatchNormalization ----------------------------------------------------------------------


def bn_reference(x, gamma, beta, mean, var, eps=1e-6):
    return gamma * (x - mean) / np.sqrt(var + eps) + beta


def test_batchnorm_defaults_are_the_books():
    layer = BatchNormalization(np.ones(3), np.zeros(3))
    assert (layer.momentum, layer.eps) == (0.9, 1e-6)
    np.testing.assert_array_equal(layer.running_mean, np.zeros(3))
    np.testing.assert_array_equal(layer.running_var, np.zeros(3))


def test_batchnorm_training_uses_batch_mean_and_biased_variance():
    rng = np.random.default_rng(10)
    # Column 2 has a variance near eps, so dropping eps (or using 1/(N-1)) would show.
    x = np.column_stack(
        [5 + 3 * rng.standard_normal(8), rng.standard_normal(8), 1e-3 * rng.standard_normal(8)]
    )
    gamma, beta = np.array([1.0, 2.0, 0.5]), np.array([0.0, -1.0, 3.0])
    out = BatchNormalization(gamma, beta).forward(x, train_flg=True)
    expected = bn_reference(x, gamma, beta, x.mean(axis=0), x.var(axis=0, ddof=0))
    np.testing.assert_allclose(out, expected, rtol=1e-12, atol=1e-12)


def test_batchnorm_running_statistics_move_with_momentum_0_9_from_zero():
    rng = np.random.default_rng(11)
    x1, x2 = 4 + rng.standard_normal((10, 3)), -2 + 3 * rng.standard_normal((10, 3))
    layer = BatchNormalization(np.ones(3), np.zeros(3))
    layer.forward(x1, train_flg=True)
    np.testing.assert_allclose(layer.running_mean, 0.1 * x1.mean(axis=0), rtol=1e-12)
    np.testing.assert_allclose(layer.running_var, 0.1 * x1.var(axis=0), rtol=1e-12)
    layer.forward(x2, train_flg=True)
    np.testing.assert_allclose(
        layer.running_mean, 0.9 * 0.1 * x1.mean(axis=0) + 0.1 * x2.mean(axis=0), rtol=1e-12
    )
    np.testing.assert_allclose(
        layer.running_var, 0.9 * 0.1 * x1.var(axis=0) + 0.1 * x2.var(axis=0), rtol=1e-12
    )


def test_batchnorm_evaluation_uses_running_statistics_and_leaves_them_alone():
    rng = np.random.default_rng(12)
    gamma, beta = np.array([2.0, 0.5]), np.array([1.0, -1.0])
    layer = BatchNormalization(gamma, beta)
    for _ in range(3):
        layer.forward(3 + 2 * rng.standard_normal((16, 2)), train_flg=True)
    mean, var = layer.running_mean.copy(), layer.running_var.copy()
    x = rng.standard_normal((5, 2))
    out = layer.forward(x, train_flg=False)
    np.testing.assert_allclose(out, bn_reference(x, gamma, beta, mean, var), rtol=1e-12)
    np.testing.assert_array_equal(layer.running_mean, mean)
    np.testing.assert_array_equal(layer.running_var, var)
    # One row evaluated alone gives the same answer: evaluation does not look at the batch.
    np.testing.assert_allclose(layer.forward(x[:1], train_flg=False), out[:1], rtol=1e-12)


def test_batchnorm_of_one_sample_outputs_beta_and_passes_back_zero():
    gamma, beta = np.array([1.5, 2.0, 0.3]), np.array([0.25, -1.0, 4.0])
    layer = BatchNormalization(gamma, beta)
    out = layer.forward(np.array([[3.0, -7.0, 0.5]]), train_flg=True)
    np.testing.assert_allclose(out, beta[None, :], rtol=0, atol=1e-12)
    dx = layer.backward(np.array([[0.7, -1.3, 2.0]]))
    np.testing.assert_allclose(dx, 0.0, rtol=0, atol=1e-12)
    np.testing.assert_allclose(layer.dgamma, 0.0, rtol=0, atol=1e-12)


# --- Dropout: the book's convention and the inverted one -------------------------------------

UNIFORMS = np.array([[0.125, 0.5, 0.75, 0.25], [0.875, 0.375, 0.5, 0.625]])


def test_dropout_keeps_a_unit_only_where_the_uniform_draw_exceeds_the_ratio():
    layer = Dropout(FixedUniforms(UNIFORMS), dropout_ratio=0.5)
    layer.forward(np.ones((2, 4)), train_flg=True)
    # 0.5 is not > 0.5: a draw equal to the ratio drops the unit.
    np.testing.assert_array_equal(layer.mask, UNIFORMS > 0.5)
    assert layer.mask.dtype == bool


def test_book_dropout_does_not_rescale_while_training_and_scales_by_1_minus_ratio_in_eval():
    x = np.arange(1.0, 9.0).reshape(2, 4)
    layer = Dropout(FixedUniforms(UNIFORMS), dropout_ratio=0.5)
    np.testing.assert_array_equal(layer.forward(x, train_flg=True), np.where(UNIFORMS > 0.5, x, 0))
    np.testing.assert_allclose(layer.forward(x, train_flg=False), x * 0.5, rtol=1e-15)
    dout = np.full((2, 4), 3.0)
    np.testing.assert_array_equal(layer.backward(dout), np.where(UNIFORMS > 0.5, 3.0, 0.0))


def test_inverted_dropout_scales_by_1_over_keep_while_training_and_is_identity_in_eval():
    x = np.arange(1.0, 9.0).reshape(2, 4)
    layer = Dropout(FixedUniforms(UNIFORMS), dropout_ratio=0.5, inverted=True)
    np.testing.assert_allclose(
        layer.forward(x, train_flg=True), np.where(UNIFORMS > 0.5, 2 * x, 0), rtol=1e-15
    )
    np.testing.assert_array_equal(layer.forward(x, train_flg=False), x)
    np.testing.assert_allclose(
        layer.backward(np.ones((2, 4))), np.where(UNIFORMS > 0.5, 2.0, 0.0), rtol=1e-15
    )


@pytest.mark.parametrize("inverted", [False, True], ids=["book", "inverted"])
def test_dropout_training_output_has_the_expected_value_of_the_eval_output(inverted):
    ratio = 0.3
    x = np.full((400, 500), 2.0)
    layer = Dropout(np.random.default_rng(13), ratio, inverted=inverted)
    train_mean = layer.forward(x, train_flg=True).mean()
    eval_mean = layer.forward(x, train_flg=False).mean()
    assert eval_mean == pytest.approx(2.0 if inverted else 2.0 * (1 - ratio), rel=1e-12)
    # 200,000 Bernoulli draws: the kept share has a standard deviation near 0.001.
    assert train_mean == pytest.approx(eval_mean, rel=0.01)
    assert 1 - layer.mask.mean() == pytest.approx(ratio, abs=0.005)


def test_dropout_mask_is_the_last_training_forwards_and_hold_mask_reuses_it():
    rng = np.random.default_rng(14)
    x = rng.standard_normal((20, 30)) + 10  # no zeros in x, so zeros in out are dropped units
    layer = Dropout(np.random.default_rng(0), 0.5)
    out = layer.forward(x, train_flg=True)
    assert layer.mask.shape == x.shape
    np.testing.assert_array_equal(layer.mask, out != 0)
    first = layer.mask.copy()
    layer.forward(x, train_flg=False)
    np.testing.assert_array_equal(layer.mask, first)  # evaluation draws no mask
    layer.forward(x, train_flg=True)
    assert not np.array_equal(layer.mask, first)  # a new draw each training forward
    layer.hold_mask = True
    held = layer.mask.copy()
    layer.forward(x, train_flg=True)
    np.testing.assert_array_equal(layer.mask, held)


# --- initializers ----------------------------------------------------------------------------


def test_named_scales_are_xavier_sqrt_1_over_n_and_he_sqrt_2_over_n():
    assert weight_scale("xavier", 400) == pytest.approx(math.sqrt(1 / 400), rel=1e-15)
    assert weight_scale("he", 400) == pytest.approx(math.sqrt(2 / 400), rel=1e-15)
    assert weight_scale("He", 50) == pytest.approx(math.sqrt(2 / 50), rel=1e-15)
    assert weight_scale(0.01, 400) == 0.01


@pytest.mark.parametrize(
    "init, expected_std",
    [("xavier", math.sqrt(1 / 1000)), ("he", math.sqrt(2 / 1000)), (0.05, 0.05), (1.0, 1.0)],
)
def test_initial_weights_have_the_named_std_and_zero_mean(init, expected_std):
    w = init_weight(np.random.default_rng(15), 1000, 800, init)
    # 800,000 draws: the sample std is within ~0.1 % of the true one.
    assert w.shape == (1000, 800) and w.dtype == np.float32
    assert w.std() == pytest.approx(expected_std, rel=0.01)
    assert abs(w.mean()) < 0.01 * expected_std


def test_initial_weights_honour_the_requested_dtype():
    assert init_weight(np.random.default_rng(0), 3, 4, "he", dtype=np.float64).dtype == np.float64


@pytest.mark.parametrize("name", ["relu", "sigmoid", "tanh"])
def test_an_activation_written_into_x_equals_its_forward_and_keeps_what_backward_needs(name):
    # The histograms push every layer through its activation inside one kept array: out=x.
    rng = np.random.default_rng(12)
    x, dout = rng.standard_normal((7, 6)), rng.standard_normal((7, 6))
    plain, in_place = _layers_for_purity()[name], _layers_for_purity()[name]
    expected = plain.forward(x.copy(), train_flg=True)
    result = in_place.forward(x, out=x)
    assert result is x
    np.testing.assert_array_equal(result, expected)
    np.testing.assert_array_equal(in_place.backward(dout), plain.backward(dout))


def test_relu_keeps_its_mask_from_training_and_evaluation_leaves_it_alone():
    # Evaluation in place runs every activation for every evaluated row: it keeps nothing.
    rng = np.random.default_rng(13)
    layer = Relu()
    x, dout = rng.standard_normal((7, 6)), rng.standard_normal((7, 6))
    layer.forward(x, train_flg=True)
    layer.forward(-x, train_flg=False)  # the opposite signs: a new mask would show
    np.testing.assert_array_equal(layer.backward(dout), np.where(x > 0, dout, 0.0))


def test_affine_writes_its_gradients_into_the_given_arrays():
    rng = np.random.default_rng(11)
    W, b = rng.standard_normal((4, 3)), rng.standard_normal(3)
    dW, db = np.empty((4, 3)), np.empty(3)
    layer = Affine(W, b, dW=dW, db=db)
    x, dout = rng.standard_normal((5, 4)), rng.standard_normal((5, 3))
    np.testing.assert_allclose(layer.forward(x), x @ W + b, rtol=1e-12)
    layer.backward(dout)
    assert layer.dW is dW and layer.db is db
    np.testing.assert_allclose(dW, x.T @ dout, rtol=1e-12)
    np.testing.assert_allclose(db, dout.sum(axis=0), rtol=1e-12)
