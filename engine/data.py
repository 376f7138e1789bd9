"""Data sets for Training Lab: MNIST (bundled subset or full IDX files) and a 2-D spiral.

Everything here is NumPy and the standard library. Images are normalized as in the book: pixels
divided by 255 into float32 in [0, 1]; labels are plain integers (not one-hot).

    ds = load_mnist()        # 4,000 train / 1,000 test digits, or full MNIST if configured
    ds = ds.subset(1000)     # the book's "first 1,000 training images" (already shuffled)
    ds = make_spiral(seed=0) # 3 arms of 100 points, 70/30 split
"""

from __future__ import annotations

import dataclasses
import functools
import gzip
import math
import os
import zlib
from pathlib import Path

import numpy as np

from engine.checks import check_float, check_int

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
    int64. A missing, truncated, wrong-magic or mismatched file raises ValueError naming the file.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ValueError(f"{folder}: not a folder (expected the four MNIST IDX files in it)")
    raw, paths = {}, {}
    for key, filename in IDX_FILES.items():
        paths[key] = _find_idx(folder, filename)
        is_image = key.startswith("x")
        raw[key] = _read_idx(paths[key], IMAGE_MAGIC if is_image else LABEL_MAGIC)
    for part in ("train", "test"):
        x, t = raw[f"x_{part}"], raw[f"t_{part}"]
        if len(x) != len(t):
            raise ValueError(
                f"{paths[f'x_{part}']} has {len(x)} images but {paths[f't_{part}']} has "
                f"{len(t)} labels"
            )
    return _mnist_dataset(raw, name="mnist", source=str(folder), paths=paths)


def _find_idx(folder: Path, filename: str) -> Path:
    for candidate in (folder / filename, folder / f"{filename}.gz"):
        if candidate.is_file():
            return candidate
    raise ValueError(f"{folder / filename}: missing (looked for {filename} and {filename}.gz)")


def _read_idx(path: Path, magic: int) -> np.ndarray:
    """Parse one IDX file of unsigned bytes: images -> (N, 28, 28) uint8, labels -> (N,) uint8."""
    try:
        data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    except (OSError, EOFError, zlib.error) as error:
        raise ValueError(f"{path}: cannot read ({error})") from error
    ndim = magic & 0xFF
    header = 4 * (1 + ndim)
    found_magic = int.from_bytes(data[:4], "big") if len(data) >= 4 else None
    if found_magic is not None and found_magic != magic:
        kind = "image" if magic == IMAGE_MAGIC else "label"
        raise ValueError(
            f"{path}: wrong magic number 0x{found_magic:08X}, expected 0x{magic:08X} "
            f"(an IDX {kind} file)"
        )
    if len(data) < header:
        raise ValueError(f"{path}: truncated, {len(data)} bytes is shorter than the IDX header")
    dims = tuple(int(d) for d in np.frombuffer(data, ">u4", count=ndim, offset=4))
    body = len(data) - header
    expected = math.prod(dims)
    if ndim == 1:
        what, found = f"{dims[0]} labels", f"{body}"
    else:
        what = f"{dims[0]} images of {dims[1]}x{dims[2]} pixels ({expected} bytes)"
        found = f"{body} bytes"
    if body < expected:
        raise ValueError(f"{path}: truncated, expected {what} but found {found}")
    if body > expected:
        raise ValueError(f"{path}: {body - expected} unexpected bytes after {what}")
    array = np.frombuffer(data, np.uint8, offset=header).reshape(dims)
    if ndim == 3 and dims[1:] != (IMAGE_SIDE, IMAGE_SIDE):
        raise ValueError(f"{path}: images are {dims[1]}x{dims[2]}, expected 28x28")
    if ndim == 1 and array.size and array.max() > 9:
        index = int(np.argmax(array > 9))
        raise ValueError(f"{path}: label {array[index]} at index {index} is not a digit 0-9")
    return array


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


# ---------------------------------------------------------------------------------------------
# Spiral

SPIRAL_TEST_FRACTION = 0.3
SPIRAL_TURN = 4.0  # radians each arm sweeps from the centre to the rim, as in CS231n's spiral


def make_spiral(
    points_per_class: int = 100, classes: int = 3, noise: float = 0.2, seed: int = 0
) -> Dataset:
    """A K-arm spiral in the plane: x (N, 2) float32 in about [-1, 1], t (N,) int64 arm index.

    Arm k starts at angle 2*pi*k/K; a point at radius r in (0, 1] sits at angle
    2*pi*k/K + 4r + noise * standard normal. Each arm is split 70/30 into train/test, then both
    sets are shuffled; the same arguments always give the same arrays.
    """
    points_per_class = check_int("points_per_class", points_per_class, 2, 10_000)
    classes = check_int("classes", classes, 2, 10)
    noise = check_float("noise", noise, 0.0, 1.0)
    seed = check_int("seed", seed, 0, 2**63 - 1)

    rng = np.random.default_rng(seed)
    # r = 0 is left out: every arm would put a point on the origin, each with a different label.
    radius = np.tile(np.linspace(0.0, 1.0, points_per_class + 1)[1:], classes)
    arm = np.repeat(np.arange(classes, dtype=np.int64), points_per_class)
    angle = 2 * np.pi * arm / classes + SPIRAL_TURN * radius
    angle += float(noise) * rng.standard_normal(angle.shape)
    x = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)]).astype(np.float32)

    n_test = max(1, round(SPIRAL_TEST_FRACTION * points_per_class))
    train_idx, test_idx = [], []
    for k in range(classes):
        idx = rng.permutation(np.flatnonzero(arm == k))
        test_idx.append(idx[:n_test])
        train_idx.append(idx[n_test:])
    train = rng.permutation(np.concatenate(train_idx))
    test = rng.permutation(np.concatenate(test_idx))
    return Dataset(x[train], arm[train], x[test], arm[test], name="spiral")
