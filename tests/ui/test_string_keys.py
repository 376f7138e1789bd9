"""Every string key the code uses is in the table, and every key in the table is used.

A key is used when it appears whole, as a string literal, in the app's code (ui/, pages/,
app.py, engine/): code that picks among keys spells each one (a dict from a value to its key, or
a literal per branch), never glues a key together, so a key nothing names is dead. The same
scan says where a key belongs: in the table of the one lesson folder whose code (with its
pages) alone uses it, else in the shared table.
"""

import ast
from pathlib import Path

from ui import i18n, nav

ROOT = Path(__file__).resolve().parents[2]
CODE = [
    path
    for path in sorted([ROOT / "app.py", *(ROOT / "ui").rglob("*.py")])
    + sorted([*(ROOT / "pages").rglob("*.py"), *(ROOT / "engine").rglob("*.py")])
    if not path.name.startswith("strings_")  # the tables themselves
]
EN = i18n.LANGUAGES["en"]
LOOKUPS = {"t": 0, "translate": 1}  # the functions taking a key, and which argument
PREFIXES = {key.split(".")[0] for key in EN}  # "init", "batchnorm", ...


def literals(tree: ast.AST) -> set[str]:
    """Every string constant in `tree` (f-string pieces too, though a key is never one)."""
    return {
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def looked_up(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, key) of every literal key passed to t() or translate() in `tree`."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", None))
        at = LOOKUPS.get(name)
        if at is not None and len(node.args) > at:
            arg = node.args[at]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append((node.lineno, arg.value))
    return found


TREES = {path.relative_to(ROOT): ast.parse(path.read_text(), str(path)) for path in CODE}


def test_every_key_in_the_table_is_used_by_the_code():
    used = set().union(*(literals(tree) for tree in TREES.values()))
    dead = sorted(set(EN) - used)
    assert not dead, f"{len(dead)} keys no code names:\n" + "\n".join(dead)


def test_every_key_the_code_looks_up_is_in_the_table():
    unknown = [
        f"{path}:{line} {key}"
        for path, tree in TREES.items()
        for line, key in looked_up(tree)
        if key not in EN
    ]
    assert not unknown, f"{len(unknown)} keys not in the table:\n" + "\n".join(unknown)


def glued(tree: ast.AST) -> list[int]:
    """The lines of f-strings that build a key (`f"init.act_{a}"`: a key prefix, then a dot)."""
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        and node.values
        and isinstance(node.values[0], ast.Constant)
        and str(node.values[0].value).split(".")[0] in PREFIXES
        and "." in str(node.values[0].value)
    ]


def test_no_key_is_glued_together():
    found = [f"{path}:{line}" for path, tree in TREES.items() for line in glued(tree)]
    assert not found, "keys built by f-strings (spell each one in a dict):\n" + "\n".join(found)


def test_the_checks_see_literal_glued_and_unknown_keys():
    tree = ast.parse(
        'x = t("live.stop")\ny = translate("ja", "no.such")\nz = t(f"init.act_{a}")\n'
        'k = f"diag.why_{key}"\nw = f"bn:preset_{p}"\nnames = {"a": "init.act_relu"}'
    )
    assert looked_up(tree) == [(1, "live.stop"), (2, "no.such")]
    assert sorted(glued(tree)) == [3, 4]
    assert {"live.stop", "init.act_relu"} <= literals(tree)


PAGE_LESSONS = {Path(p.file).stem: p.lesson.split(".")[1] for p in nav.PAGES if p.lesson}


def lesson_of(path: Path) -> str | None:
    """The lesson folder a code file belongs to (a page: its lesson's), None for shared code."""
    parts = path.parts
    if parts[0] == "ui" and len(parts) > 2 and parts[1] in PAGE_LESSONS.values():
        return parts[1]
    return PAGE_LESSONS.get(path.stem) if parts[0] == "pages" else None


def test_a_key_is_in_the_table_of_the_lesson_that_alone_uses_it():
    users: dict[str, set[str | None]] = {key: set() for key in EN}
    for path, tree in TREES.items():
        for key in literals(tree) & set(EN):
            users[key].add(lesson_of(path))
    table_of = {
        key: table.__name__.split(".")[1] if table.__name__.count(".") == 2 else None
        for table in i18n.TABLES["en"]
        for key in table.STRINGS
    }
    bad = [
        f"{key}: in {table_of[key] or 'the shared table'}, used by {sorted(map(str, used))}"
        for key, used in users.items()
        if used and table_of[key] != (next(iter(used)) if len(used) == 1 else None)
    ]
    assert not bad, f"{len(bad)} keys in the wrong table:\n" + "\n".join(bad)
