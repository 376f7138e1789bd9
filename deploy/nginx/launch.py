"""Run Training Lab as N Streamlit processes behind nginx on one host, and stop them again.

    python deploy/nginx/launch.py start --replicas 4 --port 8080            # http://127.0.0.1:8080
    python deploy/nginx/launch.py start --replicas 4 --port 80 --host 0.0.0.0  # for the class
    python deploy/nginx/launch.py status
    python deploy/nginx/launch.py stop --replica 1     # one replica (nginx sends its tabs on)
    python deploy/nginx/launch.py stop                 # everything that start started
    python deploy/nginx/launch.py config --replicas 4 --port 8080   # print the nginx config

`start` runs each replica as `python -m streamlit run app.py` on a loopback port (the first
replica port, then one up for each), waits until every one reports healthy, then runs Debian's
nginx with deploy/nginx/nginx.conf.template filled in (cookie affinity, WebSocket upgrade, long
timeouts) in the foreground of its own session, and returns. Everything it needs to write is in
the runtime folder (--runtime, default deploy/nginx/run/): the generated nginx.conf, nginx's pid
file, logs and temp folders, one log per replica, and state.json, which records every process
started (PID and start time, so a PID the system has given to another process since is never
signalled). No root needed (listening on a port below 1024 aside).

Each replica gets OPENBLAS_NUM_THREADS=1, TRAINING_LAB_TRUSTED_PROXIES=1 (it trusts this
nginx's X-Forwarded-For for the client's address, ui/clients.py) and TRAINING_LAB_TRAINERS=K,
K = --trainers or the usable cores divided by N (at least 1), so that N replicas of K training
processes do not ask for more cores than there are. Other environment variables
(TRAINING_LAB_SHARED_RESULTS, TRAINING_LAB_WARM, TRAINING_LAB_MNIST_DIR, ...) are passed on.

`stop` signals every recorded process and everything it started (a replica's training
processes), SIGTERM first and SIGKILL after --grace seconds, by PID.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TEMPLATE = HERE / "nginx.conf.template"
COOKIE = "training_lab_route"
COOKIE_MAX_AGE_S = 12 * 3600  # a school day; a browser without it gets a new route
TEMP_FOLDERS = ("body", "proxy", "fastcgi", "uwsgi", "scgi")

sys.path.insert(0, str(ROOT))
from ui.clients import TRUSTED_PROXIES_ENV  # noqa: E402
from ui.trainer_slots import usable_cores  # noqa: E402
from ui.trainers import TRAINERS_ENV  # noqa: E402

# ------------------------------------------------------------------ processes by PID


def start_time(pid: int) -> int | None:
    """The process's start time (clock ticks after boot), None if it is gone or a zombie."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    return None if fields[0] in ("Z", "X") else int(fields[19])


def is_running(record: dict | None) -> bool:
    """Whether the process a record names still runs (same PID and the same start time)."""
    return bool(record) and start_time(record["pid"]) == record["start"]


def descendants(pid: int) -> list[dict]:
    """Records of the processes below `pid`, alive now."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            text = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(text[text.rindex(")") + 2 :].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], list(children.get(pid, []))
    while todo:
        child = todo.pop()
        if (start := start_time(child)) is not None:
            found.append({"pid": child, "start": start})
        todo.extend(children.get(child, []))
    return found


def stop_processes(records: list[dict], grace: float) -> None:
    """SIGTERM each running process of `records` and its descendants, SIGKILL what is left
    after `grace` seconds, and wait until all are gone."""
    targets = []
    for record in records:
        if is_running(record):
            targets += [record, *descendants(record["pid"])]
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
        for target in targets:
            if is_running(target):
                try:
                    os.kill(target["pid"], sig)
                except ProcessLookupError:
                    pass
        deadline = time.monotonic() + wait
        while any(is_running(t) for t in targets) and time.monotonic() < deadline:
            time.sleep(0.05)
        if not any(is_running(t) for t in targets):
            return
    left = [t["pid"] for t in targets if is_running(t)]
    raise RuntimeError(f"processes still running after SIGKILL: {left}")


def spawn(argv: list[str], log: Path, env: dict | None = None, cwd: Path = ROOT) -> dict:
    """Start a process in a session of its own (it outlives this script), output to `log`."""
    with log.open("ab") as out:
        proc = subprocess.Popen(
            argv,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    start = None
    for _ in range(100):  # /proc knows the child a moment after fork
        if (start := start_time(proc.pid)) is not None:
            break
        time.sleep(0.01)
    return {"pid": proc.pid, "start": start, "log": str(log)}


def port_free(host: str, port: int) -> bool:
    """Whether nothing listens on host:port (so a health check there reaches our process)."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.read().strip() == b"ok"
    except OSError:
        return False


def wait_healthy(url: str, record: dict, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not healthy(url):
        if not is_running(record):
            raise RuntimeError(f"{url}: the process exited; see {record['log']}")
        if time.monotonic() > deadline:
            raise TimeoutError(f"{url}: not healthy within {timeout:.0f} s; see {record['log']}")
        time.sleep(0.2)


# ------------------------------------------------------------------ configuration


def replica_ports(args) -> list[int]:
    if args.replica_ports:
        ports = [int(p) for p in args.replica_ports.split(",")]
        if len(ports) != args.replicas:
            raise SystemExit(f"--replica-ports lists {len(ports)} ports for {args.replicas}")
        return ports
    return [args.first_replica_port + i for i in range(args.replicas)]


def trainers_per_replica(args) -> int:
    return args.trainers or max(1, usable_cores() // args.replicas)


CONN_PER_CLIENT = 200  # nginx connections one client address may hold (a class behind a NAT)


def render(
    runtime: Path, host: str, port: int, ports: list[int], per_client: int = CONN_PER_CLIENT
) -> str:
    """nginx.conf.template with its placeholders filled in."""
    servers = "\n".join(
        f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;" for p in ports
    )
    values = {
        "RUNTIME": str(runtime),
        "LISTEN": f"{host}:{port}",
        "COOKIE": COOKIE,
        "COOKIE_MAX_AGE": str(COOKIE_MAX_AGE_S),
        "SERVERS": servers,
        "CONN_PER_CLIENT": str(per_client),
    }
    text = TEMPLATE.read_text()
    for name, value in values.items():
        text = text.replace(f"@@{name}@@", value)
    if unknown := re.findall(r"@@[A-Z_]+@@", text):
        raise ValueError(f"nginx.conf.template: placeholders with no value: {unknown}")
    return text


def nginx_binary(given: str | None) -> str:
    found = given or shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/sbin")
    if not found:
        raise SystemExit("nginx not found: apt-get install nginx (or pass --nginx PATH)")
    return found


def nginx_argv(binary: str, runtime: Path) -> list[str]:
    """nginx in the foreground (so its PID is the one started) with everything in `runtime`."""
    return [
        binary,
        "-p", str(runtime),
        "-c", str(runtime / "nginx.conf"),
        "-e", str(runtime / "logs" / "error.log"),
        "-g", "daemon off;",
    ]  # fmt: skip


# ------------------------------------------------------------------ commands


def state_path(runtime: Path) -> Path:
    return runtime / "state.json"


def read_state(runtime: Path) -> dict | None:
    try:
        return json.loads(state_path(runtime).read_text())
    except (OSError, ValueError):
        return None


def write_state(runtime: Path, state: dict) -> None:
    temp = state_path(runtime).with_suffix(".tmp")
    temp.write_text(json.dumps(state, indent=1))
    os.replace(temp, state_path(runtime))


def all_records(state: dict) -> list[dict]:
    return [r for r in [*state["replicas"], state.get("nginx")] if r]


def start(args) -> int:
    runtime = args.runtime.resolve()
    old = read_state(runtime)
    if old and any(is_running(r) for r in all_records(old)):
        raise SystemExit(f"already running (see {state_path(runtime)}): stop it first")
    binary = nginx_binary(args.nginx)
    ports = replica_ports(args)
    taken = [p for p in ports if not port_free("127.0.0.1", p)]
    taken += [] if port_free(args.host, args.port) else [args.port]
    if taken:
        raise SystemExit(f"ports already in use: {taken}")
    trainers = trainers_per_replica(args)
    if trainers * len(ports) > usable_cores():
        print(
            f"launch: {len(ports)} replicas x {trainers} trainers > {usable_cores()} cores: "
            "trainings will slow each other down",
            file=sys.stderr,
        )
    for folder in ("logs", *(f"temp/{t}" for t in TEMP_FOLDERS)):
        (runtime / folder).mkdir(parents=True, exist_ok=True)
    (runtime / "nginx.conf").write_text(
        render(runtime, args.host, args.port, ports, args.conn_per_client)
    )

    state = {"host": args.host, "port": args.port, "trainers": trainers, "replicas": []}
    state["url"] = f"http://{'127.0.0.1' if args.host == '0.0.0.0' else args.host}:{args.port}"
    write_state(runtime, state)
    try:
        check = subprocess.run(
            [*nginx_argv(binary, runtime)[:-2], "-t", "-q"], capture_output=True, text=True
        )
        if check.returncode != 0:
            raise RuntimeError(f"nginx -t failed:\n{check.stderr}")
        env = os.environ | {
            "OPENBLAS_NUM_THREADS": "1",
            TRAINERS_ENV: str(trainers),
            TRUSTED_PROXIES_ENV: "1",  # nginx: its X-Forwarded-For names the client
            "PYTHONUNBUFFERED": "1",
        }
        for i, port in enumerate(ports):
            argv = [
                sys.executable, "-m", "streamlit", "run", "app.py",
                "--server.headless", "true", "--server.address", "127.0.0.1",
                "--server.port", str(port), "--server.fileWatcherType", "none",
                "--browser.gatherUsageStats", "false",
            ]  # fmt: skip
            record = spawn(argv, runtime / "logs" / f"replica-{i}.log", env)
            state["replicas"].append(record | {"port": port})
            write_state(runtime, state)
        for record in state["replicas"]:
            wait_healthy(f"http://127.0.0.1:{record['port']}", record, args.timeout)
        state["nginx"] = spawn(nginx_argv(binary, runtime), runtime / "logs" / "nginx.out")
        write_state(runtime, state)
        wait_healthy(state["url"], state["nginx"], args.timeout)
    except BaseException as err:
        stop_processes(all_records(state), args.grace)
        state_path(runtime).unlink(missing_ok=True)
        print(f"launch: start failed, everything started was stopped: {err}", file=sys.stderr)
        return 1
    print(
        f"launch: {len(ports)} replicas (ports {', '.join(map(str, ports))}, {trainers} "
        f"trainer(s) each) behind nginx at {state['url']}; state in {state_path(runtime)}"
    )
    return 0


def stop(args) -> int:
    runtime = args.runtime.resolve()
    state = read_state(runtime)
    if state is None:
        print(f"launch: nothing to stop ({state_path(runtime)} not found)")
        return 0
    if args.replica is not None:
        if not 0 <= args.replica < len(state["replicas"]):
            raise SystemExit(f"no replica {args.replica} (0-{len(state['replicas']) - 1})")
        stop_processes([state["replicas"][args.replica]], args.grace)
        print(f"launch: replica {args.replica} stopped; nginx sends its tabs to the others")
        return 0
    stop_processes([state["nginx"]] if state.get("nginx") else [], args.grace)
    stop_processes(state["replicas"], args.grace)
    state_path(runtime).unlink()
    print("launch: nginx and every replica stopped")
    return 0


def status(args) -> int:
    state = read_state(args.runtime.resolve())
    if state is None:
        print("launch: not started")
        return 1
    for record in all_records(state):
        record["running"] = is_running(record)
        below = descendants(record["pid"]) if record["running"] else []
        record["children"] = [child["pid"] for child in below]
    print(json.dumps(state, indent=1))
    return 0 if all(r["running"] for r in all_records(state)) else 1


def config(args) -> int:
    print(
        render(
            args.runtime.resolve(), args.host, args.port, replica_ports(args), args.conn_per_client
        ),
        end="",
    )
    return 0


def parse_args(argv=None):
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--runtime", type=Path, default=HERE / "run", help="runtime folder")
    common.add_argument("--grace", type=float, default=10.0, help="seconds before SIGKILL")
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("start", "config"):
        sub = commands.add_parser(name, parents=[common])
        sub.add_argument("--replicas", type=int, default=2, help="Streamlit processes (N)")
        sub.add_argument("--port", type=int, default=8080, help="nginx's port")
        sub.add_argument("--host", default="127.0.0.1", help="nginx's address (0.0.0.0: all)")
        sub.add_argument("--first-replica-port", type=int, default=8601)
        sub.add_argument("--replica-ports", help="comma-separated, one per replica")
        sub.add_argument(
            "--conn-per-client",
            type=int,
            default=CONN_PER_CLIENT,
            help="connections one client address may hold at once",
        )
        if name == "start":
            sub.add_argument("--trainers", type=int, help="K per replica (default cores / N)")
            sub.add_argument("--nginx", help="the nginx binary (default: from PATH, /usr/sbin)")
            sub.add_argument("--timeout", type=float, default=60.0, help="seconds to be healthy")
    sub = commands.add_parser("stop", parents=[common])
    sub.add_argument("--replica", type=int, help="stop only this replica (0-based)")
    commands.add_parser("status", parents=[common])
    args = parser.parse_args(argv)
    if getattr(args, "replicas", 1) < 1:
        parser.error("--replicas must be at least 1")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    return {"start": start, "stop": stop, "status": status, "config": config}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
