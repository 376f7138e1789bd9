"""deploy/nginx: two Streamlit replicas behind nginx on loopback, started and stopped by the
launcher, driven over Streamlit's WebSocket protocol (bench/streamlit_client.py).

Every client here comes from 127.0.0.1, like a class behind one school NAT address: sessions
must still spread over the replicas (by the route cookie, not the address), a tab's reconnect
must reach the replica that holds its session, a stopped replica's tabs must be served by the
other, and `stop` must leave no process behind. Needs Debian's nginx (scripts/test.sh installs
it); skipped only where it is not installed.
"""

from __future__ import annotations

import contextlib
import http.cookies
import importlib.util
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = ROOT / "deploy" / "nginx" / "launch.py"
sys.path.insert(0, str(ROOT / "bench"))

from streamlit_client import StreamlitClient  # noqa: E402

from ui.i18n import LANGUAGES  # noqa: E402

STRINGS = LANGUAGES["en"]

NGINX = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/sbin")
pytestmark = pytest.mark.skipif(
    NGINX is None,
    reason="nginx is not installed and could not be (scripts/test.sh installs Debian's nginx "
    "with apt-get where there is one)",
)

COOKIE = "training_lab_route"
REPLICA_HEADER = "X-Training-Lab-Replica"
PAGE_TIMEOUT_S = 90  # a page load on a busy 2-core machine; only a bound, not measured


def load_launcher():
    spec = importlib.util.spec_from_file_location("training_lab_launch", LAUNCHER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


launch = load_launcher()


def free_ports(n: int) -> list[int]:
    """n distinct free loopback ports (held open together, so they differ)."""
    with contextlib.ExitStack() as stack:
        socks = [stack.enter_context(socket.socket()) for _ in range(n)]
        for sock in socks:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in socks]


def last_replica(header: str | None) -> str:
    """The replica that answered: nginx lists every one it tried, the answering one last."""
    assert header, f"no {REPLICA_HEADER} header: is nginx's add_header ... always there?"
    return header.split(",")[-1].strip()


class Lab:
    """Two replicas and nginx, started by the launcher in a runtime folder of their own."""

    def __init__(self, runtime: Path):
        self.runtime = runtime
        self.port, *self.replica_ports = free_ports(3)
        self.url = f"http://127.0.0.1:{self.port}"
        self.clients: list[StreamlitClient] = []
        self.seen: list[dict] = []  # every process record seen running, for the final check

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [sys.executable, str(LAUNCHER), *args, "--runtime", str(self.runtime)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=180,
        )
        if check:
            assert done.returncode == 0, f"launch.py {args[0]} failed:\n{done.stdout}{done.stderr}"
        return done

    def start(self, *extra: str, check: bool = True) -> subprocess.CompletedProcess:
        ports = ",".join(map(str, self.replica_ports))
        done = self.cli(
            "start", "--replicas", "2", "--port", str(self.port), "--replica-ports", ports,
            "--trainers", "1", "--timeout", "120", *extra, check=check,
        )  # fmt: skip
        if done.returncode != 0:
            return done
        self.state = json.loads((self.runtime / "state.json").read_text())
        self.remember()
        return done

    def remember(self) -> None:
        """Record every process of the lab running now (replicas, their trainers, nginx)."""
        for record in launch.all_records(self.state):
            if launch.is_running(record):
                self.seen += [record, *launch.descendants(record["pid"])]

    def address(self, index: int) -> str:
        return f"127.0.0.1:{self.replica_ports[index]}"

    def client(self, cookie: str | None = None, **kwargs) -> StreamlitClient:
        client = StreamlitClient(self.url, cookie=cookie, **kwargs)
        self.clients.append(client)
        return client

    def open_tab(
        self, page: str = "", cookie: str | None = None, query: str = "", **kwargs
    ) -> StreamlitClient:
        """A browser tab: GET the page (route cookie set if it had none), open the WebSocket
        with that cookie, load the page (with `query`, the URL's query string)."""
        client = self.client(cookie, **kwargs)
        assert client.fetch_index(page + (f"?{query}" if query else "")) == 200
        client.connect()
        client.load(page, query).wait(PAGE_TIMEOUT_S)
        return client

    def close_clients(self) -> None:
        for client in self.clients:
            with contextlib.suppress(Exception):
                client.close()

    def running(self) -> list[dict]:
        return [r for r in self.seen if launch.is_running(r)]


@contextlib.contextmanager
def running_lab(runtime: Path, *extra: str):
    lab = Lab(runtime)
    lab.start(*extra)
    try:
        yield lab
    finally:
        lab.close_clients()
        if (lab.runtime / "state.json").exists():
            lab.cli("stop", check=False)
        launch.stop_processes(lab.running(), grace=5)  # never leave a process behind


@pytest.fixture
def own_lab(tmp_path):
    """A lab of the test's own, for a test that stops it."""
    with running_lab(tmp_path / "runtime") as lab:
        yield lab


@pytest.fixture(scope="module")
def module_lab(tmp_path_factory):
    with running_lab(tmp_path_factory.mktemp("nginx") / "runtime") as lab:
        yield lab


@pytest.fixture
def lab(module_lab):
    """The module's lab, for a test that only opens tabs (starting a lab is two Streamlit
    servers and nginx); the tabs it opened are closed after it."""
    before = len(module_lab.clients)
    yield module_lab
    for client in module_lab.clients[before:]:
        with contextlib.suppress(Exception):
            client.close()
    del module_lab.clients[before:]


def route_cookie(client: StreamlitClient) -> str:
    return f"{COOKIE}={client.cookies[COOKIE]}"


# ------------------------------------------------------------------ the configuration


def test_the_config_keeps_websockets_open_and_routes_by_cookie_not_address(tmp_path):
    text = launch.render(tmp_path, "127.0.0.1", 8080, [8601, 8602])
    assert "proxy_http_version 1.1;" in text
    assert "proxy_set_header Upgrade $http_upgrade;" in text
    assert "proxy_set_header Connection $training_lab_connection;" in text
    assert "proxy_set_header Host $http_host;" in text  # with the port: Streamlit's origin check
    for timeout in ("proxy_read_timeout", "proxy_send_timeout"):
        seconds = int(text.split(f"{timeout} ")[1].split("s;")[0])
        assert seconds >= 3600, f"{timeout} {seconds}s would cut a quiet lesson's WebSockets"
    assert f"map $cookie_{COOKIE} $training_lab_route" in text
    assert "hash $training_lab_route consistent;" in text
    directives = "\n".join(line.split("#")[0] for line in text.splitlines())
    assert "ip_hash" not in directives and "$remote_addr" not in directives
    assert "server 127.0.0.1:8601 " in text and "server 127.0.0.1:8602 " in text
    assert "@@" not in text
    for path in ("nginx.pid", "logs/error.log", "temp/proxy", "temp/body"):
        assert f"{tmp_path}/{path}" in text  # everything nginx writes is in the runtime folder
    assert "limit_conn_zone $binary_remote_addr zone=training_lab_clients" in text
    assert f"limit_conn training_lab_clients {launch.CONN_PER_CLIENT};" in text


def test_one_address_holding_too_many_websockets_is_refused_and_others_go_on(tmp_path):
    """A script opening idle WebSockets from one address gets 429 from nginx past the bound
    (the replicas never see them); once it lets go, a tab from that address is served."""
    with running_lab(tmp_path / "runtime", "--conn-per-client", "4") as lab:
        held, refused = [], 0
        for _ in range(7):
            client = lab.client()
            try:
                client.connect()
                held.append(client)
            except Exception as err:  # the handshake's answer
                refused += 1
                assert "429" in str(err), err
        assert (len(held), refused) == (4, 3)
        for client in held:
            client.close()
        time.sleep(0.5)
        tab = lab.open_tab("weight_decay")
        assert tab.find("button", label=STRINGS["live.train"])


# ------------------------------------------------------------------ affinity


def test_a_browser_on_a_named_host_gets_its_websocket_through_nginx(lab):
    """A browser sends Origin: http://<name>:<port>. Streamlit accepts the WebSocket only if
    that matches the Host header it is given (loopback names are always allowed, so this
    needs a name), which nginx must pass on with the port."""
    named = f"http://training-lab.example:{lab.port}"
    tab = lab.client(origin=named)
    tab.base_url, tab.connect_via = named, ("127.0.0.1", lab.port)
    tab.connect()
    tab.load("weight_init").wait(PAGE_TIMEOUT_S)
    assert tab.session_id and tab.closed_reason is None


def test_the_route_cookie_is_set_once_and_marked_httponly_lax_for_the_whole_site(lab):
    with urllib.request.urlopen(lab.url + "/") as response:
        set_cookies = response.headers.get_all("Set-Cookie") or []
        first = last_replica(response.headers[REPLICA_HEADER])
    ours = [c for c in set_cookies if c.startswith(f"{COOKIE}=")]
    assert len(ours) == 1, set_cookies
    morsel = http.cookies.SimpleCookie(ours[0])[COOKIE]
    assert len(morsel.value) == 32 and morsel["path"] == "/" and morsel["httponly"]
    assert morsel["samesite"] == "Lax" and int(morsel["max-age"]) > 3600

    again = urllib.request.Request(lab.url + "/", headers={"Cookie": f"{COOKIE}={morsel.value}"})
    for _ in range(5):
        with urllib.request.urlopen(again) as response:
            cookies = response.headers.get_all("Set-Cookie") or []
            assert not [c for c in cookies if c.startswith(COOKIE)], "cookie set twice"
            assert last_replica(response.headers[REPLICA_HEADER]) == first


def test_a_tab_reconnects_to_the_replica_and_the_session_that_hold_it(lab):
    # A browser sends Origin: through nginx it must match the Host Streamlit is given.
    tab = lab.open_tab("weight_init", origin=lab.url)
    replica = last_replica(tab.index_headers[REPLICA_HEADER])
    assert last_replica(tab.response_headers[REPLICA_HEADER]) == replica
    session = tab.session_id
    assert session
    tab.set_value(STRINGS["init.layers"], 7).wait(PAGE_TIMEOUT_S)  # a rerun on the same WebSocket
    cookie = route_cookie(tab)
    tab.close()

    for _ in range(6):  # with no affinity, each reconnect had an even chance of the other one
        again = lab.client(cookie=cookie, origin=lab.url)
        again.connect(resume_session=session)
        assert last_replica(again.response_headers[REPLICA_HEADER]) == replica
        again.load("weight_init").wait(PAGE_TIMEOUT_S)
        assert again.session_id == session, "reconnected to a replica that lost the session"
        assert not [c for c in again.cookies if c == COOKIE], "a new route cookie was set"
        again.close()


def test_sessions_from_one_address_spread_over_both_replicas_by_their_cookies(lab):
    answered: dict[str, list[StreamlitClient]] = {}
    opened: list[StreamlitClient] = []
    for _ in range(40):  # fresh tabs until both replicas have some (at least 8 tabs)
        tab = lab.open_tab()
        opened.append(tab)
        replica = last_replica(tab.index_headers[REPLICA_HEADER])
        assert last_replica(tab.response_headers[REPLICA_HEADER]) == replica
        answered.setdefault(replica, []).append(tab)
        if len(answered) == 2 and len(opened) >= 8:
            break
    assert set(answered) == {lab.address(0), lab.address(1)}, {
        r: len(tabs) for r, tabs in answered.items()
    }
    assert len({route_cookie(t) for t in opened}) == len(opened)
    for replica, tabs in answered.items():  # each cookie keeps its replica
        for tab in tabs[:2]:
            with urllib.request.urlopen(
                urllib.request.Request(lab.url + "/", headers={"Cookie": route_cookie(tab)})
            ) as response:
                assert last_replica(response.headers[REPLICA_HEADER]) == replica


def tabs_on_both(lab: Lab, page: str, query: str = "") -> dict[str, StreamlitClient]:
    """One open tab on each replica (fresh cookies until both are covered)."""
    tabs: dict[str, StreamlitClient] = {}
    for _ in range(40):
        tab = lab.open_tab(page, query=query)
        tabs.setdefault(last_replica(tab.response_headers[REPLICA_HEADER]), tab)
        if len(tabs) == 2:
            return tabs
    pytest.fail(f"40 fresh cookies all went to {set(tabs)}: the cookie does not spread tabs")


def test_stopping_one_replica_leaves_the_other_serving_every_tab(own_lab):
    lab = own_lab
    tabs = tabs_on_both(lab, "weight_init")
    gone, kept = lab.address(0), lab.address(1)
    lab.cli("stop", "--replica", "0")
    assert not launch.is_running(lab.state["replicas"][0])
    assert launch.is_running(lab.state["replicas"][1]) and launch.is_running(lab.state["nginx"])

    # The tab on the stopped replica lost its WebSocket...
    lost = tabs[gone]
    deadline = time.monotonic() + 30
    while lost.closed_reason is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert lost.closed_reason is not None, "the stopped replica's tab is still connected"
    # ...and comes back, with its cookie, on the other one, as a new session.
    back = lab.client(cookie=route_cookie(lost))
    back.connect(resume_session=lost.session_id)
    assert last_replica(back.response_headers[REPLICA_HEADER]) == kept
    back.load("weight_init").wait(PAGE_TIMEOUT_S)
    assert back.session_id and back.session_id != lost.session_id
    # The other replica's tab never noticed.
    tabs[kept].set_value(STRINGS["init.layers"], 6).wait(PAGE_TIMEOUT_S)
    assert tabs[kept].closed_reason is None
    # New visitors are all served by the replica that is left.
    for _ in range(4):
        assert last_replica(lab.open_tab().response_headers[REPLICA_HEADER]) == kept


def test_stop_ends_nginx_every_replica_and_their_training_processes(own_lab):
    lab = own_lab
    tab = lab.open_tab("weight_decay")
    tab.press(STRINGS["live.train"])  # a training: the replica starts its trainer process
    replica = last_replica(tab.response_headers[REPLICA_HEADER])
    index = lab.replica_ports.index(int(replica.rsplit(":", 1)[1]))
    record = lab.state["replicas"][index]
    deadline = time.monotonic() + 30
    while not launch.descendants(record["pid"]) and time.monotonic() < deadline:
        time.sleep(0.1)
    lab.remember()
    trainers = launch.descendants(record["pid"])
    assert trainers, "the replica started no training process for a training page"
    assert launch.descendants(lab.state["nginx"]["pid"]), "nginx has no worker process"
    started = {r["pid"] for r in lab.seen}
    assert len(started) >= 5, started  # 2 replicas, a trainer, nginx's master and worker

    stopped = lab.cli("stop")

    assert "stopped" in stopped.stdout
    left = lab.running()
    assert not left, f"still running after stop: {left}"
    assert not (lab.runtime / "state.json").exists()
    with pytest.raises(OSError):
        urllib.request.urlopen(lab.url + "/_stcore/health", timeout=5)
    for port in lab.replica_ports:
        with pytest.raises(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=5)


def test_start_refuses_a_port_in_use_and_leaves_nothing_running(tmp_path):
    """A health check on a port someone else serves would pass: start must not begin."""
    lab = Lab(tmp_path / "runtime")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", lab.replica_ports[1]))
        busy.listen()
        done = lab.start(check=False)
    assert done.returncode != 0 and "in use" in done.stderr, done.stdout + done.stderr
    assert not (lab.runtime / "state.json").exists()
    for port in (lab.port, lab.replica_ports[0]):
        with pytest.raises(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=5)


def test_with_a_shared_results_folder_one_replica_shows_what_the_other_trained(
    tmp_path, monkeypatch
):
    shared = tmp_path / "shared"
    monkeypatch.setenv("TRAINING_LAB_SHARED_RESULTS", str(shared))  # the replicas inherit it
    query = "epochs=5"  # a short training
    cached = STRINGS["live.cached"].split(":")[0]
    with running_lab(tmp_path / "runtime") as lab:
        tabs = tabs_on_both(lab, "weight_decay", query)
        (first, trainer), (second, viewer) = tabs.items()
        pressed = trainer.press(STRINGS["live.train"])
        done = trainer.wait_for(lambda e: e.kind == "metric", start=pressed.start, timeout=120)
        assert done is not None, "the training on the first replica gave no result"
        deadline = time.monotonic() + 30
        while not list(shared.glob("*.json")) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(list(shared.glob("*.json"))) == 1, f"shared folder: {sorted(shared.glob('*'))}"

        again = lab.open_tab("weight_decay", cookie=route_cookie(viewer), query=query)

        assert last_replica(again.response_headers[REPLICA_HEADER]) == second
        assert any(cached in el.text for el in again.elements("alert")), "not the stored run"
        assert again.elements("metric"), "the stored run's final numbers are not shown"
        logs = {
            f"127.0.0.1:{r['port']}": Path(r["log"]).read_text(errors="replace")
            for r in lab.state["replicas"]
        }
        assert logs[first].count("training started") == 1
        assert "training started" not in logs[second], "the second replica trained it again"
