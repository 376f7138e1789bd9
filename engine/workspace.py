"""Work arrays kept between calls, one set per thread.

A fresh multi-megabyte NumPy array can cost more than the arithmetic done in it: malloc returns
large blocks to the operating system when they are freed, so each call page-faults its way
through new memory (the histogram experiment spent over half its time so). An array from
`workspace` is handed to the next call in the same thread again, so a caller must be done with
it before returning, and must never return it.
"""

import threading

import numpy as np

KEEP_LIMIT = 32 * 2**20  # bytes: larger arrays are made fresh each time and not kept

_local = threading.local()


def workspace(name: str, shape: tuple, dtype: np.typing.DTypeLike = np.float32) -> np.ndarray:
    """An uninitialised array of `shape` and `dtype`, the same one every time `name` is asked
    for with that shape in this thread."""
    dtype = np.dtype(dtype)
    if np.prod(shape, dtype=np.int64) * dtype.itemsize > KEEP_LIMIT:
        return np.empty(shape, dtype)
    arrays = _local.__dict__.setdefault("arrays", {})
    array = arrays.get(name)
    if array is None or array.shape != tuple(shape) or array.dtype != dtype:
        array = arrays[name] = np.empty(shape, dtype)
    return array
