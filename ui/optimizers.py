"""The update rules a page offers (engine/optimizers.py) and their names on screen: the usual
English names in every language, Momentum translated only in help texts."""

from ui.i18n import t

OPTIMIZERS = ("sgd", "momentum", "adagrad", "adam")
OPTIMIZER_NAMES = {"sgd": "SGD", "adagrad": "AdaGrad", "adam": "Adam"}  # names in every language


def optimizer_name(key: str) -> str:
    return OPTIMIZER_NAMES.get(key) or t(f"overfit.opt_{key}")
