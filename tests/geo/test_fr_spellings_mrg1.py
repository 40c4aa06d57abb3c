"""French spellings of towns that merging compares across languages (bench/merge_stress.py): each is the town,
so the French report of an event lands where the English one does. Sentences are invented; the places and
their coordinates are real."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km

from tests.geo.places import french_places


@pytest.mark.parametrize("name, country, lat, lon", [
    ("Jisr al-Choughour", "SY", 35.81, 36.32),
])
def test_a_french_spelling_is_the_town(geoparser, name, country, lat, lon):
    place = french_places(geoparser, f"Des obus ont frappé jeudi la périphérie de {name}, dans la province "
                                     "d'Idleb, tuant deux bergers.").get(name)
    assert place is not None and place.country == country
    assert haversine_km(place.lat, place.lon, lat, lon) < 15
