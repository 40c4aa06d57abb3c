"""Quality floors on the shared dev sets, through `sitrep eval` and the shared scorers.

Floors sit slightly under the figures reached (docs/benchmarks.md); raise them as sitrep improves.
"""
from __future__ import annotations

import pytest

from sitrep import evaluate

FLOORS = {"case2021": 0.74, "fr_dev": 0.25}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dev_set_above_floor(shared, tmp_path, name):
    [result] = evaluate.run([name], shared, tmp_path)
    assert result.value is not None and result.value >= FLOORS[name], result.detail
