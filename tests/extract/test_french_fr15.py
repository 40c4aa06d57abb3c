"""ACLED's event type in French news (issue 13, fr15), with invented reports: an attack on villagers
that the army repelled stays violence against civilians; an ambush on a bus or on traders is an attack
on civilians; a health post is no armed target; demonstrators who burn tyres or wreck, angry residents
who burn a police vehicle, a crowd that beats a man to death and scuffles between demonstrators and
police are riots."""
from __future__ import annotations

import pytest

from tests.extract.reports import news_of, sides

DRC = "Democratic Republic of Congo"


@pytest.mark.parametrize("text, lang", [
    ("Trois civils ont été tués jeudi lors d'une attaque des miliciens contre le village de Bulongo, "
     "repoussée par les FARDC après des échanges de tirs.", "fr"),
    ("On Thursday, three civilians were killed in an attack by militiamen on the village of Bulongo, "
     "which the army repelled after an exchange of fire.", "en"),
])
def test_villagers_killed_in_an_attack_the_army_repelled_are_violence_against_civilians(pipeline, text, lang):
    events = news_of(pipeline, text, lang)
    attack = [e for e in events if e.event_type == "Violence against civilians"]
    assert len(attack) == 1 and attack[0].fatalities == 3
    assert not [e for e in events if e.event_type == "Battles" and e.fatalities]


def test_dead_of_a_battle_no_one_is_said_to_kill_stay_its_toll(pipeline):
    text = "Des combats ont opposé jeudi l'armée aux rebelles à Bulongo et six personnes ont été tuées."
    [e] = news_of(pipeline, text)
    assert e.event_type == "Battles" and e.fatalities == 6


@pytest.mark.parametrize("text", [
    "Une embuscade tendue jeudi par des hommes armés contre un bus de passagers a fait quatre morts près de Butembo.",
    "Des rebelles ont tendu jeudi une embuscade à un convoi de commerçants près de Mambasa, tuant trois personnes.",
])
def test_an_ambush_on_travellers_is_an_attack_on_civilians(pipeline, text):
    [e] = news_of(pipeline, text)
    assert e.sub_event_type == "Attack"
    assert sides(e)[1] == f"Civilians ({DRC})"


def test_an_ambush_on_a_patrol_stays_a_battle(pipeline):
    text = "Des rebelles ont tendu jeudi une embuscade à une patrouille des FARDC près de Mambasa."
    [e] = news_of(pipeline, text)
    assert e.sub_event_type == "Armed clash"


def test_a_health_post_is_no_armed_target(pipeline):
    text = "Des hommes armés ont attaqué jeudi un poste de santé à Luofu et tué un infirmier."
    [e] = news_of(pipeline, text)
    assert e.sub_event_type == "Attack"
    assert sides(e)[1] == f"Civilians ({DRC})"


def test_an_army_post_is_still_an_armed_target(pipeline):
    text = "Des miliciens ont attaqué jeudi un poste de l'armée à Luofu."
    [e] = news_of(pipeline, text)
    assert e.event_type == "Battles"


@pytest.mark.parametrize("text", [
    "Des manifestants ont brûlé des pneus jeudi dans plusieurs quartiers de Niamey.",
    "Des partisans de l'opposition ont manifesté jeudi à Lomé. Les manifestants ont brûlé des pneus et des drapeaux.",
    "Des manifestants ont saccagé jeudi le siège du parti au pouvoir à Kindu.",
    "Des échauffourées ont opposé jeudi des manifestants aux policiers à Cotonou.",
])
def test_demonstrators_who_burn_wreck_or_scuffle_hold_a_violent_demonstration(pipeline, text):
    [e] = news_of(pipeline, text)
    assert e.sub_event_type == "Violent demonstration"


def test_angry_residents_who_burn_a_police_vehicle_riot(pipeline):
    text = "Des habitants en colère ont incendié jeudi un véhicule de la police à Kalemie."
    [e] = news_of(pipeline, text)
    assert e.event_type == "Riots"
    assert sides(e)[0] == f"Rioters ({DRC})"


def test_a_man_beaten_to_death_by_a_crowd_is_mob_violence(pipeline):
    text = "Un présumé voleur a été battu à mort par la foule jeudi à Kamina."
    [e] = news_of(pipeline, text)
    assert e.sub_event_type == "Mob violence"
    assert sides(e) == [f"Rioters ({DRC})", f"Civilians ({DRC})"]


def test_houses_burned_by_armed_men_stay_a_property_destruction(pipeline):
    text = "Des hommes armés ont pillé et incendié jeudi une dizaine de maisons à Luofu, sans faire de victimes."
    [e] = news_of(pipeline, text)
    assert e.sub_event_type == "Looting/property destruction"

