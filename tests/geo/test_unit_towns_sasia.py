"""South Asia's chains of units: a village told to lie in a tehsil, subdivision or upazila named after its town
("X village in Basirhat subdivision") is placed by that town when the only namesake the tables hold lies far off
(a Kalinagar 1,100 km away in Uttar Pradesh is no village of West Bengal's Basirhat); a namesake within the town's
reach keeps its own point. Sentences written for these tests; points from general knowledge."""
from __future__ import annotations

from sitrep.geo.distance import haversine_km


def _place(geoparser, text: str, name: str):
    return {t.text: t.place for t in geoparser.parse(text, "en") if not t.relative}[name]


def test_a_village_in_a_subdivision_is_placed_by_its_town_not_at_a_far_namesake(geoparser):
    place = _place(geoparser, "On 4 May 2023, two traders were robbed in Kalinagar village in Basirhat subdivision "
                              "(West Bengal) by armed men.", "Kalinagar")
    assert place is not None and haversine_km(place.lat, place.lon, 22.66, 88.87) < 25


def test_a_village_in_a_tehsil_is_placed_by_its_town(geoparser):
    place = _place(geoparser, "On 4 May 2023, police raided Kalinagar in Sopore tehsil and seized two rifles.",
                   "Kalinagar")
    assert place is not None and haversine_km(place.lat, place.lon, 34.30, 74.47) < 25


def test_a_namesake_near_the_unit_town_keeps_its_point(geoparser):
    place = _place(geoparser, "On 4 May 2023, police raided Pattan in Baramulla tehsil and seized two rifles.",
                   "Pattan")
    assert place is not None and haversine_km(place.lat, place.lon, 34.16, 74.56) < 10

