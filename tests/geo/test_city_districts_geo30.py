"""A district no table holds, named with a city ("Kalo district, Kharkiv"), is a quarter of the city
(issue 14, geo30): not the middle of the oblast the city names, nor a namesake district of another
city. Sentences are invented; the cities and their districts are general facts."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km

from tests.geo.places import bound_places


@pytest.mark.parametrize("text, name, lat, lon", [
    # Kyiv's Dniprovskyi district (358,000 people) had taken the name, 420 km from Kherson
    ("On 8 August 2022, Russian artillery hit houses in Dniprovskyi district, Kherson.", "Dniprovskyi", 46.64, 32.61),
    # Donetsk's Kyivskyi district had taken it, 220 km from Kharkiv
    ("On 8 August 2022, Russian artillery hit houses in Kyivskyi district, Kharkiv.", "Kyivskyi", 49.99, 36.23),
    # no table has the district: the oblast's middle had stood in, 60 km from the city
    ("On 8 August 2022, Russian artillery hit houses in Korabelnyi district, Mykolaiv.", "Korabelnyi", 46.97, 32.0),
])
def test_a_district_is_placed_in_the_city(geoparser, text, name, lat, lon):
    place = bound_places(geoparser, text)[name]
    assert place is not None and haversine_km(place.lat, place.lon, lat, lon) < 15


@pytest.mark.parametrize("text, name, lat, lon", [
    # a raion named after a town of the oblast stays at that town
    ("On 8 August 2022, Russian artillery hit houses in Bohodukhiv district, Kharkiv.", "Bohodukhiv", 50.16, 35.52),
    # a township whose qualifier its unit word calls a district is the township, not the district's town
    ("On 8 August 2022, the military burned houses in Kyunhla township (Kanbalu district, Sagaing region).",
     "Kyunhla", 23.48, 95.19),
])
def test_a_unit_of_the_region_keeps_its_place(geoparser, text, name, lat, lon):
    place = bound_places(geoparser, text)[name]
    assert place is not None and haversine_km(place.lat, place.lon, lat, lon) < 30
