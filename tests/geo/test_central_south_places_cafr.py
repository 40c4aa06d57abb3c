"""Places of Central and Southern Africa's notes the town list lacked or misplaced (issue 14, session cafr): a
Mozambican district named with its province, which is also its capital's name; South African townships; a site
named after its town and what it digs or trades. Sentences are invented; the coordinates are general knowledge."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km
from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, name, point", [
    ("On 15 September 2022, militants killed three civilians in Nakuvari village, Erati district (Nampula).", "Erati",
     (-13.72, 39.82)),
    ("On 2 July 2024, gunmen shot dead two men at a tavern in Khayelitsha (Cape Town, Western Cape).", "Khayelitsha",
     (-34.04, 18.68)),
    ("On 2 July 2024, gunmen shot dead two men in Umlazi (eThekwini, KwaZulu-Natal).", "Umlazi", (-29.97, 30.88)),
])
def test_a_district_or_township_is_at_its_own_point(geoparser, text, name, point):
    """The district was put at the province's capital of the same name (Nampula, 160 km away); the townships
    fell back to their city."""
    place = _places(geoparser, text)[name]
    assert place is not None and haversine_km(place.lat, place.lon, *point) < 10


@pytest.mark.parametrize("text, name", [
    ("On 29 November 2022, miners clashed with police at the Kamituga gold mine (Mwenga territory, South Kivu).",
     "Kamituga"),
    ("On 11 May 2024, dahalo raided the Ihosy cattle market (Ihorombe region), stealing 40 zebus.", "Ihosy"),
])
def test_a_site_named_after_its_town_and_its_goods_keeps_the_town(geoparser, text, name):
    place = _places(geoparser, text).get(name)
    assert place is not None and place.feature == "city"
