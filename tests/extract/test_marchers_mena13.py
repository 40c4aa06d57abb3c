"""Marchers name a demonstration as protesters do (issue 13, session mena13): "police arrested dozens of marchers"
is a protest with intervention, not an arrest of civilians, in English and in French. Sentences are invented."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from tests.extract.reports import news_of


def _en(pipeline, text: str):
    """The note's news events, published the day after the day it opens with, as ACLED's notes are."""
    day = datetime.strptime(re.match(r"On (\d+ \w+ \d{4})", text).group(1), "%d %B %Y").date()
    return news_of(pipeline, text, lang="en", published=day + timedelta(days=1))


def _names(event) -> set[str]:
    return {a.name for a in (event.actor1, event.actor2) if a is not None}


def test_marchers_arrested_are_a_protest_met_with_force(pipeline):
    events = _en(pipeline, "On 21 March 2021, police arrested dozens of Hirak marchers in Bejaia (Bejaia).")
    assert events[0].sub_event_type == "Protest with intervention"
    assert "Protesters (Algeria)" in _names(events[0])


def test_marchers_detained_in_another_country(pipeline):
    events = _en(pipeline, "On 4 May 2022, riot police detained twenty marchers in Izmir (Izmir).")
    assert events[0].sub_event_type == "Protest with intervention"
    assert "Protesters (Turkey)" in _names(events[0])


def test_french_marchers_arrested(pipeline):
    events = news_of(pipeline, "Le 21 mars 2021, la police a interpellé des dizaines de marcheurs à Béjaïa, en "
                               "Algérie.", lang="fr", published=date(2021, 3, 22))
    assert events[0].sub_event_type == "Protest with intervention"


def test_smugglers_arrested_stay_an_arrest(pipeline):
    """Guard: an arrest of people no crowd's word names stays an arrest."""
    events = _en(pipeline, "On 4 May 2022, police arrested three smugglers in Izmir (Izmir).")
    assert events[0].sub_event_type == "Arrests"
