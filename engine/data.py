"""Data sets for Training Lab: MNIST (bundled subset or full IDX files) and a 2-D spiral.

Everything here is NumPy and the standard library. Images are normalized as in the book: pixels
divided by 255 into float32 in [0, 1]; labels are plain integers (not one-hot).

    ds = load_mnist()        # 4,000 train / 1,000 test digits, or full MNIST if configured
    ds = ds.subset(1000)     # the book's "first 1,000 training images" (already shuffled)
    ds = make_spiral(seed=0) # 3 arms of 100 points, 70/30 split
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gzip
import io
import math
import os
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from engine.checks import check_int

MNIST_DIR_ENV = "TRAINING_LAB_MNIST_DIR"
"""Environment variable: a folder holding the four standard MNIST IDX files (plain or .gz)."""

BUNDLED_MNIST = Path(__file__).resolve().parent / "data" / "mnist_subset.npz"
MNIST_SHA256 = "42fb59d7e998516c527d3e4e166b740ff9eabd1ff00f699dbe5ecbc23ecb0f34"
"""SHA-256 of BUNDLED_MNIST as written by scripts/build_mnist_subset.py."""

IDX_FILES = {
    "x_train": "train-images-idx3-ubyte",
    "t_train": "train-labels-idx1-ubyte",
    "x_test": "t10k-images-idx3-ubyte",
    "t_test": "t10k-labels-idx1-ubyte",
}
IMAGE_MAGIC, LABEL_MAGIC = 0x00000803, 0x00000801
IMAGE_SIDE = 28
MAX_IMAGES = 100_000
"""Most images (or labels) one IDX file may hold; full MNIST has 60,000 + 10,000. Checked from
the header, before the file's body is read."""
READ_CHUNK = 1 << 18
"""Bytes per read while filling an array: bounds the temporary copies gzip makes."""
EXTRA_PEEK = 4096
"""Bytes read past a declared body to detect extra data and say how much (a .gz has no size to
compare with beforehand)."""


@dataclasses.dataclass(frozen=True, eq=False)
class Dataset:
    """A train/test split for classification.

    x_train: (N, D) float32, t_train: (N,) int64 class indices; x_test: (M, D), t_test: (M,).
    For MNIST D = 784 (28x28, row-major) and pixels lie in [0, 1]; for the spiral D = 2.
    Arrays returned by load_mnist() are shared and read-only: copy before modifying.
    """

    x_train: np.ndarray = dataclasses.field(repr=False)
    t_train: np.ndarray = dataclasses.field(repr=False)
    x_test: np.ndarray = dataclasses.field(repr=False)
    t_test: np.ndarray = dataclasses.field(repr=False)
    name: str

    def __post_init__(self) -> None:
        parts = (("train", self.x_train, self.t_train), ("test", self.x_test, self.t_test))
        for part, x, t in parts:
            if x.ndim != 2 or t.ndim != 1 or len(x) != len(t):
                raise ValueError(
                    f"{self.name}: {part} needs x (N, D) and t (N,), got {x.shape} and {t.shape}"
                )
        if self.x_train.shape[1] != self.x_test.shape[1]:
            raise ValueError(
                f"{self.name}: train has {self.x_train.shape[1]} features, test has "
                f"{self.x_test.shape[1]}"
            )

    @property
    def train_size(self) -> int:
        """Number of training rows N (the book's `train_size`)."""
        return len(self.x_train)

    @property
    def test_size(self) -> int:
        return len(self.x_test)

    @property
    def input_size(self) -> int:
        """Features per example D: the network's `input_size`."""
        return self.x_train.shape[1]

    @property
    def num_classes(self) -> int:
        """Number of classes (largest label + 1): the network's `output_size`."""
        return int(max(self.t_train.max(initial=0), self.t_test.max(initial=0))) + 1

    def subset(self, train_size: int) -> Dataset:
        """The first `train_size` training rows (views, no copy) and the whole test set.

        The bundled MNIST is shuffled, so the first 1,000 rows hold roughly 100 of each digit.
        """
        train_size = check_int("train_size", train_size, 1, self.train_size)
        return dataclasses.replace(
            self, x_train=self.x_train[:train_size], t_train=self.t_train[:train_size]
        )

    def __repr__(self) -> str:
        return (
            f"Dataset(name={self.name!r}, train={self.x_train.shape}, test={self.x_test.shape}, "
            f"classes={self.num_classes})"
        )


# ---------------------------------------------------------------------------------------------
# MNIST


def load_mnist() -> Dataset:
    """MNIST as float32 pixels in [0, 1] and int64 labels, cached for the life of the process.

    If TRAINING_LAB_MNIST_DIR names a folder, the full MNIST is read from its IDX files
    (x_train (60000, 784), x_test (10000, 784)); otherwise the bundled subset
    (x_train (4000, 784), x_test (1000, 784), 400 / 100 per digit). The arrays are read-only.
    """
    folder = os.environ.get(MNIST_DIR_ENV, "").strip()
    if not folder:
        return _bundled_mnist()
    try:
        return _cached_mnist_idx(str(Path(folder).expanduser().resolve()))
    except ValueError as error:
        raise ValueError(f"{MNIST_DIR_ENV}={folder!r}: {error}") from error


def mnist_sizes() -> tuple[str, int, int]:
    """(name, training images, test images) of the MNIST load_mnist() would read, from the
    files' headers only (the web server wants the sizes, not 220 MB of pixels). A folder
    whose headers are wrong raises ValueError as load_mnist() would; a body that does not
    match its header is found only when the data are loaded."""
    folder = os.environ.get(MNIST_DIR_ENV, "").strip()
    if not folder:
        with np.load(BUNDLED_MNIST, allow_pickle=False) as bundle:
            return "mnist-subset", len(bundle["t_train"]), len(bundle["t_test"])
    path = Path(folder).expanduser().resolve()
    try:
        if not path.is_dir():
            raise ValueError(f"{path}: not a folder (expected the four MNIST IDX files in it)")
        paths = {key: _find_idx(path, filename) for key, filename in IDX_FILES.items()}
        headers = {}
        for key, file in paths.items():
            with _open_idx(file) as stream:
                headers[key] = _read_idx_header(stream, file, _magic_for(key))
                _check_plain_file_size(stream, headers[key])
        _check_counts_agree(headers)
    except ValueError as error:
        raise ValueError(f"{MNIST_DIR_ENV}={folder!r}: {error}") from error
    return "mnist", headers["x_train"].count, headers["x_test"].count


def clear_cache() -> None:
    """Forget the data sets load_mnist() has read (for tests, or after replacing the files)."""
    _bundled_mnist.cache_clear()
    _cached_mnist_idx.cache_clear()


def load_mnist_npz(path: str | os.PathLike) -> Dataset:
    """Read a bundle written by scripts/build_mnist_subset.py: uint8 x_* (N, 784) and t_* (N,)."""
    path = Path(path)
    try:
        with np.load(path, allow_pickle=False) as bundle:
            raw = {key: bundle[key] for key in IDX_FILES}
    except (OSError, KeyError, ValueError, zlib.error) as error:
        raise ValueError(f"{path}: not a readable MNIST bundle ({error})") from error
    for key, array in raw.items():
        if array.dtype != np.uint8:
            raise ValueError(f"{path}: {key} has dtype {array.dtype}, expected uint8")
    return _mnist_dataset(raw, name="mnist-subset", source=str(path))


def load_mnist_idx(folder: str | os.PathLike) -> Dataset:
    """Read the four standard MNIST IDX files from `folder`, each plain or gzipped (.gz).

    Returns x_train (N, 784), x_test (M, 784) float32 in [0, 1] and t_train (N,), t_test (M,)
    int64. A missing, truncated, wrong-magic, empty, oversized or mismatched file raises
    ValueError naming the file. All four headers are checked before any body is read, and no
    body is read past the size its header declares (at most MAX_IMAGES images).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ValueError(f"{folder}: not a folder (expected the four MNIST IDX files in it)")
    paths = {key: _find_idx(folder, filename) for key, filename in IDX_FILES.items()}
    with contextlib.ExitStack() as stack:
        streams = {key: stack.enter_context(_open_idx(path)) for key, path in paths.items()}
        headers = {}
        for key, stream in streams.items():
            headers[key] = _read_idx_header(stream, paths[key], _magic_for(key))
            _check_plain_file_size(stream, headers[key])
        _check_counts_agree(headers)
        raw = {key: _read_idx_body(stream, headers[key]) for key, stream in streams.items()}
    for key in ("t_train", "t_test"):
        _check_digits(paths[key], raw[key])
    return _mnist_dataset(raw, name="mnist", source=str(folder), paths=paths)


def _find_idx(folder: Path, filename: str) -> Path:
    for candidate in (folder / filename, folder / f"{filename}.gz"):
        if candidate.is_file():
            return candidate
    raise ValueError(f"{folder / filename}: missing (looked for {filename} and {filename}.gz)")


def _magic_for(key: str) -> int:
    return IMAGE_MAGIC if key.startswith("x") else LABEL_MAGIC


@dataclasses.dataclass(frozen=True)
class _IdxHeader:
    """What an IDX file's header declares: dims (N,) for labels or (N, 28, 28) for images."""

    path: Path
    dims: tuple[int, ...]

    @property
    def count(self) -> int:
        return self.dims[0]

    @property
    def noun(self) -> str:
        return "labels" if len(self.dims) == 1 else "images"

    @property
    def header_bytes(self) -> int:
        return 4 * (1 + len(self.dims))

    @property
    def body_bytes(self) -> int:
        return math.prod(self.dims)

    def describe(self) -> str:
        """'3 labels' or '3 images of 28x28 pixels (2352 bytes)'."""
        if len(self.dims) == 1:
            return f"{self.count} labels"
        rows, cols = self.dims[1:]
        return f"{self.count} images of {rows}x{cols} pixels ({self.body_bytes} bytes)"


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[None]:
    """Report I/O errors and corrupt gzip data while reading `path` as ValueError naming it."""
    try:
        yield
    except (OSError, EOFError, zlib.error) as error:
        raise ValueError(f"{path}: cannot read ({error})") from error


def _open_idx(path: Path) -> io.BufferedIOBase:
    """A binary stream of the file's IDX bytes: the file itself, or decompressed as it is read."""
    with _reading(path):
        return gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb")


def _read_idx_header(stream: io.BufferedIOBase, path: Path, magic: int) -> _IdxHeader:
    """Read the magic number and dimensions and check them; nothing past the header is read."""
    ndim = magic & 0xFF
    size = 4 * (1 + ndim)
    with _reading(path):
        head = stream.read(size)
    found_magic = int.from_bytes(head[:4], "big")
    if len(head) >= 4 and found_magic != magic:
        kind = "image" if magic == IMAGE_MAGIC else "label"
        raise ValueError(
            f"{path}: wrong magic number 0x{found_magic:08X}, expected 0x{magic:08X} "
            f"(an IDX {kind} file)"
        )
    if len(head) < size:
        raise ValueError(f"{path}: truncated, {len(head)} bytes is shorter than the IDX header")
    dims = tuple(int.from_bytes(head[i : i + 4], "big") for i in range(4, size, 4))
    header = _IdxHeader(path, dims)
    _check_dims(header)
    return header


def _check_dims(header: _IdxHeader) -> None:
    """Images must be 28x28, and a file must hold from 1 to MAX_IMAGES images or labels."""
    path, count, noun = header.path, header.count, header.noun
    if noun == "images" and header.dims[1:] != (IMAGE_SIDE, IMAGE_SIDE):
        rows, cols = header.dims[1:]
        raise ValueError(f"{path}: images are {rows}x{cols}, expected 28x28")
    if count == 0:
        raise ValueError(f"{path}: the header says 0 {noun}; the lab needs at least one")
    if count > MAX_IMAGES:
        raise ValueError(
            f"{path}: {count:,} {noun} is more than this lab reads (at most {MAX_IMAGES:,}; "
            "full MNIST has 60,000 training and 10,000 test images)"
        )


def _check_plain_file_size(stream: io.BufferedIOBase, header: _IdxHeader) -> None:
    """An uncompressed file's size must be header + body; a .gz is checked while reading."""
    if isinstance(stream, gzip.GzipFile):
        return
    with _reading(header.path):
        file_size = os.fstat(stream.fileno()).st_size
    _check_body_size(header, file_size - header.header_bytes)


def _check_body_size(header: _IdxHeader, found: int, at_least: bool = False) -> None:
    """Raise unless `found` body bytes are what the header declares (`at_least`: a lower bound)."""
    expected = header.body_bytes
    if found < expected:
        unit = "" if header.noun == "labels" else " bytes"
        raise ValueError(
            f"{header.path}: truncated, expected {header.describe()} but found {found}{unit}"
        )
    if found > expected:
        extra = f"{'at least ' if at_least else ''}{found - expected}"
        raise ValueError(f"{header.path}: {extra} unexpected bytes after {header.describe()}")


def _check_counts_agree(headers: dict[str, _IdxHeader]) -> None:
    for part in ("train", "test"):
        images, labels = headers[f"x_{part}"], headers[f"t_{part}"]
        if images.count != labels.count:
            raise ValueError(
                f"{images.path} has {images.count} images but {labels.path} has "
                f"{labels.count} labels"
            )


def _read_idx_body(stream: io.BufferedIOBase, header: _IdxHeader) -> np.ndarray:
    """Read exactly the declared body: images (N, 28, 28) uint8 or labels (N,) uint8.

    The array is allocated once at the declared size; a few bytes more are read only to
    detect (and refuse) data past the end, so a lying .gz is never decompressed in full.
    """
    body = np.empty(header.body_bytes, np.uint8)
    with _reading(header.path):
        filled = _read_into(stream, body)
        extra = len(stream.read(EXTRA_PEEK)) if filled == body.size else 0
    _check_body_size(header, filled + extra, at_least=extra == EXTRA_PEEK)
    return body.reshape(header.dims)


def _read_into(stream: io.BufferedIOBase, out: np.ndarray) -> int:
    """Fill the 1-D uint8 array `out` in READ_CHUNK steps; return the bytes read (fewer at EOF)."""
    view = memoryview(out.data)
    filled = 0
    while filled < len(view):
        count = stream.readinto(view[filled : filled + READ_CHUNK])
        if not count:
            break
        filled += count
    return filled


def _check_digits(path: Path, labels: np.ndarray) -> None:
    if labels.max() > 9:
        index = int(np.argmax(labels > 9))
        raise ValueError(f"{path}: label {labels[index]} at index {index} is not a digit 0-9")


def _mnist_dataset(
    raw: dict[str, np.ndarray], name: str, source: str, paths: dict[str, Path] | None = None
) -> Dataset:
    """uint8 arrays (images (N, 784) or (N, 28, 28), labels (N,)) -> normalized Dataset."""
    arrays = {}
    for key, array in raw.items():
        where = paths[key] if paths else f"{source}: {key}"
        if key.startswith("x"):
            if array.ndim not in (2, 3) or math.prod(array.shape[1:]) != IMAGE_SIDE**2:
                raise ValueError(f"{where}: images have shape {array.shape}, expected (N, 784)")
            arrays[key] = array.reshape(len(array), -1).astype(np.float32) / np.float32(255)
        else:
            if array.ndim != 1 or (array.size and array.max() > 9):
                raise ValueError(f"{where}: labels must be (N,) digits 0-9")
            arrays[key] = array.astype(np.int64)
    return Dataset(**arrays, name=name)


def _read_only(dataset: Dataset) -> Dataset:
    for field in ("x_train", "t_train", "x_test", "t_test"):
        getattr(dataset, field).flags.writeable = False
    return dataset


@functools.lru_cache(maxsize=1)
def _bundled_mnist() -> Dataset:
    return _read_only(load_mnist_npz(BUNDLED_MNIST))


@functools.lru_cache(maxsize=2)
def _cached_mnist_idx(folder: str) -> Dataset:
    return _read_only(load_mnist_idx(folder))
