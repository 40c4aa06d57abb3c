"""The ingest modules stand alone: each imports in a fresh interpreter, and none imports one that
imports it back (a cycle makes the import order, and any code at module level, fragile)."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import sitrep.ingest

FOLDER = Path(sitrep.ingest.__file__).parent
MODULES = sorted(f"sitrep.ingest.{p.stem}" for p in FOLDER.glob("*.py") if p.stem != "__init__")


@pytest.mark.parametrize("module", MODULES)
def test_each_ingest_module_imports_alone(module):
    proc = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True,
                          cwd=FOLDER.parent.parent, check=False)
    assert proc.returncode == 0, proc.stderr


def _imports(module: str) -> set[str]:
    """The ingest modules ``module`` imports, at its top or inside a function."""
    tree = ast.parse((FOLDER / f"{module.rsplit('.', 1)[1]}.py").read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found |= {node.module} | {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return found & set(MODULES)


def test_no_import_cycle_between_ingest_modules():
    graph = {m: _imports(m) for m in MODULES}

    def reaches(start: str, target: str, seen: set[str]) -> bool:
        return any(n == target or (n not in seen and reaches(n, target, seen | {n})) for n in graph[start])

    assert "sitrep.ingest.html" in graph["sitrep.ingest.sources"]  # the test sees the imports it checks
    assert not [m for m in MODULES if reaches(m, m, {m})]
