"""Tests for engine/histograms.py: section 6.2's activation and gradient histograms, asserted
as the statistics the page teaches, and the binning against NumPy's own."""

import tracemalloc

import numpy as np
import pytest

from engine import histograms
from engine.histograms import activation_distributions


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
