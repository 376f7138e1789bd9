"""Bad input raises ValueError whose message names the parameter and what it accepts, before
anything deeper down can crash on it."""

import math

import numpy as np
import pytest

from engine import experiments, histograms, walkthroughs
from engine.fast_network import FastMultiLayerNet
from engine.initializers import weight_scale
from engine.layers import Dropout
from engine.optimizers import SGD, make_optimizer
from engine.trainer import train

NAN = math.nan


def raises_naming(name, call):
    """Assert call() raises ValueError whose message names `name` and says what is accepted."""
    with pytest.raises(ValueError, match=name) as info:
        call()
    assert "must be" in str(info.value), str(info.value)


def first(progress):
    """The first Progress of a training experiment (its checks run when it starts)."""
    with np.errstate():  # the trainer's errstate must not outlive this test
        try:
            return next(progress)
        finally:
            progress.close()


def net(**kwargs):
    args = {"input_size": 4, "hidden_size_list": [5], "output_size": 3}
    return FastMultiLayerNet(**{**args, **kwargs})


# --- the network -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, kwargs",
    [
        ("hidden", {"hidden_size_list": []}),
        ("hidden", {"hidden_size_list": [5] * 21}),
        ("hidden", {"hidden_size_list": [5, 0]}),
        ("hidden", {"hidden_size_list": [1001]}),
        ("weight_init_std", {"weight_init_std": -0.1}),
        ("weight_init_std", {"weight_init_std": 0}),
        ("weight_init_std", {"weight_init_std": NAN}),
        ("weight_init_std", {"weight_init_std": math.inf}),
        ("weight_init_std", {"weight_init_std": "kaiming"}),
        ("dropout_ratio", {"dropout_ratio": -0.1}),
        ("dropout_ratio", {"dropout_ratio": 1.0}),
        ("dropout_ratio", {"dropout_ratio": NAN}),
        ("dropout_mode", {"dropout_mode": "upside-down"}),
        ("weight_decay_lambda", {"weight_decay_lambda": NAN}),
        ("weight_decay_lambda", {"weight_decay_lambda": -0.1}),
        ("activation", {"activation": "softplus"}),
        ("dtype", {"dtype": np.int32}),
        ("input_size", {"input_size": 0}),
        ("output_size", {"output_size": 0}),
    ],
)
def test_network_rejects_bad_settings(name, kwargs):
    raises_naming(name, lambda: net(**kwargs))


def test_network_accepts_the_edges_of_every_range():
    net(hidden_size_list=[1000] + [1] * 19, dropout_ratio=0.0, weight_decay_lambda=0.0)
    net(dropout_ratio=0.99, weight_init_std="xavier", activation="Tanh")


@pytest.mark.parametrize(
    "t",
    [np.array([[0, 1, 2]]), np.array([0, 1]), np.array([0, 1, 2, 0]), np.array(1)],
    ids=["2-d", "too-short", "too-long", "scalar"],
)
@pytest.mark.parametrize("method", ["loss", "gradient", "accuracy"])
def test_labels_of_the_wrong_shape_are_rejected(method, t):
    x = np.zeros((3, 4))
    raises_naming("label", lambda: getattr(net(), method)(x, t))


@pytest.mark.parametrize(
    "t",
    [np.array([0, 1, 3]), np.array([0, -1, 2]), np.array([0.0, 1.5, 2.0])],
    ids=["too-large", "negative", "fractional"],
)
@pytest.mark.parametrize("method", ["loss", "gradient"])
def test_labels_that_are_not_class_indices_are_rejected(method, t):
    # 3 classes: label 3 would be an IndexError deep in SoftmaxWithLoss, and -1 would silently
    # score the last class.
    x = np.zeros((3, 4))
    raises_naming("label", lambda: getattr(net(), method)(x, t))


# --- layers, initializers, optimizers, trainer -----------------------------------------------


@pytest.mark.parametrize("ratio", [-0.1, 1.0, NAN])
def test_dropout_layer_rejects_a_ratio_outside_0_1(ratio):
    raises_naming("dropout_ratio", lambda: Dropout(np.random.default_rng(0), ratio))


@pytest.mark.parametrize("std", [-1.0, NAN, "gaussian", None])
def test_weight_scale_rejects_a_bad_std(std):
    raises_naming("weight_init_std", lambda: weight_scale(std, 10))


def test_unknown_optimizer_is_rejected():
    raises_naming("optimizer", lambda: make_optimizer("rmsprop"))


@pytest.mark.parametrize("lr", [0.0, -0.01, NAN])
def test_optimizer_rejects_a_learning_rate_that_is_not_positive(lr):
    raises_naming("lr|learning rate", lambda: make_optimizer("sgd", lr))


@pytest.mark.parametrize(
    "name, kwargs",
    [("epochs", {"epochs": -1}), ("epochs", {"epochs": 1.5}), ("batch_size", {"batch_size": 0})],
)
def test_trainer_rejects_bad_settings(name, kwargs):
    x, t = np.zeros((10, 4)), np.zeros(10, dtype=int)
    args = {"optimizer": SGD(0.1), "epochs": 1, "batch_size": 5, "rng": np.random.default_rng(0)}
    raises_naming(name, lambda: next(train(net(), x, t, **{**args, **kwargs})))


def test_trainer_rejects_labels_that_do_not_match_the_images():
    x, t = np.zeros((10, 4)), np.zeros(9, dtype=int)
    args = {"optimizer": SGD(0.1), "epochs": 1, "batch_size": 5, "rng": np.random.default_rng(0)}
    raises_naming("t_train|label", lambda: next(train(net(), x, t, **args)))


# --- the experiments' own checks --------------------------------------------------------------


@pytest.mark.parametrize(
    "name, kwargs",
    [
        ("layers", {"layers": 0}),
        ("layers", {"layers": 21}),
        ("nodes", {"nodes": 0}),
        ("samples", {"samples": 0}),
        ("bins", {"bins": 0}),
        ("activation", {"activation": "gelu"}),
        ("weight_init_std", {"weight_init_std": -1}),
        ("weight_init_std", {"weight_init_std": "lecun"}),
        ("seed", {"seed": -1}),
        ("seed", {"seed": 1.5}),
    ],
)
def test_activation_distributions_rejects_bad_settings(name, kwargs):
    raises_naming(name, lambda: histograms.activation_distributions(**kwargs))


@pytest.mark.parametrize("value_range", [(1.0, 0.0), (0.0, NAN)])
def test_activation_distributions_rejects_an_empty_or_undefined_value_range(value_range):
    raises_naming(
        "value_range", lambda: histograms.activation_distributions(value_range=value_range)
    )


@pytest.mark.parametrize(
    "name, kwargs",
    [
        ("batch_size", {"batch_size": 0}),
        ("features", {"features": 0}),
        ("seed", {"seed": -1}),
    ],
)
def test_batchnorm_walkthrough_rejects_bad_settings(name, kwargs):
    raises_naming(name, lambda: walkthroughs.batchnorm_walkthrough(**kwargs))


@pytest.mark.parametrize(
    "name, kwargs",
    [
        ("batch_size", {"batch_size": 0}),
        ("seed", {"seed": -1}),
        ("dropout_ratio", {"dropout_ratio": 1.0}),
        ("weight_decay_lambda", {"weight_decay_lambda": NAN}),
    ],
)
def test_gradient_check_experiment_rejects_bad_settings(name, kwargs):
    raises_naming(name, lambda: walkthroughs.gradient_check_experiment(**kwargs))


@pytest.mark.parametrize(
    "name, kwargs",
    [
        ("dropout_ratio", {"dropout_ratio": 1.0}),
        ("dropout_mode", {"dropout_mode": "sideways"}),
        ("seed", {"seed": -1}),
    ],
)
def test_dropout_masks_rejects_bad_settings(name, kwargs):
    raises_naming(name, lambda: walkthroughs.dropout_masks(**kwargs))


@pytest.mark.parametrize(
    "name, kwargs",
    [
        ("seed", {"seed": -1}),
        ("train_size", {"train_size": 0}),
        ("weight_decay_lambda", {"weight_decay_lambda": NAN}),
        ("dropout_ratio", {"dropout_ratio": -0.1}),
        ("optimizer", {"optimizer": "lbfgs"}),
        ("lr|learning rate", {"lr": 0}),
        ("batch_size", {"batch_size": 0}),
        ("hidden", {"hidden": ()}),
    ],
)
def test_overfitting_rejects_bad_settings(name, kwargs):
    raises_naming(name, lambda: first(experiments.overfitting(**{"epochs": 1, **kwargs})))


@pytest.mark.parametrize(
    "name, kwargs",
    [
        ("seed", {"seed": -1}),
        ("train_size", {"train_size": 0}),
        ("weight_init_std", {"weight_init_std": -1}),
    ],
)
def test_batchnorm_comparison_rejects_bad_settings(name, kwargs):
    raises_naming(name, lambda: first(experiments.batchnorm_comparison(**{"epochs": 1, **kwargs})))


@pytest.mark.parametrize("epochs", [-1, 2.5])
@pytest.mark.parametrize("experiment", ["overfitting", "batchnorm_comparison"])
def test_training_experiments_reject_a_bad_epoch_count(experiment, epochs):
    # Not an empty run (IndexError in finish) nor a TypeError from range().
    raises_naming("epochs", lambda: first(getattr(experiments, experiment)(epochs=epochs)))


@pytest.mark.parametrize(
    "name, kwargs",
    [
        ("iterations", {"iterations": 0}),
        ("seed", {"seed": -1}),
        ("batch_size", {"batch_size": 0}),
        ("lr|learning rate", {"lr": -1}),
    ],
)
def test_init_comparison_rejects_bad_settings(name, kwargs):
    raises_naming(name, lambda: first(experiments.init_comparison(**kwargs)))


def test_batchnorm_grid_rejects_a_bad_scale():
    raises_naming("weight_init_std", lambda: first(experiments.batchnorm_grid(scales=(-1.0,))))
