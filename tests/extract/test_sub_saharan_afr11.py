"""Sub-Saharan Africa in ACLED's English notes, eleventh round (issues 13 and 14, session afr11): a party's member
killed by no one named is a civilian, a march told as peaceful is a protest whoever marched, an ambush whose
outcome names civilians attacked them, and South Africa's townships are places. Sentences are invented."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from sitrep.geo.distance import haversine_km
from tests.extract.reports import news_of, sides


def _en(pipeline, text: str):
    """The note's news events, published the day after the day it opens with, as ACLED's notes are."""
    day = datetime.strptime(re.match(r"On (\d+ \w+ \d{4})", text).group(1), "%d %B %Y").date()
    return news_of(pipeline, text, lang="en", published=day + timedelta(days=1))


def test_a_partys_member_killed_by_no_one_named_is_a_civilian(pipeline):
    """ "an ANC councillor was shot dead": with no killer named the party was read as the foe of an unidentified
    group in a battle; one member struck is a civilian, the attack one-sided."""
    events = _en(pipeline, "On 4 June 2023, an ANC councillor was shot dead outside a shop in Inanda (eThekwini).")
    assert events[0].sub_event_type == "Attack"
    assert sides(events[0]) == ["Unidentified Armed Group (South Africa)", "Civilians (South Africa)"]


def test_a_partys_members_in_the_plural_keep_the_party_as_a_side(pipeline):
    """Guard: the rule reaches one member written as one; members in the plural keep the party as a side."""
    events = _en(pipeline, "On 4 June 2023, ANC members were shot at in Inanda (eThekwini).")
    assert "ANC: African National Congress" in sides(events[0])


def test_a_march_told_as_peaceful_is_a_protest(pipeline):
    """ "community members marched peacefully": a march whose marchers are no word of the trigger's frame gave no
    event; "peacefully" frames it as a protest."""
    events = _en(pipeline, "On 12 July 2023, community members marched peacefully through Mamelodi (Tshwane).")
    assert events and events[0].sub_event_type == "Peaceful protest"


def test_armed_men_marching_into_a_town_are_no_protest(pipeline):
    """Guard: a group's men who marched into a town, with no word of peace, make no protest."""
    events = _en(pipeline, "On 12 July 2023, al-Shabaab members marched into Jowhar (Middle Shabelle).")
    assert not any(e.sub_event_type == "Peaceful protest" for e in events)


def test_an_ambush_on_a_vehicle_that_killed_passengers_attacked_civilians(pipeline):
    """ "ambushed a vehicle, killing three passengers": a vehicle does not say whose it was; the outcome's
    victims do, and the ambush is an attack on civilians, not a battle with no foe."""
    events = _en(pipeline, "On 2 May 2024, ADF rebels ambushed a vehicle near Oicha (Beni territory, North Kivu), "
                           "killing three passengers.")
    assert events[0].sub_event_type == "Attack"
    assert sides(events[0])[1] == "Civilians (Democratic Republic of Congo)"


def test_an_ambush_on_a_vehicle_that_killed_soldiers_stays_a_battle(pipeline):
    """Guard: the outcome naming soldiers leaves the ambush a battle with the army."""
    events = _en(pipeline, "On 2 May 2024, Mai-Mai fighters ambushed a vehicle near Butembo (North Kivu), killing "
                           "two soldiers.")
    assert events[0].sub_event_type == "Armed clash"


def test_a_south_african_township_is_placed(pipeline):
    """A township of Gauteng no gazetteer held was placed at the country's centre."""
    events = _en(pipeline, "On 9 August 2023, gunmen shot dead two men at a tavern in Daveyton (Ekurhuleni).")
    place = events[0].place
    assert place is not None and haversine_km(place.lat, place.lon, -26.15, 28.41) < 10


def test_a_namesake_abroad_keeps_its_country(pipeline):
    """Guard: a township's name shared with a town abroad stays abroad when the note names that state."""
    events = _en(pipeline, "On 9 August 2023, police arrested a man in Hanover Park, Illinois, after a shooting.")
    assert events[0].place is not None and events[0].place.lat > 30
