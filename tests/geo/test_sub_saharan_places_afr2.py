"""Places of sub-Saharan Africa's notes the tables held only as a unit or as a namesake (issue 14, session afr2): a
town known only as its commune, a Malagasy district with namesakes elsewhere in the island. Sentences are
invented; the coordinates are general knowledge."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km
from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, name, point", [
    ("On 2 May 2024, gunmen robbed traders at the market of Karimama (Alibori).", "Karimama", (12.07, 3.18)),
    ("On 2 May 2024, militants burnt the town hall of Tamou (Say department, Tillaberi).", "Tamou", (12.75, 2.17)),
    ("On 2 May 2024, dahalo stole 60 zebus in Ambalavao district (Haute Matsiatra).", "Ambalavao", (-21.83, 46.93)),
    ("On 2 May 2024, villagers lynched a cattle thief in Amboasary district (Anosy).", "Amboasary", (-25.04, 46.38)),
])
def test_a_town_or_district_is_at_its_own_point(geoparser, text, name, point):
    """The towns fell to their unit's centre, tens of kilometres away; the districts to a namesake in the north."""
    place = _places(geoparser, text)[name]
    assert place is not None and haversine_km(place.lat, place.lon, *point) < 15
