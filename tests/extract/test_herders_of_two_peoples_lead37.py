"""Herders of two peoples who fight each other ("Dinka and Nuer herders", "des éleveurs peuls et dogons") are
their peoples' two ethnic militias in a clash, as ACLED codes the pastoral conflicts, not a crowd of rioters.
Herders of two peoples that gunmen kill are still the civilians attacked."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

MARCH = date(2024, 3, 12)


def test_herders_of_two_peoples_who_fight_clash_as_their_militias(pipeline):
    text = "On 10 March 2024, Dinka and Nuer herders fought over grazing land near Bor (Jonglei), killing 7."
    [event] = news_of(pipeline, text, "en", MARCH)
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1.name, event.actor2.name} == {"Dinka Ethnic Militia (South Sudan)",
                                                      "Nuer Ethnic Militia (South Sudan)"}
    assert event.fatalities == 7


def test_des_eleveurs_de_deux_peuples_qui_s_affrontent(pipeline):
    text = "Des éleveurs peuls et dogons se sont affrontés dimanche près de Bankass, faisant cinq morts."
    [event] = news_of(pipeline, text, "fr", MARCH)
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1.name, event.actor2.name} == {"Fulani Ethnic Militia (Mali)", "Dogon Ethnic Militia (Mali)"}


def test_herders_of_two_peoples_killed_by_gunmen_are_civilians(pipeline):
    text = "Des hommes armés ont tué dimanche des éleveurs peuls et dogons près de Bankass."
    [event] = news_of(pipeline, text, "fr", MARCH)
    assert event.sub_event_type == "Attack"
    assert event.actor2.name == "Civilians (Mali)"
