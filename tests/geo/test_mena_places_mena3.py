"""The region's places as ACLED's notes write them, third round (issue 14, session mena3): a Yemeni district
qualified by its governorate named like the governorate's capital ("Hays district (Hodeidah)") is that district,
not the capital 100 km away; a Western Saharan town in a chain ending at a Moroccan region, as Morocco's division
and ACLED's notes on Morocco put it ("Mahbes (Assa Zag, Guelmim-Oued Noun)"), is that town, not the region's
middle; a town's airbase in its region ("a drone attack on Ain al-Asad airbase (Anbar)") is the town. Sentences
are invented; places and their coordinates are general facts."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km
from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, name, lat, lon", [
    ("On 4 May 2023, Houthi shelling hit a farm in Hays district (Hodeidah), wounding a boy.", "Hays", 13.93, 43.48),
    ("On 4 May 2023, Saudi artillery shelled a market in Razih district (Saada), wounding two men.", "Razih",
     16.92, 43.25),
])
def test_a_district_of_a_governorate_named_like_its_capital_is_the_district(geoparser, text, name, lat, lon):
    place = _places(geoparser, text)[name]
    assert place is not None and haversine_km(place.lat, place.lon, lat, lon) <= 25


def test_a_quarter_of_a_city_by_its_district_word_stays_in_the_city(geoparser):
    """Not where the district lies in the city: "Kyivskyi district, Kharkiv" is a quarter of Kharkiv."""
    place = _places(geoparser, "On 4 May 2023, a missile hit a school in Kyivskyi district, Kharkiv.")["Kyivskyi"]
    assert place is not None and haversine_km(place.lat, place.lon, 49.99, 36.23) <= 25


def test_a_western_saharan_town_in_a_moroccan_regions_chain_is_the_town(geoparser):
    places = _places(geoparser, "On 4 May 2023, a Moroccan drone hit a Polisario pickup near Mahbes (Assa Zag, "
                                "Guelmim-Oued Noun), killing two men.")
    place = places["Mahbes"]
    assert place is not None and haversine_km(place.lat, place.lon, 27.42, -9.03) <= 25


def test_a_moroccan_town_of_the_same_region_stays_moroccan(geoparser):
    """Not a reach past Morocco's own towns: Guelmim in its region is Guelmim."""
    place = _places(geoparser, "On 4 May 2023, police broke up a sit-in in Guelmim (Guelmim, Guelmim-Oued Noun).")[
        "Guelmim"]
    assert place is not None and place.country == "MA" and haversine_km(place.lat, place.lon, 28.99, -10.06) <= 25


def test_an_airbase_named_after_its_town_in_its_region_is_the_town(geoparser):
    """"A drone attack on Ain al-Asad airbase (Anbar)": the model takes the base's town for a person; the site
    word and the region that holds the town say it is a place."""
    places = _places(geoparser, "On 4 May 2023, a group claimed a drone attack on Ain al-Asad airbase (Anbar) at "
                                "dawn.")
    place = places.get("Ain al-Asad")
    assert place is not None and haversine_km(place.lat, place.lon, 33.80, 42.44) <= 25


def test_an_airbase_in_a_region_that_holds_no_town_of_its_name_stays_unnamed(geoparser):
    """Not where the region holds no town of the name: the site word alone makes no place."""
    assert "Ain al-Asad" not in _places(geoparser, "On 4 May 2023, a group claimed a drone attack on Ain al-Asad "
                                                   "airbase (Basrah) at dawn.")
