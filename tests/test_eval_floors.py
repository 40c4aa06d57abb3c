"""Quality floors on the shared dev sets, through `sitrep eval` and the shared scorers.

Floors sit slightly under the figures reached (docs/benchmarks.md); raise them as sitrep improves.
The halved sets (acled, fr_dev2) are pinned on their check half, the half no rule was studied on.
"""
from __future__ import annotations

import pytest

from sitrep import evaluation as evaluate
from sitrep.geo import mimu

pytestmark = pytest.mark.heavy  # minutes of work: `make test` starts it first

FLOORS = {("case2021", "weighted F1"): 0.85, ("fr_dev", "score (F1 x fields)"): 0.79,
          ("case2021", "confidence ranking AUC"): 0.82, ("fr_dev", "confidence ranking AUC"): 0.80,
          ("acled:check", "score"): 0.82, ("acled:check", "event F1"): 0.90, ("acled:check", "field actors"): 0.78,
          ("acled:check", "field sub_event_type"): 0.95, ("acled:check", "field fatalities"): 0.97,
          ("acled:check", "field date"): 0.99, ("acled:check", "place within radius"): 0.82,
          ("acled:check", "field location"): 0.86, ("acled:check", "confidence AUC (type)"): 0.70,
          ("fr_dev2:check", "score"): 0.56, ("fr_dev2:check", "event precision"): 0.59,
          ("fr_dev2:check", "event recall"): 0.64}
# Where MIMU's Myanmar villages are read (`make test` installs the [mimu] extra), place figures are pinned at what
# they reach with them; the floors above hold for a gazetteer of open sources alone (the confidence ranking, which
# places feed, reaches 0.70 either way: AUC 0.7032 without MIMU, 0.7050 with it; 0.7118 with it since the
# thirty-fifth session, pinned at 0.71 where MIMU is read; within radius 0.831 with it since the thirty-eighth, 0.842
# since the forty-ninth, with the place field 0.884 (0.870 and 0.828 without); the score 0.8301 with it, 0.8275
# without, since the forty-third).
if mimu.database() is not None:
    FLOORS.update({("acled:check", "place within radius"): 0.84, ("acled:check", "field location"): 0.88,
                   ("acled:check", "confidence AUC (type)"): 0.71, ("acled:check", "score"): 0.83})
# Figures where lower is better: a ceiling, lowered as sitrep improves.
CEILINGS = {("acled:check", "place wrong country"): 0.020}


@pytest.fixture(scope="module")
def results(shared, tmp_path_factory):
    """Each set is coded and scored once for all its floors."""
    names = sorted({name.split(":")[0] for name, _ in [*FLOORS, *CEILINGS]})
    found = evaluate.run(names, shared, tmp_path_factory.mktemp("eval"))
    return {(r.name, r.metric): r for r in found}


@pytest.mark.parametrize("key", sorted(FLOORS), ids=lambda k: f"{k[0]}:{k[1]}")
def test_dev_set_above_floor(results, key):
    result = results.get(key)
    if key[1] == "confidence ranking AUC" and result is None and (key[0], "dated events not in gold") in results:
        # no false event to rank below the true ones: the ranking cannot be wrong, and AUC is undefined
        assert results[(key[0], "dated events not in gold")].value == 0, "no AUC, yet false events"
        return
    assert result is not None, f"sitrep eval gave no {key[1]} for {key[0]}"
    assert result.value is not None and result.value >= FLOORS[key], result.detail


@pytest.mark.parametrize("key", sorted(CEILINGS), ids=lambda k: f"{k[0]}:{k[1]}")
def test_dev_set_below_ceiling(results, key):
    result = results.get(key)
    assert result is not None, f"sitrep eval gave no {key[1]} for {key[0]}"
    assert result.value is not None and result.value <= CEILINGS[key], result.detail
