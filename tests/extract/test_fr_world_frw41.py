"""French wire reports of world conflicts, a second group (frw41, bench/fr_world_stress2.py): the doer named in a
clause of time on a killing ("tués lorsqu'un avion de l'armée a bombardé ..."), the act that set off a war told in passing, and "la semaine précédente" as a week before. Each text is
invented; all are published on Tuesday 14 May 2024."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

D = date(2024, 5, 14)  # a Tuesday: "lundi" is the 13th


def _news(pipeline, text):
    return [e for e in news_of(pipeline, text, published=D) if e.event_type and e.event_date]


def test_the_subject_of_a_clause_of_time_killed_the_victims(pipeline):
    text = "Sept civils ont été tués lundi lorsqu'un hélicoptère de l'armée malienne a mitraillé une foire près de Gao."
    [e] = _news(pipeline, text)
    assert "Mali" in e.actor1.name and e.actor2.name.startswith("Civilians")


def test_the_subject_of_a_clause_of_time_on_a_drone_strike(pipeline):
    text = "Neuf villageois ont été tués lundi lorsqu'un drone de l'armée soudanaise a frappé un marché de Kadugli."
    [e] = _news(pipeline, text)
    assert "Sudan" in e.actor1.name and e.sub_event_type == "Air/drone strike"


def test_the_arrest_that_set_off_a_war_is_no_dated_event(pipeline):
    text = ("Depuis juillet, la province est secouée par des violences entre clans rivaux, provoquées par "
            "l'arrestation d'un chef coutumier à la frontière.")
    assert _news(pipeline, text) == []


def test_the_previous_week_is_a_week_before(pipeline):
    text = "Une quarantaine de villageois avaient été enlevés la semaine précédente près de Katsina."
    assert all(e.event_date < date(2024, 5, 13) for e in _news(pipeline, text))
