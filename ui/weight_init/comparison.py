"""The weight-initialization page's training: the book's weight_init_compare (std 0.01, Xavier
and He, trained side by side)."""

from collections.abc import Mapping

import pandas as pd

from engine.optimizers import BOOK_LR
from ui import diagnosis
from ui.i18n import t
from ui.numbers import nice_number

BATCH = 128  # init_comparison's mini-batch (the book's)


def run_kwargs(values: Mapping, seed: int) -> dict:
    """engine.experiments.init_comparison's arguments for the page's iterations and update
    rule, at the learning rate the book's optimizer comparison gives that rule (its
    weight_init_compare trains with SGD only: SGD's runs keep the arguments, and stored
    results, they always had)."""
    kwargs = {"iterations": values["iterations"], "seed": seed}
    if values["optimizer"] != "sgd":
        kwargs |= {"optimizer": values["optimizer"], "lr": BOOK_LR[values["optimizer"]]}
    return kwargs


def final_losses(frame: pd.DataFrame, run_names: Mapping[str, str]) -> list[tuple]:
    """Mean loss of each run's last 100 iterations, as st.metric items, with three
    significant digits (Adam takes Xavier and He to 10⁻⁴, which ".3f" wrote as 0.000)."""
    items = []
    for run, name in run_names.items():
        losses = frame.loc[frame["init"] == run, "loss"].tail(100)
        if len(losses):
            items.append((t("init.final_loss", init=name), nice_number(losses.mean()), None))
    return items


def explainer(form, iterations: int, train_size: int) -> diagnosis.Explainer:
    """How the comparison explains a run that blew up or stalled. It counts iterations, and
    layer health is measured at the last step of each epoch (an epoch: every image once, in
    mini-batches of BATCH): the note says both. No lever: the three inits are the lesson, and
    the He run beside a failing one shows the fix."""
    per_epoch = max(train_size // BATCH, 1)

    def at(epoch: int) -> str:
        return t("diag.at_iteration", iteration=min(epoch * per_epoch, iterations), epoch=epoch)

    return diagnosis.Explainer(form, at=at)
