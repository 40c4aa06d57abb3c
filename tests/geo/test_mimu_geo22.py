"""Myanmar's villages and wards from MIMU's place codes, read at run time from an installed
``mm-geo-coder`` (sitrep ships none of them: MIMU's terms allow non-profit humanitarian and development
use only). A village is taken where the text calls the name a village or ward and the units it names
hold one village of that name; a name that repeats across Myanmar is never picked at random. Without
the package (or with ``SITREP_MIMU=0``) nothing is read and nothing changes. Invented sentences."""
from __future__ import annotations

import importlib.util
import sqlite3
import sys

import pytest

from sitrep.geo import build, mimu
from sitrep.geo.distance import haversine_km
from tests.geo.places import bound_places

INSTALLED = importlib.util.find_spec(mimu.PACKAGE) is not None and mimu.enabled()
needs_mimu = pytest.mark.skipif(not INSTALLED, reason="mm-geo-coder is not installed (pip install 'sitrep[mimu]')")


def _rows(name: str, township: str) -> list[mimu.Row]:
    return [r for r in mimu.read(mimu.database()) if r.name == name and r.township == township and r.lat is not None]


def _fake_package(tmp_path, monkeypatch) -> None:
    """An installed-looking ``mm_geo_coder`` with an empty database, first on the path."""
    pkg = tmp_path / mimu.PACKAGE
    (pkg / "database").mkdir(parents=True)
    (pkg / "__init__.py").write_text("raise ImportError('must not be imported')\n")
    sqlite3.connect(pkg / mimu.DATABASE).close()
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()


def test_without_the_package_nothing_is_read(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == mimu.PACKAGE else real(name, *a))
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: pytest.fail("MIMU's database was opened"))
    assert mimu.database() is None
    assert build._add_mimu(build._Builder()) is None
    assert not any("mimu_geo_data" in str(p) for p in build.source_files())


def test_an_installed_package_is_found_not_imported(tmp_path, monkeypatch):
    monkeypatch.delenv(mimu.SWITCH, raising=False)
    _fake_package(tmp_path, monkeypatch)
    assert mimu.database() == tmp_path / mimu.PACKAGE / mimu.DATABASE
    assert mimu.PACKAGE not in sys.modules


def test_the_switch_leaves_an_installed_package_unread(tmp_path, monkeypatch):
    from sitrep.geo.gazetteer import cache_path

    _fake_package(tmp_path, monkeypatch)
    monkeypatch.delenv(mimu.SWITCH, raising=False)
    with_it = cache_path()
    assert (tmp_path / mimu.PACKAGE / mimu.DATABASE) in build.source_files()
    monkeypatch.setenv(mimu.SWITCH, "0")
    assert mimu.database() is None
    assert (tmp_path / mimu.PACKAGE / mimu.DATABASE) not in build.source_files()
    assert cache_path() != with_it  # trees with and without MIMU never share a pickle


@needs_mimu
def test_a_village_in_its_township_chain_is_the_mimu_village(geoparser):
    found = bound_places(geoparser, "Junta troops burned houses in Khoe Chaung village, Budalin township "
                                    "(Monywa district, Sagaing region) on Tuesday.")
    (row,) = _rows("Khoe Chaung", "Budalin")
    village = found["Khoe Chaung"]
    assert village is not None and village.country == "MM" and village.geo_precision == 1
    assert haversine_km(village.lat, village.lon, row.lat, row.lon) < 1
    assert "MIMU" in village.reason and "Budalin township" in village.reason


@needs_mimu
def test_a_village_in_a_named_township_among_its_namesakes(geoparser):
    found = bound_places(geoparser, "Fighting broke out in Tat Kone village, Taze township, between the "
                                    "Myanmar military and a local defence force.")
    (row,) = _rows("Tat Kone", "Taze")
    village = found["Tat Kone"]
    assert village is not None and haversine_km(village.lat, village.lon, row.lat, row.lon) < 1


@needs_mimu
def test_the_nearest_unit_of_a_chain_decides(geoparser):
    """"(Tanintharyi township, Myeik district, Tanintharyi region)": Tanintharyi names a township and
    the region; the village of the township named first is meant, not its namesake of Myeik township."""
    found = bound_places(geoparser, "Soldiers torched houses in Za Wea village (Tanintharyi township, "
                                    "Myeik district, Tanintharyi region).")
    (row,) = _rows("Za Wea", "Tanintharyi")
    village = found["Za Wea"]
    assert village is not None and haversine_km(village.lat, village.lon, row.lat, row.lon) < 1


@needs_mimu
def test_a_repeated_name_alone_is_not_picked_at_random(geoparser):
    found = bound_places(geoparser, "Fighting broke out in Tat Kone village between the Myanmar army and "
                                    "a People's Defence Force.")
    assert found["Tat Kone"] is None


@needs_mimu
def test_a_township_holding_none_of_the_namesakes_takes_none(geoparser):
    found = bound_places(geoparser, "Fighting broke out in Tat Kone village, Kawlin township, on Sunday.")
    rows = [r for r in mimu.read(mimu.database()) if r.name == "Tat Kone" and r.lat is not None]
    village = found["Tat Kone"]
    assert village is None or all(haversine_km(village.lat, village.lon, r.lat, r.lon) > 5 for r in rows)


@needs_mimu
def test_namesakes_of_one_township_are_placed_at_their_mean(geoparser):
    found = bound_places(geoparser, "Navy boats shelled Yan Kin Su village, Bogale township, Ayeyarwady region.")
    rows = _rows("Yan Kin Su", "Bogale")
    assert len(rows) > 1
    la, lo = sum(r.lat for r in rows) / len(rows), sum(r.lon for r in rows) / len(rows)
    village = found["Yan Kin Su"]
    assert village is not None and haversine_km(village.lat, village.lon, la, lo) < 1
    assert village.uncertainty_km >= max(haversine_km(la, lo, r.lat, r.lon) for r in rows) - 0.1


@needs_mimu
def test_a_myanmar_village_name_in_another_country_is_no_mimu_village(geoparser):
    found = bound_places(geoparser, "Syrian army artillery shelled Kyoet Kan village in Idlib countryside.")
    village = found.get("Kyoet Kan")
    assert village is None or village.country == "SY"
