"""Render a Kustomize folder to the resources `kubectl apply -k` would send, without kubectl.

    python deploy/k8s/render.py deploy/k8s/overlays/classroom > training-lab.yaml

Only the part of Kustomize that deploy/k8s uses, so that CI can validate the manifests with no
binary to download: `resources` (YAML files, or folders with a kustomization.yaml, rendered
first), `patches` (strategic-merge patches from a `path` or an inline `patch`, each applied
to the resource with the patch's own kind and name), `namespace`, `images` (newName, newTag,
digest) and `replicas`. Any other field, or a patch with a `target`, is an error: a
kustomization that needs more is never rendered silently wrong. Strategic merge here: maps
are merged key by key (a null value removes the key), lists of maps that all have a `name`
are merged by name (containers, env, ports, volumes), other lists are replaced.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import yaml

KNOWN_FIELDS = {"apiVersion", "kind", "resources", "patches", "namespace", "images", "replicas"}
SCALABLE = {"Deployment", "StatefulSet", "ReplicaSet"}


class KustomizeError(ValueError):
    """A kustomization this renderer cannot render exactly."""


def render(folder: str | Path) -> list[dict]:
    """The resources of the kustomization in `folder`, with its transformations applied."""
    folder = Path(folder)
    path = folder / "kustomization.yaml"
    if not path.is_file():
        raise KustomizeError(f"{folder}: no kustomization.yaml")
    spec = yaml.safe_load(path.read_text()) or {}
    unknown = set(spec) - KNOWN_FIELDS
    if unknown:
        raise KustomizeError(f"{path}: fields this renderer does not know: {sorted(unknown)}")

    resources: list[dict] = []
    for entry in spec.get("resources", []):
        target = (folder / entry).resolve()
        if target.is_dir():
            resources += render(target)
        else:
            resources += [doc for doc in yaml.safe_load_all(target.read_text()) if doc]
    _check_unique(resources, path)

    for entry in spec.get("patches", []):
        _patch(resources, entry, folder)
    if "namespace" in spec:
        for resource in resources:
            resource.setdefault("metadata", {})["namespace"] = spec["namespace"]
    for image in spec.get("images", []):
        for container in _containers(resources):
            _retag(container, image)
    for entry in spec.get("replicas", []):
        matches = [r for r in resources if r["kind"] in SCALABLE and _name(r) == entry["name"]]
        if not matches:
            raise KustomizeError(f"{path}: replicas for {entry['name']!r}, which is not here")
        for resource in matches:
            resource["spec"]["replicas"] = entry["count"]
    return resources


def _name(resource: dict) -> str:
    return resource.get("metadata", {}).get("name", "")


def _check_unique(resources: list[dict], path: Path) -> None:
    seen = set()
    for r in resources:
        ident = (r.get("apiVersion"), r.get("kind"), _name(r))
        if ident in seen:
            raise KustomizeError(f"{path}: {ident} is listed twice")
        seen.add(ident)


def _patch(resources: list[dict], entry: dict, folder: Path) -> None:
    if set(entry) - {"path", "patch"} or len(entry) != 1:
        raise KustomizeError(f"{folder}: patch {entry} (only one `path` or `patch`, no target)")
    text = (folder / entry["path"]).read_text() if "path" in entry else entry["patch"]
    patch = yaml.safe_load(text)
    matches = [r for r in resources if r["kind"] == patch.get("kind") and _name(r) == _name(patch)]
    if len(matches) != 1:
        kind, name = patch.get("kind"), _name(patch)
        raise KustomizeError(f"{folder}: a patch for {kind} {name!r} matches {len(matches)}")
    merged = merge(matches[0], patch)
    matches[0].clear()
    matches[0].update(merged)


def merge(base, patch):
    """`patch` merged into a copy of `base` (strategic merge, as described above)."""
    if isinstance(base, dict) and isinstance(patch, dict):
        out = copy.deepcopy(base)
        for key, value in patch.items():
            if value is None:
                out.pop(key, None)
            else:
                out[key] = merge(out[key], value) if key in out else copy.deepcopy(value)
        return out
    if _named_list(base) and _named_list(patch):
        out = copy.deepcopy(base)
        index = {item["name"]: i for i, item in enumerate(out)}
        for item in patch:
            if item["name"] in index:
                out[index[item["name"]]] = merge(out[index[item["name"]]], item)
            else:
                out.append(copy.deepcopy(item))
        return out
    return copy.deepcopy(patch)


def _named_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(i, dict) and "name" in i for i in value)


def _containers(resources: list[dict]):
    """Every container (and init container) of every pod template."""
    for resource in resources:
        pod = resource.get("spec", {}).get("template", {}).get("spec", {})
        yield from pod.get("initContainers", [])
        yield from pod.get("containers", [])


def _retag(container: dict, image: dict) -> None:
    """Apply one `images` entry to a container whose image has that entry's name."""
    current = container.get("image", "")
    name = current.split("@")[0]
    if ":" in name.rsplit("/", 1)[-1]:
        name = name.rsplit(":", 1)[0]
    if name != image["name"]:
        return
    new = image.get("newName", name)
    if "digest" in image:
        container["image"] = f"{new}@{image['digest']}"
    elif "newTag" in image:
        container["image"] = f"{new}:{image['newTag']}"
    else:
        container["image"] = new + current[len(name) :]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    yaml.safe_dump_all(render(argv[0]), sys.stdout, sort_keys=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
