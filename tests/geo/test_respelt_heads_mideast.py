"""Arabic names whose head word the sources spell several ways (issue 14, session mideast): GeoNames lists "Tall
Tamr", ACLED's notes and the press write "Tal Tamr", "Tell Tamr", "Tel Hamis"; such a name of several words was no
mention, and the event went to the governorate the note brackets. Sentences are invented; places are general
facts."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km
from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, town, lat, lon", [
    ("On 4 May 2023, artillery shells fell on farmland around Tal Tamr (Hasakah).", "Tal Tamr", 36.65, 40.37),
    ("On 4 May 2023, gunmen kidnapped a grain trader in Tel Hamis (Hasakah).", "Tel Hamis", 36.74, 41.45),
])
def test_a_head_word_spelt_otherwise_still_names_the_town(geoparser, text, town, lat, lon):
    place = _places(geoparser, text)[town]
    assert place is not None and haversine_km(place.lat, place.lon, lat, lon) <= 15


def test_a_name_spelt_as_its_table_has_it_is_unchanged(geoparser):
    """The other spellings are added only where no entry has them: Tel Aviv is still Tel Aviv."""
    place = _places(geoparser, "On 4 May 2023, thousands marched through Tel Aviv against the judicial reform.")["Tel Aviv"]
    assert place is not None and place.country == "IL" and haversine_km(place.lat, place.lon, 32.08, 34.78) <= 10
