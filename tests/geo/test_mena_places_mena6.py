"""The region's places as ACLED's notes write them, sixth round (issue 14, session mena6): Libya's districts written
without their article ("Jabal al Akhdar") bind a town whose name Yemen shares to Libya. Sentences are invented;
places and their coordinates are general facts."""
from __future__ import annotations

from sitrep.geo.distance import haversine_km
from tests.geo.places import bound_places as _places


def test_a_libyan_district_without_its_article_binds_its_town(geoparser):
    place = _places(geoparser, "On 9 May 2023, residents of Al Bayda (Jabal al Akhdar) marched against power cuts.")[
        "Al Bayda"]
    assert place is not None and place.country == "LY" and haversine_km(place.lat, place.lon, 32.76, 21.74) <= 25


def test_the_yemeni_namesake_keeps_its_own_governorate(geoparser):
    """Not where the chain names Yemen's governorate: "Al Bayda (Al Bayda)" is Yemen's town."""
    place = _places(geoparser, "On 9 May 2023, Houthi forces shelled the outskirts of Al Bayda (Al Bayda).")["Al Bayda"]
    assert place is not None and place.country == "YE"
