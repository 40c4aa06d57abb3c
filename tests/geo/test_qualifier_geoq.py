"""A known town whose qualifier is missing or loose (issue 14, thirty-fourth session): a big town named with a
region its word calls one, a qualifier that is also a place abroad, a district of the name beside the region
named. Sentences are invented; which regions hold which namesakes is a fact of the gazetteer (geonames)."""
from __future__ import annotations

import pytest

from sitrep import api
from sitrep.geo.distance import haversine_km

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, name, country, region", [
    # the gazetteer's Kyauktan of 130,000 people lies in Yangon, its other in Sagaing
    ("On 14 October 2022, junta troops set fire to homes in Kyauktan, Magway region, residents said.",
     "Kyauktan", "MM", "Magway"),
    # its Guntur is the city of Andhra Pradesh
    ("On 14 October 2022, a mob beat a trader to death in Guntur, Bihar state, police said.",
     "Guntur", "IN", "Bihar"),
])
def test_a_big_namesake_yields_to_the_region_its_word_names(text, name, country, region):
    """A town of 100,000 people keeps its name against a plain comma ("X, Y" may list two places), but a
    region the text calls one ("Magway region", "Bihar state") holding none of its namesakes says the town
    is one no table has: the event is placed in that region, not at the city 500-1,200 km off."""
    place = next(e.place for e in api.code(text, lang="en", published="2022-10-16") if e.place is not None)
    assert place.country == country and place.admin1 == region


def test_a_qualifier_that_is_also_a_place_abroad_names_the_towns_region(geoparser):
    """Iapala is a town of Mozambique's Nampula only; "Gaza" after it is Mozambique's Gaza province, not the
    Gaza Strip the prior likes: the village is one no table has in Gaza province, placed there."""
    place = _places(geoparser, "On 2 June 2022, armed men looted a clinic in Iapala, Gaza, and fled.")["Iapala"]
    assert place is not None and place.country == "MZ" and place.admin1 == "Gaza"


def test_a_district_named_for_another_region_yields_to_the_town_of_the_region_named(geoparser):
    """Sindh holds a town Nasirabad; Balochistan's district Nasirabad, of 490,000 people, lies within Sindh's
    reach but names Balochistan as its parent: the town of Sindh is meant, 140 km from the district."""
    place = _places(geoparser, "On 2 June 2022, police said a landlord was shot dead in Nasirabad, Sindh.")["Nasirabad"]
    assert place is not None and place.admin1 == "Sindh"
    assert haversine_km(place.lat, place.lon, 27.38, 67.92) < 25


@pytest.mark.parametrize("text, name, region", [
    # a big town in the region its word names stays the town
    ("On 2 June 2022, militants attacked a checkpoint in Bannu, Khyber Pakhtunkhwa province.", "Bannu",
     "Khyber Pakhtunkhwa"),
    ("On 2 June 2022, soldiers shot two protesters in Lashio, Shan state.", "Lashio", "Shan"),
    # a list is no qualifier, however big the town
    ("On 2 June 2022, strikes hit Guntur, Bihar and Assam.", "Guntur", "Andhra Pradesh"),
])
def test_a_town_in_its_region_or_a_list_keeps_the_town(geoparser, text, name, region):
    place = _places(geoparser, text)[name]
    assert place is not None and place.feature == "city" and place.admin1 == region
