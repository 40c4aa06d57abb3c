"""The figures say which optional gazetteer source made them: place figures differ with MIMU's villages."""
from __future__ import annotations

from sitrep.evaluation import format_results
from sitrep.evaluation.sets import EvalResult
from sitrep.geo import mimu


def _table() -> str:
    return format_results([EvalResult(name="seed", metric="score (F1 x fields)", value=1.0, detail="",
                                      command="", summary=True)])


def test_the_table_says_mimu_was_left_unread_when_switched_off(monkeypatch):
    monkeypatch.setenv(mimu.SWITCH, "0")
    assert _table().splitlines()[-1].startswith("places: without MIMU's Myanmar villages")


def test_the_table_names_the_installed_mimu_package_it_read(monkeypatch):
    monkeypatch.delenv(mimu.SWITCH, raising=False)
    last = _table().splitlines()[-1]
    if mimu.database() is None:
        assert "without" in last
    else:
        assert last == f"places: with MIMU's Myanmar villages (mm-geo-coder {mimu.version()})"
