"""Places of Russia and France in ACLED's English notes (issue 14, session euna): a town with its krai in
brackets lies in the krai, not at the krai's capital; a Russian border town in its news spelling
("Graivoron"); and the head of a hyphenated saint's name the gazetteer lacks ("Sainte-X") is no
place of its own, not Saint-Etienne, whose nickname it spells. Sentences are invented; places are general facts."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km
from tests.geo.places import places as _places


@pytest.mark.parametrize("text, town, lat, lon", [
    ("On 4 May 2023, a drone hit a refinery in Tuapse (Krasnodar krai).", "Tuapse", 44.10, 39.08),
    ("On 4 May 2023, shells hit a farm in the Graivoron district of Belgorod region.", "Graivoron", 50.48, 35.67),
])
def test_a_russian_town_is_where_it_lies(geoparser, text, town, lat, lon):
    place = _places(geoparser, text)[town]
    assert place is not None and haversine_km(place.lat, place.lon, lat, lon) <= 10


def test_a_saints_name_the_gazetteer_lacks_is_not_saint_etienne(geoparser):
    found = _places(geoparser, "On 4 May 2023, farmers fought police by a reservoir at Sainte-Colombine "
                               "(Deux-Sevres).")
    assert all(p is None or p.name != "Saint-Étienne" for p in found.values())


def test_a_saints_name_the_gazetteer_holds_is_still_a_place(geoparser):
    """Not where the whole name is known: "Sainte-Maxime" stays the town."""
    place = _places(geoparser, "On 4 May 2023, rioters burned a car in Sainte-Maxime.")["Sainte-Maxime"]
    assert place is not None and haversine_km(place.lat, place.lon, 43.31, 6.64) <= 10


def test_lurgan_is_in_county_armagh(geoparser):
    """A town of Northern Ireland the town list folds into Craigavon: its own point, not unresolved."""
    place = _places(geoparser, "On 4 May 2023, masked men shot a teenager in the legs in Lurgan.")["Lurgan"]
    assert place is not None and haversine_km(place.lat, place.lon, 54.46, -6.33) <= 10
