"""Section 6.1 on a function of two variables: the book's race of the four update rules on
f(x, y) = x²/20 + y² (optimizer_compare_naive.py), every step taken by engine.optimizers.

The function is a long valley: 20 times steeper along y than along x, so one learning rate
cannot suit both directions. SGD zigzags across the valley, Momentum overshoots and swings back,
AdaGrad shrinks each direction's steps by the gradients it has seen, Adam does both.

    paths = optimizer_race()            # the book's settings: from (-7, 2), 30 steps each
    paths[paths["optimizer"] == "sgd"]  # step 0..30, x, y, f
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from engine.checks import check_choice, check_float, check_int
from engine.optimizers import OPTIMIZERS, make_optimizer

BOOK_START = (-7.0, 2.0)
BOOK_STEPS = 30
BOOK_LRS = {"sgd": 0.95, "momentum": 0.1, "adagrad": 1.5, "adam": 0.3}
"""optimizer_compare_naive.py's learning rates, one per rule (each tuned to look its best)."""
FAR = 1e6  # a position this far from the minimum has left for good: the path ends there


def f(x: Any, y: Any) -> Any:
    """The book's f(x, y) = x²/20 + y² (numbers or arrays)."""
    return x**2 / 20.0 + y**2


def df(x: Any, y: Any) -> tuple[Any, Any]:
    """The gradient of f: (∂f/∂x, ∂f/∂y) = (x / 10, 2y)."""
    return x / 10.0, 2.0 * y


def descent_path(
    optimizer: str, lr: float, start: Sequence[float] = BOOK_START, steps: int = BOOK_STEPS
) -> np.ndarray:
    """The positions of one update rule on f: (steps + 1, 2), row 0 the start, row k the
    position after k updates. A path that leaves for good (not finite, or farther than FAR)
    ends at its first such position: the array is then shorter.

    The position is one array params["xy"] = (x, y) and grads["xy"] = df(x, y): every rule
    works elementwise, so this is the book's params["x"], params["y"] updated together.
    """
    rule = make_optimizer(optimizer, lr)
    steps = check_int("steps", steps, 1, 1000)
    x0 = check_float("start x", start[0], -100.0, 100.0)
    y0 = check_float("start y", start[1], -100.0, 100.0)
    params = {"xy": np.array([x0, y0])}
    grads = {"xy": np.empty(2)}
    path = [params["xy"].copy()]
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(steps):
            grads["xy"][:] = df(*params["xy"])
            rule.update(params, grads)
            path.append(params["xy"].copy())
            if not np.all(np.isfinite(params["xy"])) or np.hypot(*params["xy"]) > FAR:
                break
    return np.array(path)


def optimizer_race(
    lrs: Mapping[str, float] = BOOK_LRS,
    start: Sequence[float] = BOOK_START,
    steps: int = BOOK_STEPS,
) -> pd.DataFrame:
    """Each update rule's path from `start` (lrs: optimizer name -> learning rate, in the order
    to draw them). Rows: optimizer, lr, step (0 = the start), x, y, f (the value there)."""
    frames = []
    for name, lr in lrs.items():
        name = check_choice("optimizer", name, OPTIMIZERS)
        path = descent_path(name, lr, start, steps)
        with np.errstate(over="ignore", invalid="ignore"):
            values = f(path[:, 0], path[:, 1])
        frames.append(
            pd.DataFrame(
                {
                    "optimizer": name,
                    "lr": float(lr),
                    "step": np.arange(len(path)),
                    "x": path[:, 0],
                    "y": path[:, 1],
                    "f": values,
                }
            )
        )
    return pd.concat(frames, ignore_index=True)
