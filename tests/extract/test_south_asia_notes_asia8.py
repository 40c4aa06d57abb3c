"""South Asia in ACLED's notes, eighth round: two peoples' armed volunteers ("Kuki and Meitei armed volunteers
exchanged fire"), the name Manipur's notes give the men each community arms, fight as the two peoples' ethnic
militias, as "Kuki and Meitei groups" already did; Kupwara, a district seat of Kashmir the town table misplaces,
is placed at its town. Invented reports."""
from __future__ import annotations

from datetime import date

from sitrep.geo.distance import haversine_km
from tests.extract.reports import news_of


def test_two_peoples_volunteers_are_their_militias(pipeline):
    [e] = news_of(pipeline, "On 3 May 2024, Meitei and Kuki armed volunteers exchanged fire near Sagolmang village "
                            "in Imphal East district (Manipur); one volunteer was wounded.", lang="en",
                  published=date(2024, 5, 4))
    assert e.sub_event_type == "Armed clash"
    assert {e.actor1.name, e.actor2.name} == {"Meitei Ethnic Militia (India)", "Kuki Ethnic Militia (India)"}


def test_volunteers_of_two_parties_are_no_peoples_militias(pipeline):
    """Guard: the noun alone names no militia; two parties' volunteers are no peoples of the list."""
    events = news_of(pipeline, "On 3 May 2024, BJP and Congress volunteers exchanged blows outside a polling booth "
                               "in Jorhat (Assam).", lang="en", published=date(2024, 5, 4))
    assert not any("Ethnic Militia" in (a.name if a else "") for e in events for a in (e.actor1, e.actor2))


def _km_from(e, lat: float, lon: float) -> float:
    return haversine_km(e.place.lat, e.place.lon, lat, lon)


def test_kupwara_is_placed_at_its_town(pipeline):
    """The town table's Kupwara stands some 55 km south of the district's seat."""
    [e] = news_of(pipeline, "On 3 May 2024, security forces killed a militant in a gunfight at Gushtpora Bala in "
                            "Kupwara district (Jammu and Kashmir).", lang="en", published=date(2024, 5, 4))
    assert _km_from(e, 34.53, 74.25) < 10


def test_a_town_of_kupwara_district_keeps_its_own_point(pipeline):
    """Guard: a town the note names before the district stays where it is."""
    [e] = news_of(pipeline, "On 3 May 2024, militants shot dead a shopkeeper in Handwara (Kupwara district, Jammu "
                            "and Kashmir).", lang="en", published=date(2024, 5, 4))
    assert _km_from(e, 34.40, 74.28) < 10
