"""French wire reports of world conflicts, a second group (frw41, bench/fr_world_stress2.py): the doer named in a
clause of time on a killing ("tués lorsqu'un avion de l'armée a bombardé ..."), the act that set off a war told in
passing, "la semaine précédente" as a week before, a group named as the one another is tied to, and a headline's
victim killed "lors d'une attaque" of a group. Each text is invented; all are published on Tuesday 14 May 2024."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

D = date(2024, 5, 14)  # a Tuesday: "lundi" is the 13th


def _news(pipeline, text):
    return [e for e in news_of(pipeline, text, published=D) if e.event_type and e.event_date]


def test_the_subject_of_a_clause_of_time_killed_the_victims(pipeline):
    text = "Onze civils ont été tués lundi lorsqu'un avion de l'armée birmane a bombardé un marché de Minbya."
    [e] = _news(pipeline, text)
    assert "Myanmar" in e.actor1.name and e.actor2.name.startswith("Civilians")


def test_a_clause_of_time_whose_subject_the_parse_gave_the_killing(pipeline):
    text = "Six bergers ont été tués mardi lorsqu'un avion de l'armée malienne a bombardé un puits près de Gao."
    [e] = _news(pipeline, text)
    assert "Mali" in e.actor1.name and e.sub_event_type == "Air/drone strike"


def test_the_arrest_that_set_off_a_war_is_no_dated_event(pipeline):
    text = ("Depuis juillet, la province est secouée par des violences entre clans rivaux, provoquées par "
            "l'arrestation d'un chef coutumier à la frontière.")
    assert _news(pipeline, text) == []


def test_the_previous_week_is_a_week_before(pipeline):
    text = "Une quarantaine de villageois avaient été enlevés la semaine précédente près de Katsina."
    assert all(e.event_date < date(2024, 5, 13) for e in _news(pipeline, text))


def test_a_group_named_as_the_one_another_is_tied_to_is_no_side(pipeline):
    text = "Le rapt d'un préfet, lundi près de Dori, a été revendiqué par l'EIGS, lié à Al-Qaïda selon un élu."
    names = {a.name for e in _news(pipeline, text) for a in (e.actor1, e.actor2) if a is not None}
    assert "Al Qaeda" not in names


def test_a_headlines_victim_killed_during_an_attack_of_a_group(pipeline):
    text = ("Cisjordanie : un Palestinien tué lors d'une attaque de colons\n\n"
            "Un Palestinien a été tué par balle lundi lors d'une attaque de colons israéliens contre le village de Beita.")
    [e] = _news(pipeline, text)
    assert e.actor1.name == "Settlers (Israel)" and e.sub_event_type == "Attack"
