"""The forty-first session's lead: a name a town or village word follows after a preposition is a place mention
though the model tags it as nothing, and villages and sites of Syria that the tables lacked."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.geo.distance import haversine_km
from tests.extract.reports import news_of
from tests.geo.places import places as _places

JUNE = date(2023, 6, 8)


def test_a_respelt_town_called_a_town_takes_the_town(geoparser):
    """"in Jindires town in Aleppo countryside": the model tags no entity, and no table spells the town so; the event
    had gone to Aleppo governorate. The town word makes it a mention, and the gazetteer's Jindayris is its spelling."""
    found = _places(geoparser, "On 6 June 2023, an IED went off in Jindires town in Aleppo countryside, wounding "
                               "a farmer.")
    place = found.get("Jindires")
    assert place is not None and place.country == "SY"
    assert haversine_km(place.lat, place.lon, 36.39, 36.69) < 10, place


def test_an_unknown_village_called_a_village_leaves_the_event_to_its_governorate(geoparser):
    """Guard: a village no table has in any spelling, called one by its word, is not placed at its governorate's
    middle as if it were the village (that moved notes from the governorate's city or a named town nearby to a
    region's centre); the governorate is found as before."""
    found = _places(geoparser, "On 6 June 2023, unidentified gunmen shot dead a shepherd in Qarbaliyah village in "
                               "Deir ez-Zor countryside.")
    assert found.get("Qarbaliyah") is None
    assert any(p is not None and p.country == "SY" for p in found.values()), found


@pytest.mark.parametrize("text", [
    "The governor met elders in Rajo town on Tuesday, his office said.",
    "On 6 June 2023, Turkish drones struck a car in Jadid Bakkara village, killing two SDF fighters.",
    "On 6 June 2023, an IED exploded in Khan Arnabeh town in Quneitra countryside, wounding a soldier.",
])
def test_a_syrian_village_is_never_a_namesake_abroad(geoparser, text):
    """"Rajo" had gone to Rio, Florida, "Jadid" of Jadid Bakkara to a Libyan town and "Khan" of Khan Arnabeh to
    Wuhan: no place of these texts now lies outside Syria."""
    found = _places(geoparser, text)
    assert found and all(p is None or p.country == "SY" for p in found.values()), found


@pytest.mark.parametrize("text, point", [
    ("On 6 June 2023, IS militants attacked an SDF checkpoint in Darnaj village in Deir ez-Zor countryside, killing "
     "two fighters.", (34.93, 40.59)),
    ("On 6 June 2023, SDF forces arrested three men in Tell Brak town in Al-Hasakeh countryside.", (36.66, 41.06)),
    ("On 6 June 2023, regime forces shelled Kansafra town in Idleb countryside.", (35.68, 36.52)),
    ("On 6 June 2023, an IED killed a former rebel commander in Nasib town in Daraa countryside.", (32.55, 36.2)),
    ("On 6 June 2023, Israeli aircraft struck positions near Khan al-Shih in Rural Damascus.", (33.39, 36.09)),
    ("On 6 June 2023, a landmine wounded two children in Abu Hamam town in eastern Deir ez-Zor countryside.",
     (34.8, 40.71)),
])
def test_a_syrian_village_of_the_news_is_that_village(pipeline, text, point):
    """Each had been placed at its governorate's middle, 25-90 km away, or at a namesake."""
    events = news_of(pipeline, text, "en", JUNE)
    assert events and events[0].place is not None
    place = events[0].place
    assert place.country == "SY" and haversine_km(place.lat, place.lon, *point) < 15, place


def test_a_name_after_no_preposition_is_left_to_the_model(geoparser):
    """Guard: the town word makes a mention only after a preposition of place ("in", "near"): a name before it
    after any other word stays what the model says it is."""
    found = _places(geoparser, "The minister wrote to Gharbiyeh town officials about the budget on Monday.")
    assert "Gharbiyeh" not in found
