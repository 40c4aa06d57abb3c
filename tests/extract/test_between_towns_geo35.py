"""An event "on the road between A and B (Region)" is coded at or between the towns, not at the region's
middle: the model tagged the pair as a title (issue 14, geo35). Sentences are invented; places are
general facts."""
from __future__ import annotations

from sitrep import api
from sitrep.geo.distance import haversine_km


def test_an_event_between_two_towns_is_placed_by_them():
    text = "On 9 June 2022, gunmen robbed two lorries on the road between Suakin and Sinkat (Red Sea)."
    events = [e for e in api.code(text, lang="en", published="2022-06-10") if e.place is not None]
    assert events
    place = events[0].place
    # Suakin 19.11 N 37.33 E, Sinkat 18.84 N 36.84 E (geonames): the region's middle lies 80 km from either
    assert min(haversine_km(place.lat, place.lon, 19.11, 37.33), haversine_km(place.lat, place.lon, 18.84, 36.84)) < 50
