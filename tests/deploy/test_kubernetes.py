"""deploy/k8s: the Kustomize base and overlay render (deploy/k8s/render.py, no kubectl), pass
the Kubernetes schemas offline (kubernetes-validate, strict: unknown fields fail), and agree with
the Dockerfile and with each other (ports, probes, user, environment, selectors, names)."""

from __future__ import annotations

import copy
import importlib.util
import shlex
import socket
from pathlib import Path

import kubernetes_validate
import pytest

from tests.deploy.test_docker_and_readme import DOCKERFILE, dockerfile_instructions, exec_form

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
BASE, CLASSROOM = K8S / "base", K8S / "overlays" / "classroom"
# The three Kubernetes minor versions maintained upstream in November 2026 are 1.35-1.37; the
# oldest and the newest of them (kubernetes-validate 1.37.0 has schemas for 1.25-1.37).
KUBERNETES_VERSIONS = ("1.35", "1.37")
KINDS = {
    ("apps/v1", "Deployment"),
    ("v1", "Service"),
    ("networking.k8s.io/v1", "Ingress"),
    ("autoscaling/v2", "HorizontalPodAutoscaler"),
    ("policy/v1", "PodDisruptionBudget"),
}


def load_renderer():
    spec = importlib.util.spec_from_file_location("training_lab_render", K8S / "render.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


render = load_renderer()


def by_kind(resources: list[dict]) -> dict[str, dict]:
    return {r["kind"]: r for r in resources}


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


# ------------------------------------------------------------------ schemas


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
@pytest.mark.parametrize("folder", [BASE, CLASSROOM], ids=["base", "classroom"])
def test_every_rendered_resource_passes_the_kubernetes_schemas_offline(folder, version, no_network):
    resources = render.render(folder)
    assert {(r["apiVersion"], r["kind"]) for r in resources} == KINDS
    for resource in resources:
        checked = kubernetes_validate.validate(resource, version, strict=True)
        assert checked == version, f"validated against {checked}, not {version}"


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d["spec"]["template"]["spec"]["containers"][0].update(ports="8501"),
        lambda d: d["spec"]["template"]["spec"]["containers"][0].update(readyProbe={}),
        lambda d: d["spec"].update(replicas="two"),
        lambda d: d["spec"].pop("selector"),
    ],
    ids=["ports not a list", "misspelt field", "replicas not a number", "no selector"],
)
def test_the_validation_rejects_a_broken_deployment(breakage, no_network):
    deployment = copy.deepcopy(by_kind(render.render(BASE))["Deployment"])
    breakage(deployment)
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, KUBERNETES_VERSIONS[-1], strict=True)


def test_every_manifest_file_is_used_by_its_kustomization():
    for folder in (BASE, CLASSROOM):
        text = (folder / "kustomization.yaml").read_text()
        for path in folder.glob("*.yaml"):
            if path.name != "kustomization.yaml":
                assert path.name in text, f"{path.relative_to(ROOT)} is in no kustomization"


# ------------------------------------------------------------------ the Dockerfile


def dockerfile() -> dict:
    """EXPOSE, USER, ENV and the ports/paths of CMD and HEALTHCHECK."""
    text = DOCKERFILE.read_text(encoding="utf-8")
    instructions = dockerfile_instructions(text)
    env = {}
    for keyword, rest in instructions:
        if keyword == "ENV":
            env.update(part.split("=", 1) for part in shlex.split(rest))
    user = [rest for keyword, rest in instructions if keyword == "USER"][-1]
    uid, _, gid = user.partition(":")
    command = exec_form(text, "CMD")
    port = next(a.split("=", 1)[1] for a in command if a.startswith("--server.port="))
    health = " ".join(exec_form(text, "HEALTHCHECK"))
    return {
        "expose": [int(rest) for keyword, rest in instructions if keyword == "EXPOSE"],
        "uid": int(uid),
        "gid": int(gid or uid),
        "env": env,
        "port": int(port),
        "health_path": health.split(f":{port}", 1)[1].split("'", 1)[0],
    }


def container(deployment: dict) -> dict:
    (only,) = deployment["spec"]["template"]["spec"]["containers"]
    return only


def named_port(c: dict, port) -> int:
    """A probe's or Service's port, by number or by the container port's name."""
    if isinstance(port, int):
        return port
    return next(p["containerPort"] for p in c["ports"] if p.get("name") == port)


def cores(quantity: str) -> float:
    return float(quantity[:-1]) / 1000 if quantity.endswith("m") else float(quantity)


def mebibytes(quantity: str) -> float:
    units = {"Ki": 1 / 1024, "Mi": 1, "Gi": 1024}
    return float(quantity[:-2]) * units[quantity[-2:]]


@pytest.mark.parametrize("folder", [BASE, CLASSROOM], ids=["base", "classroom"])
def test_the_deployment_runs_the_image_as_the_dockerfile_builds_it(folder):
    docker = dockerfile()
    deployment = by_kind(render.render(folder))["Deployment"]
    pod = deployment["spec"]["template"]["spec"]
    c = container(deployment)

    assert "command" not in c and "args" not in c, "the image's ENTRYPOINT and CMD must run as is"
    assert c["image"].split("@")[0].rsplit(":", 1)[0].endswith("training-lab")
    assert [p["containerPort"] for p in c["ports"]] == docker["expose"] == [docker["port"]]
    for probe in ("readinessProbe", "livenessProbe"):
        check = c[probe]["httpGet"]
        assert check["path"] == docker["health_path"] == "/_stcore/health", probe
        assert named_port(c, check["port"]) == docker["port"], probe
    security = pod["securityContext"]
    assert security["runAsNonRoot"] is True
    assert (security["runAsUser"], security["runAsGroup"]) == (docker["uid"], docker["gid"])
    assert c["securityContext"]["allowPrivilegeEscalation"] is False

    env = {e["name"]: e["value"] for e in c["env"]}
    assert env["OPENBLAS_NUM_THREADS"] == docker["env"]["OPENBLAS_NUM_THREADS"] == "1"
    trainers = int(env["TRAINING_LAB_TRAINERS"])
    limits, requests = c["resources"]["limits"], c["resources"]["requests"]
    assert 1 <= trainers <= cores(limits["cpu"]), "more trainers than the CPU limit's cores"
    assert cores(requests["cpu"]) <= cores(limits["cpu"])
    assert mebibytes(requests["memory"]) <= mebibytes(limits["memory"])


# ------------------------------------------------------------------ the pieces fit together


@pytest.mark.parametrize("folder", [BASE, CLASSROOM], ids=["base", "classroom"])
def test_service_ingress_autoscaler_and_budget_point_at_the_deployment(folder):
    kinds = by_kind(render.render(folder))
    deployment, service = kinds["Deployment"], kinds["Service"]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert service["spec"]["selector"].items() <= labels.items()
    assert kinds["PodDisruptionBudget"]["spec"]["selector"]["matchLabels"].items() <= labels.items()
    (port,) = service["spec"]["ports"]
    assert named_port(container(deployment), port["targetPort"]) == 8501
    assert service["spec"].get("sessionAffinity", "None") == "None"  # never by client IP

    backends = [
        path["backend"]["service"]
        for rule in kinds["Ingress"]["spec"]["rules"]
        for path in rule["http"]["paths"]
    ]
    assert backends and all(b["name"] == service["metadata"]["name"] for b in backends)
    assert all(b["port"].get("name") == port["name"] for b in backends)

    target = kinds["HorizontalPodAutoscaler"]["spec"]["scaleTargetRef"]
    assert (target["apiVersion"], target["kind"], target["name"]) == (
        "apps/v1",
        "Deployment",
        deployment["metadata"]["name"],
    )
    namespaces = {r["metadata"].get("namespace") for r in kinds.values()}
    assert len(namespaces) == 1, namespaces


def test_the_ingress_keeps_tabs_on_their_pod_by_cookie_with_long_websocket_timeouts():
    notes = by_kind(render.render(BASE))["Ingress"]["metadata"]["annotations"]
    prefix = "nginx.ingress.kubernetes.io/"
    assert notes[prefix + "affinity"] == "cookie"
    assert notes[prefix + "affinity-mode"] == "persistent"
    assert notes[prefix + "session-cookie-name"] == "training_lab_route"
    assert int(notes[prefix + "session-cookie-max-age"]) >= 3600
    for timeout in ("proxy-read-timeout", "proxy-send-timeout"):
        assert int(notes[prefix + timeout]) >= 3600, timeout
    assert not any("upstream-hash-by" in key for key in notes), "hashing by address: NAT"


def test_the_autoscaler_scales_on_cpu_and_the_budget_keeps_pods_serving():
    kinds = by_kind(render.render(BASE))
    hpa = kinds["HorizontalPodAutoscaler"]["spec"]
    (metric,) = hpa["metrics"]
    assert metric["resource"]["name"] == "cpu"
    assert 2 <= hpa["minReplicas"] <= kinds["Deployment"]["spec"]["replicas"] <= hpa["maxReplicas"]
    assert hpa["behavior"]["scaleDown"]["stabilizationWindowSeconds"] >= 600
    assert kinds["PodDisruptionBudget"]["spec"]["maxUnavailable"] == 1


def test_the_classroom_overlay_starts_more_pods_in_a_namespace_of_its_own():
    base, room = by_kind(render.render(BASE)), by_kind(render.render(CLASSROOM))
    assert room["Deployment"]["spec"]["replicas"] == 4 > base["Deployment"]["spec"]["replicas"]
    hpa = room["HorizontalPodAutoscaler"]["spec"]
    assert hpa["minReplicas"] == 4 and hpa["maxReplicas"] == 16
    assert hpa["metrics"] == base["HorizontalPodAutoscaler"]["spec"]["metrics"]  # merged, kept
    assert {r["metadata"]["namespace"] for r in room.values()} == {"training-lab"}
    assert room["Ingress"]["spec"]["rules"][0]["host"] == "lab.school.example"
    assert room["Deployment"]["spec"]["template"] == base["Deployment"]["spec"]["template"]


# ------------------------------------------------------------------ the renderer itself


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  replicas: 1
  template:
    spec:
      containers:
        - name: app
          image: registry.example:5000/app
          env: [{name: A, value: "1"}, {name: B, value: "2"}]
          args: ["--x"]
"""


def test_patches_merge_maps_and_named_lists_and_replace_other_lists(tmp_path):
    base = write(
        tmp_path / "base",
        {"kustomization.yaml": "resources: [d.yaml]\n", "d.yaml": DEPLOYMENT},
    )
    overlay = write(
        tmp_path / "overlay",
        {
            "kustomization.yaml": "resources: [../base]\npatches: [{path: p.yaml}]\n"
            "images: [{name: registry.example:5000/app, newTag: '2'}]\n"
            "replicas: [{name: app, count: 3}]\nnamespace: lab\n",
            "p.yaml": "kind: Deployment\nmetadata: {name: app}\nspec:\n  template:\n"
            "    spec:\n      containers:\n        - name: app\n"
            "          env: [{name: B, value: '20'}, {name: C, value: '3'}]\n"
            "          args: null\n",
        },
    )
    (deployment,) = render.render(overlay)
    (c,) = deployment["spec"]["template"]["spec"]["containers"]
    assert c["env"] == [
        {"name": "A", "value": "1"},
        {"name": "B", "value": "20"},
        {"name": "C", "value": "3"},
    ]
    assert "args" not in c
    assert c["image"] == "registry.example:5000/app:2"  # the port's colon is not a tag
    assert deployment["spec"]["replicas"] == 3
    assert deployment["metadata"]["namespace"] == "lab"
    (untouched,) = render.render(base)
    assert untouched["spec"]["replicas"] == 1 and "namespace" not in untouched["metadata"]


@pytest.mark.parametrize(
    "kustomization",
    [
        "resources: [d.yaml]\nconfigMapGenerator: [{name: x}]\n",
        "resources: [d.yaml]\npatches: [{path: d.yaml, target: {kind: Deployment}}]\n",
        "resources: [d.yaml]\nreplicas: [{name: elsewhere, count: 2}]\n",
        "resources: [d.yaml, d.yaml]\n",
    ],
    ids=["unknown field", "patch with a target", "replicas of nothing", "listed twice"],
)
def test_what_the_renderer_cannot_render_exactly_is_an_error(tmp_path, kustomization):
    folder = write(tmp_path, {"kustomization.yaml": kustomization, "d.yaml": DEPLOYMENT})
    with pytest.raises(render.KustomizeError):
        render.render(folder)


def test_the_ingress_bounds_one_address_and_the_pods_trust_it_for_the_address():
    """One client cannot use up a pod's open files with idle sockets, yet a class of dozens
    behind one school NAT address fits; the pod reads the client's address from the ingress's
    X-Forwarded-For (one trusted proxy), for the per-address bound on queued trainings."""
    rendered = by_kind(render.render(BASE))
    notes = rendered["Ingress"]["metadata"]["annotations"]
    assert 60 <= int(notes["nginx.ingress.kubernetes.io/limit-connections"]) <= 1000
    env = {e["name"]: e.get("value") for e in container(rendered["Deployment"])["env"]}
    assert env["TRAINING_LAB_TRUSTED_PROXIES"] == "1"
