"""An unknown village under a police station: ACLED's Indian notes name the station whose area holds the
village ("Kalo village under X police station limits (District, State)"), a town or block finer than the
district of the chain (issue 14, geo33). Sentences are invented; places are general facts."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km
from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, station, point", [
    ("On 4 March 2023, a mob beat up two men accused of cattle theft in Kalopa village under Jeypore police "
     "station limits (Koraput, Odisha).", "Jeypore", (18.86, 82.57)),
    ("On 4 March 2023, unidentified men shot a shopkeeper dead in Kalopa village under Ghatshila police station "
     "limits (Jharkhand).", "Ghatshila", (22.59, 86.48)),
    ("On 4 March 2023, supporters of two parties clashed in Kalopa village under Bikramganj police station area "
     "(Rohtas district, Bihar), injuring four.", "Bikramganj", (25.21, 84.25)),
])
def test_a_village_under_a_police_station_is_placed_at_the_stations_town(geoparser, text, station, point):
    """ACLED's Indian notes name the police station whose area holds a village, a town or block finer
    than the district of the chain: it was no place at all, and the village went to the district's
    middle (or a namesake district town), tens of km off."""
    found = _places(geoparser, text)
    assert found[station] is not None and found[station].country == "IN"
    village = found["Kalopa"]
    assert village is not None and village.country == "IN"
    assert haversine_km(village.lat, village.lon, *point) <= 30


def test_a_police_station_alone_names_its_town(geoparser):
    found = _places(geoparser, "On 4 March 2023, hundreds of farmers protested outside Jeypore police station "
                               "(Koraput, Odisha) against the arrest of a union leader.")
    assert found["Jeypore"] is not None and found["Jeypore"].country == "IN"
    assert haversine_km(found["Jeypore"].lat, found["Jeypore"].lon, 18.86, 82.57) <= 25
