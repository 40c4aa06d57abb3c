"""The region's places as ACLED's notes write them, fifth round (issue 14, session mena5): Kurdistan's and
Nineveh's border towns stand at their own points, and a town whose region the chain names by
its common spelling ("Sidakan (Erbil)") is not moved to the region's capital. Sentences are invented; places and
their coordinates are general facts."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km
from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, town, lat, lon", [
    ("On 9 May 2023, Turkish drones struck a house in Sidakan (Erbil).", "Sidakan", 36.80, 44.67),
    ("On 9 May 2023, Iranian artillery shelled hills near Haji Omaran (Erbil).", "Haji Omaran", 36.66, 45.04),
    ("On 9 May 2023, a drone hit a party office in Qaladze (Pishdar, Sulaymaniyah).", "Qaladze", 36.18, 45.12),
    ("On 9 May 2023, Turkish jets bombed the outskirts of Deraluk (Amadiya, Duhok).", "Deraluk", 37.07, 43.64),
    ("On 9 May 2023, a drone struck a car in Sinuni (Ninewa).", "Sinuni", 36.45, 41.90),
])
def test_a_border_town_of_the_region_stands_at_its_own_point(geoparser, text, town, lat, lon):
    place = _places(geoparser, text)[town]
    assert place is not None and haversine_km(place.lat, place.lon, lat, lon) <= 25


def test_erbil_city_itself_stays_erbil(geoparser):
    """Not for the capital named alone: "Erbil (Erbil)" is the city."""
    place = _places(geoparser, "On 9 May 2023, a drone was shot down near the airport of Erbil (Erbil).")["Erbil"]
    assert place is not None and haversine_km(place.lat, place.lon, 36.19, 44.01) <= 25
