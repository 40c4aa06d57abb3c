"""Notes of protests and attacks (issues 13 and 14, session west10): a crowd that blocked a road and also threw
stones or burned tyres rioted. A man who punches someone has acted. Sentences are invented. (west10's rule for a
blockade whose crowd police arrested or dispersed was taken out at the merge: its class, blocking traffic as an
intervention's ground, had lifted the acled tune half alone before, as a strict expected failure records.)"""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of

_en = partial(news_of, lang="en", published=date(2023, 5, 10))


def test_a_blockade_whose_crowd_also_threw_stones_stays_a_riot(pipeline):
    events = _en(pipeline, "On 9 May 2023, about 50 residents blocked a highway near Ashford (Kent) and threw "
                           "stones at passing cars. Police arrested five protesters. [size=about 50]")
    assert events and events[0].sub_event_type == "Violent demonstration"


def test_a_blockade_of_burning_tyres_stays_a_riot(pipeline):
    events = _en(pipeline, "On 9 May 2023, about 50 residents blocked a highway near Ashford (Kent) with burning "
                           "tyres to protest against a new landfill. Police arrested five protesters. "
                           "[size=about 50]")
    assert events and events[0].sub_event_type == "Violent demonstration"


def test_a_man_who_punches_a_minister_acts(pipeline):
    """ "punch" was no event word: the note gave no event at all."""
    events = _en(pipeline, "On 9 May 2023, a man punched the finance minister outside a cafe in Aarhus.")
    assert events and events[0].sub_event_type in ("Attack", "Mob violence")


def test_a_budget_that_would_punch_a_hole_is_no_event(pipeline):
    events = _en(pipeline, "The opposition said on 9 May 2023 that the budget would punch a hole in public "
                           "finances.")
    assert not events
