"""The region's places as ACLED's notes write them, seventh round (issue 14, session mena7): a hyphenated name opened
by the Arabic article, which the model tags as a facility, is the town the gazetteer holds once a preposition
announces it, whatever its recorded population (GeoNames gives many Syrian and Yemeni towns none). Sentences are
invented; places and their coordinates are general facts."""
from __future__ import annotations

from sitrep.geo.distance import haversine_km
from tests.geo.places import bound_places as _places


def test_a_hyphenated_arabic_name_after_near_is_its_town(geoparser):
    place = _places(geoparser, "On 4 June 2022, an IED struck a patrol vehicle near Al-Shaddadi (Al-Hasakah), "
                               "wounding two fighters.").get("Al-Shaddadi")
    assert place is not None and place.country == "SY" and haversine_km(place.lat, place.lon, 36.06, 40.73) <= 10


def test_another_small_town_of_the_same_shape(geoparser):
    place = _places(geoparser, "On 2 March 2023, a mortar round fell near Al-Qahtaniyah (Al-Hasakah) without "
                               "casualties.").get("Al-Qahtaniyah")
    assert place is not None and place.country == "SY" and haversine_km(place.lat, place.lon, 37.03, 41.63) <= 15


def test_an_armed_group_of_the_same_shape_is_no_place(geoparser):
    """The head opens organisations' names too: one the gazetteer does not hold as a town stays no place."""
    found = _places(geoparser, "On 8 May 2023, Al-Shabaab fighters attacked an army base near Afgooye (Lower "
                               "Shabelle).")
    assert "Al-Shabaab" not in found and found.get("Afgooye") is not None


def test_a_name_not_announced_keeps_the_old_reading(geoparser):
    """Without a preposition before it the facility-tagged name is left as before: the bracket's town is placed."""
    found = _places(geoparser, "On 8 May 2023, Al-Nour clinic staff reported shelling in Sidon (South).")
    assert "Al-Nour" not in found and found.get("Sidon") is not None
