"""A barangay or a village named before the municipality its chain gives (issue 14, geo30): a namesake
far from that town is another place. Sentences are invented; towns are general facts."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km

from tests.geo.places import bound_places


@pytest.mark.parametrize("text, name, town_lat, town_lon", [
    # Mabini's namesakes lie 100 km and more from Calinog (Iloilo)
    ("On 6 July 2022, NPA fighters fired on an army patrol in Barangay Mabini (Calinog, Iloilo, Western Visayas).",
     "Mabini", 11.12, 122.54),
    # a San Jose of northern Mindanao lies 120 km from Gingoog
    ("On 6 July 2022, soldiers raided a camp of the NPA in Barangay San Jose (Gingoog City, Misamis Oriental, "
     "Northern Mindanao).", "San Jose", 8.83, 125.10),
])
def test_a_barangay_is_placed_at_its_town(geoparser, text, name, town_lat, town_lon):
    place = bound_places(geoparser, text)[name]
    assert place is not None and haversine_km(place.lat, place.lon, town_lat, town_lon) < 25


def test_a_namesake_within_the_towns_reach_stays(geoparser):
    """Guard: a town the chain's town is the unit of keeps its own point (Kalihati lies in Tangail)."""
    place = bound_places(geoparser, "On 6 July 2022, villagers clashed in Kalihati upazila (Tangail, Dhaka).")["Kalihati"]
    assert place is not None and place.country == "BD" and haversine_km(place.lat, place.lon, 24.38, 89.99) < 30


def test_a_township_before_its_district_keeps_its_unit(geoparser):
    """Guard: "X township (Y district, ...)": the district word makes the qualifier a unit, not its town."""
    place = bound_places(geoparser, "On 6 July 2022, the military burned houses in Kyunhla township (Kanbalu "
                                   "district, Sagaing region).")["Kyunhla"]
    assert place is not None and place.country == "MM" and haversine_km(place.lat, place.lon, 23.48, 95.19) < 30
