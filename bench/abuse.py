"""One student against the class: what a student clicking as fast as they can costs everyone.

    python bench/abuse.py                                  # every scenario
    python bench/abuse.py --scenarios flood,queue --flood-s 40

Each scenario starts a fresh server (bench/classroom.py's Server, one BLAS thread) and plays
browser tabs over Streamlit's WebSocket protocol (bench/streamlit_client.py). An honest
student presses Train on the weight-decay page at the book's settings, once alone and once
while the abuse goes on (each with a seed of its own, so nothing is stored yet), and the ratio
of the two is reported beside what the server cost (peak RSS and threads of its process tree).

Scenarios:
  flood    --tabs tabs on /weight_init at its heaviest settings change the seed every
           --interval s for --flood-s s (the sidebar seed's "+" clicked fast).
  queue    two tabs press Train on the largest weight-decay settings (λ 0.31, 0.32); the
           honest student's first "about m:ss to wait" is compared with its real wait.
  tabs     --many tabs of one browser press Train on --many settings; the honest student
           is another browser.
  plane    --many tabs open the 2-D page with --many seeds without pressing anything: the
           trainings the server started.
  crafted  widget values no browser sends (a chart selection whose customdata is text, a
           radio with a value of the wrong type): the exceptions shown.
  sockets  the server with a soft limit of --nofile open files and --sockets idle
           WebSockets: whether an honest student is served and how many tracebacks the log
           got.
  sessions --many tabs open the weight-init and weight-decay pages (the same settings):
           what one more session costs the server's memory.
The tests in tests/deploy/test_abuse.py run the same functions, shorter.
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from classroom import (  # noqa: E402
    RESULTS,
    Sampler,
    Server,
    free_port,
    load_average,
    status_kb,
    template_regex,
    tree_pids,
)
from streamlit.proto.WidgetStates_pb2 import WidgetState  # noqa: E402
from streamlit_client import StreamlitClient  # noqa: E402

from ui.i18n import LANGUAGES  # noqa: E402

STRINGS = LANGUAGES["en"]

SCENARIOS = ("flood", "queue", "tabs", "plane", "crafted", "sockets", "sessions")
HEAVY_INIT = "layers=20&nodes=500&gradients=1&activation=tanh&init=custom&scale=10"
GIANT_DECAY = "layers=10&width=300&train_size=2000&epochs=500&optimizer=adam&lr=0.0001"
QUEUED = re.compile(template_regex(STRINGS["live.queued"]).replace(".*?", "(.*?)", 2))
WAIT = re.compile(r"(\d+):(\d\d)")


def browser_cookie(n: int) -> str:
    """A Cookie header as browser number n sends it (Streamlit's XSRF cookie, format 2)."""
    return f"_streamlit_xsrf=2|00000000|{n:032x}|1700000000"


@dataclass
class Honest:
    """What the honest student saw after pressing Train (seconds from the press)."""

    result_s: float | None = None
    estimate_s: float | None = None  # the first "about m:ss to wait"
    started_s: float | None = None  # the first progress line of the run training
    exceptions: int = 0
    error: str | None = None


def honest_train(base_url: str, seed: int, timeout: float, cookie: str | None = None) -> Honest:
    """Open the weight-decay page at the book's settings with `seed`, press Train, wait."""
    out = Honest()
    client = StreamlitClient(base_url, cookie=cookie or browser_cookie(10**6 + seed))
    try:
        client.connect()
        client.load("weight_decay", f"seed={seed}").wait(timeout)
        press = client.press(STRINGS["live.train"])
        training = re.compile(template_regex(STRINGS["live.progress"]))
        deadline = time.monotonic() + timeout
        index = press.start
        while time.monotonic() < deadline and out.result_s is None:
            event = client.wait_for(
                lambda e: True, start=index, timeout=deadline - time.monotonic()
            )
            if event is None:
                break
            index = event.index + 1
            text = event.element.text if event.element else ""
            since = event.t - press.sent_at
            queued = QUEUED.match(text) if event.kind == "progress" else None
            if queued and out.estimate_s is None and (wait := WAIT.search(queued.group(2))):
                out.estimate_s = int(wait.group(1)) * 60 + int(wait.group(2))
            if event.kind == "progress" and training.match(text) and out.started_s is None:
                out.started_s = since
            if event.kind == "metric":
                out.result_s = since
            out.exceptions += event.kind == "exception"
    except Exception as err:  # a finding, not a crash
        out.error = f"{type(err).__name__}: {err}"
    finally:
        client.close()
    return out


@dataclass
class Abuser:
    """What abusing tabs got: reruns sent, exceptions shown, connection errors."""

    reruns: int = 0
    exceptions: int = 0
    errors: list[str] = field(default_factory=list)


def flood(base_url: str, tabs: int, seconds: float, interval: float, stop: threading.Event):
    """`tabs` tabs on the heaviest weight-init link, each setting a new seed every `interval`
    s for `seconds` (without waiting for the page to come back, as fast clicks do)."""
    abuser = Abuser()

    def tab(n: int) -> None:
        client = StreamlitClient(base_url, cookie=browser_cookie(n))
        try:
            client.connect()
            client.load("weight_init", HEAVY_INIT).wait(120)
            seed = 1000 * n
            end = time.monotonic() + seconds
            while time.monotonic() < end and not stop.is_set():
                seed += 1
                client.set_value(STRINGS["sidebar.seed"], seed)
                abuser.reruns += 1
                time.sleep(interval)
            abuser.exceptions += sum(e.kind == "exception" for e in client.events)
        except Exception as err:
            abuser.errors.append(f"{type(err).__name__}: {err}")
        finally:
            client.close()

    threads = [threading.Thread(target=tab, args=(n,), daemon=True) for n in range(tabs)]
    for thread in threads:
        thread.start()
    return threads, abuser


def press_many(base_url: str, queries: list[str], cookie: str, timeout: float) -> list[str]:
    """Tabs of one browser (`cookie`), each opening the weight-decay page with one query and
    pressing Train; returns the clients' states (kept open: the runs stay wanted)."""
    clients = []
    for query in queries:
        client = StreamlitClient(base_url, cookie=cookie)
        client.connect()
        client.load("weight_decay", query).wait(timeout)
        client.press(STRINGS["live.train"])
        clients.append(client)
    return clients


def server_log_count(server: Server, pattern: str) -> int:
    return len(re.findall(pattern, server.log_text(), flags=re.MULTILINE))


def start_server(name: str, out_dir: Path, env=None, nofile: int = 0) -> Server:
    """A fresh server; no warm-up (its book runs would compete with the honest student)."""
    env = {"TRAINING_LAB_WARM": "0"} | dict(env or {})
    server = Server(free_port(), out_dir / f"server-{name}.log", env=env, nofile=nofile)
    server.start()
    return server


# ------------------------------------------------------------------ scenarios


def run_flood(out_dir: Path, tabs=2, seconds=40.0, interval=0.3, timeout=300.0) -> dict:
    server = start_server("flood", out_dir)
    try:
        alone = honest_train(server.base_url, seed=101, timeout=timeout)
        stop = threading.Event()
        with Sampler([server.pid]) as sampler:
            threads, abuser = flood(server.base_url, tabs, seconds, interval, stop)
            time.sleep(min(5.0, seconds / 4))
            during = honest_train(server.base_url, seed=102, timeout=timeout)
            for thread in threads:
                thread.join(seconds + 60)
        log = server.log_text()
    finally:
        server.stop()
    return {
        **honest_times(alone, during),
        "peak_rss_mb": sampler.peak_rss_kb / 1024,
        "peak_threads": sampler.peak_threads,
        "reruns": abuser.reruns,
        "exceptions": abuser.exceptions + during.exceptions,
        "errors": abuser.errors + [e for e in (alone.error, during.error) if e],
        "tracebacks": log.count("Traceback"),
    }


def honest_times(alone, during) -> dict:
    """The honest student's result alone and beside the abuser, and their ratio."""
    return {
        "alone_s": alone.result_s,
        "during_s": during.result_s,
        "ratio": ratio(during.result_s, alone.result_s),
    }


def run_queue(out_dir: Path, timeout=600.0) -> dict:
    server = start_server("queue", out_dir)
    try:
        alone = honest_train(server.base_url, seed=201, timeout=timeout)
        queries = [f"{GIANT_DECAY}&lambda=0.31&seed=7", f"{GIANT_DECAY}&lambda=0.32&seed=7"]
        giants = [press_many(server.base_url, [q], browser_cookie(i), 60)[0] for i, q in
                  enumerate(queries)]  # fmt: skip
        time.sleep(3.0)
        during = honest_train(server.base_url, seed=202, timeout=timeout)
        for client in giants:
            client.close()
    finally:
        server.stop()
    return {
        **honest_times(alone, during),
        "estimate_s": during.estimate_s,
        "waited_s": during.started_s,
        "estimate_error": (
            abs(during.estimate_s - during.started_s) / max(during.started_s, 1.0)
            if during.estimate_s is not None and during.started_s is not None
            else None
        ),
        "errors": [e for e in (alone.error, during.error) if e],
    }


def run_tabs(out_dir: Path, many=20, timeout=600.0) -> dict:
    server = start_server("tabs", out_dir)
    try:
        alone = honest_train(server.base_url, seed=301, timeout=timeout)
        queries = [f"lambda={(i + 1) / 100:g}&seed=3" for i in range(many)]
        clients = press_many(server.base_url, queries, browser_cookie(1), 60)
        time.sleep(2.0)
        refused = template_regex(STRINGS["live.refused_browser"])
        turned_down = sum(
            any(e.element and re.match(refused, e.element.text) for e in c.events) for c in clients
        )
        during = honest_train(server.base_url, seed=302, timeout=timeout)
        for client in clients:
            client.close()
        started = server_log_count(server, r"training-lab: training started")
    finally:
        server.stop()
    return {
        **honest_times(alone, during),
        "turned_down": turned_down,
        "trainings_started": started,
        "errors": [e for e in (alone.error, during.error) if e],
    }


def run_plane(out_dir: Path, many=20, timeout=120.0) -> dict:
    server = start_server("plane", out_dir)
    try:
        clients = []
        for i in range(many):
            client = StreamlitClient(server.base_url, cookie=browser_cookie(i))
            client.connect()
            client.load("plane", f"seed={500 + i}")
            clients.append(client)
        time.sleep(8.0)
        for client in clients:
            client.close()
        started = server_log_count(server, r"training-lab: training started")
    finally:
        server.stop()
    return {"tabs": many, "trainings_started": started}


def crafted_states(client: StreamlitClient) -> list[WidgetState]:
    """Widget values no browser sends, each on the channel the browser uses for that widget:
    a chart selection whose point's customdata is text, a radio or segmented control holding
    something that is not an option (text, a number), a slider holding text."""
    states = []
    for element in client.elements():
        if element.kind == "plotly_chart" and element.key == "home:loop":
            selection = {"points": [{"customdata": "abc"}], "point_indices": [0]}
            states.append(
                WidgetState(id=element.id, string_value=json.dumps({"selection": selection}))
            )
        elif element.kind in ("radio", "selectbox"):
            states.append(WidgetState(id=element.id, int_value=987654))
            states.append(WidgetState(id=element.id, string_value="not-an-option"))
        elif element.kind == "button_group":
            state = WidgetState(id=element.id)
            state.string_array_value.data.extend(["not-an-option"])
            states.append(state)
        elif element.kind == "slider":
            state = WidgetState(id=element.id)
            state.string_array_value.data.extend(["abc"])
            states.append(state)
    return states


def run_crafted(out_dir: Path, timeout=120.0) -> dict:
    """Each crafted value in a tab of its own (the server keeps a widget's last value, so one
    bad value would spoil the next): per widget kind, how many reruns showed an exception
    and whether any showed a stack trace."""
    server = start_server("crafted", out_dir)
    shown: dict[str, list[int]] = {}  # kind -> [reruns, with an exception]
    traces = 0
    try:
        for page in ("", "weight_init", "weight_decay", "plane"):
            probe = StreamlitClient(server.base_url)
            probe.connect()
            probe.load(page, "").wait(timeout)
            crafted = crafted_states(probe)
            kinds = {e.id: e.kind for e in probe.elements()}
            probe.close()
            for state in crafted:
                client = StreamlitClient(server.base_url)
                client.connect()
                client.load(page, "").wait(timeout)
                run = client.rerun(values={state.id: state}).wait(timeout)
                errors = [e for e in run.events if e.kind == "exception"]
                counts = shown.setdefault(kinds.get(state.id, "?"), [0, 0])
                counts[0] += 1
                counts[1] += bool(errors)
                traces += sum(bool(e.element.proto.stack_trace) for e in errors)
                client.close()
        log = server.log_text()
    finally:
        server.stop()
    return {
        "reruns_with_exception": shown,
        "stack_traces_shown": traces,
        "log_errors": sorted(set(re.findall(r"^(\w+Error: .*)$", log, flags=re.MULTILINE))),
    }


def run_sockets(out_dir: Path, sockets=300, nofile=1024, timeout=120.0) -> dict:
    """A teacher opens the page (the server's first script run), then `sockets` WebSockets
    connect and stay idle, then an honest student trains."""
    server = start_server("sockets", out_dir, nofile=nofile)
    idle: list[StreamlitClient] = []
    refused = 0
    try:
        teacher = StreamlitClient(server.base_url)
        teacher.connect()
        teacher.load("", "").wait(timeout)
        for _ in range(sockets):
            client = StreamlitClient(server.base_url, open_timeout=10)
            try:
                client.connect()
                idle.append(client)
            except Exception:
                refused += 1
        honest = honest_train(server.base_url, seed=601, timeout=timeout)
        for client in [teacher, *idle]:
            client.close()
        time.sleep(1.0)
        alive = server.proc is not None and server.proc.poll() is None
        log = server.log_text()
    finally:
        server.stop()
    return {
        "sockets_open": len(idle),
        "sockets_refused": refused,
        "honest_result_s": honest.result_s,
        "honest_error": honest.error,
        "server_alive": alive,
        "tracebacks": log.count("Traceback"),
    }


def run_sessions(out_dir: Path, many=60, timeout=120.0) -> dict:
    server = start_server("sessions", out_dir)
    tabs: list[StreamlitClient] = []
    try:
        first = StreamlitClient(server.base_url)
        first.connect()
        for page in ("weight_init", "weight_decay"):
            first.load(page, "").wait(timeout)  # imports and caches: not a session's cost
        time.sleep(1.0)
        before = tree_rss_kb(server.pid)
        for _ in range(many):
            tab = StreamlitClient(server.base_url)
            tab.connect()
            for page in ("weight_init", "weight_decay"):
                tab.load(page, "").wait(timeout)
            tabs.append(tab)
        time.sleep(1.0)
        after = tree_rss_kb(server.pid)
    finally:
        for tab in tabs:
            tab.close()
        server.stop()
    return {"sessions": many, "rss_before_mb": before / 1024, "rss_after_mb": after / 1024,
            "kb_per_session": (after - before) / many}  # fmt: skip


def tree_rss_kb(pid: int | None) -> int:
    return sum(status_kb(p, "VmRSS") for p in tree_pids(pid)) if pid else 0


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


# ------------------------------------------------------------------ command line


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--scenarios", default=",".join(SCENARIOS))
    p.add_argument("--tabs", type=int, default=2, help="flood: abusing tabs")
    p.add_argument("--flood-s", type=float, default=40.0)
    p.add_argument("--interval", type=float, default=0.3)
    p.add_argument("--many", type=int, default=20, help="tabs, plane: tabs")
    p.add_argument("--sockets", type=int, default=300)
    p.add_argument("--nofile", type=int, default=1024)
    p.add_argument("--out", type=Path)
    args = p.parse_args(argv)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    out_dir = RESULTS / f"abuse-{stamp}"
    out_dir.mkdir(parents=True, exist_ok=True)
    runs = {
        "flood": lambda: run_flood(out_dir, args.tabs, args.flood_s, args.interval),
        "queue": lambda: run_queue(out_dir),
        "tabs": lambda: run_tabs(out_dir, args.many),
        "plane": lambda: run_plane(out_dir, args.many),
        "crafted": lambda: run_crafted(out_dir),
        "sockets": lambda: run_sockets(out_dir, args.sockets, args.nofile),
        "sessions": lambda: run_sessions(out_dir, args.many),
    }
    report = {}
    for name in args.scenarios.split(","):
        load = load_average()
        print(f"[{name}] load {load:.2f} ...", flush=True)
        started = time.monotonic()
        report[name] = runs[name]() | {"load_before": load, "wall_s": time.monotonic() - started}
        print(json.dumps(report[name], indent=1), flush=True)
    out = args.out or RESULTS / f"abuse-{stamp}.json"
    out.write_text(json.dumps(report, indent=1))
    print(f"JSON: {out}")
    return 0


if __name__ == "__main__":
    socket.setdefaulttimeout(60)
    sys.exit(main())
