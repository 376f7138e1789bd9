"""The import layers: engine <- ui <- pages <- app.py, and the lesson folders of ui/ apart.

- engine/ never imports ui/, pages/ or app;
- ui/ never imports pages/ or app;
- shared ui (the modules flat in ui/, and ui/figures/) never imports a lesson folder;
- a lesson folder (ui/weight_init/, ui/batchnorm/, ui/overfitting/, ...) imports no other one;
- a page never imports another page.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_UI_FOLDERS = {"figures"}  # folders of ui/ that are shared, not a lesson


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> set[str]:
    """Every module a file imports, as a dotted name (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, node.module] if node.module else base)
            found.add(module)
            # `from ui import live` imports the module ui.live
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def lesson(module: str) -> str | None:
    """The lesson folder a ui module belongs to ("ui.batchnorm.graph" -> "batchnorm")."""
    parts = module.split(".")
    if parts[0] != "ui" or len(parts) < 2 or parts[1] in SHARED_UI_FOLDERS:
        return None
    return parts[1] if (ROOT / "ui" / parts[1]).is_dir() else None


def violations(module: str, imported: set[str]) -> list[str]:
    """The layering rules broken by `module` importing `imported`."""
    layer = module.split(".")[0]
    bad = []
    for name in sorted(imported):
        top = name.split(".")[0]
        if layer == "engine" and top in {"ui", "pages", "app"}:
            bad.append(f"{module} (engine) imports {name}")
        elif layer == "ui" and top in {"pages", "app"}:
            bad.append(f"{module} (ui) imports {name}")
        elif layer == "ui" and lesson(name) and lesson(name) != lesson(module):
            own = lesson(module)
            where = f"lesson {own}" if own else "shared ui"
            bad.append(f"{module} ({where}) imports {name} (lesson {lesson(name)})")
        elif layer == "pages" and top == "pages" and name != module:
            bad.append(f"{module} (a page) imports {name}")
    return bad


FILES = sorted(
    p
    for folder in ("engine", "ui", "pages")
    for p in (ROOT / folder).rglob("*.py")
    if "__pycache__" not in p.parts
)


@pytest.mark.parametrize("path", FILES, ids=[module_name(p) for p in FILES])
def test_module_imports_only_from_its_own_layer_or_below(path):
    assert violations(module_name(path), imports(path)) == []


def test_the_layers_and_lessons_are_there_to_check():
    modules = {module_name(p) for p in FILES}
    assert {"engine.layers", "ui.live", "ui.figures.style", "pages.dropout"} <= modules
    lessons = {lesson(m) for m in modules} - {None}
    assert {"weight_init", "batchnorm", "overfitting"} <= lessons


@pytest.mark.parametrize(
    "module, imported, rule",
    [
        ("engine.network", {"ui.live"}, "(engine) imports ui.live"),
        ("engine.trainer", {"pages.dropout"}, "(engine) imports pages.dropout"),
        ("ui.live", {"pages.weight_init"}, "(ui) imports pages.weight_init"),
        ("ui.figures.lines", {"ui.batchnorm.graph"}, "(shared ui) imports ui.batchnorm.graph"),
        ("ui.form", {"ui.overfitting"}, "(shared ui) imports ui.overfitting"),
        ("ui.batchnorm.graph", {"ui.overfitting.curves"}, "(lesson batchnorm) imports"),
        ("pages.dropout", {"pages.weight_decay"}, "(a page) imports pages.weight_decay"),
    ],
)
def test_the_checker_catches_each_kind_of_wrong_import(module, imported, rule):
    (found,) = violations(module, imported)
    assert rule in found


def test_the_checker_lets_each_layer_use_what_is_below_it():
    assert violations("ui.batchnorm.graph", {"ui.batchnorm.primer", "ui.figures.style"}) == []
    assert violations("pages.batchnorm", {"ui.batchnorm.graph", "engine.walkthroughs"}) == []
    assert violations("ui.live", {"engine.progress", "ui.i18n"}) == []


def test_relative_imports_are_resolved(tmp_path, monkeypatch):
    folder = tmp_path / "ui" / "batchnorm"
    folder.mkdir(parents=True)
    (tmp_path / "ui" / "overfitting").mkdir()
    path = folder / "graph.py"
    path.write_text("from ..overfitting import curves\nfrom . import primer\n")
    monkeypatch.setattr(__import__(__name__), "ROOT", tmp_path)
    assert {"ui.overfitting.curves", "ui.batchnorm.primer"} <= imports(path)
    assert violations("ui.batchnorm.graph", imports(path)) == [
        "ui.batchnorm.graph (lesson batchnorm) imports ui.overfitting (lesson overfitting)",
        "ui.batchnorm.graph (lesson batchnorm) imports ui.overfitting.curves (lesson overfitting)",
    ]
