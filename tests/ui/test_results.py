"""ui.results.SharedFolder: finished runs shared by several server processes through a folder.

Written atomically as JSON (never pickle: the folder is outside the process), read back on a
miss exactly as they were, bounded in size with the least recently used files evicted, and
anything in the folder that is not a whole result of the asked key ignored."""

from __future__ import annotations

import json
import math
import os
import pickle
import time

import numpy as np
import pandas as pd
import pytest

from ui.results import (
    SHARED_ENV,
    SHARED_MB_ENV,
    Finished,
    ResultStore,
    SharedFolder,
    run_key,
)
from ui.trainers import Trainers

MB = 1024 * 1024


def finished(n: int = 5, seed: int = 0) -> Finished:
    """A frame with the column kinds a training run has: text, ints, floats (NaN too), bools."""
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame(
        {
            "run": ["main", "baseline"] * (n // 2) + ["main"] * (n % 2),
            "epoch": np.arange(n, dtype=np.int64),
            "loss": rng.random(n) * 3,
            "test_acc": [0.1, math.nan, *rng.random(n - 2)],
            "kept": [True, False] * (n // 2) + [True] * (n % 2),
        }
    )
    return Finished(frame, {"baseline": 3})


def key(**params) -> tuple:
    return run_key("weight_decay", {"epochs": 200, "hidden": [100, 100], **params})


def files(folder) -> list:
    return sorted(p for p in folder.iterdir() if p.suffix == ".json")


def test_a_run_written_by_one_store_is_read_by_another_exactly(tmp_path):
    writer = ResultStore(shared=SharedFolder(tmp_path, 10 * MB))
    reader = ResultStore(shared=SharedFolder(tmp_path, 10 * MB))
    result = finished(7)
    writer.put(key(weight_decay_lambda=0.1), result)

    got = reader.get(key(weight_decay_lambda=0.1))

    assert got is not None
    pd.testing.assert_frame_equal(got.frame, result.frame)
    assert got.diverged == {"baseline": 3}
    assert reader.get(key(weight_decay_lambda=0.2)) is None
    assert len(reader) == 1  # what was read is kept in memory too


def test_layer_health_and_the_latest_arrays_come_back_exactly(tmp_path):
    writer = ResultStore(shared=SharedFolder(tmp_path, 10 * MB))
    reader = ResultStore(shared=SharedFolder(tmp_path, 10 * MB))
    health = pd.DataFrame(
        {
            "run": ["main"] * 2,
            "epoch": [1, 1],
            "layer": [1, 2],
            "activation_std": [0.5, math.nan],
            "gradient_std": [1e-3, 2e-3],
        }
    )
    boundary = np.random.default_rng(1).random((5, 5)).astype(np.float32)
    result = Finished(finished().frame, {}, health, {"boundary": boundary})
    writer.put(key(lam=1), result)
    got = reader.get(key(lam=1))
    pd.testing.assert_frame_equal(got.health, health)
    np.testing.assert_array_equal(got.latest["boundary"], boundary)
    assert got.latest["boundary"].dtype == np.float32


def test_the_file_is_json_named_by_the_sha256_of_the_key_and_holds_no_pickle(tmp_path):
    shared = SharedFolder(tmp_path, 10 * MB)
    k = key(seed=3)
    shared.write(k, finished())

    (path,) = files(tmp_path)
    assert path == shared.path(k)
    assert len(path.stem) == 64 and all(c in "0123456789abcdef" for c in path.stem)
    data = json.loads(path.read_text())
    assert data["key"] == repr(k)
    assert data["columns"] == ["run", "epoch", "loss", "test_acc", "kept"]
    with pytest.raises(pickle.UnpicklingError):
        pickle.loads(path.read_bytes())
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"], "temp file left behind"


def test_numpy_scalars_in_the_rows_are_written_as_numbers(tmp_path):
    frame = pd.DataFrame({"epoch": [np.int64(1)], "loss": [np.float32(0.5)]}, dtype=object)
    shared = SharedFolder(tmp_path, MB)
    shared.write(key(), Finished(frame, {}))
    assert json.loads(shared.path(key()).read_text())["rows"] == [[1, 0.5]]


def test_the_folder_is_made_when_first_written(tmp_path):
    shared = SharedFolder(tmp_path / "volume" / "results", MB)
    assert shared.read(key()) is None
    shared.write(key(), finished())
    assert shared.read(key()) is not None


def test_a_file_under_another_keys_name_is_not_taken(tmp_path):
    shared = SharedFolder(tmp_path, MB)
    shared.write(key(seed=1), finished())
    os.replace(shared.path(key(seed=1)), shared.path(key(seed=2)))
    assert shared.read(key(seed=2)) is None


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x80\x04\x95 not json at all",
        pickle.dumps({"format": 1}),
        b'{"format": 1, "key": ',  # cut short
        b"[1, 2, 3]",
        b'{"format": 99}',
        b"{}",
    ],
    ids=["empty", "binary", "pickle", "truncated", "a list", "future format", "no fields"],
)
def test_unreadable_files_are_ignored(tmp_path, content):
    shared = SharedFolder(tmp_path, MB)
    shared.path(key()).write_bytes(content)
    store = ResultStore(shared=shared)
    assert store.get(key()) is None
    assert len(store) == 0


def mangled(tmp_path, change) -> Finished | None:
    shared = SharedFolder(tmp_path, MB)
    shared.write(key(), finished())
    data = json.loads(shared.path(key()).read_text())
    change(data)
    shared.path(key()).write_text(json.dumps(data))
    return shared.read(key())


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["rows"][0].pop(),
        lambda d: d["dtypes"].pop(),
        lambda d: d.update(dtypes=["no-such-dtype"] * len(d["columns"])),
        lambda d: d.update(columns=[1, 2, 3, 4, 5]),
        lambda d: d.update(rows={"not": "a list"}),
        lambda d: d.update(diverged={"baseline": "3; rm -rf /"}),
        lambda d: d.update(diverged=[["baseline", 3]]),
        lambda d: d["rows"][0].__setitem__(1, "not an int"),
        lambda d: d["rows"][0].__setitem__(1, 10**30),
    ],
    ids=[
        "short row",
        "dtypes missing",
        "unknown dtype",
        "columns not text",
        "rows not a list",
        "diverged not ints",
        "diverged not a mapping",
        "a value of the wrong type",
        "an int too large",
    ],
)
def test_files_that_are_json_but_not_a_result_are_ignored(tmp_path, change):
    assert mangled(tmp_path, change) is None


def test_a_file_larger_than_the_whole_budget_is_not_read(tmp_path):
    shared = SharedFolder(tmp_path, 10 * MB)
    shared.write(key(), finished(2000))
    assert shared.read(key()) is not None
    small = SharedFolder(tmp_path, shared.path(key()).stat().st_size - 1)
    assert small.read(key()) is None


def test_the_folder_is_bounded_and_the_least_recently_used_files_go_first(tmp_path):
    shared = SharedFolder(tmp_path, MB)
    shared.write(key(seed=0), finished(300))
    size = shared.path(key(seed=0)).stat().st_size
    shared.max_bytes = 3 * size + size // 2  # room for three of these files
    for seed in (1, 2):
        shared.write(key(seed=seed), finished(300, seed))
    # file times: seed 0 oldest, then 1, then 2; reading seed 0 makes it the most recent
    for age, seed in ((30, 0), (20, 1), (10, 2)):
        then = time.time() - age
        os.utime(shared.path(key(seed=seed)), (then, then))
    assert shared.read(key(seed=0)) is not None

    shared.write(key(seed=3), finished(300, 3))

    assert sum(p.stat().st_size for p in files(tmp_path)) <= shared.max_bytes
    kept = {seed for seed in range(4) if shared.path(key(seed=seed)).exists()}
    assert kept == {0, 2, 3}


def test_a_result_larger_than_the_budget_is_not_written(tmp_path):
    shared = SharedFolder(tmp_path, 1000)
    shared.write(key(), finished(500))
    assert files(tmp_path) == []


def test_stale_temp_files_of_dead_writers_are_removed_and_fresh_ones_kept(tmp_path):
    stale, fresh = tmp_path / ".dead.tmp", tmp_path / ".writing.tmp"
    stale.write_bytes(b"half a fi")
    fresh.write_bytes(b"half a fi")
    long_ago = time.time() - 2 * 3600
    os.utime(stale, (long_ago, long_ago))
    SharedFolder(tmp_path, MB).write(key(), finished())
    assert not stale.exists() and fresh.exists()


def test_a_folder_that_cannot_be_written_does_not_break_the_store(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    store = ResultStore(shared=SharedFolder(blocker / "results", MB))
    store.put(key(), finished())  # logged, not raised
    assert store.get(key()) is not None  # the in-memory LRU still has it


def test_the_in_memory_lru_is_unchanged_by_sharing(tmp_path):
    store = ResultStore(max_entries=2, shared=SharedFolder(tmp_path, 10 * MB))
    for seed in range(3):
        store.put(key(seed=seed), finished(seed=seed))
    assert len(store) == 2
    store.clear()
    assert len(store) == 0
    assert store.get(key(seed=0)) is not None  # evicted from memory, still in the folder


def test_the_environment_names_the_folder_and_its_bound(tmp_path, monkeypatch):
    monkeypatch.delenv(SHARED_ENV, raising=False)
    assert SharedFolder.from_env() is None
    monkeypatch.setenv(SHARED_ENV, str(tmp_path))
    monkeypatch.setenv(SHARED_MB_ENV, "2")
    shared = SharedFolder.from_env()
    assert shared.folder == tmp_path and shared.max_bytes == 2 * MB
    for wrong in ("lots", "-1", "nan", ""):
        monkeypatch.setenv(SHARED_MB_ENV, wrong)
        assert SharedFolder.from_env().max_bytes == 256 * MB


def test_trainers_share_results_through_the_folder_the_environment_names(tmp_path, monkeypatch):
    monkeypatch.setenv(SHARED_ENV, str(tmp_path))
    first, second = Trainers(1, "thread"), Trainers(1, "thread")
    try:
        k = run_key("fake", {"epochs": 2})
        first.results.put(k, finished())
        assert second.results.get(k) is not None
    finally:
        for pool in (first, second):
            pool.shutdown()


def test_without_the_environment_trainers_keep_results_to_themselves(monkeypatch):
    monkeypatch.delenv(SHARED_ENV, raising=False)
    pool = Trainers(1, "thread")
    try:
        assert pool.results.shared is None
    finally:
        pool.shutdown()
