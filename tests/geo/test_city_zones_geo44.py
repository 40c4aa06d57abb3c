"""ACLED's "City - Zone" (issue 14, geo44): the zones of Rio de Janeiro and Sao Paulo are places of
their own, read whole before the chain's bracket; a word that only says what kind of place a name is
("Zone", "West Zone", "Plant", "Camp") is never a place alone, nor placed as a name in the town
that qualifies it. Sentences are invented; the zones' points are general facts."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km


def _places(geoparser, text: str) -> dict:
    return {t.text: t.place for t in geoparser.parse(text, "en") if not t.relative}


@pytest.mark.parametrize("text, name, point", [
    ("On 11 July 2023, gunmen of a militia near Rio de Janeiro - West Zone (Brazil) shot at a police car "
     "near a bus depot. No injuries were reported.", "Rio de Janeiro - West Zone", (-22.93, -43.50)),
    ("On 2 March 2023, at Sao Paulo - East Zone (Brazil), two men on a motorbike robbed a bakery "
     "and fled.", "Sao Paulo - East Zone", (-23.55, -46.48)),
])
def test_a_city_zone_before_its_chain_is_the_zone(geoparser, text, name, point):
    """The chain's head was the zone's last word ("Zone"), placed at the city's centre, 30 km off."""
    place = _places(geoparser, text).get(name)
    assert place is not None and place.country == "BR"
    assert haversine_km(place.latitude, place.longitude, *point) < 5


@pytest.mark.parametrize("text", [
    "On 3 May 2023, in Curitiba - North Zone (Parana), police officers exchanged fire with armed men near a market.",
    "On 3 May 2023, in Curitiba - Industrial Sector (Parana), guards fired at intruders, police said.",
])
def test_a_generic_word_is_no_place(geoparser, text):
    """A zone no table holds leaves the event to its town, not to a place named "Zone"."""
    places = _places(geoparser, text)
    assert not any(p is not None and p.name in ("Zone", "North Zone") for p in places.values())
    assert not {"Zone", "North Zone", "Sector"} & set(places)
