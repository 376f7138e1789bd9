"""Tests for engine/walkthroughs.py: the BatchNorm walk-through and running averages, the
gradient check experiment and the dropout masks, against numerical derivatives and the layers."""

import numpy as np
import pytest

from engine import walkthroughs
from engine.gradient import numerical_gradient
from engine.layers import BatchNormalization, BatchNormTrace
from engine.walkthroughs import batchnorm_walkthrough, gradient_check_experiment

# --- 6.3 Batch Normalization -----------------------------------------------------------------


def running_rows(frame, statistic, kind, feature=0):
    rows = frame[
        (frame["statistic"] == statistic) & (frame["kind"] == kind) & (frame["feature"] == feature)
    ]
    return rows.sort_values("step")["value"].to_numpy()


@pytest.mark.parametrize("momentum", [0.9, 0.5])
def test_running_averages_follow_the_batch_statistics_from_zero(momentum):
    """Issue 9.8: what evaluation uses. The running mean and variance start at 0 and move a
    share 1 - momentum of the way to each mini-batch's statistic."""
    frame = walkthroughs.batchnorm_running_stats(steps=40, batch_size=8, momentum=momentum, seed=3)
    for statistic in ("mean", "var"):
        batch = running_rows(frame, statistic, "batch")
        running = running_rows(frame, statistic, "running")
        expected, value = [], 0.0
        for b in batch:
            value = momentum * value + (1 - momentum) * b
            expected.append(value)
        np.testing.assert_allclose(running, expected, rtol=1e-12)
    # a batch variance divides by N (biased): 8 draws of N(3, 2^2) average 4 * 7/8
    batch_var = running_rows(frame, "var", "batch")
    assert batch_var.mean() == pytest.approx(4 * 7 / 8, rel=0.25)
    assert set(running_rows(frame, "mean", "population")) == {3.0}


def test_running_mean_is_still_pulled_to_zero_after_a_few_steps_and_near_the_mean_later():
    frame = walkthroughs.batchnorm_running_stats(steps=60, batch_size=16, momentum=0.9, seed=0)
    running = running_rows(frame, "mean", "running")
    assert running[4] < 3 * (1 - 0.9**5) + 0.5  # five steps: about 41 % of the way from 0
    assert abs(running[-1] - 3) < 0.3  # 60 steps: 0.9^60 = 0.2 % of the start left


def test_running_stats_need_no_backward_pass_and_are_seeded(monkeypatch):
    def no_backward(self, dout):
        raise AssertionError("the running statistics need no gradient")

    monkeypatch.setattr(BatchNormalization, "backward", no_backward)
    a = walkthroughs.batchnorm_running_stats(steps=10, features=2, seed=1)
    b = walkthroughs.batchnorm_running_stats(steps=10, features=2, seed=1)
    c = walkthroughs.batchnorm_running_stats(steps=10, features=2, seed=2)
    assert a.equals(b) and not a.equals(c)
    assert len(a) == 10 * 2 * 2 * 3  # steps x features x statistics x kinds
    assert list(a.columns) == ["step", "feature", "statistic", "kind", "value"]


@pytest.mark.parametrize("bad", [{"momentum": 1.0}, {"momentum": 0.0}, {"steps": 0}])
def test_running_stats_refuse_settings_that_mean_nothing(bad):
    with pytest.raises(ValueError):
        walkthroughs.batchnorm_running_stats(**bad)


# --- the BatchNorm walk-through --------------------------------------------------------------


@pytest.fixture(scope="module")
def walkthrough():
    return batchnorm_walkthrough(batch_size=5, features=3, gamma=1.5, beta=0.5, seed=7)


def test_walkthrough_trace_equals_what_the_layer_itself_computes(walkthrough):
    trace, _ = walkthrough
    layer = BatchNormalization(np.full(3, 1.5), np.full(3, 0.5))
    out = layer.forward(trace.x.copy(), train_flg=True)
    dx = layer.backward(trace.dout.copy())
    np.testing.assert_allclose(trace.out, out, rtol=1e-12)
    np.testing.assert_allclose(trace.dx, dx, rtol=1e-12)
    for node in BatchNormTrace.__dataclass_fields__:
        np.testing.assert_allclose(
            getattr(trace, node), getattr(layer.trace, node), rtol=1e-12, err_msg=node
        )


def test_walkthrough_forward_nodes_are_the_chapters_formulas(walkthrough):
    trace, _ = walkthrough
    x = trace.x
    assert x.shape == (5, 3)
    np.testing.assert_allclose(trace.mu, x.mean(axis=0), rtol=1e-12)
    np.testing.assert_allclose(trace.xc, x - x.mean(axis=0), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(trace.var, x.var(axis=0), rtol=1e-12)
    np.testing.assert_allclose(trace.std, np.sqrt(x.var(axis=0) + 1e-6), rtol=1e-12)
    xn = (x - x.mean(axis=0)) / np.sqrt(x.var(axis=0) + 1e-6)
    np.testing.assert_allclose(trace.xn, xn, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(trace.out, 1.5 * xn + 0.5, rtol=1e-10)


def test_walkthrough_frame_lists_every_node_value_of_the_trace(walkthrough):
    trace, frame = walkthrough
    assert set(frame["node"]) == set(BatchNormTrace.__dataclass_fields__)
    for node, rows in frame.groupby("node"):
        value = getattr(trace, node)
        assert set(rows["phase"]) == {"backward" if node.startswith("d") else "forward"}
        if value.ndim == 2:
            assert sorted(set(rows["sample"])) == list(range(value.shape[0]))
            got = rows.sort_values(["sample", "feature"])["value"].to_numpy()
        else:
            assert set(rows["sample"]) == {-1}
            got = rows.sort_values("feature")["value"].to_numpy()
        np.testing.assert_array_equal(got, value.ravel())


def bn_loss_from(trace, node, gamma=1.5, beta=0.5, eps=1e-6):
    """L = sum(out * dout) as a function of one node of the graph, the rest of its input fixed.

    Returns (loss, value): `value` is a copy of the node that loss() reads, for the numerical
    gradient to perturb. The graph: mu -> xc -> (var -> std, xn) -> out.
    """
    x, xc, dout = trace.x, trace.xc, trace.dout
    value = np.array(getattr(trace, node), dtype=np.float64)

    def normalized():
        if node == "xn":
            return value
        if node == "std":
            return xc / value
        if node == "var":
            return xc / np.sqrt(value + eps)
        centred = x - value if node == "mu" else value  # node "xc"
        return centred / np.sqrt(np.mean(centred**2, axis=0) + eps)

    def loss():
        return float(np.sum((gamma * normalized() + beta) * dout))

    return loss, value


@pytest.mark.parametrize(
    "node, grad, sign",
    [("xn", "dxn", 1), ("std", "dstd", 1), ("var", "dvar", 1), ("xc", "dxc", 1), ("mu", "dmu", -1)],
)
def test_walkthrough_node_gradient_is_the_derivative_of_the_loss_at_that_node(
    walkthrough, node, grad, sign
):
    # A page draws these gradients node by node: each must be d(sum(out * dout)) / d(node),
    # except that dmu carries the book's sign (sum of dxc): minus the derivative at mu.
    trace, _ = walkthrough
    loss, value = bn_loss_from(trace, node)
    numeric = numerical_gradient(loss, value)
    np.testing.assert_allclose(sign * getattr(trace, grad), numeric, rtol=1e-6, atol=1e-8)


def test_walkthrough_dx_dgamma_dbeta_match_numerical_gradients(walkthrough):
    trace, _ = walkthrough
    gamma, beta = np.full(3, 1.5), np.full(3, 0.5)
    layer = BatchNormalization(gamma, beta)
    x = trace.x.copy()

    def loss():
        return float(np.sum(layer.forward(x, train_flg=True) * trace.dout))

    np.testing.assert_allclose(trace.dx, numerical_gradient(loss, x), rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(trace.dgamma, numerical_gradient(loss, gamma), rtol=1e-6)
    np.testing.assert_allclose(trace.dbeta, numerical_gradient(loss, beta), rtol=1e-6)


# --- gradient check experiment ---------------------------------------------------------------


def test_gradient_check_experiment_passes_with_a_batch_of_4():
    frame = gradient_check_experiment(batch_size=4)
    assert set(frame["param"]) == {
        "W1", "b1", "W2", "b2", "W3", "b3", "gamma1", "beta1", "gamma2", "beta2",
    }  # fmt: skip
    assert_gradients_agree(frame)


def test_gradient_check_experiment_passes_with_dropout_and_weight_decay():
    frame = gradient_check_experiment(batch_size=6, dropout_ratio=0.3, weight_decay_lambda=0.1)
    assert_gradients_agree(frame)


def assert_gradients_agree(frame):
    """Relative error < 1e-6 wherever there is a gradient. A bias just before BN has a true
    gradient of exactly 0 (BN subtracts it again); there backprop must give ~0 and the centred
    difference only its rounding noise (about 1e-16 / h = 1e-11), so the absolute gap is checked."""
    frame = frame.set_index("param")
    before_bn = ["b1", "b2"]
    assert (frame.drop(before_bn)["max_relative_error"] < 1e-6).all(), frame
    assert (frame.drop(before_bn)["max_abs_gradient"] > 1e-4).all(), frame
    assert (frame.loc[before_bn, "max_abs_gradient"] < 1e-9).all(), frame
    assert (frame.loc[before_bn, "max_abs_difference"] < 1e-9).all(), frame


def test_gradient_check_with_one_sample_and_batchnorm_gives_zero_gradients_below_bn():
    frame = gradient_check_experiment(batch_size=1).set_index("param")
    # BN of one sample outputs beta (0) whatever came in: nothing flows back into W1, b1, W2,
    # b2, and tanh(0) = 0 feeds W3, so only b3 and the betas learn anything.
    for param in ("W1", "b1", "W2", "b2", "gamma1", "gamma2", "W3"):
        assert frame.loc[param, "max_abs_gradient"] < 1e-12, param
    for param in ("b3", "beta2"):
        assert frame.loc[param, "max_abs_gradient"] > 1e-6, param


# --- dropout masks ---------------------------------------------------------------------------


@pytest.mark.parametrize("mode, factor", [("book", 1.0), ("inverted", 1 / 0.8)])
def test_dropout_masks_drop_about_the_ratio_and_report_the_training_factor(mode, factor):
    frame = walkthroughs.dropout_masks(dropout_ratio=0.2, hidden=(100,) * 6, dropout_mode=mode)
    assert len(frame) == 600 and sorted(set(frame["layer"])) == [1, 2, 3, 4, 5, 6]
    # 600 Bernoulli(0.8) draws: standard deviation of the kept share about 0.016.
    assert frame["kept"].mean() == pytest.approx(0.8, abs=0.07)
    np.testing.assert_allclose(frame["factor"], factor)
