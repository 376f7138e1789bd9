"""Tests for engine/optimizers.py and engine/trainer.py: update rules, the epoch generator's
records, minibatches with replacement, reproducibility and clean divergence."""

import dataclasses
import math

import numpy as np
import pytest

from engine import experiments
from engine.data import load_mnist
from engine.fast_network import FastMultiLayerNet
from engine.optimizers import SGD, AdaGrad, Adam, Momentum, make_optimizer
from engine.progress import finish
from engine.trainer import train

# --- optimizers ------------------------------------------------------------------------------

CURVATURE = np.array([1.0, 4.0, 0.25])


def quadratic(w):
    """Loss 0.5 * sum(c * w^2) and its gradient c * w: minimum 0 at w = 0."""
    return 0.5 * float(np.sum(CURVATURE * w**2)), CURVATURE * w


@pytest.mark.parametrize(
    "name, lr", [("sgd", 0.2), ("momentum", 0.05), ("adagrad", 0.5), ("adam", 0.1)]
)
def test_every_optimizer_lowers_a_quadratic_loss(name, lr):
    optimizer = make_optimizer(name, lr)
    params = {"w": np.array([3.0, -2.0, 1.5])}
    start, _ = quadratic(params["w"])
    for _ in range(200):
        _, grad = quadratic(params["w"])
        optimizer.update(params, {"w": grad})
    end, _ = quadratic(params["w"])
    assert end < 0.01 * start, (name, start, end)


@pytest.mark.parametrize("cls", [SGD, Momentum, AdaGrad, Adam])
def test_optimizers_update_the_parameter_arrays_in_place(cls):
    # The network's layers hold these very arrays: a new array would leave the layers untouched.
    w = np.array([1.0, -1.0])
    params = {"w": w}
    cls(lr=0.1).update(params, {"w": np.array([0.5, 0.25])})
    assert params["w"] is w
    assert not np.array_equal(w, [1.0, -1.0])


def test_sgd_step_is_exactly_lr_times_the_gradient():
    rng = np.random.default_rng(40)
    w, g = rng.standard_normal((4, 3)), rng.standard_normal((4, 3))
    params = {"w": w.copy()}
    SGD(lr=0.03).update(params, {"w": g})
    np.testing.assert_array_equal(params["w"], w - 0.03 * g)


@pytest.mark.parametrize("cls", [AdaGrad, Adam])
def test_adaptive_optimizers_first_step_is_lr_in_the_gradients_direction(cls):
    # AdaGrad: g / sqrt(g^2); Adam with bias correction: m_hat / sqrt(v_hat) = g / |g|.
    g = np.array([0.5, -3.0, 50.0])
    params = {"w": np.zeros(3)}
    cls(lr=0.01).update(params, {"w": g})
    np.testing.assert_allclose(-params["w"], 0.01 * np.sign(g), rtol=1e-4)


def test_momentum_accumulates_velocity():
    params = {"w": np.zeros(1)}
    opt = Momentum(lr=0.1, momentum=0.9)
    for _ in range(3):
        opt.update(params, {"w": np.ones(1)})
    # v1 = -0.1, v2 = -0.19, v3 = -0.271: three steps move 0.561, more than 3 * lr.
    assert params["w"][0] == pytest.approx(-(0.1 + 0.19 + 0.271), rel=1e-12)


# --- the epoch generator ---------------------------------------------------------------------

REQUIRED_FIELDS = {"epoch", "iteration", "loss", "train_acc", "test_acc", "seconds", "diverged"}


def toy_problem(seed=41, n=60, n_test=30):
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((3, 5)) * 3
    t = rng.integers(0, 3, size=n + n_test)
    x = centres[t] + rng.standard_normal((n + n_test, 5))
    return x[:n], t[:n], x[n:], t[n:]


class CountingNet(FastMultiLayerNet):
    """FastMultiLayerNet that records the batches `loss_and_gradient` was called with."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.batches = []

    def loss_and_gradient(self, x, t):
        self.batches.append(np.array(x))
        return super().loss_and_gradient(x, t)


def test_trainer_yields_epoch_0_to_E_with_every_field_and_runs_epochs_times_iterations():
    x, t, xt, tt = toy_problem()
    net = CountingNet(5, [10], 3, rng=np.random.default_rng(0))
    records = list(
        train(
            net,
            x,
            t,
            xt,
            tt,
            optimizer=SGD(0.1),
            epochs=4,
            batch_size=20,
            rng=np.random.default_rng(1),
        )
    )
    assert REQUIRED_FIELDS <= {f.name for f in dataclasses.fields(records[0])}
    assert [r.epoch for r in records] == [0, 1, 2, 3, 4]
    assert [r.iteration for r in records] == [0, 3, 6, 9, 12]  # 60 // 20 = 3 per epoch
    assert len(net.batches) == 12 and all(b.shape == (20, 5) for b in net.batches)
    assert math.isnan(records[0].loss) and len(records[0].iteration_losses) == 0
    for r in records[1:]:
        assert len(r.iteration_losses) == 3
        assert r.loss == pytest.approx(float(np.mean(r.iteration_losses)))
    assert not any(r.diverged for r in records)
    assert all(0 <= r.train_acc <= 1 and 0 <= r.test_acc <= 1 for r in records)
    seconds = [r.seconds for r in records]
    assert seconds == sorted(seconds) and seconds[0] >= 0
    # The last record's accuracies are those of the trained network, evaluated independently.
    assert records[-1].train_acc == pytest.approx(net.accuracy(x, t))
    assert records[-1].test_acc == pytest.approx(net.accuracy(xt, tt))
    assert records[-1].weight_norm == pytest.approx(math.sqrt(net.weight_square_sum()))
    assert records[-1].train_acc > 0.6  # three separated clusters: it does learn


def test_trainer_draws_minibatches_with_replacement():
    x, t, _, _ = toy_problem(n=20)
    x = x + np.arange(20)[:, None] * 1e-3  # make every row unique
    net = CountingNet(5, [4], 3, rng=np.random.default_rng(0))
    list(
        train(net, x, t, optimizer=SGD(0.1), epochs=5, batch_size=20, rng=np.random.default_rng(2))
    )
    unique_rows = [len(np.unique(b, axis=0)) for b in net.batches]
    # A batch of all 20 rows drawn with replacement repeats a row with probability 1 - 20!/20^20.
    assert all(n < 20 for n in unique_rows), unique_rows


def test_trainer_without_evaluation_reports_nan_accuracies():
    x, t, xt, tt = toy_problem()
    net = FastMultiLayerNet(5, [4], 3)
    records = list(
        train(
            net,
            x,
            t,
            xt,
            tt,
            optimizer=SGD(0.1),
            epochs=2,
            rng=np.random.default_rng(0),
            batch_size=30,
            evaluate=False,
        )
    )
    assert all(math.isnan(r.train_acc) and math.isnan(r.test_acc) for r in records)


# NumPy's default floating-point state, set explicitly: an earlier test may have left another.
# Leaving the `with` block also restores whatever state was there before this test.
NUMPY_DEFAULTS = {"over": "warn", "invalid": "warn", "divide": "warn", "under": "ignore"}


def test_trainer_leaves_numpy_error_state_alone_between_epochs():
    # The page draws between epochs: it must see NumPy's own floating-point settings.
    x, t, _, _ = toy_problem()
    net = FastMultiLayerNet(5, [4], 3)
    with np.errstate(**NUMPY_DEFAULTS):
        gen = train(
            net, x, t, optimizer=SGD(0.1), epochs=3, batch_size=20, rng=np.random.default_rng(0)
        )
        next(gen)
        during = np.geterr()
        gen.close()
    assert during == NUMPY_DEFAULTS


def test_lockstep_experiment_restores_numpy_error_state():
    # Two runs trained side by side (with and without BN), then finished.
    with np.errstate(**NUMPY_DEFAULTS):
        finish(experiments.batchnorm_comparison(epochs=1, train_size=100))
        after = np.geterr()
    assert after == NUMPY_DEFAULTS


# --- reproducibility (the overfitting experiment, small) -------------------------------------


def small_overfitting(seed):
    with np.errstate():  # keeps the trainer's leaked error state out of other tests
        progress = finish(
            experiments.overfitting(train_size=100, epochs=3, weight_decay_lambda=0.1, seed=seed)
        )
    return progress.frame.drop(columns="seconds")


def test_same_seed_gives_the_same_curves():
    first, second = small_overfitting(0), small_overfitting(0)
    assert len(first) == 4
    assert first.equals(second)


def test_different_seed_gives_different_curves():
    first, other = small_overfitting(0), small_overfitting(1)
    assert not np.allclose(first["loss"].iloc[1:], other["loss"].iloc[1:])


# --- divergence ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mnist_100():
    return load_mnist().subset(100)


def test_a_diverging_run_ends_cleanly_with_diverged_true(mnist_100):
    # lr 10 on the book's deep ReLU/He net: the loss overflows to inf/NaN within a few epochs.
    net = FastMultiLayerNet(784, [100] * 6, 10, rng=np.random.default_rng(0))
    records = list(
        train(
            net,
            mnist_100.x_train,
            mnist_100.t_train,
            mnist_100.x_test,
            mnist_100.t_test,
            optimizer=SGD(10.0),
            epochs=30,
            batch_size=100,
            rng=np.random.default_rng(1),
        )
    )
    last = records[-1]
    assert last.diverged and last.epoch < 30
    assert not math.isfinite(last.iteration_losses[-1])
    before = records[:-1]
    assert before and not any(r.diverged for r in before)
    for r in before:
        assert math.isfinite(r.train_acc) and math.isfinite(r.test_acc), r.epoch
        assert math.isfinite(r.weight_norm), r.epoch
    assert [r.epoch for r in records] == list(range(last.epoch + 1))


def test_weights_blown_up_but_finite_give_finite_weight_norms():
    # lr 1e3 sends the weights to ~1e29 while the loss stays finite (every ReLU dead): the run
    # goes on, so every curve it yields must stay finite, weight norm included.
    x, t, xt, tt = toy_problem()
    net = FastMultiLayerNet(5, [20, 20], 3, rng=np.random.default_rng(1))
    records = list(
        train(
            net,
            x,
            t,
            xt,
            tt,
            optimizer=SGD(1e3),
            epochs=5,
            batch_size=20,
            rng=np.random.default_rng(2),
        )
    )
    assert all(np.isfinite(p).all() for p in net.params.values())
    assert max(float(np.abs(p).max()) for p in net.params.values()) > 1e19  # the premise
    for r in records:
        if not r.diverged:
            assert math.isfinite(r.weight_norm), (r.epoch, r.loss, r.weight_norm)


def test_progress_reports_the_epoch_a_run_diverged_and_keeps_its_curves_finite():
    with np.errstate():  # keeps the trainer's leaked error state out of other tests
        progress = finish(experiments.overfitting(train_size=100, epochs=20, lr=10.0, seed=0))
    assert set(progress.diverged) == {"main"}
    epoch = progress.diverged["main"]
    assert 1 <= epoch < 20
    frame = progress.frame
    assert frame["epoch"].max() == epoch - 1
    assert frame[["train_acc", "test_acc", "weight_norm"]].notna().all().all()
    assert np.isfinite(frame[["train_acc", "test_acc", "weight_norm"]].to_numpy()).all()


def test_every_trained_epoch_reports_each_layers_health_and_a_divergence_its_last():
    x, t, _, _ = toy_problem()
    net = FastMultiLayerNet(5, [10, 10], 3, rng=np.random.default_rng(0))
    with np.errstate(all="ignore"):  # a learning rate of 1000: it blows up within two epochs
        records = list(
            train(
                net,
                x,
                t,
                optimizer=SGD(1000.0),
                epochs=20,
                batch_size=20,
                rng=np.random.default_rng(1),
                evaluate=False,
            )
        )
    assert records[0].health == ()  # nothing trained yet
    assert all(len(r.health) == 3 for r in records[1:])
    assert records[-1].diverged
    assert not any(np.isfinite(g) for _, _, g in records[-1].health)  # the failing step's
    assert all(np.isfinite(g) for _, _, g in records[1].health) or records[1].diverged
