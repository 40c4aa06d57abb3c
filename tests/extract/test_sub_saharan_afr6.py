"""Sub-Saharan Africa in ACLED's English notes, sixth round (issues 13 and 14, session afr6): shells that fell on a
place struck it, a march behind a banner is a protest, the parties of fighting that displaced people are no side of
the displacement, and materiel seized in an area is no territory taken. Sentences are invented."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from tests.extract.reports import news_of, sides


def _en(pipeline, text: str):
    """The note's news events, published the day after the day it opens with, as ACLED's notes are."""
    day = datetime.strptime(re.search(r"On (\d+ \w+ \d{4})", text).group(1), "%d %B %Y").date()
    return news_of(pipeline, text, lang="en", published=day + timedelta(days=1))


def test_shells_that_fell_on_a_place_struck_it(pipeline):
    """ "RSF shells fell on a market": a projectile falling on a place is a shelling, not a trend of shelling."""
    events = _en(pipeline, "On 3 May 2024, RSF shells fell on a livestock market in Nyala (South Darfur), killing "
                           "five people.")
    assert events[0].sub_event_type == "Shelling/artillery/missile attack"
    assert "RSF: Rapid Support Forces" in sides(events[0])


def test_rocket_attacks_that_fell_by_half_are_a_trend(pipeline):
    """Guard: rocket attacks that fell by half over a year are a count over time, not one event."""
    assert not _en(pipeline, "On 3 May 2024, rocket attacks on Nyala fell by half in 2023, the governor said.")


def test_a_march_behind_a_banner_is_a_protest(pipeline):
    """ "Union members marched through Kisumu behind a banner": a march told by its banner is a protest."""
    events = _en(pipeline, "On 14 June 2024, union members marched through Kisumu behind a banner.")
    assert events[0].sub_event_type == "Peaceful protest"


def test_soldiers_marching_on_a_holiday_are_no_protest(pipeline):
    """Guard: soldiers who march through a town to mark a holiday hold no protest."""
    assert not _en(pipeline, "On 14 June 2024, soldiers marched through Kisumu to mark the national holiday.")


def test_the_parties_of_fighting_that_displaced_people_are_no_side(pipeline):
    """ "Displaced by the fighting of a militia and the army": the fighting is the displacement's cause, its
    parties no side; the displaced civilians alone are coded."""
    events = _en(pipeline, "Displacement: On 9 August 2023, some 700 residents of Adale (Middle Shabelle) fled "
                           "their homes, displaced by the fighting between Al Shabaab fighters and Somali army troops.")
    assert sides(events[0]) == ["Civilians (Somalia)", None]


def test_a_group_that_drove_people_out_stays_a_side_of_their_displacement(pipeline):
    """Guard: militants who forced residents to flee are the displacement's actor."""
    events = _en(pipeline, "Displacement: On 9 August 2023, JNIM militants forced residents to flee a village "
                           "near Tenenkou (Mopti).")
    assert any(side and side.startswith("JNIM") for side in sides(events[0]))


def test_materiel_seized_in_an_area_is_no_territory_taken(pipeline):
    """ "Killed three militants and seized materiel in an area": the army took materiel, not
    the area; the fighting is a clash."""
    events = _en(pipeline, "On 5 October 2023, the army said it killed three terrorists and seized materiel across "
                           "the Macina area (Segou).")
    assert events[0].sub_event_type == "Armed clash"


def test_an_area_whose_control_was_seized_is_taken(pipeline):
    """Guard: soldiers who seized control of an area regained territory."""
    events = _en(pipeline, "On 5 October 2023, soldiers seized control of the area around Macina (Segou) after "
                           "killing four militants.")
    assert events[0].sub_event_type == "Government regains territory"
