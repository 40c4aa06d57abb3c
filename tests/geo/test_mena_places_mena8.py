"""The region's places as ACLED's notes write them, eighth round (issue 14, session mena8): a governorate named by a
bare compass word in brackets ("(North)", Lebanon's), which a hamlet of that name abroad kept from being read as the
region; a site named after its town with a region that only chains name ("airbase (Southern)", Israel's district);
Bahrain's villages, which no town list holds. Sentences are invented; places and coordinates are general facts."""
from __future__ import annotations

from sitrep.geo.distance import haversine_km
from tests.geo.places import bound_places as _places


def test_a_bare_compass_region_in_brackets_is_lebanons(geoparser):
    place = _places(geoparser, "On 3 May 2022, angry customers smashed the windows of an exchange office in Tripoli "
                               "(North).").get("Tripoli")
    assert place is not None and place.country == "LB" and haversine_km(place.lat, place.lon, 34.44, 35.83) <= 10


def test_the_same_word_keeps_cameroons_region_for_its_towns(geoparser):
    """The rule reads the word as the region only chains give it where that region's country holds the town."""
    place = _places(geoparser, "On 3 May 2022, gunmen stormed a bar in Garoua (North).").get("Garoua")
    assert place is not None and place.country == "CM"


def test_a_site_named_after_its_town_in_a_chain_named_region(geoparser):
    found = _places(geoparser, "On 9 June 2024, a drone hit a hangar of the Nevatim airbase (Southern), causing "
                               "damage.")
    place = found.get("Nevatim")
    assert place is not None and place.country == "IL" and haversine_km(place.lat, place.lon, 31.21, 35.01) <= 20


def test_a_village_of_bahrain_with_its_governorate(geoparser):
    place = _places(geoparser, "On 2 April 2021, youths marched in Diraz (Northern) holding pictures of "
                               "detainees.").get("Diraz")
    assert place is not None and place.country == "BH" and haversine_km(place.lat, place.lon, 26.22, 50.48) <= 5


def test_a_capital_named_by_its_governorate_stays(geoparser):
    """Bahrain's capital, which the tables held before, keeps its place beside the new villages."""
    found = _places(geoparser, "On 2 April 2021, protesters gathered in Manama (Capital) after prayers.")
    place = found.get("Manama")
    assert place is not None and place.country == "BH"
