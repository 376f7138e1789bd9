"""How many threads numpy's matrix products use, through the OpenBLAS numpy ships with.

OpenBLAS's extra threads keep spinning on their cores for a while after every product. When
another process wants those cores (a browser drawing the charts on a teacher's laptop, another
app on a shared server), everything slows down: the weight-decay page at the book's settings
trained in 3.8 s with one BLAS thread and 11.0 s with two, Chromium drawing beside it on this
2-core machine. Where numpy uses another BLAS, these functions find nothing and change nothing.
"""

import ctypes
import functools
import glob
from pathlib import Path

import numpy as np


@functools.cache
def openblas() -> ctypes.CDLL | None:
    """numpy's bundled scipy-openblas as a ctypes library (the copy numpy already loaded: same
    handle, same state), or None."""
    for path in sorted(
        glob.glob(str(Path(np.__file__).parent.parent / "numpy.libs" / "*openblas*"))
    ):
        try:
            lib = ctypes.CDLL(path)
            lib.scipy_openblas_get_num_threads64_.restype = ctypes.c_int
            lib.scipy_openblas_set_num_threads64_.argtypes = [ctypes.c_int]
            lib.scipy_openblas_get_corename64_.restype = ctypes.c_char_p
        except (OSError, AttributeError):
            continue
        return lib
    return None


def get_threads() -> int | None:
    """Threads numpy's OpenBLAS uses now; None where it cannot be reached."""
    lib = openblas()
    return None if lib is None else int(lib.scipy_openblas_get_num_threads64_())


def set_threads(n: int) -> bool:
    """Make numpy's OpenBLAS use n threads; False where it cannot be reached."""
    lib = openblas()
    if lib is not None:
        lib.scipy_openblas_set_num_threads64_(n)
    return lib is not None
