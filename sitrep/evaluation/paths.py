"""Where evaluation finds what it reads outside the package, in one place: the shared sets and
scorers (../shared) and the repository's own merge cluster (eval/merge_cluster).

Neither ships in the wheel: an installed sitrep finds them only beside a checkout, so a missing one
is a numbered error naming where it was looked for, not a traceback.
"""
from __future__ import annotations

import os
from pathlib import Path

from sitrep.errors import SitrepError

REPOSITORY = Path(__file__).resolve().parents[2]  # the checkout holding sitrep/, when run from one


def shared_dir(explicit: str | None = None) -> Path:
    """../shared beside the repository (or the working directory), or $SITREP_SHARED."""
    candidates = [explicit, os.environ.get("SITREP_SHARED"), REPOSITORY.parent / "shared",
                  Path.cwd().parent / "shared", Path.cwd() / "shared"]
    for c in candidates:
        if c and (Path(c) / "eval").is_dir():
            return Path(c).resolve()
    raise SitrepError("E015", path=explicit or "../shared")


def merge_cluster() -> Path:
    """The project's own cluster of reports of one event (eval/merge_cluster), with its gold."""
    folder = REPOSITORY / "eval" / "merge_cluster"
    if not (folder / "articles.jsonl").is_file() or not (folder / "gold.jsonl").is_file():
        raise SitrepError("E044", str(folder))
    return folder
