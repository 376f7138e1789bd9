"""Fixtures for the real-browser tests: the app served by `streamlit run` on a free port, Debian's
Chromium driven by Playwright, a folder for screenshots (git-ignored), and a count of the page
loads each test file makes (test-artifacts/browser/page-loads<worker>.txt: what the suite
costs). The helpers the tests share are in tests/e2e/browser.py.

Never run `playwright install`: it downloads a browser of its own. These tests use Debian's
/usr/bin/chromium, which scripts/test.sh installs with apt-get when it is missing.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.helpers import stop_server

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "browser"
CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 720}
STARTUP_TIMEOUT_S = 60
ACTION_TIMEOUT_MS = 60_000  # a loaded machine (2 cores, other sessions) can be slow
# expect(...) waits 5 s by default: a page that loads in 6 s on a loaded machine failed tests
# that assert what a page shows, not how fast (CI, stop 23). What the tests time, they time.
expect.set_options(timeout=30_000)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().strip() == b"ok"
    except OSError:
        return False


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """test-artifacts/browser/: screenshots, the server's log (server.log, or serverN.log from
    pytest-xdist's worker N: each worker serves its own app) and page-loads.txt (git-ignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def app_url(artifacts):
    """The app's base URL, served for the whole session; the server is stopped afterwards, also
    when a test (or the start-up itself) fails."""
    port = _free_port()
    log_path = artifacts / f"server{os.environ.get('PYTEST_XDIST_WORKER', '')}.log"
    log = open(log_path, "w")  # noqa: SIM115 (closed below)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.fileWatcherType",
            "none",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        env=os.environ | {"PYTHONUNBUFFERED": "1"},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not _healthy(f"{base}/_stcore/health"):
            if server.poll() is not None or time.monotonic() > deadline:
                log.flush()
                tail = log_path.read_text()[-2000:]
                pytest.fail(
                    f"the Streamlit server did not answer 'ok' on {base}/_stcore/health "
                    f"(exit code {server.poll()}); its log:\n{tail}",
                    pytrace=False,
                )
            time.sleep(0.1)
        yield base
    finally:
        stop_server(server, timeout=10)
        log.close()


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium. Missing is a failure, not a skip: scripts/test.sh installs it."""
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's Chromium. Run "
            "`bash scripts/test.sh` (it apt-installs chromium) or `apt-get install chromium`; "
            "never `playwright install`.",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="session")
def chinese_font() -> bool:
    """Whether fontconfig knows a Chinese font (Debian's fonts-noto-cjk); without one the
    繁體中文 screenshots show empty boxes, though the text checks still pass."""
    if shutil.which("fc-list") is None:
        return False
    found = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout
    return bool(found.strip())


PAGE_LOADS: Counter[str] = Counter()  # test file -> documents loaded in its tabs


def _new_tab(context, request: pytest.FixtureRequest):
    """The context's first tab, its uncaught JavaScript errors collected in `tab.js_errors`;
    every document any tab of the context loads is counted for the test's file."""
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    where = Path(str(request.node.fspath)).name

    def count(tab) -> None:
        tab.on("load", lambda _: PAGE_LOADS.update([where]))

    context.on("page", count)
    tab = context.new_page()
    tab.js_errors = []
    tab.on("pageerror", lambda err: tab.js_errors.append(str(err)))
    return tab


def pytest_sessionfinish(session: pytest.Session) -> None:
    if PAGE_LOADS:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        worker = os.environ.get("PYTEST_XDIST_WORKER", "")
        rows = [f"{n:4d}  {name}" for name, n in sorted(PAGE_LOADS.items())]
        text = "\n".join([*rows, f"{sum(PAGE_LOADS.values()):4d}  in all"]) + "\n"
        (ARTIFACTS / f"page-loads{worker}.txt").write_text(text)


@pytest.fixture
def page(browser, request):
    """A fresh browser context (a new Streamlit session) at 1280x720. Uncaught JavaScript
    errors are collected in `page.js_errors`."""
    context = browser.new_context(viewport=VIEWPORT)
    try:
        yield _new_tab(context, request)
    finally:
        context.close()


PHONE = {"width": 390, "height": 844}  # a common phone's CSS viewport (portrait)


@pytest.fixture
def phone_page(browser, request):
    """Like `page`, as a 390 px wide touch phone (mobile viewport, touch events): Streamlit
    stacks columns and Plotly shows its toolbar without hovering."""
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    try:
        yield _new_tab(context, request)
    finally:
        context.close()


# A browser test drives a real server and Chromium on the same 2 cores as the other pytest
# worker: on a loaded machine a step can land between two redraws and fail once (CI saw 3-4 such
# per run of ~150, a different few each time, each passing when run again alone). Each browser
# test gets two more tries; pytest reports every rerun ("R"), so a failure that repeats still
# fails the run, and a flake stays visible in the summary.
BROWSER_RERUNS = 2


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.flaky(reruns=BROWSER_RERUNS, reruns_delay=2))
