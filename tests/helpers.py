"""Shared helpers for AppTest page tests: open a page like a shared link, read its figures.

    from tests.helpers import open_page, figures, values

    at = open_page("pages/weight_init.py", layers=7, lang="zh-TW")
    fig = figures(at)[0]                      # the figure JSON as a dict
    y = values(fig["data"][0]["y"])           # a numpy array, plotly's bdata decoded

Use the `fresh_streamlit_caches` fixture (tests/conftest.py) in every AppTest module:
    pytestmark = pytest.mark.usefixtures("fresh_streamlit_caches")
"""

from __future__ import annotations

import base64
import gzip
import json
import subprocess
from pathlib import Path

import numpy as np

from engine.data import IDX_FILES

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
TIMEOUT_S = 120


def open_page(page: str | None = None, *, browser: str | None = None, **params) -> AppTest:  # noqa: F821
    """Run app.py on `page` ("pages/x.py", relative to app.py) with URL parameters `params`,
    as a browser opening a shared link does (the first run of a new session). browser: the
    id that browser keeps (ui/browser.py; a real one sends it as a cookie): two sessions with
    the same id are one browser that reloaded."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=TIMEOUT_S)
    if page is not None:
        at.switch_page(page)
    for name, value in params.items():
        at.query_params[name] = str(value)
    if browser is not None:
        at.session_state["_browser.id"] = browser
    return at.run()


def figures(at) -> list[dict]:
    """Every Plotly figure on the page, in order, as the JSON dicts Streamlit sends."""
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def values(array) -> np.ndarray:
    """A figure array as numpy: plotly >= 6 sends numpy arrays as {"dtype", "bdata"}."""
    if isinstance(array, dict) and "bdata" in array:
        flat = np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"])
        if "shape" not in array:
            return flat
        shape = array["shape"]  # plotly writes it as text: "6, 100"
        if isinstance(shape, str):
            shape = tuple(int(n) for n in shape.split(","))
        return flat.reshape(shape)
    return np.asarray(array)


def unwrapped(text: str) -> str:
    """A figure's title as one line: ui.figures.style.wrap breaks a line at a space (which it drops)
    or between two CJK characters (where there is none)."""
    import unicodedata

    def wide(char: str) -> bool:
        return unicodedata.east_asian_width(char) in "WF"

    parts = text.split("<br>")
    line = parts[0]
    for part in parts[1:]:
        line += part if (line and wide(line[-1])) or (part and wide(part[0])) else f" {part}"
    return line


def texts(at) -> str:
    """All markdown, captions, titles and headers of the page as one string (for "contains")."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning"):
        parts += [str(el.value) for el in getattr(at, kind)]
    return "\n".join(parts)


def warnings(at) -> list[str]:
    return [str(w.value) for w in at.warning]


def stop_server(server: subprocess.Popen, timeout: float = 10) -> None:
    """Terminate a server process started by a test; kill it if it does not end in time."""
    server.terminate()
    try:
        server.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def idx_bytes(array: np.ndarray, magic: int) -> bytes:
    """An IDX file of unsigned bytes: magic number, dimensions, then the array's bytes."""
    header = magic.to_bytes(4, "big") + b"".join(n.to_bytes(4, "big") for n in array.shape)
    return header + array.astype(np.uint8).tobytes()


def write_idx_folder(folder: Path, gz: bool = False, n_train: int = 5, n_test: int = 3):
    """Tiny MNIST in IDX format. Returns the uint8 arrays written, keyed like Dataset fields."""
    rng = np.random.default_rng(7)
    arrays = {
        "x_train": rng.integers(0, 256, (n_train, 28, 28), dtype=np.uint8),
        "t_train": rng.integers(0, 10, n_train, dtype=np.uint8),
        "x_test": rng.integers(0, 256, (n_test, 28, 28), dtype=np.uint8),
        "t_test": rng.integers(0, 10, n_test, dtype=np.uint8),
    }
    for key, filename in IDX_FILES.items():
        raw = idx_bytes(arrays[key], 0x803 if key.startswith("x") else 0x801)
        if gz:
            (folder / f"{filename}.gz").write_bytes(gzip.compress(raw))
        else:
            (folder / filename).write_bytes(raw)
    return arrays


# --- AppTest pages ------------------------------------------------------------------------


def widget(at, kind, label):
    """The first widget of a kind ("slider", "selectbox", ...) with this label."""
    return next(w for w in getattr(at, kind) if w.label == label)


def train(at):
    """Press Train (the first visit waits for it) and return the page after training."""
    next(b for b in at.button if b.key and b.key.endswith(":action")).click().run()
    assert not at.exception
    return at


def metrics(at):
    return {m.label: (m.value, m.proto.delta) for m in at.metric}


def all_finite(at):
    for fig in figures(at):
        for trace in fig["data"]:
            for axis in ("x", "y", "z"):
                if axis in trace and trace[axis] is not None:
                    data = values(trace[axis])
                    if data.dtype.kind in "fiu":
                        assert np.all(np.isfinite(data.astype(float))), (trace.get("name"), axis)
