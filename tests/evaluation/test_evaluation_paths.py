"""`sitrep eval` away from a checkout (an installed wheel): a numbered error naming what is missing,
at once, rather than a traceback after the other sets have been coded."""
from __future__ import annotations

import pytest

from sitrep.cli import main
from sitrep.evaluation import paths


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """sitrep as if installed in site-packages, run from a folder with no checkout around it."""
    monkeypatch.setattr(paths, "REPOSITORY", tmp_path / "venv" / "site-packages")
    monkeypatch.delenv("SITREP_SHARED", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("which", ["merge", "all"])
def test_eval_without_the_merge_cluster_names_it(installed, capsys, which):
    (installed / "shared" / "eval").mkdir(parents=True)
    assert main(["eval", which, "--shared", str(installed / "shared")]) == 2
    err = capsys.readouterr().err
    assert "[E044]" in err and "eval/merge_cluster" in err and "checkout" in err


def test_eval_without_the_shared_folder_names_it(installed, capsys):
    assert main(["eval", "seed"]) == 2
    assert "[E015]" in capsys.readouterr().err
