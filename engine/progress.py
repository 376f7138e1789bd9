"""What a training experiment reports while it runs, and the names its runs carry.

A training experiment is a generator of `Progress`: a page draws each one as it arrives, and
`finish` runs the generator to the end. The run names are defined here once, and the pages
translate them.
"""

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pandas as pd

from engine.checks import check_seed
from engine.trainer import EpochRecord


@dataclass(frozen=True)
class Progress:
    """A training experiment's state: share done, rows so far, runs that diverged (run -> epoch).

    health: rows of every run's layer health so far (run tags, epoch, layer, activation_std,
    gradient_std; see FastMultiLayerNet.health), the first n_health of them. latest: what a viewer
    needs besides the rows (the 2-D page's boundary), or None.
    """

    fraction: float
    rows: list = field(repr=False)
    n_rows: int
    diverged: dict
    health: list = field(default_factory=list, repr=False)
    n_health: int = 0
    latest: dict | None = field(default=None, repr=False)

    @cached_property
    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.rows[: self.n_rows])

    @cached_property
    def health_frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.health[: self.n_health], columns=HEALTH_COLUMNS)


HEALTH_COLUMNS = ("run", "epoch", "layer", "activation_std", "gradient_std")

# The names runs have in the frames' "run" column (the init comparison's "init" column), which
# the pages translate: one place, so a page and the engine cannot drift apart.
MAIN, BASELINE = "main", "baseline"  # overfitting: the page's settings; the same without them
WITH_BN, WITHOUT_BN = "with BN", "without BN"  # batchnorm_comparison


def grid_run(scale: float, run: str) -> str:
    """A run of batchnorm_grid: the scale and the comparison's run name ("0.01/with BN")."""
    return f"{scale:g}/{run}"


def health_rows(record: EpochRecord, run: str) -> list[dict]:
    """A trainer EpochRecord's layer health as rows tagged with the run's name."""
    return [
        {"run": run, "epoch": record.epoch, "layer": layer, "activation_std": a, "gradient_std": g}
        for layer, a, g in record.health
    ]


def last_rows(frame: pd.DataFrame, by: str | list[str] = "run") -> pd.DataFrame:
    """Each run's row of its highest epoch, runs in the order they first appear in `frame`."""
    return frame.loc[frame.groupby(by, sort=False)["epoch"].idxmax()]


def final_numbers(frame: pd.DataFrame | None, epochs: int) -> dict[str, dict]:
    """Each run's last row as {"train", "test", "gap", "norm", "epoch", "finished"} ({} for no
    rows); finished is False for a run whose rows end before `epochs` (it diverged, or the frame
    is a partial one): its numbers are not final."""
    if frame is None or frame.empty:
        return {}
    out = {}
    for _, last in last_rows(frame).iterrows():
        out[last["run"]] = {
            "train": float(last["train_acc"]),
            "test": float(last["test_acc"]),
            "gap": float(last["train_acc"] - last["test_acc"]),
            "norm": float(last["weight_norm"]),
            "epoch": int(last["epoch"]),
            "finished": int(last["epoch"]) >= epochs,
        }
    return out


def learned(numbers: dict | None, chance: float, margin: float) -> bool:
    """Whether a run of final_numbers trained to the end with a test accuracy more than
    `margin` above `chance` (a gap between two runs means something only when both did)."""
    return numbers is not None and numbers["finished"] and numbers["test"] > chance + margin


def finish(progress: Iterator[Progress]) -> Progress:
    """Run a training experiment to the end and return its last Progress.

    The trainer's generators hold np.errstate across their yields, and several of them advanced
    in turn can leave "ignore" behind; running them inside an errstate of our own keeps the
    caller's NumPy error settings as they were.
    """
    with np.errstate():
        return deque(progress, maxlen=1)[0]


def rngs(seed: int) -> tuple[np.random.Generator, np.random.Generator]:
    """Two independent Generators from one seed: one for the network, one for minibatches."""
    net_seq, batch_seq = np.random.SeedSequence(check_seed(seed)).spawn(2)
    return np.random.default_rng(net_seq), np.random.default_rng(batch_seq)


def lockstep(
    runs: dict[str, tuple[Iterator[EpochRecord], dict]],
    epochs: int,
    rows_of: Callable[[EpochRecord, dict], list[dict]] | None = None,
) -> Iterator[Progress]:
    """Advance several trainer generators one epoch at a time, so their curves grow together.

    runs: name -> (train generator, dict of columns added to each of its rows).
    rows_of(record, tags) -> rows for one epoch; by default one row per epoch.
    """
    rows_of = rows_of or epoch_row
    rows, health, diverged = [], [], {}
    live = dict(runs)
    for step in range(epochs + 1):
        for name, (gen, tags) in list(live.items()):
            rec = next(gen)
            rows.extend(rows_of(rec, tags))
            health.extend(health_rows(rec, name))
            if rec.diverged:
                diverged[name] = rec.epoch
                del live[name]
        done = 1.0 if not live or step == epochs else (step + 1) / (epochs + 1)
        yield Progress(done, rows, len(rows), dict(diverged), health, len(health))
        if not live:
            return


def epoch_row(rec: EpochRecord, tags: dict) -> list[dict]:
    """One row per epoch; nothing for the record that reports a divergence (no NaN points)."""
    if rec.diverged:
        return []
    columns = ("epoch", "iteration", "loss", "train_acc", "test_acc", "weight_norm", "seconds")
    return [{**tags, **{c: getattr(rec, c) for c in columns}}]
