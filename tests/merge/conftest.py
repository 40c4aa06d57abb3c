"""The repository root, where the merge evaluation cluster (eval/merge_cluster) lives."""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent.parent
