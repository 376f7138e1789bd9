"""engine/ stands alone: no Streamlit or Plotly, and no NumPy global random state (every draw
goes through a numpy.random.Generator, so a seed fixes every result)."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENGINE_FILES = sorted((ROOT / "engine").rglob("*.py"))
UI_PACKAGES = {"streamlit", "plotly"}
# The numpy.random names that do not touch the global state: Generators and their seeding.
ALLOWED_RANDOM = {
    "default_rng",
    "Generator",
    "SeedSequence",
    "BitGenerator",
    "PCG64",
    "PCG64DXSM",
    "Philox",
    "SFC64",
    "MT19937",
}


def ids(paths):
    return [str(p.relative_to(ROOT)) for p in paths]


def imported_modules(tree):
    """Top-level package of every import (including importlib.import_module("x") / __import__)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            arg = node.args[0]
            if name in {"import_module", "__import__"} and isinstance(arg, ast.Constant):
                found.add(str(arg.value).split(".")[0])
    return found


def global_random_uses(tree):
    """Every numpy.random.<name> used, through whatever alias, outside ALLOWED_RANDOM."""
    numpy_names, random_names, bad = {"numpy"}, set(), []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "numpy":
                    numpy_names.add(alias.asname or "numpy")
                elif alias.name == "numpy.random":
                    if alias.asname:
                        random_names.add(alias.asname)
                    else:
                        numpy_names.add("numpy")
        elif isinstance(node, ast.ImportFrom) and node.module == "numpy":
            random_names.update(a.asname or a.name for a in node.names if a.name == "random")
        elif isinstance(node, ast.ImportFrom) and node.module == "numpy.random":
            bad.extend(a.name for a in node.names if a.name not in ALLOWED_RANDOM)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        owner = node.value
        via_numpy = (
            isinstance(owner, ast.Attribute)
            and owner.attr == "random"
            and isinstance(owner.value, ast.Name)
            and owner.value.id in numpy_names
        )
        via_alias = isinstance(owner, ast.Name) and owner.id in random_names
        if (via_numpy or via_alias) and node.attr not in ALLOWED_RANDOM:
            bad.append(f"line {node.lineno}: random.{node.attr}")
    return bad


def test_the_engine_has_modules_to_check():
    names = {p.name for p in ENGINE_FILES}
    assert {"layers.py", "network.py", "trainer.py", "experiments.py"} <= names


@pytest.mark.parametrize("path", ENGINE_FILES, ids=ids(ENGINE_FILES))
def test_engine_module_never_imports_streamlit_or_plotly(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    assert not imported_modules(tree) & UI_PACKAGES


@pytest.mark.parametrize("path", ENGINE_FILES, ids=ids(ENGINE_FILES))
def test_engine_module_never_uses_numpy_global_random_state(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    assert global_random_uses(tree) == []


def test_the_random_state_checker_catches_the_books_habits():
    source = """
import numpy as np
import numpy.random as npr
from numpy import random as nr
from numpy.random import shuffle
np.random.seed(0)
x = np.random.randn(3)
npr.choice(3)
nr.permutation(3)
rng = np.random.default_rng(0)
rng.permutation(3)
"""
    bad = global_random_uses(ast.parse(source))
    assert len(bad) == 5, bad
    assert imported_modules(ast.parse("import plotly.graph_objects as go")) == {"plotly"}
    assert "streamlit" in imported_modules(ast.parse("from streamlit import cache_data"))


def test_importing_every_engine_module_loads_neither_streamlit_nor_plotly():
    modules = [f"engine.{p.stem}" for p in ENGINE_FILES if p.stem != "__init__"]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'streamlit', 'plotly'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
