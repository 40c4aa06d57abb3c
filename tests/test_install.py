"""Installing as the README says: `make test` reinstalls only when what it installs has changed, and
the project's own metadata builds without a setuptools warning."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from importlib.metadata import version

import pytest
from packaging.requirements import Requirement

from tests.conftest import ROOT

INSTALLED_FROM = ("pyproject.toml", "requirements-models.txt")


def _plan(folder) -> str:
    proc = subprocess.run(["make", "-n", "test"], cwd=folder, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_a_second_make_test_runs_the_tests_without_installing_again(tmp_path):
    for name in ("Makefile", *INSTALLED_FROM):
        shutil.copy2(ROOT / name, tmp_path / name)
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.touch()  # the venv exists; make -n runs nothing
    first = _plan(tmp_path)
    assert "pip install" in first and "pytest" in first  # a new venv: everything is installed

    done = max(os.stat(tmp_path / name).st_mtime for name in INSTALLED_FROM) + 10
    for stamp in (tmp_path / ".venv").glob(".installed*"):
        stamp.unlink()
    for line in first.splitlines():  # the stamps the first run leaves behind once every step has passed
        if line.startswith("touch "):
            stamp = tmp_path / line.split()[1]
            stamp.touch()
            os.utime(stamp, (done, done))
    again = _plan(tmp_path)
    assert "pip" not in again and "sitrep prepare" not in again and "pytest" in again

    os.utime(tmp_path / "pyproject.toml", (done + 10, done + 10))  # a dependency changed
    assert "pip install" in _plan(tmp_path)


def test_the_project_metadata_builds_without_a_setuptools_warning():
    """As pip builds sitrep, with the setuptools the build asks for (`make` installs it)."""
    with (ROOT / "pyproject.toml").open("rb") as fh:
        build = tomllib.load(fh)["build-system"]
    for requirement in map(Requirement, build["requires"]):
        assert version(requirement.name) in requirement.specifier, \
            f"{requirement.name} {version(requirement.name)} does not meet {requirement}: run `make clean test`"
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "--dry-run", "--no-deps", "--no-build-isolation",
                           "--no-index", "--disable-pip-version-check", "-v", "-e", str(ROOT)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Would install sitrep" in proc.stdout
    said = proc.stdout + proc.stderr
    assert [line for line in said.splitlines() if "Warning" in line] == [], said
