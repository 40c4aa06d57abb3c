"""Classes of French reports of armed conflict (invented sentences): an army's claim of fighters
"neutralisés", an attack "attribuée aux" a group, the assailants an army says it killed, and a
vehicle that ran into a mine."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import code, news as _dated


_code = partial(code, published=date(2024, 3, 12))


@pytest.mark.parametrize("text", [
    "L'armée affirme avoir neutralisé une quinzaine de terroristes lundi lors d'une opération près de Djibo.",
    "Lundi, l'armée a neutralisé une quinzaine de jihadistes près de Djibo.",
])
def test_fighters_an_army_neutralised_are_a_battle_with_its_toll(pipeline, text):
    [e] = _dated(_code(pipeline, text))
    assert e.sub_event_type == "Armed clash" and e.fatalities == 15
    assert (e.actor1.name, e.actor2.name) == ("Military Forces of Burkina Faso (2022-)",
                                              "Unidentified Armed Group (Burkina Faso)")


def test_a_bomb_neutralised_stays_a_disrupted_weapon(pipeline):
    [e] = _dated(_code(pipeline, "Les démineurs ont neutralisé un engin explosif mardi à Djibo."))
    assert e.sub_event_type == "Disrupted weapons use" and not e.fatalities


def test_one_fighter_neutralised_is_no_civilian(pipeline):
    [e] = _dated(_code(pipeline, "Un terroriste a été neutralisé mardi près de Djibo, selon l'armée."))
    assert e.actor2.name == "Unidentified Armed Group (Burkina Faso)" and e.fatalities == 1


@pytest.mark.parametrize("text", [
    "Au moins dix-huit personnes ont été tuées lundi lors d'une attaque attribuée aux ADF à Mambasa.",
    "Au moins dix-huit personnes ont été tuées lundi à Mambasa dans une attaque imputée aux rebelles ADF.",
])
def test_the_group_an_attack_is_put_down_to_made_it(pipeline, text):
    [e] = _dated(_code(pipeline, text))
    assert e.sub_event_type == "Attack" and e.fatalities == 18
    assert (e.actor1.name, e.actor2.name) == ("ADF: Allied Democratic Forces",
                                              "Civilians (Democratic Republic of Congo)")


def test_the_assailants_an_army_says_it_killed_are_the_attack_told_before(pipeline):
    text = ("Les shebab ont attaqué mardi une base militaire à Afgooye, en Somalie. "
            "L'armée affirme avoir tué 25 assaillants.")
    [e] = _dated(_code(pipeline, text))
    assert e.sub_event_type == "Armed clash" and e.fatalities == 25
    assert e.actor1.name == "Al Shabaab"


@pytest.mark.parametrize("text", [
    "Un véhicule de l'armée a sauté mardi sur une mine près de Boni, tuant quatre soldats.",
    "Une patrouille de l'armée a heurté un engin explosif mardi près de Boni.",
    "Un convoi de l'armée a été visé mardi par un engin explosif près de Boni.",
])
def test_the_army_that_ran_into_a_bomb_is_its_target(pipeline, text):
    [e] = _dated(_code(pipeline, text))
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert (e.actor1.name, e.actor2.name) == ("Unidentified Armed Group (Mali)", "Military Forces of Mali (2021-)")


def test_those_who_set_off_a_bomb_stay_its_authors(pipeline):
    text = "Les terroristes ont fait sauter un engin explosif mardi près de Boni au passage d'un convoi de l'armée."
    [e] = _dated(_code(pipeline, text))
    assert e.actor1.name == "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize("text", [
    "Des élèves ont manifesté mardi à Uvira contre l'assassinat d'un enseignant.",
    "Des élèves ont bloqué mardi la route nationale à Uvira pour protester contre l'assassinat d'un enseignant.",
])
def test_a_killing_a_protest_is_against_is_no_force_used_on_it(pipeline, text):
    [e] = _dated(_code(pipeline, text))
    assert e.sub_event_type == "Peaceful protest" and e.actor2 is None


def test_fire_on_people_who_were_demonstrating_is_excessive_force(pipeline):
    text = ("Des soldats ont tiré à balles réelles samedi sur des jeunes qui manifestaient à Kisangani "
            "contre la hausse des prix, blessant trois personnes.")
    [e] = _dated(_code(pipeline, text))
    assert e.sub_event_type == "Excessive force against protesters"
    assert e.actor1.name == "Protesters (Democratic Republic of Congo)"
    assert e.actor2.name.startswith("Military Forces of the Democratic Republic of Congo")


def test_fighters_killed_in_an_attack_a_headline_tells_are_its_target(pipeline):
    text = ("Burkina Faso : des volontaires pour la défense de la patrie tués dans une attaque\n"
            "Une quinzaine de Volontaires pour la défense de la patrie (VDP) ont été tués samedi lors d'une attaque "
            "contre leur poste à Kompienga, selon des sources locales. Les assaillants ont emporté des armes.")
    events = _dated(_code(pipeline, text))
    assert len(events) == 1
    assert events[0].actor2.name.startswith("VDP")
