"""Myanmar's townships (issue 14, mmr): a township the units table holds under no region, or a town no
table has, written with its region. Kayin's centre and radius came from a single point of one source (a
radius of 0 km), so "Hpapun township (Kayin)" found no unit of Kayin and went to the state's middle at
Hpa-An, 130 km south; "Tilin town (Magway)" and "near Matupi (Chin)" went to the region's middle, 150-190
km off, though the township of the name lies in it. Sentences are invented; the towns' places are general facts."""
from __future__ import annotations

import pytest

from sitrep import api
from sitrep.geo.distance import haversine_km


def _place(text: str):
    events = [e for e in api.code(text, lang="en", published="2023-06-01") if e.place is not None]
    return events[0].place


@pytest.mark.parametrize("text, town, km", [
    ("On 12 May 2023, KNLA fighters attacked an army outpost in Hpapun township (Kayin), killing two "
     "soldiers.", (18.07, 97.44), 25),
    ("On 12 May 2023, resistance fighters ambushed a police patrol in Tilin town (Magway), killing three "
     "policemen.", (21.70, 94.10), 25),
    ("On 12 May 2023, junta troops burned down shops in Tilin town, Magway region.", (21.70, 94.10), 25),
    ("On 12 May 2023, a junta helicopter fired on resistance positions near Matupi (Chin).", (21.60, 93.44), 30),
])
def test_a_township_is_placed_in_its_region(text, town, km):
    """Before: the region's middle, 130-190 km from the town; now the township's centre (Matupi's lies 26 km
    north of its town)."""
    place = _place(text)
    assert place.country == "MM"
    assert haversine_km(place.lat, place.lon, *town) < km


def test_a_town_of_a_units_name_in_another_region_is_not_that_unit():
    """Tilin township lies in Magway: a town no table has, written with Sagaing, is not put there."""
    place = _place("On 12 May 2023, soldiers raided Tilin town (Sagaing) and detained ten men.")
    assert haversine_km(place.lat, place.lon, 21.70, 94.10) > 50


def test_a_village_named_like_its_township_is_left_to_its_qualifier():
    """Only a town is read as its unit's seat: a village of a township's name may lie anywhere in the region."""
    place = _place("On 12 May 2023, soldiers raided Tilin village (Magway) and detained ten men.")
    assert "unit of its name" not in place.reason
