"""Tests for engine/experiments.py: the chapter's phenomena, asserted as statistics, and the
experiments' frames, walk-through and gradient check.

Each training experiment runs once per session (module-scoped fixtures).
"""

import math
import tracemalloc

import numpy as np
import pytest

from engine import experiments, histograms, walkthroughs
from engine.experiments import BOOK_BN_SCALES
from engine.gradcheck import numerical_gradient
from engine.histograms import activation_distributions
from engine.layers import BatchNormalization, BatchNormTrace
from engine.progress import finish
from engine.walkthroughs import batchnorm_walkthrough, gradient_check_experiment


def layer_stats(activation, weight_init_std, quantity="activation", **kwargs):
    """Per-layer stats (index = layer 1..5) of one histogram experiment at the book's sizes."""
    result = activation_distributions(
        activation=activation, weight_init_std=weight_init_std, **kwargs
    )
    stats = result.stats
    return stats[stats["quantity"] == quantity].set_index("layer")


# --- 6.2 activation distributions ------------------------------------------------------------


def test_sigmoid_std1_saturates_most_activations_by_layer_5():
    stats = layer_stats("sigmoid", 1.0)
    assert stats.loc[5, "saturated"] > 0.5


def test_sigmoid_std001_collapses_every_unit_near_one_half():
    stats = layer_stats("sigmoid", 0.01)
    assert stats.loc[5, "std"] < 0.05
    assert stats.loc[5, "mean"] == pytest.approx(0.5, abs=0.01)
    assert stats.loc[5, "saturated"] == 0.0


def test_relu_he_keeps_the_per_layer_std_within_a_factor_2():
    std = layer_stats("relu", "he")["std"]
    assert len(std) == 5
    assert std.max() / std.min() < 2


def test_relu_xavier_shrinks_the_per_layer_std():
    std = layer_stats("relu", "xavier")["std"]
    assert std.loc[5] < std.loc[1] / 2


def test_relu_std001_kills_the_signal_by_layer_5():
    std = layer_stats("relu", 0.01)["std"]
    assert std.loc[5] < 1e-3


def test_relu_zeroes_about_half_the_units_whatever_the_scale():
    for init in (0.01, "xavier", "he"):
        zeros = layer_stats("relu", init)["zeros"]
        assert zeros.between(0.4, 0.6).all(), (init, zeros.tolist())


@pytest.mark.parametrize("activation", ["sigmoid", "tanh"])
def test_sigmoid_and_tanh_have_no_exact_zeros_although_float32_rounds_some(activation):
    result = activation_distributions(activation=activation, weight_init_std=1.0, gradients=True)
    assert (result.stats["zeros"] == 0).all()  # the book's table: 0 % for sigmoid
    if activation == "sigmoid":  # layer 1's inputs reach -30: (1 + tanh(x/2)) / 2 rounds to 0
        first = result.histograms.query("quantity == 'activation' and layer == 1").iloc[0]
        assert first["bin_left"] == 0.0 and first["share"] > 0.1


def test_the_histogram_budget_allows_the_most_samples_that_fit_and_refuses_one_step_more():
    most = histograms.max_samples(20, 500, True, step=100)
    assert most * 20 * 500 * 2 <= histograms.MAX_HISTOGRAM_VALUES
    assert (most + 100) * 20 * 500 * 2 > histograms.MAX_HISTOGRAM_VALUES
    with pytest.raises(ValueError, match="samples must be an integer from 1 to"):
        activation_distributions(layers=20, nodes=500, samples=most + 1, gradients=True)


def test_the_largest_histogram_setting_stays_within_250_mb():
    """The worst a link can ask for (issue 8.5: was 1.29 GB): 20 layers of 500 ReLU units with
    std 10 (blown up: inf values), gradients, and the most samples the budget allows."""
    most = histograms.max_samples(20, 500, True)
    tracemalloc.start()
    try:
        result = activation_distributions(
            layers=20,
            nodes=500,
            samples=most,
            gradients=True,
            activation="relu",
            weight_init_std=10.0,
            seed=12345,
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 250 * 2**20, f"{peak / 2**20:.0f} MB"
    assert len(result.stats) == 40


# Not std 1: there dL/d(activation) keeps a std near 1 in every layer, because the saturated
# sigmoid's small derivative (about 0.1 rms) is offset by weights 10x Xavier's (sqrt(100) * 1).
@pytest.mark.parametrize("init", ["xavier", 0.01])
def test_sigmoid_gradients_vanish_toward_the_first_layer(init):
    grad_std = layer_stats("sigmoid", init, quantity="gradient", gradients=True)["std"]
    assert grad_std.is_monotonic_increasing
    assert grad_std.loc[1] < grad_std.loc[5] / 100


def test_relu_he_keeps_the_gradient_std_within_a_factor_2():
    grad_std = layer_stats("relu", "he", quantity="gradient", gradients=True)["std"]
    assert grad_std.max() / grad_std.min() < 2


def test_activation_frames_are_long_and_consistent_with_each_other():
    result = activation_distributions(
        activation="relu", weight_init_std="he", gradients=True, bins=30, value_range=(0, 1)
    )
    hist, stats = result.histograms, result.stats
    assert {"quantity", "layer", "bin_left", "bin_right", "count", "share"} <= set(hist.columns)
    assert {"quantity", "layer", "mean", "std", "saturated", "zeros"} <= set(stats.columns)
    assert set(hist["quantity"]) == set(stats["quantity"]) == {"activation", "gradient"}
    assert (hist.groupby(["quantity", "layer"]).size() == 30).all()
    acts = hist[hist["quantity"] == "activation"]
    assert acts["bin_left"].min() == 0 and acts["bin_right"].max() == pytest.approx(1)
    np.testing.assert_allclose(acts["bin_right"] - acts["bin_left"], 1 / 30)
    # Values above 1 are left out of the (0, 1) range, so shares sum to less than 1...
    share = acts.groupby("layer")["share"].sum()
    assert ((share > 0.5) & (share < 1)).all()
    # ...and the first bin holds at least every exact zero.
    first_bin = acts[acts["bin_left"] == 0].set_index("layer")["share"]
    act_stats = stats[stats["quantity"] == "activation"].set_index("layer")
    assert (first_bin >= act_stats["zeros"]).all()


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
def test_histogram_over_all_values_counts_every_value_and_agrees_with_the_mean(activation):
    result = activation_distributions(activation=activation, weight_init_std="xavier", bins=50)
    hist, stats = result.histograms, result.stats.set_index("layer")
    for layer, rows in hist.groupby("layer"):
        assert rows["count"].sum() == 1000 * 100
        assert rows["share"].sum() == pytest.approx(1.0)
        width = float((rows["bin_right"] - rows["bin_left"]).iloc[0])
        centre_mean = float(np.sum(rows["share"] * (rows["bin_left"] + rows["bin_right"]) / 2))
        assert centre_mean == pytest.approx(stats.loc[layer, "mean"], abs=width / 2)


def test_activation_distributions_are_deterministic_under_a_seed():
    a = activation_distributions(seed=3).stats
    b = activation_distributions(seed=3).stats
    c = activation_distributions(seed=4).stats
    assert a.equals(b)
    assert not np.allclose(a["std"], c["std"])


def test_activation_distributions_without_gradients_report_only_activations():
    result = activation_distributions(layers=3)
    assert set(result.stats["quantity"]) == {"activation"}
    assert result.stats["layer"].tolist() == [1, 2, 3]


# --- 6.2 init comparison on MNIST ------------------------------------------------------------

INIT_ITERATIONS = 600  # the book runs 2,000; the ordering is already clear here


@pytest.fixture(scope="module")
def init_frame():
    progress = finish(experiments.init_comparison(iterations=INIT_ITERATIONS))
    assert progress.diverged == {}
    return progress.frame


def test_init_comparison_has_one_loss_per_iteration_per_init(init_frame):
    assert set(init_frame["init"]) == {"0.01", "xavier", "he"}
    for _, rows in init_frame.groupby("init"):
        assert rows["iteration"].tolist() == list(range(1, INIT_ITERATIONS + 1))
        assert np.isfinite(rows["loss"]).all()


def test_he_and_xavier_learn_while_std001_stays_at_ln10(init_frame):
    late = init_frame[init_frame["iteration"] > INIT_ITERATIONS - 100]
    loss = late.groupby("init")["loss"].mean()
    assert loss["0.01"] == pytest.approx(math.log(10), abs=0.02)
    assert loss["xavier"] < loss["0.01"] - 0.8
    assert loss["he"] < loss["0.01"] - 1.5
    assert loss["he"] < loss["xavier"]


def test_init_comparison_trains_with_the_optimizer_asked_for():
    """Issue 9.8: the optimizer choice on the weight-init page. SGD stays the default (the
    book's script, and the run the server trains at start); Adam gives other curves."""
    sgd = finish(experiments.init_comparison(iterations=30)).frame
    default = finish(experiments.init_comparison(iterations=30, optimizer="sgd")).frame
    adam = finish(experiments.init_comparison(iterations=30, optimizer="adam", lr=0.001)).frame
    assert sgd.equals(default)
    he = {"sgd": sgd, "adam": adam}
    he = {name: f[f["init"] == "he"]["loss"].to_numpy() for name, f in he.items()}
    assert he["sgd"][0] == pytest.approx(he["adam"][0])  # the same start: same weights, batch
    assert not np.allclose(he["sgd"][1:], he["adam"][1:])
    assert he["adam"][-10:].mean() < he["sgd"][-10:].mean()  # Adam moves faster early on
    with pytest.raises(ValueError):
        experiments.init_comparison(optimizer="rmsprop")


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


@pytest.fixture(scope="module")
def bn_progress():
    return finish(experiments.batchnorm_comparison(weight_init_std=0.01, epochs=20))


def test_batchnorm_beats_no_batchnorm_at_scale_001_within_20_epochs(bn_progress):
    frame = bn_progress.frame
    final = frame[frame["epoch"] == 20].set_index("batchnorm")["train_acc"]
    assert final[True] > final[False] + 0.3, final.to_dict()


def test_batchnorm_comparison_rows_cover_both_runs_and_every_epoch(bn_progress):
    frame = bn_progress.frame
    assert bn_progress.fraction == 1.0 and bn_progress.diverged == {}
    for bn in (True, False):
        rows = frame[frame["batchnorm"] == bn]
        assert rows["epoch"].tolist() == list(range(21))
        assert rows["iteration"].tolist() == [10 * e for e in range(21)]  # 1,000 / 100 per epoch
        assert rows["train_acc"].between(0, 1).all()
    assert (frame["weight_init_std"] == 0.01).all()


def test_batchnorm_grid_runs_every_scale_with_and_without_batchnorm():
    with np.errstate():  # see finish() above
        progresses = list(experiments.batchnorm_grid(scales=(1.0, 0.01), epochs=2, train_size=100))
    assert [p.fraction for p in progresses] == [0.5, 1.0]
    frame = progresses[-1].frame
    assert len(frame) == 2 * 2 * 3
    counts = frame.groupby(["weight_init_std", "batchnorm"]).size()
    assert set(counts.index) == {(1.0, True), (1.0, False), (0.01, True), (0.01, False)}
    assert (counts == 3).all()


def test_book_grid_is_16_scales_from_1_to_1e_minus_4():
    assert len(BOOK_BN_SCALES) == 16
    assert BOOK_BN_SCALES[0] == pytest.approx(1.0) and BOOK_BN_SCALES[-1] == pytest.approx(1e-4)
    assert BOOK_BN_SCALES[1] == pytest.approx(0.541, abs=5e-4)
    assert all(a > b for a, b in zip(BOOK_BN_SCALES, BOOK_BN_SCALES[1:], strict=False))


# --- the BatchNorm walk-through --------------------------------------------------------------


@pytest.fixture(scope="module")
def walkthrough():
    return batchnorm_walkthrough(batch_size=5, features=3, gamma=1.5, beta=0.5, seed=7)


def test_walkthrough_trace_equals_what_the_layer_itself_computes(walkthrough):
    trace, _ = walkthrough
    layer = BatchNormalization(np.full(3, 1.5), np.full(3, 0.5))
    out = layer.forward(trace.x.copy(), train=True)
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
    "node, grad", [("xn", "dxn"), ("std", "dstd"), ("var", "dvar"), ("xc", "dxc"), ("mu", "dmu")]
)
def test_walkthrough_node_gradient_is_the_derivative_of_the_loss_at_that_node(
    walkthrough, node, grad
):
    # A page draws these gradients node by node: each must be d(sum(out * dout)) / d(node).
    trace, _ = walkthrough
    loss, value = bn_loss_from(trace, node)
    numeric = numerical_gradient(loss, value)
    np.testing.assert_allclose(getattr(trace, grad), numeric, rtol=1e-6, atol=1e-8)


def test_walkthrough_dx_dgamma_dbeta_match_numerical_gradients(walkthrough):
    trace, _ = walkthrough
    gamma, beta = np.full(3, 1.5), np.full(3, 0.5)
    layer = BatchNormalization(gamma, beta)
    x = trace.x.copy()

    def loss():
        return float(np.sum(layer.forward(x, train=True) * trace.dout))

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


# --- 6.4 overfitting: weight decay and dropout ----------------------------------------------

DROPOUT_EPOCHS = 100  # the book runs 301; the narrower gap already shows at 100


@pytest.fixture(scope="module")
def decay_frame():
    progress = finish(experiments.overfitting(epochs=200, weight_decay_lambda=0.1, baseline=True))
    assert progress.diverged == {}
    return progress.frame


@pytest.fixture(scope="module")
def dropout_frame():
    progress = finish(experiments.overfitting(epochs=DROPOUT_EPOCHS, dropout_ratio=0.2))
    assert progress.diverged == {}
    return progress.frame


def at_epoch(frame, run, epoch):
    row = frame[(frame["run"] == run) & (frame["epoch"] == epoch)]
    assert len(row) == 1
    return row.iloc[0]


def test_overfitting_rows_cover_both_runs_and_every_epoch(decay_frame):
    for run, lam in (("main", 0.1), ("baseline", 0.0)):
        rows = decay_frame[decay_frame["run"] == run]
        assert rows["epoch"].tolist() == list(range(201))
        assert rows["iteration"].tolist() == [3 * e for e in range(201)]  # 300 / 100 per epoch
        assert (rows["weight_decay_lambda"] == lam).all()
        assert rows[["train_acc", "test_acc", "weight_norm"]].notna().all().all()


def test_both_runs_start_from_the_same_network(decay_frame):
    main, base = at_epoch(decay_frame, "main", 0), at_epoch(decay_frame, "baseline", 0)
    assert (main["train_acc"], main["test_acc"]) == (base["train_acc"], base["test_acc"])
    assert main["weight_norm"] == pytest.approx(base["weight_norm"])


def test_without_decay_300_digits_are_overfitted_by_epoch_200(decay_frame):
    base = at_epoch(decay_frame, "baseline", 200)
    assert base["train_acc"] > 0.95
    assert base["train_acc"] - base["test_acc"] > 0.1


def test_weight_decay_01_narrows_the_train_test_gap_at_200_epochs(decay_frame):
    main, base = at_epoch(decay_frame, "main", 200), at_epoch(decay_frame, "baseline", 200)
    gap_decay = main["train_acc"] - main["test_acc"]
    gap_none = base["train_acc"] - base["test_acc"]
    assert gap_decay < gap_none - 0.05, (gap_decay, gap_none)
    assert main["test_acc"] > 0.5  # it still learns


def test_weight_decay_keeps_the_weights_smaller(decay_frame):
    main, base = at_epoch(decay_frame, "main", 200), at_epoch(decay_frame, "baseline", 200)
    assert main["weight_norm"] < base["weight_norm"]


def test_dropout_02_narrows_the_train_test_gap(dropout_frame, decay_frame):
    # The baseline (same seed, no decay, no dropout) is the decay experiment's baseline run.
    main = at_epoch(dropout_frame, "main", DROPOUT_EPOCHS)
    base = at_epoch(decay_frame, "baseline", DROPOUT_EPOCHS)
    assert (main["dropout_ratio"], base["dropout_ratio"]) == (0.2, 0.0)
    gap_dropout = main["train_acc"] - main["test_acc"]
    gap_none = base["train_acc"] - base["test_acc"]
    assert gap_dropout < gap_none - 0.05, (gap_dropout, gap_none)
    assert main["test_acc"] > 0.2  # above chance: the network learns, only more slowly


# --- dropout masks ---------------------------------------------------------------------------


@pytest.mark.parametrize("mode, factor", [("book", 1.0), ("inverted", 1 / 0.8)])
def test_dropout_masks_drop_about_the_ratio_and_report_the_training_factor(mode, factor):
    frame = walkthroughs.dropout_masks(dropout_ratio=0.2, hidden=(100,) * 6, dropout_mode=mode)
    assert len(frame) == 600 and sorted(set(frame["layer"])) == [1, 2, 3, 4, 5, 6]
    # 600 Bernoulli(0.8) draws: standard deviation of the kept share about 0.016.
    assert frame["kept"].mean() == pytest.approx(0.8, abs=0.07)
    np.testing.assert_allclose(frame["factor"], factor)


# --- histogram binning against numpy's own --------------------------------------------------


@pytest.mark.parametrize("bins", [1, 2, 4, 30, 128])
@pytest.mark.parametrize("value_range", [None, (0.0, 1.0), (-1.0, 1.0), (0.2, 0.7)])
def test_histogram_bins_equal_numpys_including_values_on_and_next_to_the_edges(value_range, bins):
    from engine.histograms import _histograms

    rng = np.random.default_rng(50)
    values = (rng.random((3, 40, 50)) * 2.2 - 1.1).astype(np.float32)
    low, high = (-1.1, 1.1) if value_range is None else value_range
    f32 = np.float32
    edges = [
        f32(low), f32(high),  # the range's own edges: in
        np.nextafter(f32(high), f32(-2)), np.nextafter(f32(high), f32(2)),  # just in / out
        np.nextafter(f32(low), f32(2)), np.nextafter(f32(low), f32(-2)),
    ]  # fmt: skip
    if low == 0.0:
        edges += [-1e-9, 1e-9]  # tiny values on either side of a range that starts at 0
    for layer in range(3):
        values[layer, 0, : len(edges)] = edges
    values[1, 1, :5] = 1.0  # saturated sigmoids: many exact 1s
    frame = _histograms("activation", values, bins, value_range)
    for layer in range(3):
        flat = values[layer].ravel()
        # without a range every layer shares the range of all values
        bounds = (values.min(), values.max()) if value_range is None else value_range
        expected, _ = np.histogram(flat, bins=bins, range=bounds)
        got = frame[frame["layer"] == layer + 1]["count"].to_numpy()
        np.testing.assert_array_equal(got, expected, err_msg=f"layer {layer + 1}")


def test_histogram_leaves_out_nan_and_counts_infinities_outside_the_range():
    from engine.histograms import _histograms

    values = np.array([[[0.1, 0.5, np.nan, np.inf, -np.inf, 0.9, -1e-9, 1.0]]], dtype=np.float32)
    frame = _histograms("activation", values, 4, (0.0, 1.0))
    assert frame["count"].tolist() == [1, 0, 1, 2]  # [0, .25) [.25, .5) [.5, .75) [.75, 1]


def test_workspace_hands_back_the_same_array_per_thread_and_never_keeps_huge_ones():
    import threading

    from engine.workspace import KEEP_LIMIT, workspace

    a = workspace("test", (3, 4))
    assert workspace("test", (3, 4)) is a
    assert workspace("test", (4, 3)) is not a  # another shape: a new array
    other = []
    thread = threading.Thread(target=lambda: other.append(workspace("test", (4, 3))))
    thread.start()
    thread.join()
    assert other[0] is not workspace("test", (4, 3))  # another thread: its own arrays
    huge = (KEEP_LIMIT // 4 + 1,)
    assert workspace("huge", huge) is not workspace("huge", huge)


def test_blown_up_activations_warn_nothing_and_finite_layers_keep_finite_statistics():
    # ReLU with std 10 and 500 inputs: each layer multiplies the scale by about 160, so float32
    # overflows after ~17 layers; the layers before hold values whose float32 sums overflow.
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = activation_distributions(
            layers=20, nodes=500, activation="relu", weight_init_std=10.0, samples=200
        )
    stats = result.stats.set_index("layer")
    assert not np.isfinite(stats.loc[20, "std"])  # blown up: inf/nan, as the page notes
    huge = stats[np.isfinite(stats["std"]) & (stats["mean"] > 1e30)]
    assert len(huge) >= 1  # a layer whose float32 sum overflows still gets a finite mean/std
    assert (huge["std"] > huge["mean"] * 0.1).all()


def test_seeded_draws_are_kept_read_only_for_small_settings_only():
    from engine.histograms import _kept_draws, _standard_normal_draws

    _kept_draws.cache_clear()
    x, weights, _ = _standard_normal_draws(7, 100, 10, 3, False)
    assert _standard_normal_draws(7, 100, 10, 3, False)[0] is x  # the second call redraws nothing
    assert not x.flags.writeable and not any(w.flags.writeable for w in weights)
    big = _standard_normal_draws(7, 3000, 1000, 1, False)  # 16 MB of draws: made, not kept
    assert _kept_draws.cache_info().currsize == 1
    np.testing.assert_array_equal(big[0][:2, :10], np.random.default_rng(7).standard_normal(
        (3000, 1000), dtype=np.float32)[:2, :10])  # fmt: skip
