"""The update rules a page offers (engine/optimizers.py) and their names on screen: the usual
English names in every language, Momentum translated only in help texts."""

from ui.i18n import t

OPTIMIZERS = ("sgd", "momentum", "adagrad", "adam")
OPTIMIZER_NAMES = {"sgd": "SGD", "adagrad": "AdaGrad", "adam": "Adam"}  # names in every language


def optimizer_name(key: str) -> str:
    """The rule's name on screen: Momentum is the only one translated."""
    if key == "momentum":
        return t("overfit.opt_momentum")
    return OPTIMIZER_NAMES[key]
