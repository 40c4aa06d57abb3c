"""A site named after its town, with the town's units in a bracket ("outside the X Magistrate's Court
(District, Region)"), is at the town, not at the district; "rural X" and "the X countryside" are the
first-level region around the city X, under the region's own name for that land where it has one ("Rural
Damascus" is Rif Dimashq, not the city-governorate). Issue 14, geo47; the sentences are invented."""
from __future__ import annotations

import pytest

from sitrep import api
from sitrep.geo.distance import haversine_km
from sitrep.acled import GeoPrecision

SPRINGBOK = (-29.664, 17.887)  # a town of Namakwa district, Northern Cape
KOKSTAD = (-30.547, 29.424)  # a town of Harry Gwala district, KwaZulu-Natal
RIF_DIMASHQ = (33.718, 36.965)  # the region around Damascus, whose city is a governorate of its own


def _place(text: str):
    return next((e.place for e in api.code(text, lang="en", published="2023-05-05") if e.place is not None), None)


@pytest.mark.parametrize("text, town", [
    ("On 2 May 2023, residents protested outside the Springbok Magistrate's Court (Namakwa, Northern Cape) "
     "during a bail hearing.", SPRINGBOK),
    ("On 2 May 2023, nurses marched at the Kokstad General Hospital (Harry Gwala, KwaZulu-Natal) over unpaid "
     "wages.", KOKSTAD),
])
def test_a_site_named_after_its_town_is_at_the_town_not_its_district(text, town):
    place = _place(text)
    assert haversine_km(place.lat, place.lon, *town) < 5
    assert place.geo_precision == GeoPrecision.TOWN


def test_rural_before_a_city_is_the_region_of_its_name():
    place = _place("On 2 May 2023, a mine left from earlier fighting exploded near a farm in rural Aleppo, "
                   "wounding a boy.")
    assert place.country == "SY" and place.feature == "admin1"


@pytest.mark.parametrize("phrase", ["in rural Damascus", "in the Damascus countryside"])
def test_the_land_around_damascus_is_rif_dimashq(phrase):
    place = _place(f"On 2 May 2023, a mine left from earlier fighting exploded near a farm {phrase}, wounding "
                   "a boy.")
    assert place.feature == "admin1"
    assert haversine_km(place.lat, place.lon, *RIF_DIMASHQ) < 5


def test_rural_before_a_country_leaves_the_country():
    place = _place("On 2 May 2023, farmers clashed with herders over grazing land in rural Kenya, killing two.")
    assert place is None or place.country == "KE"
