"""Sub-Saharan Africa in ACLED's English notes, fourth round (issues 13 and 14, session afr4): two peoples joined
before "groups" as their militias and a crowd's label that is a place name. Sentences
are invented."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from tests.extract.reports import news_of, sides


def _en(pipeline, text: str):
    """The note's news events, published the day after the day it opens with, as ACLED's notes are."""
    day = datetime.strptime(re.match(r"On (\d+ \w+ \d{4})", text).group(1), "%d %B %Y").date()
    return news_of(pipeline, text, lang="en", published=day + timedelta(days=1))


def test_two_peoples_joined_before_groups_are_their_militias(pipeline):
    """ "Rival Konkomba and Mamprusi groups clashed": two peoples of the list named before "groups" fight as their
    ethnic militias, not as a riot's crowds or no one."""
    events = _en(pipeline, "On 17 October 2022, rival Konkomba and Mamprusi groups clashed near Yendi (Northern "
                           "region), leaving two dead.")
    assert events[0].sub_event_type == "Armed clash"
    assert sorted(sides(events[0])) == ["Konkomba Ethnic Militia (Ghana)", "Mamprusi Ethnic Militia (Ghana)"]


def test_a_people_named_before_the_victims_group_stays_civilians(pipeline):
    """Guard: gunmen who attack "Fulani and Hausa groups of traders" attack civilians."""
    events = _en(pipeline, "On 17 October 2022, gunmen attacked Fulani and Hausa groups of traders near Zaria "
                           "(Kaduna), killing two.")
    assert sides(events[0]) == ["Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"]


def test_a_place_that_labels_the_protesters_yields_to_where_they_protested(pipeline):
    """ "Saba Saba marchers in Kisumu": the name before the crowd's word is its label (a day, a movement), and the
    town the sentence names is where the police met them."""
    events = _en(pipeline, "On 9 July 2024, police fired tear gas at Saba Saba marchers in Kisumu.")
    assert events[0].place.name == "Kisumu"


def test_a_place_that_labels_the_only_crowd_stands(pipeline):
    """Guard: with no other place named, the crowd's own town is the event's place."""
    events = _en(pipeline, "On 9 July 2024, police fired tear gas at Soweto protesters.")
    assert events[0].place.name == "Soweto"

