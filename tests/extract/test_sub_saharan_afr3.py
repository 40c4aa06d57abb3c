"""Sub-Saharan Africa in ACLED's English notes, third round (issues 13 and 14, session afr3): a people's cattle
keepers who fight are their people's militia and the White Army's youths are the Nuer militia, not a riot's crowd.
Sentences are invented."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from tests.extract.reports import news_of, sides


def _en(pipeline, text: str):
    """The note's news events, published the day after the day it opens with, as ACLED's notes are."""
    day = datetime.strptime(re.match(r"On (\d+ \w+ \d{4})", text).group(1), "%d %B %Y").date()
    return news_of(pipeline, text, lang="en", published=day + timedelta(days=1))


def test_cattle_keepers_of_a_people_who_clash_are_its_militia(pipeline):
    """ "Dinka cattle keepers clashed with ...": herders by another word, of a people named beside them, fight as
    that people's militia, not as civilians the battle leaves out."""
    events = _en(pipeline, "On 4 August 2023, Dinka cattle keepers clashed with Murle raiders who tried to steal "
                           "their herds near Pibor (Jonglei).")
    assert sorted(sides(events[0])) == ["Dinka Ethnic Militia (South Sudan)", "Murle Ethnic Militia (South Sudan)"]


def test_cattle_keepers_killed_by_gunmen_stay_civilians(pipeline):
    """Guard: cattle keepers who are shot are the attack's civilian victims."""
    events = _en(pipeline, "On 9 May 2022, gunmen shot dead three cattle keepers near Tonj (Warrap).")
    assert sides(events[0]) == ["Unidentified Armed Group (South Sudan)", "Civilians (South Sudan)"]


def test_white_army_youths_who_attack_a_base_fight_as_the_nuer_militia(pipeline):
    """The White Army's youths are ACLED's Nuer militia: their attack on a base is a clash, not a crowd's riot."""
    events = _en(pipeline, "On 2 April 2025, White Army youths attacked an SSPDF barracks near Nasir (Upper Nile).")
    assert events[0].sub_event_type == "Armed clash"
    assert sorted(sides(events[0])) == ["Military Forces of South Sudan (2011-)", "Nuer Ethnic Militia (South Sudan)"]
