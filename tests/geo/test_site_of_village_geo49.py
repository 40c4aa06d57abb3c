"""A site named after its village or town, with the village's units in a bracket ("at the Kalo village
crossroads (District, State)"), is at the village: the bracket qualifies the village, not the district town
it names first. Issue 14, geo49; the sentences are invented, the towns' points general facts."""
from __future__ import annotations

import pytest

from sitrep import api
from sitrep.geo.distance import haversine_km

POKARAN = (26.92, 71.92)  # a town of Jaisalmer district, 100 km east of Jaisalmer city
BALOTRA = (25.83, 72.24)  # a town 85 km east of Barmer city
JODHPUR = (26.29, 73.02)


def _place(text: str):
    return next((e.place for e in api.code(text, lang="en", published="2024-08-09") if e.place is not None), None)


@pytest.mark.parametrize("text, town", [
    ("On 7 August 2024, truck drivers blocked the Pokaran village crossroads (Jaisalmer, Rajasthan) over a toll "
     "rise. [size=no report]", POKARAN),
    ("On 7 August 2024, unidentified men set fire to stalls at the Balotra town market (Barmer, Rajasthan).",
     BALOTRA),
    ("On 7 August 2024, shopkeepers held a sit-in at the Pokaran village junction (Jaisalmer, Rajasthan). "
     "[size=no report]", POKARAN),
])
def test_a_site_named_after_a_village_is_at_the_village_not_its_district_town(text, town):
    place = _place(text)
    assert haversine_km(place.lat, place.lon, *town) < 10


def test_a_site_named_after_no_place_leaves_the_bracket_its_town():
    place = _place("On 7 August 2024, students blocked a busy crossroads (Jodhpur, Rajasthan) over exam fees. "
                   "[size=no report]")
    assert haversine_km(place.lat, place.lon, *JODHPUR) < 10
