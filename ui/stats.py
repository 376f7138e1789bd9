"""Descriptive statistics of a short list of numbers, for the primer before Batch Normalization.

Pure: a list in, numbers and a tidy frame out. The two measures of spread the primer sets side
by side are the mean absolute deviation (the average *length* |x - mean|) and the variance (the
average *square* (x - mean)^2, whose square root is the standard deviation). Both divide by N,
as BatchNormalization does with a batch.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Summary:
    """n values; mean; mad = mean |x - mean|; var = mean (x - mean)^2 (1/N); std = sqrt(var)."""

    n: int
    mean: float
    mad: float
    var: float
    std: float


def summarize(values: Sequence[float]) -> Summary:
    """The summary of one or more finite numbers."""
    x = np.asarray(values, dtype=np.float64)
    if x.size == 0:
        raise ValueError("summarize needs at least one number")
    mean = float(x.mean())
    dev = x - mean
    var = float(np.mean(dev**2))
    return Summary(x.size, mean, float(np.mean(np.abs(dev))), var, math.sqrt(var))


def deviations(values: Sequence[float]) -> pd.DataFrame:
    """One row per value: index (1-based), value, deviation x - mean, length |x - mean|,
    square (x - mean)^2."""
    x = np.asarray(values, dtype=np.float64)
    dev = x - x.mean()
    return pd.DataFrame(
        {
            "index": np.arange(1, x.size + 1),
            "value": x,
            "deviation": dev,
            "length": np.abs(dev),
            "square": dev**2,
        }
    )


def largest_share(dev: pd.DataFrame) -> dict | None:
    """The value farthest from the mean and its share of the total length (what the mean
    deviation averages) and of the total square (what the variance averages); None when every
    value equals the mean."""
    total_length, total_square = dev["length"].sum(), dev["square"].sum()
    if total_length == 0:
        return None
    row = dev.loc[dev["length"].idxmax()]
    return {
        "index": int(row["index"]),
        "value": float(row["value"]),
        "share_length": float(row["length"] / total_length),
        "share_square": float(row["square"] / total_square),
    }
