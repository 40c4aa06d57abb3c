"""Indonesia's regencies and its Papuan provinces of 2022 in notes (issue 14, asiapac): "X district, Y regency
(Z)" names the regency as its unit, and "Central Papua", "Highland Papua" are provinces of Indonesia, not Scotland's
Highland nor the old province's centre. Sentences are invented; regencies and provinces are general facts."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km

from tests.geo.places import bound_places


@pytest.mark.parametrize("text, name, lat, lon", [
    # "Intan" alone had been China's Yingtan
    ("On 3 March 2023, gunmen set fire to a clinic in Homeyo district, Intan Jaya regency (Central Papua).",
     "Intan Jaya", -3.54, 136.74),
    ("On 3 March 2023, a trader was found shot in a village of Lanny Jaya regency, Highland Papua.",
     "Lanny Jaya", -3.97, 138.32),
])
def test_a_regency_is_placed_as_a_unit(geoparser, text, name, lat, lon):
    place = bound_places(geoparser, text)[name]
    assert place is not None and place.country == "ID" and haversine_km(place.lat, place.lon, lat, lon) < 60


@pytest.mark.parametrize("text, name", [
    ("On 3 March 2023, soldiers and rebels exchanged fire for hours in Highland Papua.", "Highland Papua"),
    ("On 3 March 2023, a rally for a referendum was broken up by police in Central Papua.", "Central Papua"),
])
def test_the_new_papuan_provinces_are_indonesias(geoparser, text, name):
    place = bound_places(geoparser, text)[name]
    assert place is not None and place.country == "ID" and place.feature == "admin1"


def test_scotlands_highland_stays(geoparser):
    """Guard: Highland with no Papua after it is still the Scottish council area."""
    place = bound_places(geoparser, "On 3 March 2023, police questioned two men in Inverness, Highland.")["Highland"]
    assert place is not None and place.country == "GB"
