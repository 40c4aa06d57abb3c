"""A zone named after its city ("Recife - North Zone") is the city's sector in that direction, not the
city's point: a zone of a large city lies tens of kilometres from its centre (issue 14, geo46). Sentences
are invented; places are general facts."""
from __future__ import annotations

from sitrep import api
from sitrep.geo.distance import haversine_km

# the geonames points of the cities: each is the old centre
PORTO_ALEGRE = (-30.033, -51.230)
FORTALEZA = (-3.717, -38.543)


def _place(text: str):
    events = [e for e in api.code(text, lang="en", published="2023-03-04") if e.place is not None]
    assert events
    return events[0].place


def test_a_west_zone_lies_west_of_the_city_point():
    place = _place("On 3 March 2023, gunmen shot a shopkeeper dead outside his bakery in Fortaleza - West "
                   "Zone (Ceara).")
    assert place.lon < FORTALEZA[1] - 0.05
    assert 5 < haversine_km(place.lat, place.lon, *FORTALEZA) < 25


def test_a_south_zone_lies_south_of_the_city_point():
    place = _place("On 3 March 2023, two armed men robbed a pharmacy in Porto Alegre - South Zone (Rio "
                   "Grande do Sul) and fled on a motorbike.")
    assert place.lat < PORTO_ALEGRE[0] - 0.05


def test_a_city_without_a_zone_keeps_its_point():
    place = _place("On 3 March 2023, gunmen shot a shopkeeper dead outside his bakery in Fortaleza (Ceara).")
    assert haversine_km(place.lat, place.lon, *FORTALEZA) < 3
