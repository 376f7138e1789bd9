"""Argument checks for the engine: each raises ValueError naming the parameter and its range."""

import math
import numbers
from collections.abc import Iterable
from typing import Any


def check_int(name: str, value: Any, low: int, high: int) -> int:
    """Return `value` as int if it is a whole number in [low, high]."""
    whole = isinstance(value, numbers.Integral) or (
        isinstance(value, numbers.Real) and math.isfinite(value) and value == math.floor(value)
    )
    if isinstance(value, bool) or not whole or not low <= value <= high:
        raise ValueError(f"{name} must be an integer from {low} to {high}, got {value!r}")
    return int(value)


def check_float(
    name: str,
    value: Any,
    low: float,
    high: float,
    *,
    low_open: bool = False,
    high_open: bool = False,
) -> float:
    """Return `value` as float if it is finite and inside the interval."""
    left, right = ("(" if low_open else "["), (")" if high_open else "]")
    interval = f"{left}{low:g}, {high:g}{right}"
    v = float(value) if isinstance(value, numbers.Real) and not isinstance(value, bool) else None
    inside = (
        v is not None
        and (v > low if low_open else v >= low)
        and (v < high if high_open else v <= high)
    )
    if v is None or not inside:  # also catches NaN, which fails every comparison
        raise ValueError(f"{name} must be a number in {interval}, got {value!r}")
    return v


def check_choice(name: str, value: Any, choices: Iterable[str]) -> str:
    """Return `value` if it is one of `choices` (case-insensitive), lower-cased."""
    choices = tuple(choices)
    key = value.lower() if isinstance(value, str) else value
    if key not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}; got {value!r}")
    return key


SEED_MAX = 2**32 - 1


def check_seed(seed: Any) -> int:
    """Return `seed` as int if it is a whole number from 0 to SEED_MAX (what a page can set)."""
    return check_int("seed", seed, 0, SEED_MAX)
