"""North Africa's, the Gulf's and Iran's places as ACLED's notes write them (issue 14, session nafr): Iran's
province "West Azerbaijan" is no mention of the country Azerbaijan; Western Sahara's towns bracketed "(Western
Sahara)" are held under that territory and not dropped for the territory's centre; the Saudi border districts that
Yemen's Houthis shell, Sinai's and Iraqi Kurdistan's towns stand at their own points. Sentences are invented;
places and their coordinates are general facts."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km
from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, town, lat, lon", [
    ("On 3 October 2022, police beat students in Piranshahr (West Azerbaijan).", "Piranshahr", 36.70, 45.14),
    ("On 3 October 2022, a shop was torched in Oshnavieh (West Azerbaijan).", "Oshnavieh", 37.04, 45.10),
    ("On 9 May 2022, a rocket hit a berm post near Mahbes (Western Sahara).", "Mahbes", 27.42, -9.03),
    ("On 9 May 2022, a shell landed on a street of Smara (Western Sahara).", "Smara", 26.74, -11.67),
    ("On 9 May 2022, mortars struck a farm in Al Harth district, Jizan.", "Al Harth", 16.77, 43.14),
    ("On 9 May 2022, a border guard was shot in Dhahran al-Janub (Asir).", "Dhahran al-Janub", 17.67, 43.51),
    ("On 9 May 2022, a mine hit a pickup south of Sheikh Zuweid (North Sinai).", "Sheikh Zuweid", 31.21, 34.11),
    ("On 9 May 2022, jets bombed caves in Qandil (Sulaymaniyah).", "Qandil", 36.40, 45.05),
])
def test_a_town_of_the_region_stands_at_its_own_point(geoparser, text, town, lat, lon):
    place = _places(geoparser, text)[town]
    assert place is not None and haversine_km(place.lat, place.lon, lat, lon) <= 25


def test_west_azerbaijan_is_irans_province(geoparser):
    place = _places(geoparser, "On 3 October 2022, crowds marched in Urmia, West Azerbaijan.")["West Azerbaijan"]
    assert place is not None and place.country == "IR"


def test_the_country_azerbaijan_stays_the_country(geoparser):
    """Not where the country is meant: a plain "Azerbaijan" is still the republic."""
    place = _places(geoparser, "On 3 October 2022, a convoy crossed from Armenia into Azerbaijan.")["Azerbaijan"]
    assert place is not None and place.country == "AZ"
