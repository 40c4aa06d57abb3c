"""Sub-Saharan Africa in ACLED's English notes, tenth round (issues 13 and 14, session afr10): crowds that traded
fire with each other, no state force among them, fought an armed clash of unidentified armed groups, not a riot.
Sentences are invented."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from tests.extract.reports import news_of, sides


def _en(pipeline, text: str):
    """The note's news events, published the day after the day it opens with, as ACLED's notes are."""
    day = datetime.strptime(re.match(r"On (\d+ \w+ \d{4})", text).group(1), "%d %B %Y").date()
    return news_of(pipeline, text, lang="en", published=day + timedelta(days=1))


def test_a_crowd_of_rivals_that_exchanged_fire_fought_a_clash(pipeline):
    """ "rival groups of illegal miners exchanged fire": the miners were read as a crowd fighting, a riot; the gun
    makes it a battle of the country's unidentified armed groups, and its toll ("leaving four dead") is the clash's."""
    events = _en(pipeline, "On 3 March 2023, rival groups of illegal miners exchanged fire near Springs "
                           "(Ekurhuleni, Gauteng), leaving four dead.")
    assert events[0].sub_event_type == "Armed clash"
    assert sides(events[0]) == ["Unidentified Armed Group (South Africa)"] * 2
    assert events[0].fatalities == 4


def test_one_crowd_told_alone_that_exchanged_fire_is_both_sides(pipeline):
    """ "illegal miners exchanged fire": one crowd with no foe named traded fire within itself; no event came out."""
    events = _en(pipeline, "On 9 May 2023, illegal miners exchanged fire in Riverlea (Johannesburg, Gauteng), "
                           "killing two.")
    assert events and events[0].sub_event_type == "Armed clash"
    assert sides(events[0]) == ["Unidentified Armed Group (South Africa)"] * 2


def test_a_crowd_that_fought_without_a_gun_stays_a_riot(pipeline):
    """Guard: rivals who fought with no gun told remain a mob's violence between rioters."""
    events = _en(pipeline, "On 3 March 2023, rival groups of residents fought with stones in Soweto (Johannesburg, "
                           "Gauteng), leaving two injured.")
    assert events[0].sub_event_type == "Mob violence"
    assert sides(events[0]) == ["Rioters (South Africa)"] * 2


def test_protesters_who_traded_fire_with_police_still_demonstrated(pipeline):
    """Guard: a crowd facing the police is no clash of armed groups: its violence stays a violent demonstration."""
    events = _en(pipeline, "On 3 March 2023, protesters exchanged fire with police in Soweto (Johannesburg, Gauteng).")
    assert events[0].sub_event_type == "Violent demonstration"
