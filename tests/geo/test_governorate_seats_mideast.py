"""A town in brackets of a governorate that bears its seat's name (issue 14, session mideast): ACLED's notes write
"Jisr al-Shughur (Idleb)", "Ras al-Ain (Hasakah)", "Amadiya (Duhok)", "Mocha (Taiz)" with the governorate in its
news spelling, which the town tables know only as the seat; the town lies 30-70 km from that seat, in the
governorate, and is coded there, not at the seat. Sentences are invented; places are general facts."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km
from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, town, lat, lon", [
    ("On 4 May 2023, gunmen kidnapped a pharmacist in Jisr al-Shughur (Idleb).", "Jisr al-Shughur", 35.81, 36.32),
    ("On 4 May 2023, a mortar round fell on a bakery in Ras al-Ain (Hasakah).", "Ras al-Ain", 36.85, 40.07),
    ("On 4 May 2023, Turkish jets bombed hillsides around Amadiya (Duhok).", "Amadiya", 37.09, 43.49),
    ("On 4 May 2023, a sniper wounded a fisherman in Al Khawkhah (Hodeidah).", "Al Khawkhah", 13.81, 43.25),
])
def test_a_town_bracketed_by_its_governorate_is_not_moved_to_the_seat(geoparser, text, town, lat, lon):
    place = _places(geoparser, text)[town]
    assert place is not None and haversine_km(place.lat, place.lon, lat, lon) <= 10


def test_a_quarter_bracketed_by_its_city_still_goes_to_the_city(geoparser):
    """Not where the bracket is a town only: a quarter no table holds stays in the town that the bracket names."""
    place = _places(geoparser, "On 4 May 2023, gunmen shot a trader in Zahraqun (Goma).")["Zahraqun"]
    assert place is not None and haversine_km(place.lat, place.lon, -1.68, 29.22) <= 10
