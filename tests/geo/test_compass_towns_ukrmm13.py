"""A village a compass word ties to the town after it ("Kalynove, north of Avdiivka", "Kalo, au sud de Goma") lies
by that town: the namesake nearest the town within 30 km is the one meant, not a bigger one of another oblast; where
none of its namesakes lies so near, the note measures from the town, which stands in for the village. A town of
50,000 people or more is that town wherever it lies ("Hama, north of Homs"), and a compass word before a region
ties nothing. Invented sentences."""
from __future__ import annotations

from sitrep.geo.distance import haversine_km
from tests.geo.places import bound_places

AVDIIVKA = (48.14, 37.75)
BAKHMUT = (48.60, 38.00)


def _km(place, point: tuple[float, float]) -> float:
    return haversine_km(place.lat, place.lon, *point)


def test_the_namesake_by_the_town_is_meant(geoparser):
    found = bound_places(geoparser, "Russian shells hit a school in Kalynove, north of Avdiivka, on Tuesday.")
    assert _km(found["Kalynove"], AVDIIVKA) <= 30


def test_a_village_no_namesake_of_lies_by_the_town_is_placed_at_the_town(geoparser):
    found = bound_places(geoparser, "Ukrainian troops repelled an assault on Andriivka, south of Bakhmut, on Monday.")
    assert _km(found["Andriivka"], BAKHMUT) <= 5


def test_the_name_told_again_follows(geoparser):
    text = "Russian shells hit Kalynove, north of Avdiivka. Two houses burned in Kalynove."
    assert all(_km(t.place, AVDIIVKA) <= 30 for t in geoparser.parse(text, "en", bound=True)
               if t.text == "Kalynove" and not t.relative)


def test_a_big_town_is_itself_wherever_it_lies(geoparser):
    found = bound_places(geoparser, "Government troops shelled Hama, north of Homs, killing two civilians.")
    assert _km(found["Hama"], (35.13, 36.75)) <= 10
