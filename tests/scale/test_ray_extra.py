"""Ray (about 240 MB installed) is an extra, ``sitrep[ray]``, needed only by ``sitrep batch --engine
ray``: without it that command says what to install, in one line, before any work."""
from __future__ import annotations

import json
import subprocess
import sys
import tomllib

from tests.conftest import ROOT

# Ray made unimportable, as in an environment where it was never installed.
WITHOUT_RAY = "import sys; sys.modules['ray'] = None; from sitrep.cli import main; sys.exit(main(sys.argv[1:]))"


def _sitrep_without_ray(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", WITHOUT_RAY, *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)


def test_ray_is_an_extra_that_the_test_extra_pulls_in():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(dep.startswith("ray") for dep in project["dependencies"])
    assert any(dep.startswith("ray[data]") for dep in project["optional-dependencies"]["ray"])
    assert "sitrep[ray]" in project["optional-dependencies"]["test"]  # `make test` runs the Ray engine's tests


def test_batch_on_ray_without_ray_says_what_to_install(tmp_path):
    shard = tmp_path / "a.jsonl"
    shard.write_text(json.dumps({"article_id": "a", "text": "Des combats ont eu lieu mardi à Gao."}) + "\n",
                     encoding="utf-8")
    out = tmp_path / "run"
    done = _sitrep_without_ray("batch", str(shard), "--out", str(out), "--engine", "ray")
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "sitrep: error [E070] --engine ray: Ray is not installed; install it with `pip install 'sitrep[ray]'` "
        "or use --engine local"]
    assert not out.exists()  # refused before any work

