"""Finished training runs, kept for the whole server: a second request for the same settings,
from any session, draws at once with no training.

`st.cache_data` can only store a function's return value, so it cannot hand out the partial
results of a generator while it runs; ui.trainers trains, and when a run finishes it puts the
result here, keyed by the experiment's section name plus all its arguments (seed included).
Results are frames that are never mutated; `get` hands out copies anyway.

Several server processes (replicas behind a load balancer, deploy/) each keep their own store.
If TRAINING_LAB_SHARED_RESULTS names a folder they all can write (a shared volume), finished
runs are also written there as JSON (`SharedFolder`) and read from it on a miss, so a run
trained by one replica is shown by the others at once. The folder is outside the process:
nothing in it is trusted, unpickled or kept when it does not read back as a result.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import os
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

STORE_MAX_ENTRIES = 48  # finished training runs: a few hundred kB each
SHARED_ENV, SHARED_MB_ENV = "TRAINING_LAB_SHARED_RESULTS", "TRAINING_LAB_SHARED_RESULTS_MB"
SHARED_MB_DEFAULT = 256.0  # thousands of runs: a weight-decay run is about 45 kB of JSON
SHARED_FORMAT = 3  # 2: with layer health and the latest arrays; 3: init runs named "0.01"
STALE_TEMP_S = 3600.0  # a temp file this old was left by a writer that died: it is removed

log = logging.getLogger("training_lab")


@dataclass(frozen=True)
class Finished:
    """The end of a training experiment: its rows, the runs that diverged (run -> epoch), its
    layer health (engine.progress.HEALTH_COLUMNS; None when not recorded) and the last
    `latest` it reported (named arrays, e.g. the 2-D page's boundary; None if none)."""

    frame: pd.DataFrame
    diverged: Mapping[str, int]
    health: pd.DataFrame | None = None
    latest: Mapping[str, np.ndarray] | None = None

    def copy(self) -> Finished:
        """A copy a caller may change (the store keeps its own)."""
        return Finished(
            self.frame.copy(),
            dict(self.diverged),
            None if self.health is None else self.health.copy(),
            None if self.latest is None else {k: np.array(v) for k, v in self.latest.items()},
        )


def _freeze(value) -> Hashable:
    if isinstance(value, Mapping):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    return value


def run_key(name: str, kwargs: Mapping) -> tuple:
    """The store's key: the experiment's name and every argument (sorted, lists as tuples)."""
    return (name, _freeze(kwargs))


class ResultStore:
    """A bounded LRU mapping run_key -> Finished, safe to share between script threads.

    shared: a SharedFolder that finished runs are also written to, and read from on a miss
    (what is read there is kept in the LRU too). clear() forgets only the LRU."""

    def __init__(self, max_entries: int = STORE_MAX_ENTRIES, shared: SharedFolder | None = None):
        self.max_entries = max_entries
        self.shared = shared
        self._items: OrderedDict[tuple, Finished] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> Finished | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
        if found is None and self.shared is not None:
            found = self.shared.read(key)
            if found is not None:
                self._remember(key, found)
        return None if found is None else found.copy()

    def put(self, key: tuple, result: Finished) -> None:
        self._remember(key, result)
        if self.shared is not None:
            self.shared.write(key, result)

    def _remember(self, key: tuple, result: Finished) -> None:
        with self._lock:
            self._items[key] = result.copy()
            self._items.move_to_end(key)
            while len(self._items) > self.max_entries:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


# ------------------------------------------------------------------ shared across processes


class SharedFolder:
    """Finished runs as one JSON file per run_key in a folder several processes share.

    The file name is the sha256 of the key's repr; the file holds that repr too (a file under
    the wrong name is not taken), the frame as columns, dtypes and rows, and the diverged runs.
    Files are written to a temp file in the folder and moved into place with os.replace, so a
    reader sees a whole file or none. After each write the oldest files (by last write or read)
    are removed until the folder holds at most max_bytes. A file that cannot be read, parsed or
    turned back into a frame is ignored (left for eviction).
    """

    def __init__(self, folder: str | os.PathLike, max_bytes: int):
        self.folder = Path(folder)
        self.max_bytes = max_bytes

    @classmethod
    def from_env(cls) -> SharedFolder | None:
        """The folder named by TRAINING_LAB_SHARED_RESULTS (bounded by ..._MB), or None."""
        folder = os.environ.get(SHARED_ENV, "").strip()
        if not folder:
            return None
        try:
            megabytes = float(os.environ.get(SHARED_MB_ENV, "") or SHARED_MB_DEFAULT)
        except ValueError:
            megabytes = SHARED_MB_DEFAULT
        if not math.isfinite(megabytes) or megabytes <= 0:
            megabytes = SHARED_MB_DEFAULT
        return cls(folder, int(megabytes * 1024 * 1024))

    def path(self, key: tuple) -> Path:
        return self.folder / f"{hashlib.sha256(repr(key).encode()).hexdigest()}.json"

    def read(self, key: tuple) -> Finished | None:
        """The run stored under `key`, or None (absent, too large, unreadable, not a result)."""
        path = self.path(key)
        try:
            if path.stat().st_size > self.max_bytes:
                return None
            data = json.loads(path.read_bytes())
            found = _finished_from(data, repr(key))
        except Exception:  # whatever is wrong with a file from outside, it is not a result
            return None
        if found is not None:
            with contextlib.suppress(OSError):
                os.utime(path)  # recently used: evicted last
        return found

    def write(self, key: tuple, result: Finished) -> None:
        """Store a run (replacing any file of that key), then evict. Failures are logged."""
        try:
            data = json.dumps(_finished_to(result, repr(key)), default=_plain).encode()
        except (TypeError, ValueError) as err:
            log.warning("shared results: %s not written: %s", key[0], err)
            return
        if len(data) > self.max_bytes:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=self.folder)
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                os.replace(temp, self.path(key))
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                raise
            self.evict()
        except OSError as err:
            log.warning("shared results: %s not written to %s: %s", key[0], self.folder, err)

    def evict(self) -> None:
        """Remove the least recently used files until the folder holds at most max_bytes, and
        temp files that writers which died left behind."""
        files, now = [], time.time()
        with os.scandir(self.folder) as entries:
            for entry in entries:
                try:
                    stat = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                if entry.name.endswith(".json") and entry.is_file(follow_symlinks=False):
                    files.append((stat.st_mtime, stat.st_size, entry.path))
                elif entry.name.endswith(".tmp") and now - stat.st_mtime > STALE_TEMP_S:
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)
        total = sum(size for _, size, _ in files)
        for _, size, path in sorted(files):
            if total <= self.max_bytes:
                break
            with contextlib.suppress(OSError):  # another process may have removed it first
                os.unlink(path)
            total -= size


def _plain(value):
    """json.dumps' fallback: numpy scalars as Python numbers."""
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _finished_to(result: Finished, key_repr: str) -> dict:
    latest = result.latest or {}
    return {
        "format": SHARED_FORMAT,
        "key": key_repr,
        **_frame_to(result.frame),
        "diverged": {str(k): int(v) for k, v in result.diverged.items()},
        "health": None if result.health is None else _frame_to(result.health),
        "latest": {
            str(name): {"dtype": str(a.dtype), "shape": list(a.shape), "values": a.ravel().tolist()}
            for name, a in ((n, np.asarray(v)) for n, v in latest.items())
        },
    }


def _frame_to(frame: pd.DataFrame) -> dict:
    return {
        "columns": [str(c) for c in frame.columns],
        "dtypes": [str(t) for t in frame.dtypes],
        "rows": [list(row) for row in frame.itertuples(index=False, name=None)],
    }


def _frame_from(data: dict) -> pd.DataFrame | None:
    """A frame from _frame_to's dict, or None unless it is exactly that shape."""
    columns, dtypes, rows = data["columns"], data["dtypes"], data["rows"]
    if not (isinstance(columns, list) and all(isinstance(c, str) for c in columns)):
        return None
    if not (isinstance(dtypes, list) and len(dtypes) == len(columns)):
        return None
    if not (isinstance(rows, list) and all(isinstance(r, list) for r in rows)):
        return None
    if any(len(r) != len(columns) for r in rows):
        return None
    frame = pd.DataFrame(rows, columns=columns)
    for column, dtype in zip(columns, dtypes, strict=True):
        frame[column] = frame[column].astype(dtype)
    return frame


def _arrays_from(data) -> dict[str, np.ndarray] | None:
    """The `latest` arrays: only plain numeric dtypes, sizes that match their shapes."""
    if not isinstance(data, dict):
        return None
    arrays = {}
    for name, item in data.items():
        dtype = np.dtype(item["dtype"])
        if dtype.kind not in "biuf" or not isinstance(item["values"], list):
            return None
        array = np.asarray(item["values"], dtype=dtype)
        if array.size != math.prod(item["shape"]):
            return None
        arrays[str(name)] = array.reshape(item["shape"])
    return arrays


def _finished_from(data, key_repr: str) -> Finished | None:
    """A Finished from a parsed file, or None unless it is exactly the expected shape."""
    if not isinstance(data, dict) or data.get("format") != SHARED_FORMAT:
        return None
    if data.get("key") != key_repr:
        return None
    diverged = data["diverged"]
    if not isinstance(diverged, dict) or not all(type(v) is int for v in diverged.values()):
        return None
    frame = _frame_from(data)
    health = None if data["health"] is None else _frame_from(data["health"])
    latest = _arrays_from(data["latest"]) if data["latest"] else None
    if frame is None or (data["health"] is not None and health is None):
        return None
    if data["latest"] and latest is None:
        return None
    return Finished(frame, dict(diverged), health, latest)
