"""Tests for engine/data.py: the bundled MNIST subset, and the IDX loader."""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import os
import re
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from engine import data
from engine.data import (
    BUNDLED_MNIST,
    MNIST_DIR_ENV,
    MNIST_SHA256,
    Dataset,
    load_mnist,
    load_mnist_idx,
    load_mnist_npz,
)
from tests.helpers import idx_bytes, write_idx_folder

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def fresh_cache():
    data.clear_cache()
    yield
    data.clear_cache()


# --- bundled subset ----------------------------------------------------------------------------


def test_bundled_file_matches_recorded_sha256():
    assert hashlib.sha256(BUNDLED_MNIST.read_bytes()).hexdigest() == MNIST_SHA256


def test_bundled_mnist_is_float32_pixels_in_unit_range_and_int64_labels():
    ds = load_mnist()
    assert ds.name == "mnist-subset"
    assert ds.x_train.shape == (4000, 784) and ds.x_test.shape == (1000, 784)
    assert ds.t_train.shape == (4000,) and ds.t_test.shape == (1000,)
    assert ds.x_train.dtype == ds.x_test.dtype == np.float32
    assert ds.t_train.dtype == ds.t_test.dtype == np.int64
    for x in (ds.x_train, ds.x_test):
        assert x.min() == 0.0 and x.max() == 1.0
    assert (ds.input_size, ds.num_classes, ds.train_size, ds.test_size) == (784, 10, 4000, 1000)


def test_bundled_mnist_pixels_are_bytes_divided_by_255():
    with np.load(BUNDLED_MNIST) as raw:
        pixels = raw["x_test"]
        labels = raw["t_test"]
    ds = load_mnist()
    np.testing.assert_array_equal(np.rint(ds.x_test * 255).astype(np.uint8), pixels)
    np.testing.assert_array_equal(ds.t_test, labels)


def test_bundled_mnist_has_400_train_and_100_test_per_digit():
    ds = load_mnist()
    np.testing.assert_array_equal(np.bincount(ds.t_train, minlength=10), np.full(10, 400))
    np.testing.assert_array_equal(np.bincount(ds.t_test, minlength=10), np.full(10, 100))


def test_bundled_mnist_train_and_test_share_no_image():
    ds = load_mnist()
    both = np.concatenate([ds.x_train, ds.x_test])
    assert len(np.unique(both, axis=0)) == len(both)


def test_first_1000_training_images_hold_every_digit_roughly_equally():
    counts = np.bincount(load_mnist().subset(1000).t_train, minlength=10)
    assert counts.sum() == 1000
    assert counts.min() >= 70 and counts.max() <= 130, counts


def test_load_mnist_is_cached_and_read_only():
    first = load_mnist()
    assert load_mnist() is first
    with pytest.raises(ValueError, match="read-only"):
        first.x_train[0, 0] = 0.5
    with pytest.raises(ValueError, match="read-only"):
        first.subset(10).t_train[0] = 3


def test_subset_keeps_test_set_and_rejects_bad_sizes():
    ds = load_mnist()
    small = ds.subset(300)
    assert small.x_train.shape == (300, 784) and small.x_test is ds.x_test
    np.testing.assert_array_equal(small.t_train, ds.t_train[:300])
    for bad in (0, 4001, 2.5, True):
        with pytest.raises(ValueError, match="train_size must be an integer from 1 to 4000"):
            ds.subset(bad)


def test_dataset_rejects_mismatched_arrays():
    x = np.zeros((4, 2), np.float32)
    t = np.zeros(3, np.int64)
    with pytest.raises(ValueError, match="toy: train needs x"):
        Dataset(x, t, x, np.zeros(4, np.int64), name="toy")
    with pytest.raises(ValueError, match="train has 2 features, test has 3"):
        Dataset(x, t[:1].repeat(4), np.zeros((1, 3), np.float32), t[:1], name="toy")


def test_load_mnist_npz_names_a_file_that_is_not_a_bundle(tmp_path):
    bogus = tmp_path / "mnist_subset.npz"
    bogus.write_text("version https://git-lfs.github.com/spec/v1\n")
    with pytest.raises(ValueError, match="mnist_subset.npz: not a readable MNIST bundle"):
        load_mnist_npz(bogus)


def test_build_script_writes_identical_bytes_twice(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "build_mnist_subset", ROOT / "scripts" / "build_mnist_subset.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    rng = np.random.default_rng(1)
    x = rng.integers(0, 256, (1000, 784), dtype=np.uint8)
    t = np.repeat(np.arange(10, dtype=np.uint8), 100)
    script.TRAIN_PER_CLASS, script.TEST_PER_CLASS = 80, 20
    arrays = script.stratified_split(x, t, seed=3)
    np.testing.assert_array_equal(np.bincount(arrays["t_test"]), np.full(10, 20))
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    script.save_npz_reproducibly(first, arrays)
    script.save_npz_reproducibly(second, arrays)
    assert first.read_bytes() == second.read_bytes()
    with np.load(first) as back:
        np.testing.assert_array_equal(back["x_train"], arrays["x_train"])


# --- IDX loader --------------------------------------------------------------------------------


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
def test_idx_loader_round_trips_tiny_files(tmp_path, gz):
    written = write_idx_folder(tmp_path, gz=gz)
    ds = load_mnist_idx(tmp_path)
    assert ds.name == "mnist"
    assert ds.x_train.shape == (5, 784) and ds.x_test.shape == (3, 784)
    assert ds.x_train.dtype == np.float32 and ds.t_train.dtype == np.int64
    np.testing.assert_array_equal(ds.x_train, written["x_train"].reshape(5, 784) / np.float32(255))
    np.testing.assert_array_equal(ds.x_test[2].reshape(28, 28) * 255, written["x_test"][2])
    np.testing.assert_array_equal(ds.t_train, written["t_train"])
    np.testing.assert_array_equal(ds.t_test, written["t_test"])


def test_idx_loader_names_a_missing_file(tmp_path):
    write_idx_folder(tmp_path)
    (tmp_path / "t10k-labels-idx1-ubyte").unlink()
    with pytest.raises(ValueError, match=r"t10k-labels-idx1-ubyte: missing"):
        load_mnist_idx(tmp_path)


def test_idx_loader_rejects_a_folder_that_does_not_exist(tmp_path):
    with pytest.raises(ValueError, match="nowhere: not a folder"):
        load_mnist_idx(tmp_path / "nowhere")


def rewrite(folder: Path, filename: str, raw: bytes) -> None:
    (folder / filename).write_bytes(raw)


LABELS_3 = np.array([1, 2, 3], np.uint8)
IMAGES_3 = np.zeros((3, 28, 28), np.uint8)

CORRUPTIONS = {
    "truncated labels": (
        "t10k-labels-idx1-ubyte",
        idx_bytes(LABELS_3, 0x801)[:-1],
        r"t10k-labels-idx1-ubyte: truncated, expected 3 labels but found 2",
    ),
    "truncated images": (
        "t10k-images-idx3-ubyte",
        idx_bytes(IMAGES_3, 0x803)[:-10],
        r"t10k-images-idx3-ubyte: truncated, expected 3 images of 28x28 pixels \(2352 bytes\)"
        r" but found 2342 bytes",
    ),
    "header cut short": (
        "train-images-idx3-ubyte",
        idx_bytes(IMAGES_3, 0x803)[:9],
        r"train-images-idx3-ubyte: truncated, 9 bytes is shorter than the IDX header",
    ),
    "labels where images belong": (
        "train-images-idx3-ubyte",
        idx_bytes(LABELS_3, 0x801),
        r"train-images-idx3-ubyte: wrong magic number 0x00000801, expected 0x00000803",
    ),
    "trailing bytes": (
        "t10k-labels-idx1-ubyte",
        idx_bytes(LABELS_3, 0x801) + b"\x00\x00",
        r"t10k-labels-idx1-ubyte: 2 unexpected bytes after 3 labels",
    ),
    "label out of range": (
        "t10k-labels-idx1-ubyte",
        idx_bytes(np.array([1, 12, 3], np.uint8), 0x801),
        r"t10k-labels-idx1-ubyte: label 12 at index 1 is not a digit 0-9",
    ),
    "images not 28x28": (
        "t10k-images-idx3-ubyte",
        idx_bytes(np.zeros((3, 32, 32), np.uint8), 0x803),
        r"t10k-images-idx3-ubyte: images are 32x32, expected 28x28",
    ),
}


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
@pytest.mark.parametrize("case", CORRUPTIONS, ids=list(CORRUPTIONS))
def test_idx_loader_names_the_broken_file_and_the_problem(tmp_path, case, gz):
    filename, raw, message = CORRUPTIONS[case]
    if gz:  # the same bytes compressed: a .gz has no file size to check, the stream is counted
        filename, raw = f"{filename}.gz", gzip.compress(raw)
        message = message.replace("-ubyte:", r"-ubyte\.gz:", 1)
    write_idx_folder(tmp_path, gz=gz)
    rewrite(tmp_path, filename, raw)
    with pytest.raises(ValueError, match=message) as caught:
        load_mnist_idx(tmp_path)
    assert str(tmp_path / filename) in str(caught.value)


def test_idx_loader_names_both_files_when_counts_differ(tmp_path):
    write_idx_folder(tmp_path)
    rewrite(tmp_path, "train-labels-idx1-ubyte", idx_bytes(np.arange(4, dtype=np.uint8), 0x801))
    with pytest.raises(
        ValueError,
        match=r"train-images-idx3-ubyte has 5 images but .*train-labels-idx1-ubyte has 4 labels",
    ):
        load_mnist_idx(tmp_path)


def test_idx_loader_names_a_gzip_file_cut_short(tmp_path):
    write_idx_folder(tmp_path, gz=True)
    path = tmp_path / "train-images-idx3-ubyte.gz"
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(ValueError, match=r"train-images-idx3-ubyte\.gz: cannot read"):
        load_mnist_idx(tmp_path)


# --- IDX files that must be refused from their headers -----------------------------------------

MAX_SECONDS = 1.0
MAX_PEAK = 5 * 2**20  # bytes: far below any body worth refusing (100,000 images are 78 MB)
TOO_MANY = r"is more than this lab reads \(at most 100,000; full MNIST has 60,000 training"


def idx_header(magic: int, *dims: int) -> bytes:
    return b"".join(n.to_bytes(4, "big") for n in (magic, *dims))


def write_sparse(path: Path, header: bytes, size: int) -> None:
    """`header` then zeros up to `size` bytes, without writing the zeros (a sparse file)."""
    path.write_bytes(header)
    os.truncate(path, size)


def refusal_cost(folder: Path) -> tuple[str, float, int]:
    """Load `folder`, which must fail: (error message, seconds, peak traced bytes allocated)."""
    tracemalloc.start()
    try:
        start = time.perf_counter()
        with pytest.raises(ValueError) as caught:
            load_mnist_idx(folder)
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return str(caught.value), seconds, peak


def write_header_case(folder: Path, case: str) -> str:
    """Replace the training files with a `case` below; return the file the error must name."""
    images, labels = folder / data.IDX_FILES["x_train"], folder / data.IDX_FILES["t_train"]
    if case == "2^32-1 images in a 2 GB file":
        write_sparse(images, idx_header(0x803, 2**32 - 1, 28, 28), 2 * 10**9)
    elif case == "2,700,000 images, sizes consistent":
        write_sparse(images, idx_header(0x803, 2_700_000, 28, 28), 16 + 2_700_000 * 784)
        write_sparse(labels, idx_header(0x801, 2_700_000), 8 + 2_700_000)
    elif case == "100,001 labels":
        write_sparse(labels, idx_header(0x801, 100_001), 8 + 100_001)
        return str(labels)
    elif case == "100,000 images of 32x32":
        write_sparse(images, idx_header(0x803, 100_000, 32, 32), 16 + 100_000 * 32 * 32)
    elif case == "100,000 images but 99,999 labels":
        write_sparse(images, idx_header(0x803, 100_000, 28, 28), 16 + 100_000 * 784)
        write_sparse(labels, idx_header(0x801, 99_999), 8 + 99_999)
    elif case == "100,000 images in a file 1 byte short":
        write_sparse(images, idx_header(0x803, 100_000, 28, 28), 16 + 100_000 * 784 - 1)
        write_sparse(labels, idx_header(0x801, 100_000), 8 + 100_000)
    return str(images)


HEADER_CASES = {
    "2^32-1 images in a 2 GB file": rf": 4,294,967,295 images {TOO_MANY}",
    "2,700,000 images, sizes consistent": rf": 2,700,000 images {TOO_MANY}",
    "100,001 labels": rf": 100,001 labels {TOO_MANY}",
    "100,000 images of 32x32": r": images are 32x32, expected 28x28",
    "100,000 images but 99,999 labels": r" has 100000 images but .* has 99999 labels",
    "100,000 images in a file 1 byte short": r": truncated, expected 100000 images of 28x28 pixels"
    r" \(78400000 bytes\) but found 78399999 bytes",
}


@pytest.mark.parametrize("case", HEADER_CASES, ids=list(HEADER_CASES))
def test_idx_loader_refuses_from_the_header_without_reading_the_body(tmp_path, case):
    write_idx_folder(tmp_path)
    named = write_header_case(tmp_path, case)
    message, seconds, peak = refusal_cost(tmp_path)
    assert message.startswith(named)
    assert re.search(HEADER_CASES[case], message), message
    assert seconds < MAX_SECONDS, f"{seconds:.2f} s"
    assert peak < MAX_PEAK, f"{peak / 2**20:.1f} MiB"


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
def test_idx_loader_refuses_empty_sets_naming_the_file(tmp_path, gz):
    write_idx_folder(tmp_path)
    suffix = ".gz" if gz else ""
    pack = gzip.compress if gz else bytes
    images = tmp_path / f"{data.IDX_FILES['x_test']}{suffix}"
    labels = tmp_path / f"{data.IDX_FILES['t_test']}{suffix}"
    for name in (data.IDX_FILES["x_test"], data.IDX_FILES["t_test"]):
        (tmp_path / name).unlink()
    images.write_bytes(pack(idx_header(0x803, 0, 28, 28)))
    labels.write_bytes(pack(idx_header(0x801, 0)))
    with pytest.raises(ValueError, match=rf"^{re.escape(str(images))}: the header says 0 images"):
        load_mnist_idx(tmp_path)
    images.write_bytes(pack(idx_header(0x803, 3, 28, 28) + bytes(3 * 784)))
    with pytest.raises(ValueError, match=rf"^{re.escape(str(labels))}: the header says 0 labels"):
        load_mnist_idx(tmp_path)


ZEROS_MEMBER = gzip.compress(bytes(2**20), compresslevel=9)  # 1 MiB of zeros in about 1 KB


def write_gzip_bomb(path: Path, header: bytes, zero_mib: int) -> None:
    """A .gz holding `header` then `zero_mib` MiB of zeros, about 1 KB on disk per MiB.

    gzip readers join concatenated members into one stream, so one compressed MiB repeated
    builds a 1 GiB stream instantly.
    """
    with open(path, "wb") as out:
        out.write(gzip.compress(header))
        for _ in range(zero_mib):
            out.write(ZEROS_MEMBER)


def test_idx_loader_refuses_a_gzip_bomb_from_its_header(tmp_path):
    write_idx_folder(tmp_path)
    (tmp_path / data.IDX_FILES["x_train"]).unlink()
    bomb = tmp_path / f"{data.IDX_FILES['x_train']}.gz"
    n = 1_369_568  # 1 GiB of pixels, as in the 1 MB bomb of issue 8
    write_gzip_bomb(bomb, idx_header(0x803, n, 28, 28), n * 784 // 2**20)
    write_sparse(tmp_path / data.IDX_FILES["t_train"], idx_header(0x801, n), 8 + n)
    assert bomb.stat().st_size < 2 * 2**20
    message, seconds, peak = refusal_cost(tmp_path)
    assert re.fullmatch(rf"{re.escape(str(bomb))}: 1,369,568 images {TOO_MANY}.*", message)
    assert seconds < MAX_SECONDS, f"{seconds:.2f} s"
    assert peak < MAX_PEAK, f"{peak / 2**20:.1f} MiB"


@pytest.mark.parametrize("claimed", [3, 60_000])
def test_idx_loader_stops_a_gzip_stream_longer_than_its_header(tmp_path, claimed):
    """The header claims `claimed` images, the stream holds 1 GiB: refused after reading
    about the declared size (the old loader decompressed it all: 4 GB and 11 s for 2 GiB)."""
    write_idx_folder(tmp_path)
    for key in ("x_train", "t_train"):
        (tmp_path / data.IDX_FILES[key]).unlink()
    liar = tmp_path / f"{data.IDX_FILES['x_train']}.gz"
    write_gzip_bomb(liar, idx_header(0x803, claimed, 28, 28), 1024)
    labels = idx_header(0x801, claimed) + bytes(claimed)
    (tmp_path / f"{data.IDX_FILES['t_train']}.gz").write_bytes(gzip.compress(labels))
    message, seconds, peak = refusal_cost(tmp_path)
    declared = claimed * 784
    assert re.fullmatch(
        rf"{re.escape(str(liar))}: (at least )?\d+ unexpected bytes after {claimed} images of 28x28"
        rf" pixels \({declared} bytes\)",
        message,
    )
    assert seconds < MAX_SECONDS + declared / 20e6, f"{seconds:.2f} s"  # 20 MB/s: a slow machine
    assert peak < declared + MAX_PEAK, f"{peak / 2**20:.1f} MiB for {declared / 2**20:.1f} MiB"


def test_idx_loader_reads_a_gzip_stream_shorter_than_its_header_up_to_its_end(tmp_path):
    write_idx_folder(tmp_path, gz=True)
    short = tmp_path / f"{data.IDX_FILES['x_test']}.gz"
    short.write_bytes(gzip.compress(idx_header(0x803, 3, 28, 28) + bytes(1000)))
    with pytest.raises(ValueError, match=r"ubyte\.gz: truncated, expected 3 images .* found 1000"):
        load_mnist_idx(tmp_path)


def corrupt_gzip(raw: bytes, how: str) -> bytes:
    packed = gzip.compress(raw)
    if how == "not gzip at all":
        return raw
    if how == "garbled deflate data":
        return packed[:12] + bytes(b ^ 0xFF for b in packed[12:20]) + packed[20:]
    if how == "wrong checksum":  # the CRC-32 in the 8-byte trailer
        return packed[:-8] + bytes(4) + packed[-4:]
    assert how == "garbage after the stream"
    return packed + b"garbage!"


@pytest.mark.parametrize(
    "how",
    ["not gzip at all", "garbled deflate data", "wrong checksum", "garbage after the stream"],
)
def test_idx_loader_names_a_corrupt_gzip_file(tmp_path, how):
    written = write_idx_folder(tmp_path, gz=True)
    path = tmp_path / f"{data.IDX_FILES['t_test']}.gz"
    path.write_bytes(corrupt_gzip(idx_bytes(written["t_test"], 0x801), how))
    with pytest.raises(ValueError, match=rf"^{re.escape(str(path))}: cannot read \(.+\)$"):
        load_mnist_idx(tmp_path)


# --- choosing the source -----------------------------------------------------------------------


def test_env_var_switches_load_mnist_to_idx_folder_and_back(tmp_path, monkeypatch):
    write_idx_folder(tmp_path, n_train=6, n_test=2)
    monkeypatch.setenv(MNIST_DIR_ENV, str(tmp_path))
    full = load_mnist()
    assert (full.name, full.train_size, full.test_size) == ("mnist", 6, 2)
    assert not full.x_train.flags.writeable
    monkeypatch.delenv(MNIST_DIR_ENV)
    assert load_mnist().train_size == 4000


def test_env_var_with_a_broken_folder_names_the_variable_and_file(tmp_path, monkeypatch):
    write_idx_folder(tmp_path)
    (tmp_path / "train-labels-idx1-ubyte").unlink()
    monkeypatch.setenv(MNIST_DIR_ENV, str(tmp_path))
    with pytest.raises(ValueError, match=rf"{MNIST_DIR_ENV}=.*train-labels-idx1-ubyte: missing"):
        load_mnist()


def test_engine_data_imports_neither_streamlit_nor_plotly():
    code = "import sys, engine.data; print(sorted(m for m in sys.modules if m.split('.')[0] in "
    code += "('streamlit', 'plotly')))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
