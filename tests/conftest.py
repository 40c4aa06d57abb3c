"""Shared fixtures: the shared folder (read at run time, never copied) and one pipeline per session."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Progress lines come by the clock, so no test reading error lines could count on them: off for every
# sitrep the tests start (tests/test_progress.py turns them on).
os.environ["SITREP_PROGRESS"] = "0"


def _shared() -> Path | None:
    for c in (os.environ.get("SITREP_SHARED"), ROOT.parent / "shared"):
        if c and (Path(c) / "eval").is_dir():
            return Path(c)
    return None


@pytest.fixture(scope="session")
def shared() -> Path:
    path = _shared()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("../shared is missing: CI must have it beside the repository")
        pytest.skip("../shared is not beside the repository")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from sitrep.pipeline import Pipeline

    return Pipeline()


def run_sitrep(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sitrep", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, timeout=600)


@pytest.fixture(scope="session")
def seed_records(shared, tmp_path_factory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("seed") / "seed.jsonl"
    proc = run_sitrep("code", str(shared / "seed" / "deir-ez-zor.txt"), "-o", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()
    return out, [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines() if l.strip()]


def pytest_collection_modifyitems(items):
    """Modules marked heavy run first: `make test` hands whole modules to its workers in this order, and
    one started last would keep a single worker busy for minutes after the other has finished."""
    items.sort(key=lambda item: item.get_closest_marker("heavy") is None)
