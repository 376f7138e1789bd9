"""The import layers: engine <- ui <- pages <- app.py, and the lesson folders of ui/ apart.

- engine/ never imports ui/, pages/ or app;
- ui/ never imports pages/ or app;
- shared ui (the modules flat in ui/, and ui/figures/) never imports a lesson folder, but for
  ui/i18n.py, which merges the lessons' string tables (ui/<lesson>/strings_<lang>.py: data
  that imports nothing);
- a lesson folder (ui/weight_init/, ui/batchnorm/, ui/overfitting/, ...) imports no other one;
- a page never imports another page;
- no module imports itself round a cycle (ui.form -> ui.lesson_view -> ui.form), counting every
  import wherever it stands: in a function, under `if TYPE_CHECKING`, at the top.
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


def string_table(module: str, name: str) -> bool:
    """Whether `module` is ui.i18n importing a lesson's string table (or its package to get it)."""
    parts = name.split(".")
    return (
        module == "ui.i18n"
        and lesson(name) is not None
        and (len(parts) == 2 or (len(parts) == 3 and parts[2].startswith("strings_")))
    )


def violations(module: str, imported: set[str]) -> list[str]:
    """The layering rules broken by `module` importing `imported`."""
    layer = module.split(".")[0]
    bad = []
    for name in sorted(imported):
        top = name.split(".")[0]
        if string_table(module, name):
            continue
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


def import_graph(paths) -> dict[str, set[str]]:
    """module -> the modules among `paths` it imports (names that are no module, such as
    `ui.form.Form`, left out)."""
    modules = {module_name(p): p for p in paths}
    return {m: {i for i in imports(p) if i in modules and i != m} for m, p in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One import cycle per group of modules that import each other round a loop, as the
    modules along it with the first repeated at the end (["a", "b", "a"]), sorted."""
    found, done = [], set()
    for start in sorted(graph):
        if start in done:
            continue
        path, on_path = [start], {start: 0}
        stack = [iter(sorted(graph[start]))]
        while stack:  # depth first from `start`, without recursion
            step = next(stack[-1], None)
            if step is None:
                done.add(path.pop())
                on_path = {m: i for i, m in enumerate(path)}
                stack.pop()
            elif step in on_path:
                found.append([*path[on_path[step] :], step])
            elif step not in done:
                on_path[step] = len(path)
                path.append(step)
                stack.append(iter(sorted(graph[step])))
    return sorted(found)


@pytest.mark.parametrize("path", FILES, ids=[module_name(p) for p in FILES])
def test_module_imports_only_from_its_own_layer_or_below(path):
    assert violations(module_name(path), imports(path)) == []


def test_no_module_imports_itself_round_a_cycle():
    graph = import_graph([*FILES, ROOT / "app.py"])
    assert cycles(graph) == [], "import cycles (the first module repeated at the end)"


def test_the_cycle_finder_sees_imports_inside_functions_and_long_loops(tmp_path, monkeypatch):
    monkeypatch.setattr(__import__(__name__), "ROOT", tmp_path)
    (tmp_path / "ui").mkdir()
    files = {
        "form": "from ui.i18n import t\ndef notice():\n    from ui import lesson_view\n",
        "lesson_view": "from ui.class_view import draw\n",
        "class_view": "import typing\nif typing.TYPE_CHECKING:\n    from ui.form import Form\n",
        "i18n": "import math\n",
    }
    for name, text in files.items():
        (tmp_path / "ui" / f"{name}.py").write_text(text)
    graph = import_graph(sorted((tmp_path / "ui").glob("*.py")))
    assert cycles(graph) == [["ui.class_view", "ui.form", "ui.lesson_view", "ui.class_view"]]
    (tmp_path / "ui" / "class_view.py").write_text("from ui.i18n import t\n")
    assert cycles(import_graph(sorted((tmp_path / "ui").glob("*.py")))) == []


PAGE_LINES = 80  # a page is an outline: its lesson's sections in order, under their headings


@pytest.mark.parametrize("path", sorted((ROOT / "pages").glob("*.py")), ids=lambda p: p.name)
def test_every_page_is_a_short_outline(path):
    """A page file calls its lesson's sections (ui/<lesson>/) in order: no functions or
    classes of its own, no session state written by hand, at most PAGE_LINES lines."""
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    defined = [n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef)]
    lambdas = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Lambda)]
    assert len(text.splitlines()) <= PAGE_LINES
    assert defined == [] and lambdas == []
    assert "session_state" not in text


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
        ("ui.i18n", {"ui.plane.section"}, "(shared ui) imports ui.plane.section"),
        ("ui.form", {"ui.plane.strings_en"}, "(shared ui) imports ui.plane.strings_en"),
        ("ui.batchnorm.graph", {"ui.overfitting.curves"}, "(lesson batchnorm) imports"),
        ("pages.dropout", {"pages.weight_decay"}, "(a page) imports pages.weight_decay"),
    ],
)
def test_the_checker_catches_each_kind_of_wrong_import(module, imported, rule):
    (found,) = violations(module, imported)
    assert rule in found


def test_the_checker_lets_each_layer_use_what_is_below_it():
    assert violations("ui.batchnorm.graph", {"ui.batchnorm.primer", "ui.figures.style"}) == []
    assert violations("ui.i18n", {"ui.batchnorm", "ui.batchnorm.strings_ja"}) == []
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


@pytest.mark.parametrize(
    "path", sorted((ROOT / "ui").rglob("strings_*.py")), ids=lambda p: str(p.relative_to(ROOT))
)
def test_a_string_table_is_data_that_imports_nothing(path):
    # so ui/i18n.py can merge a lesson's table without the lesson's code (or a cycle) behind it
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)]
