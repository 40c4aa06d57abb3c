"""The region's places as ACLED's notes write them, second round (issue 14, session mena2): ACLED's "South
Lebanon", the governorate, is no town of Ohio; Sharurah on the Saudi border stands at its own point. Sentences are invented; places and their coordinates are general facts."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km
from tests.geo.places import bound_places as _places


def test_south_lebanon_is_lebanons_governorate(geoparser):
    place = _places(geoparser, "On 9 May 2024, artillery shelled the outskirts of Naqoura (South Lebanon).")[
        "South Lebanon"]
    assert place is not None and place.country == "LB"


@pytest.mark.parametrize("text, town, lat, lon", [
    ("On 9 May 2022, mortars hit a border post north of Sharurah (Najran).", "Sharurah", 17.47, 47.11),
])
def test_a_town_of_the_region_stands_at_its_own_point(geoparser, text, town, lat, lon):
    place = _places(geoparser, text)[town]
    assert place is not None and haversine_km(place.lat, place.lon, lat, lon) <= 25
