"""Namesakes inside the region a note names (issue 14, geo43): another town of the note a few km from one
of them says which, and villages of one name close together are placed among them, not at the region's
centre. Sentences are invented; towns and villages are sitrep's own gazetteer rows."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km

from tests.geo.places import bound_places


@pytest.mark.parametrize("text, name, lat, lon", [
    # Magdalena holds two towns Concordia; Cerro de San Antonio lies beside the smaller one
    ("On 12 August 2023, armed men set fire to a bus in Concordia, Magdalena, and beat its driver in "
     "Cerro de San Antonio.", "Concordia", 10.26, -74.83),
    # Central Visayas holds four towns Danao; Dimiao lies beside the one of southern Bohol
    ("On 12 August 2023, armed men set fire to a bus in Danao, Central Visayas, and beat its driver in Dimiao.",
     "Danao", 9.63, 124.20),
])
def test_a_town_of_the_note_chooses_among_the_regions_namesakes(geoparser, text, name, lat, lon):
    place = bound_places(geoparser, text)[name]
    assert place is not None and haversine_km(place.lat, place.lon, lat, lon) < 15
    assert "chose by the text's other places" in place.reason


def test_without_a_neighbour_the_prior_still_chooses(geoparser):
    """Guard: with the region alone, the bigger namesake keeps the name."""
    place = bound_places(geoparser, "On 12 August 2023, armed men set fire to a bus in Concordia, Magdalena.")["Concordia"]
    assert place is not None and haversine_km(place.lat, place.lon, 9.84, -74.46) < 15


def test_close_namesake_villages_are_placed_among_them(geoparser):
    """Zhytomyr oblast has two villages Halchyn 23 km apart and no town of the name: the point is one of
    them, with their spread as its uncertainty, not the oblast's centre."""
    place = bound_places(geoparser, "On 14 August 2023, shelling damaged a school in Halchyn, Zhytomyr.")["Halchyn"]
    assert place is not None and place.country == "UA"
    assert max(haversine_km(place.lat, place.lon, 50.00, 28.65), haversine_km(place.lat, place.lon, 50.00, 28.97)) < 30
    assert place.uncertainty_km is not None and place.uncertainty_km <= 50 and "medoid" in place.reason
