"""The 2-D page's redraws: what one costs the server, and how often a browser sees one.

    python bench/plane.py                     # server-side build times, then 5 runs in Chromium
    python bench/plane.py --no-browser        # server-side only
    python bench/plane.py --runs 10 --base-url http://127.0.0.1:8501   # a server already running

Server side, in this process: the figures of one redraw built from a real run's Progress the
way ui.live builds them (ui/plane/section.figure_builder): one boundary figure; all that one
redraw builds (the pieces of each boundary, one or two boundary figures, the curves); and their
JSON as st.plotly_chart sends it (plotly.io.to_json). Medians of --repeats, at the page's
default settings and with lambda = 0.01 (the reference boundary beside it) and the test points.

Browser side: a fresh server on loopback (TRAINING_LAB_WARM=0, OPENBLAS_NUM_THREADS=1; or
--base-url) and Debian's Chromium through Playwright. For each of --runs seeds (settings nobody
trained: nothing stored), open /plane?seed=S, where the page trains as it opens, and record in
the page the moment each new boundary chart has been drawn (a requestAnimationFrame loop that
watches the live chart's redraw counter in its element key). Reported: charts seen per run, the
intervals between them (median, 90th percentile, longest) and the span from first to last.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"]
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
# Every new boundary chart the page draws: (ms since the page started, its element key).
WATCH_JS = """
window.__redraws = [];
(() => {
  let last = null;
  const tick = () => {
    const plot = document.querySelector('[class*="st-key-live-plane-"] .js-plotly-plot');
    if (plot && plot._fullData && !plot.closest('[data-stale="true"]')) {
      const holder = plot.closest('[class*="st-key-live-plane-"]');
      const key = [...holder.classList].find(c => c.startsWith('st-key-live-plane-'));
      if (key !== last) { last = key; window.__redraws.push([performance.now(), key]); }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
"""


def median_ms(call, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def server_side(repeats: int) -> None:
    """Build times of one redraw's figures, from the last Progress of a real run."""
    print(f"Server side: median of {repeats} builds, ms")
    print(f"{'settings':<36} {'one boundary':>12} {'one redraw':>10} {'its JSON':>9} {'kB':>5}")
    for label, changes in (
        ("defaults", {}),
        ("lambda 0.01, reference, test points", {"lambda": 0.01, "test_points": True}),
    ):
        one, redraw, as_json, size = measure(changes, repeats)
        print(f"{label:<36} {one:>12.1f} {redraw:>10.1f} {as_json:>9.1f} {size:>5.0f}")


def measure(changes: dict, repeats: int) -> tuple[float, float, float, float]:
    """(ms for one boundary figure, ms for a whole redraw, ms for its JSON, kB of JSON) with
    the page's defaults changed by `changes`."""
    import logging

    import plotly.io as pio

    # Built outside a script run, ui's t() warns "missing ScriptRunContext" on every call.
    for quiet in ("scriptrunner_utils.script_run_context", "state.session_state_proxy"):
        logging.getLogger(f"streamlit.runtime.{quiet}").disabled = True

    from engine.plane import boundary_comparison
    from engine.progress import finish
    from ui.plane import figures, section

    values = {c.name: c.default for c in section.CONTROLS} | changes
    kwargs = section.run_kwargs(values, seed=0)
    last = finish(boundary_comparison(**kwargs))
    build = section.figure_builder(kwargs, section.run_names(values), values["test_points"])
    labels = {k: k for k in section.BOUNDARY_LABELS}
    tests = section.test_points(kwargs) if values["test_points"] else None
    boundary, points = last.latest["boundary"], last.latest["points"]
    one = median_ms(
        lambda: figures.boundary_figure(boundary, points, ("t", "s"), labels, tests), repeats
    )
    redraw = median_ms(lambda: build(last.frame, last.latest), repeats)
    row, curves = build(last.frame, last.latest)
    drawn = [*row, curves]
    as_json = median_ms(lambda: [pio.to_json(f, validate=False) for f in drawn], repeats)
    size = sum(len(pio.to_json(f, validate=False)) for f in drawn) / 1000
    return one, redraw, as_json, size


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server() -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = os.environ | {"TRAINING_LAB_WARM": "0", "OPENBLAS_NUM_THREADS": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true"]
        + ["--server.port", str(port), "--server.address", "127.0.0.1"]
        + ["--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as answer:
                if answer.read().strip() == b"ok":
                    return server, base
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"the server on {base} did not start")


def browser_side(base: str, runs: int, first_seed: int, query: str) -> None:
    """Open the page once per seed and report the intervals between the charts it drew."""
    from playwright.sync_api import sync_playwright

    intervals: list[float] = []
    print(f"\nBrowser: {base}/plane?{query}seed=S, a fresh tab per seed")
    print(f"{'seed':>5} {'charts':>6} {'median ms':>9} {'p90 ms':>7} {'max ms':>7} {'span s':>6}")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        for seed in range(first_seed, first_seed + runs):
            context = chromium.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.add_init_script(WATCH_JS)
            page.goto(f"{base}/plane?{query}seed={seed}")
            page.wait_for_selector('[data-testid="stMetric"]', timeout=120_000)
            page.wait_for_selector(IDLE, state="attached", timeout=120_000)
            page.wait_for_timeout(300)
            seen = page.evaluate("() => window.__redraws")
            context.close()
            times = [ms for ms, _ in seen]
            gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
            intervals += gaps
            if gaps:
                ordered = sorted(gaps)
                p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
                span = (times[-1] - times[0]) / 1000
                print(
                    f"{seed:>5} {len(times):>6} {statistics.median(gaps):>9.0f} {p90:>7.0f}"
                    f" {max(gaps):>7.0f} {span:>6.2f}"
                )
            else:
                print(f"{seed:>5} {len(times):>6}  (one chart: the run ended before a redraw)")
        chromium.close()
    if intervals:
        ordered = sorted(intervals)
        p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
        print(
            f"all   {len(intervals):>6} intervals: median {statistics.median(intervals):.0f} ms, "
            f"p90 {p90:.0f} ms ({1000 / statistics.median(intervals):.1f} redraws a second)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=30, help="builds per server-side median")
    parser.add_argument("--runs", type=int, default=5, help="seeds opened in the browser")
    parser.add_argument("--first-seed", type=int, default=101, help="the first seed opened")
    parser.add_argument("--query", default="", help="more URL parameters, e.g. 'lambda=0.01&'")
    parser.add_argument("--base-url", help="drive this server instead of starting one")
    parser.add_argument("--no-browser", action="store_true", help="server-side numbers only")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    server_side(args.repeats)
    if not args.no_browser:
        server, base = (None, args.base_url) if args.base_url else start_server()
        try:
            browser_side(base, args.runs, args.first_seed, args.query)
        finally:
            if server is not None:
                server.terminate()
                server.wait(timeout=10)
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
