"""A town named bare after a munition and its preposition ("dropped guided bombs on X", "fired rockets at X") is the
place struck, as after a verb of striking, though the model tags it an organisation; Ilsky, the refinery town of
Krasnodar krai, is the gazetteer's Ilskiy. Sentences written for these tests."""
from __future__ import annotations

from sitrep.geo.distance import haversine_km
from tests.geo.places import places


def test_a_town_after_bombs_on_is_the_town(geoparser):
    place = places(geoparser, "On 3 October 2024, Russian aircraft dropped guided bombs on Kurakhove, killing two "
                              "civilians.").get("Kurakhove")
    assert place is not None and place.country == "UA" and haversine_km(place.lat, place.lon, 47.98, 37.28) < 10


def test_leaflets_on_a_name_are_no_strike(geoparser):
    found = places(geoparser, "On 3 October 2024, Russian aircraft dropped leaflets on Kurakhove.")
    assert found.get("Kurakhove") is None


def test_ilsky_is_the_refinery_town_not_the_krai_capital(geoparser):
    place = places(geoparser, "On 3 October 2024, Ukrainian drones hit an oil refinery in Ilsky (Krasnodar krai).")\
        .get("Ilsky")
    assert place is not None and place.country == "RU" and haversine_km(place.lat, place.lon, 44.84, 38.57) < 10
