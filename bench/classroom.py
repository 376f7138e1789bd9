"""Classroom benchmark: a whole class of simulated students on one Training Lab server.

    python bench/classroom.py --scenarios same --students 30
    python bench/classroom.py                                  # every scenario, 30 students
    python bench/classroom.py --scenarios alone,same --students 5 --timeout 300
    python bench/classroom.py --base-url http://127.0.0.1:8080 --server-pid 1234 --seed 7
    python bench/classroom.py --base-url http://127.0.0.1:8080 --seed 7 \
        --server-pid 1234 --server-pid 1240 --server-pid 1250 \
        --server-log deploy/nginx/run/logs/replica-0.log --server-log .../replica-1.log

Each student is a browser tab played by bench/streamlit_client.py (Streamlit's own WebSocket
protocol and protobufs, no browser). For every scenario a fresh server is started on loopback
(`python -m streamlit run app.py ...`, OPENBLAS_NUM_THREADS=1), so stored results of one
scenario do not leak into the next; it is stopped by PID, with every process it started, when
the scenario ends, fails or runs out of time (--timeout). With --base-url an already running
server is driven instead (CPU and memory only with --server-pid; pass a fresh --seed so earlier
stored results are not shown). Several servers behind a load balancer (deploy/nginx/launch.py):
give --server-pid once per process tree (each replica, nginx) and --server-log once per
replica's log; their CPU, memory and logged trainings are summed.

Scenarios (all on the weight-decay page, or --page, unless said):
  alone        1 student at the book's settings presses Train.
  same         N students, same settings, press Train within 1 s (after all pages loaded).
  different    N students, a different lambda each (0.01, 0.02, ...), press within 1 s.
  arriving     N students arriving evenly over --arrive-over seconds, same settings; each presses
               Train on arrival unless the page already shows a stored or running result.
  sliders      N students on the weight-init page move a slider (layers or nodes, a random
               step) every 2-4 s after the last change came back, for --duration seconds.
  load_during  N students train (different settings) while --visitors more open a page, evenly
               over --visit-over seconds from --visit-after seconds after the first press.

Measured, per student: page load (connect until the first full script run finished), first
chart (Train pressed -> first live chart of the run, or the first "waiting/training together"
element, see --waiting-text), result (pressed -> first st.metric; for a student who did not
press, arrival -> first st.metric), longest gap between two live charts, rerun latency (sliders).
Per scenario: p50/p95/max of those, students with a result, trainings done (lines matching
--training-log in the server's log, else inferred from the clients: a student who saw
training progress and not the stored-result note), server CPU-seconds (utime+stime of the
server and its descendants, children it reaped included), peak RSS (sum over the process
tree, sampled every 0.2 s; and each process's VmHWM), CPU-seconds used by other processes on
the machine meanwhile, the benchmark's own CPU-seconds, the 1-minute load average before and
after, wall time. A table goes to stdout, everything to a JSON file in bench/results/.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from streamlit_client import FULL_RUN_ENDS, Event, StreamlitClient  # noqa: E402

from ui.i18n import LANGUAGES  # noqa: E402

STRINGS = LANGUAGES["en"]  # every table merged

WARM_QUIET_S = 3.0  # --warm: the warm-up is over when no training started or ended for this long
SCENARIOS = ("alone", "same", "different", "arriving", "sliders", "load_during")
RESULTS = ROOT / "bench" / "results"
TICKS = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
SAMPLE_EVERY = 0.2


def template_regex(template: str) -> str:
    """A regex matching a translated string whose {placeholders} are filled in."""
    parts = re.split(r"\{[^{}]*\}", template)
    return "^" + ".*?".join(re.escape(part) for part in parts)


# ------------------------------------------------------------------ the server and /proc


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`streamlit run app.py` on loopback, its output in `log_path`."""

    def __init__(self, port: int, log_path: Path, env: dict | None = None, nofile: int = 0):
        """env: more environment variables; nofile: a soft limit of open files (0: inherit)."""
        self.port, self.log_path = port, log_path
        self.base_url = f"http://127.0.0.1:{port}"
        self.proc: subprocess.Popen | None = None
        self.env, self.nofile = dict(env or {}), nofile

    def start(self, ready_timeout: float = 60.0) -> None:
        cmd = [
            sys.executable, "-m", "streamlit", "run", "app.py",
            "--server.headless", "true", "--server.address", "127.0.0.1",
            "--server.port", str(self.port), "--server.fileWatcherType", "none",
            "--browser.gatherUsageStats", "false",
        ]  # fmt: skip
        env = os.environ | {"OPENBLAS_NUM_THREADS": "1", "PYTHONUNBUFFERED": "1"} | self.env
        log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            preexec_fn=self._limit_files if self.nofile else None,
        )
        log.close()
        deadline = time.monotonic() + ready_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()[-2000:]}")
            if health_ok(self.base_url):
                return
            time.sleep(0.2)
        raise TimeoutError(f"server not healthy within {ready_timeout} s")

    def _limit_files(self) -> None:
        import resource

        hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
        resource.setrlimit(resource.RLIMIT_NOFILE, (self.nofile, hard))

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def stop(self, grace: float = 10.0) -> None:
        """SIGTERM the server and every process it started (by PID), SIGKILL what is left."""
        if self.proc is None or self.proc.poll() is not None:
            return
        pids = tree_pids(self.proc.pid)
        for pid in pids:
            signal_pid(pid, signal.SIGTERM)
        try:
            self.proc.wait(grace)
        except subprocess.TimeoutExpired:
            pass
        for pid in pids + tree_pids(self.proc.pid):
            signal_pid(pid, signal.SIGKILL)
        self.proc.wait(5)

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


def health_ok(base_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/_stcore/health", timeout=2) as response:
            return response.read().strip() == b"ok"
    except OSError:
        return False


def signal_pid(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        pass


def proc_stat(pid: int) -> list[str] | None:
    """Fields of /proc/<pid>/stat after the command name (index 0 = state), None if gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2 :].split()


def tree_pids(root: int) -> list[int]:
    """`root` and all its descendants that are alive now."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := proc_stat(int(entry.name))):
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo.extend(children.get(pid, []))
    return pids


def tree_cpu_seconds(root: int) -> float:
    """utime+stime of the tree, plus cutime+cstime: the children each process has reaped."""
    total = 0
    for pid in tree_pids(root):
        if fields := proc_stat(pid):
            total += sum(int(v) for v in fields[11:15])
    return total / TICKS


def process_cpu_seconds(pid: int) -> float:
    """utime+stime of one process (its children not counted)."""
    fields = proc_stat(pid)
    return sum(int(v) for v in fields[11:13]) / TICKS if fields else 0.0


def status_kb(pid: int, name: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def machine_busy_seconds() -> float:
    """CPU-seconds all processors spent busy since boot (/proc/stat, not idle or iowait)."""
    fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / TICKS


def log_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def log_since(path: Path, start: int) -> str:
    """What a server wrote to its log after `start` bytes (this scenario's lines)."""
    try:
        with path.open("rb") as log:
            log.seek(start)
            return log.read().decode(errors="replace")
    except OSError:
        return ""


def load_average() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


class Sampler:
    """Samples the server tree's RSS every SAMPLE_EVERY s in a thread; CPU at start and stop."""

    def __init__(self, roots: list[int]):
        self.roots = roots
        self.peak_rss_kb = 0
        self.peak_threads = 0  # threads of the whole tree at one sample
        self.hwm_kb: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="sampler")

    def __enter__(self) -> Sampler:
        self.cpu0, self.busy0, self.own0 = self._cpu(), machine_busy_seconds(), own_cpu_seconds()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._sample()  # the last look, while the server still runs
        self.server_cpu = self._cpu() - self.cpu0 if self.roots else None
        marked = getattr(self, "marked_cpu", None)
        self.cpu_after_mark = self.own_process_cpu() - marked if marked is not None else None
        self.own_cpu = own_cpu_seconds() - self.own0
        busy = machine_busy_seconds() - self.busy0
        self.other_cpu = busy - (self.server_cpu or 0) - self.own_cpu if self.roots else None
        self._stop.set()
        self._thread.join(5)

    def _cpu(self) -> float:
        return sum(tree_cpu_seconds(root) for root in self.roots)

    def own_process_cpu(self) -> float:
        """utime+stime of the server processes themselves: their script runs, sessions and
        sockets, without the trainer processes they started."""
        return (
            sum(sum(int(v) for v in (proc_stat(root) or [0, 0] * 7)[11:13]) for root in self.roots)
            / TICKS
        )

    def mark_when(self, event: threading.Event, timeout: float) -> None:
        """In a thread: the server processes' own CPU once `event` is set (`marked_cpu`)."""

        def wait():
            if event.wait(timeout):
                self.marked_cpu = self.own_process_cpu()

        self.marked_cpu: float | None = None
        threading.Thread(target=wait, daemon=True, name="mark").start()

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_EVERY):
            self._sample()

    def _sample(self) -> None:
        rss = threads = 0
        for pid in [pid for root in self.roots for pid in tree_pids(root)]:
            rss += status_kb(pid, "VmRSS")
            threads += status_kb(pid, "Threads")
            self.hwm_kb[pid] = max(self.hwm_kb.get(pid, 0), status_kb(pid, "VmHWM"))
        self.peak_rss_kb = max(self.peak_rss_kb, rss)
        self.peak_threads = max(self.peak_threads, threads)


def own_cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system


# ------------------------------------------------------------------ students


@dataclass
class Student:
    """What one simulated student did and saw; times in seconds (None: did not happen)."""

    name: str
    role: str = "trainer"  # trainer | slider | visitor
    query: str = ""
    page: str = "weight_decay"
    arrived_after: float | None = None  # since the scenario started
    page_load: float | None = None
    pressed: bool = False
    press_after: float | None = None  # since the scenario started
    first_chart: float | None = None
    first_chart_by: str | None = None  # "chart" | "waiting"
    result: float | None = None
    result_by: str | None = None  # "press" | "arrival"
    saw_training: bool = False
    saw_cached: bool = False
    charts: int = 0
    longest_chart_gap: float | None = None
    reruns: list[float] = field(default_factory=list)
    reruns_unfinished: int = 0
    exceptions: int = 0
    messages: int = 0
    megabytes: float = 0.0
    error: str | None = None


@dataclass
class Detectors:
    """How a student recognises what the page shows (texts from the English tables, ui/i18n.py)."""

    train_label: str
    chart_key: re.Pattern
    waiting_text: re.Pattern
    waiting_kinds: frozenset
    cached_text: re.Pattern
    training_text: re.Pattern
    result_kind: str

    def is_chart(self, e: Event) -> bool:
        return e.kind == "plotly_chart" and bool(self.chart_key.search(e.element.key))

    def is_waiting(self, e: Event) -> bool:
        return e.kind in self.waiting_kinds and bool(self.waiting_text.search(_words(e)))

    def is_result(self, e: Event) -> bool:
        return e.kind == self.result_kind

    def is_cached(self, e: Event) -> bool:
        return e.kind == "alert" and bool(self.cached_text.search(e.element.text))

    def is_training(self, e: Event) -> bool:
        return e.kind == "progress" and bool(self.training_text.search(e.element.text))


def _words(e: Event) -> str:
    return f"{e.element.label} {e.element.text}" if e.element else ""


class Scenario:
    """Shared state of one scenario run: its clock, deadline, clients and detectors."""

    def __init__(self, base_url: str, timeout: float, detectors: Detectors, query_extra: str):
        self.base_url, self.detect, self.query_extra = base_url, detectors, query_extra
        self.t0 = time.monotonic()
        self.deadline = self.t0 + timeout
        self.clients: list[StreamlitClient] = []
        self.lock = threading.Lock()
        self.go = threading.Event()  # "press now" for students who press together
        self.go_at = 0.0
        self.loaded = threading.Event()  # every slider student has loaded the page
        self.expected = 0  # how many students `arrived` waits for
        self._arrived = 0

    def arrived(self) -> None:
        """One more student has loaded the page; the last one sets `loaded`."""
        with self.lock:
            self._arrived += 1
            if self._arrived >= self.expected:
                self.loaded.set()

    def left(self) -> float:
        return max(0.0, self.deadline - time.monotonic())

    def since(self, t: float) -> float:
        return t - self.t0

    def query(self, **params) -> str:
        """A query string of `params` plus the scenario's extra parameters (--seed)."""
        parts = [f"{k}={v}" for k, v in params.items()]
        if self.query_extra:
            parts.append(self.query_extra)
        return "&".join(parts)

    def client(self) -> StreamlitClient:
        client = StreamlitClient(self.base_url)
        with self.lock:
            self.clients.append(client)
        return client

    def close_all(self) -> None:
        with self.lock:
            clients = list(self.clients)
        for client in clients:
            try:
                client.close()
            except Exception:  # closing must go on for the others
                pass


def warm_up(sc: Scenario, server: Server, timeout: float) -> None:
    """--warm: one visitor opens a page, which starts the server's warm-up (the book's runs of
    every page, ui/warm.py); then wait until every training it started has finished (as many
    "finished" as "started" lines in the log, unchanged for WARM_QUIET_S)."""
    client = sc.client()
    open_page(sc, Student("warm-up", role="visitor", page="weight_init"), client)
    client.close()
    deadline, quiet_since, last = time.monotonic() + timeout, time.monotonic(), None
    while time.monotonic() < deadline:
        log = server.log_text()
        counts = (log.count("training-lab: training started"), log.count("training finished"))
        if counts != last:
            last, quiet_since = counts, time.monotonic()
        elif counts[0] and counts[0] == counts[1] and time.monotonic() - quiet_since > WARM_QUIET_S:
            return
        time.sleep(0.5)
    raise TimeoutError(f"the warm-up did not finish within {timeout:.0f} s")


def sleep_until(sc: Scenario, t: float) -> None:
    time.sleep(max(0.0, min(t, sc.deadline) - time.monotonic()))


def open_page(sc: Scenario, st: Student, client: StreamlitClient) -> int:
    """Connect and load the student's page; sets arrived_after and page_load. Returns the
    index of the first event of the load.

    The page is loaded when its script run has finished, or when it shows a run it watches
    (a training, queued or live progress bar): such a page keeps its script running for as
    long as it streams that run, which is not loading."""
    arrived = time.monotonic()
    st.arrived_after = sc.since(arrived)
    client.connect()
    run = client.load(st.page, st.query)
    d = sc.detect
    shown = client.wait_for(
        lambda e: (
            (e.kind == "script_finished" and e.status in FULL_RUN_ENDS)
            or d.is_waiting(e)
            or d.is_training(e)
        ),
        start=run.start,
        timeout=sc.left(),
    )
    if shown is None:
        run.wait(0)  # raises: the connection is gone or the page never came
    st.page_load = shown.t - arrived
    return run.start


def train(sc: Scenario, st: Student, *, together: bool) -> None:
    """A student on a training page: open it, press Train (together: when sc.go is set, plus
    up to 1 s) unless it already shows a result or a running/waiting run, then wait for the
    result."""
    client = sc.client()
    try:
        load_start = open_page(sc, st, client)
        arrived = sc.t0 + st.arrived_after
        if together:
            sc.go.wait(sc.left())
            sleep_until(sc, sc.go_at + random.random())
        shown = client.events[load_start:]
        d = sc.detect
        busy = any(d.is_result(e) or d.is_waiting(e) or d.is_training(e) for e in shown)
        mark, ref = load_start, arrived
        if not busy and sc.left() > 0:
            run = client.press(d.train_label)
            st.pressed, st.press_after = True, sc.since(run.sent_at)
            mark, ref = run.start, run.sent_at
        result = client.wait_for(d.is_result, start=mark, timeout=sc.left())
        st.result_by = "press" if st.pressed else "arrival"
        if result is not None:
            st.result = result.t - ref
        observe(st, client, load_start, mark, ref, d)
    except Exception as err:  # a student's failure is a finding, not a crash
        st.error = f"{type(err).__name__}: {err}"
        observe(st, client, 0, 0, time.monotonic(), sc.detect)


def observe(st: Student, c: StreamlitClient, load_start: int, mark: int, ref: float, d) -> None:
    """Fill in what the student saw from its events (first chart, gaps, training or cached)."""
    events = list(c.events)
    after = events[mark:]
    charts = [e.t for e in after if d.is_chart(e)]
    first = next((e for e in after if d.is_chart(e) or d.is_waiting(e)), None)
    if first is not None:
        st.first_chart = first.t - ref
        st.first_chart_by = "chart" if d.is_chart(first) else "waiting"
    st.charts = len(charts)
    gaps = [b - a for a, b in zip(charts, charts[1:], strict=False)]
    st.longest_chart_gap = max(gaps) if gaps else None
    st.saw_cached = any(d.is_cached(e) for e in events[load_start:])
    st.saw_training = any(d.is_training(e) for e in after) and not st.saw_cached
    st.exceptions = sum(e.kind == "exception" for e in events)
    st.messages = len(events)
    st.megabytes = sum(e.size for e in events) / 1e6
    if c.closed_reason and c.closed_reason != "closed by client" and st.error is None:
        st.error = c.closed_reason


def move_sliders(sc: Scenario, st: Student, duration: float, seed: int) -> None:
    """A student on the weight-init page moving the layers or nodes slider by a random step,
    2-4 s after the previous change came back, for `duration` seconds."""
    rng = random.Random(seed)
    client = sc.client()
    try:
        open_page(sc, st, client)
        sc.arrived()  # moves start once the whole class is in: reruns and page loads apart
        sc.loaded.wait(sc.left())
        layers, nodes = STRINGS["init.layers"], STRINGS["init.nodes"]
        values = {layers: 5, nodes: 100}  # the book's settings, the page's defaults
        steps = {layers: (1, 20, 1), nodes: (10, 500, 10)}  # as pages/weight_init.py
        end = min(time.monotonic() + duration, sc.deadline)
        while True:
            sleep_until(sc, time.monotonic() + rng.uniform(2.0, 4.0))
            if time.monotonic() >= end:
                break
            name = rng.choice(sorted(values))
            low, high, step = steps[name]
            values[name] = min(high, max(low, values[name] + step * rng.choice((-2, -1, 1, 2))))
            run = client.set_value(name, values[name])
            try:
                run.wait(max(0.0, sc.deadline - time.monotonic()))
                st.reruns.append(run.finished_at - run.sent_at)
            except TimeoutError:
                st.reruns_unfinished += 1
                break
        observe(st, client, 0, 0, time.monotonic(), sc.detect)
    except Exception as err:
        st.error = f"{type(err).__name__}: {err}"


def visit(sc: Scenario, st: Student, at: float) -> None:
    """A student who only opens a page, `at` seconds after the trainers were told to press."""
    sc.go.wait(sc.left())
    sleep_until(sc, sc.go_at + at)
    client = sc.client()
    try:
        open_page(sc, st, client)
        observe(st, client, 0, 0, time.monotonic(), sc.detect)
    except Exception as err:
        st.error = f"{type(err).__name__}: {err}"


# ------------------------------------------------------------------ scenarios


def lambdas(n: int) -> list[str]:
    """0.01, 0.02, ... (wrapping past 1.0, the slider's end)."""
    return [f"{(i % 100 + 1) / 100:g}" for i in range(n)]


def plan(name: str, sc: Scenario, args) -> list[tuple[Student, Callable[[], None]]]:
    """The students of a scenario and what each does."""
    n = 1 if name == "alone" else args.students
    jobs = []

    def trainer(i: int, query: str, together: bool, at: float = 0.0):
        st = Student(f"s{i:02d}", query=query, page=args.page)

        def job():
            sleep_until(sc, sc.t0 + at)
            train(sc, st, together=together)

        jobs.append((st, job))

    if name in ("alone", "same"):
        for i in range(n):
            trainer(i, sc.query(), together=True)
    elif name in ("different", "load_during"):
        for i, lam in enumerate(lambdas(n)):
            trainer(i, sc.query(**{"lambda": lam}), together=True)
    elif name == "arriving":
        for i in range(n):
            trainer(i, sc.query(), together=False, at=i * args.arrive_over / n)
    elif name == "sliders":
        sc.expected = n
        for i in range(n):
            st = Student(f"s{i:02d}", role="slider", page="weight_init", query=sc.query())
            jobs.append((st, lambda st=st, i=i: move_sliders(sc, st, args.duration, seed=i)))
    if name == "load_during":
        pages = args.visit_pages.split(",")
        for k in range(args.visitors):
            at = args.visit_after + k * args.visit_over / max(1, args.visitors)
            page = pages[k % len(pages)]
            st = Student(f"v{k:02d}", role="visitor", page=page, query=sc.query())
            jobs.append((st, lambda st=st, at=at: visit(sc, st, at)))
    return jobs


def release_presses(sc: Scenario, students: list[Student], extra_wait: float) -> None:
    """Set sc.go once every trainer who presses together has loaded its page (or failed, or
    `extra_wait` passed). Visitors of load_during are timed from the same moment."""
    trainers = [s for s in students if s.role == "trainer"]
    end = time.monotonic() + extra_wait
    while time.monotonic() < min(end, sc.deadline):
        if all(s.page_load is not None or s.error for s in trainers):
            break
        time.sleep(0.05)
    sc.go_at = time.monotonic()
    sc.go.set()


def run_scenario(name: str, args, detectors: Detectors, out_dir: Path) -> dict:
    """Start a server (unless --base-url), drive the scenario's students, measure, stop."""
    load_before = load_average()
    wall0 = time.monotonic()
    server, log_starts = None, {}
    if args.base_url:
        base_url, root_pids = args.base_url.rstrip("/"), list(args.server_pid or [])
        log_starts = {path: log_size(path) for path in args.server_log or []}
    else:
        server = Server(args.port or free_port(), out_dir / f"server-{name}.log")
        base_url = server.base_url
    sc = Scenario(base_url, args.timeout, detectors, f"seed={args.seed}" if args.seed else "")
    jobs = plan(name, sc, args)
    students = [st for st, _ in jobs]
    try:
        if server is not None:
            server.start()
            root_pids = [server.pid]
            if args.warm:
                warm_up(sc, server, args.timeout)
            sc.t0 = time.monotonic()  # the scenario's clock starts once the server is up
            sc.deadline = sc.t0 + args.timeout
        with Sampler(root_pids) as sampler:
            sampler.mark_when(sc.loaded, sc.left())
            threads = [threading.Thread(target=job, daemon=True) for _, job in jobs]
            for thread in threads:
                thread.start()
            if name in ("alone", "same", "different", "load_during"):
                release_presses(sc, students, extra_wait=args.timeout)
            for thread in threads:
                thread.join(sc.left() + 5)
            timed_out = any(thread.is_alive() for thread in threads) or sc.left() <= 0
            sc.close_all()
            for thread in threads:
                thread.join(5)
            load_after = load_average()
        log = (
            server.log_text()
            if server
            else "".join(log_since(path, start) for path, start in log_starts.items())
        )
    finally:
        sc.close_all()
        if server is not None:
            server.stop()
    return summarize(name, students, sampler, log, args, detectors, timed_out, {
        "load_before": load_before,
        "load_after": load_after,
        "wall_s": time.monotonic() - wall0,
        "base_url": base_url,
        "server_pids": root_pids,
        "server_log": str(server.log_path.relative_to(ROOT)) if server else None,
    })  # fmt: skip


# ------------------------------------------------------------------ numbers


def stats(values: list[float]) -> dict | None:
    """p50, p95 (nearest rank), max and count, or None when there are no values."""
    values = sorted(v for v in values if v is not None)
    if not values:
        return None
    p95 = values[min(len(values) - 1, max(0, round(0.95 * len(values)) - 1))]
    return {"p50": statistics.median(values), "p95": p95, "max": values[-1], "n": len(values)}


def summarize(name, students, sampler, log, args, detectors, timed_out, extra) -> dict:
    trainers = [s for s in students if s.role == "trainer"]
    visitors = [s for s in students if s.role == "visitor"]
    log_count = len(re.findall(args.training_log, log, flags=re.MULTILINE)) if log else 0
    inferred = sum(s.saw_training for s in trainers)
    return {
        "scenario": name,
        "students": len(students),
        "timed_out": timed_out,
        "page_load": stats([s.page_load for s in students if s.role != "visitor"]),
        "visitor_load": stats([s.page_load for s in visitors]),
        "first_chart": stats([s.first_chart for s in trainers]),
        "first_chart_by": sorted({s.first_chart_by for s in trainers if s.first_chart_by}),
        "result": stats([s.result for s in trainers]),
        "longest_chart_gap": stats([s.longest_chart_gap for s in trainers]),
        "rerun": stats([r for s in students for r in s.reruns]),
        # The server processes' own CPU (trainers left out) from the moment every student had
        # loaded the page until the end, per rerun in that time (sliders).
        "cpu_per_rerun_ms": (
            1000 * sampler.cpu_after_mark / sum(len(s.reruns) for s in students)
            if sampler.cpu_after_mark is not None and any(s.reruns for s in students)
            else None
        ),
        "reruns_unfinished": sum(s.reruns_unfinished for s in students),
        "with_result": sum(s.result is not None for s in trainers),
        "trainers": len(trainers),
        "pressed": sum(s.pressed for s in trainers),
        "trainings": log_count if log_count else inferred,
        "trainings_method": "server log" if log_count else "inferred from clients",
        "trainings_inferred": inferred,
        "errors": sorted({s.error for s in students if s.error}),
        "exceptions_shown": sum(s.exceptions for s in students),
        "server_cpu_s": sampler.server_cpu,
        "other_cpu_s": sampler.other_cpu,
        "bench_cpu_s": sampler.own_cpu,
        "peak_rss_mb": sampler.peak_rss_kb / 1024 if sampler.roots else None,
        "vmhwm_mb": {str(p): kb / 1024 for p, kb in sampler.hwm_kb.items()},
        "messages_received": sum(s.messages for s in students),
        "megabytes_received": sum(s.megabytes for s in students),
        **extra,
        "per_student": [asdict(s) for s in students],
    }


def machine() -> dict:
    import numpy
    import streamlit

    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor(),
    )  # fmt: skip
    mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": round(mem_kb / 1024**2, 1),
        "python": platform.python_version(),
        "streamlit": streamlit.__version__,
        "numpy": numpy.__version__,
        "commit": commit,
    }


def fmt_stats(s: dict | None) -> str:
    return "-" if not s else f"{s['p50']:.1f}/{s['p95']:.1f}/{s['max']:.1f}"


def fmt(value, spec: str = ".0f") -> str:
    return "-" if value is None else format(value, spec)


def print_table(results: list[dict]) -> None:
    head = (
        "scenario", "n", "page load p50/p95/max", "first chart", "result", "got result",
        "trainings", "rerun p50/p95/max", "CPU/rerun ms", "peak RSS MB", "server CPU-s",
        "other CPU-s",
        "load before>after", "wall s",
    )  # fmt: skip
    rows = [head]
    for r in results:
        load = r["visitor_load"] if r["scenario"] == "load_during" else r["page_load"]
        rows.append((
            r["scenario"] + (" (timed out)" if r["timed_out"] else ""), str(r["students"]),
            fmt_stats(load), fmt_stats(r["first_chart"]), fmt_stats(r["result"]),
            f"{r['with_result']}/{r['trainers']}",
            f"{r['trainings']} ({'log' if r['trainings_method'] == 'server log' else 'inferred'})",
            fmt_stats(r["rerun"]), fmt(r.get("cpu_per_rerun_ms")), fmt(r["peak_rss_mb"]),
            fmt(r["server_cpu_s"], ".1f"),
            fmt(r["other_cpu_s"], ".1f"), f"{r['load_before']:.2f}>{r['load_after']:.2f}",
            f"{r['wall_s']:.0f}",
        ))  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
    print("seconds; load_during's page load is the visitors'; first chart/result from the press")


# ------------------------------------------------------------------ command line


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--scenarios", default=",".join(SCENARIOS), help="comma-separated names")
    p.add_argument("--students", type=int, default=30, help="N (alone always has 1)")
    p.add_argument("--timeout", type=float, default=480, help="seconds per scenario")
    p.add_argument("--port", type=int, help="server port (default: a free one)")
    p.add_argument("--base-url", help="drive this running server instead of starting one")
    p.add_argument(
        "--server-pid",
        type=int,
        action="append",
        help="with --base-url: a server's PID, for CPU and RSS (repeat: trees are summed)",
    )
    p.add_argument(
        "--server-log",
        type=Path,
        action="append",
        help="with --base-url: a server's log, to count trainings (repeat for replicas)",
    )
    p.add_argument(
        "--warm",
        action="store_true",
        help="before the students, let the server's warm-up train every page's book runs",
    )
    p.add_argument("--seed", type=int, help="add seed=N to every URL (avoids stored results)")
    p.add_argument(
        "--page",
        default="weight_decay",
        help="the training page of alone/same/arriving (e.g. hyperparameters, with --chart-key)",
    )
    p.add_argument("--arrive-over", type=float, default=60, help="arriving: seconds")
    p.add_argument("--duration", type=float, default=60, help="sliders: seconds of moving")
    p.add_argument("--visitors", type=int, default=10, help="load_during: K page visitors")
    p.add_argument("--visit-after", type=float, default=5, help="load_during: first visit, s")
    p.add_argument("--visit-over", type=float, default=20, help="load_during: visits spread, s")
    p.add_argument("--visit-pages", default="weight_init,weight_decay,home")
    p.add_argument("--chart-key", default=r"^live:weight_decay:\d+:\d+$", help="live chart key")
    p.add_argument(
        "--waiting-text",
        default=r"(?i)\bqueue\b|\bin line\b|\bplace \d+|training together|\bjoin",
        help="text of an element that says the run is shared or queued (counts as first chart)",
    )
    p.add_argument("--waiting-kinds", default="alert,progress,text,toast")
    p.add_argument("--result-kind", default="metric", help="element kind that means result")
    p.add_argument("--training-log", default=r"training-lab: training started")
    p.add_argument("--out", type=Path, help="JSON file (default bench/results/classroom-*.json)")
    args = p.parse_args(argv)
    unknown = set(args.scenarios.split(",")) - set(SCENARIOS)
    if unknown:
        p.error(f"unknown scenarios: {', '.join(sorted(unknown))}")
    return args


def detectors_from(args) -> Detectors:
    return Detectors(
        train_label=STRINGS["live.train"],
        chart_key=re.compile(args.chart_key),
        waiting_text=re.compile(args.waiting_text),
        waiting_kinds=frozenset(args.waiting_kinds.split(",")),
        cached_text=re.compile(template_regex(STRINGS["live.cached"])),
        training_text=re.compile(template_regex(STRINGS["live.progress"])),
        result_kind=args.result_kind,
    )


def main(argv=None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the finally blocks
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    out_dir = RESULTS / f"classroom-{stamp}"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = args.out or RESULTS / f"classroom-{stamp}.json"
    report = {"machine": machine(), "args": {k: str(v) for k, v in vars(args).items()}}
    report["results"] = []
    print(json.dumps(report["machine"]))
    detectors = detectors_from(args)
    for name in args.scenarios.split(","):
        print(f"[{name}] load {load_average():.2f} ...", flush=True)
        try:
            result = run_scenario(name, args, detectors, out_dir)
        except Exception as err:  # record it and go on with the next scenario
            result = {"scenario": name, "failed": f"{type(err).__name__}: {err}"}
            print(f"[{name}] failed: {result['failed']}", flush=True)
        report["results"].append(result)
        out.write_text(json.dumps(report, indent=1))
    done = [r for r in report["results"] if "failed" not in r]
    if done:
        print_table(done)
    print(f"JSON: {out}")
    return 0 if len(done) == len(report["results"]) else 1


if __name__ == "__main__":
    sys.exit(main())
