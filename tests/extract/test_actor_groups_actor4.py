"""Armed groups, units and generic actors as ACLED names them, fourth round (issue 13, session actor4): a state
force's word for the members of another of its bodies names that body; Maoist guerrillas under their own words,
plantation guards, shepherds ambushed, a checkpost stormed and youths of two peoples who fought are read. Sentences
invented for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from sitrep.normalise.actors import find_actors
from tests.extract.reports import news_of, sides as _sides

_en = partial(news_of, lang="en", published=date(2024, 5, 2))
_fr = partial(news_of, lang="fr", published=date(2024, 5, 2))


def _bodies(names: list[str | None]) -> list[str]:
    """Each side's ACLED name without its period: "Police Forces of India"."""
    return [n.split(" (")[0] if n and n.startswith(("Police", "Military")) else n for n in names]


@pytest.mark.parametrize("text, country, want", [
    ("Troopers of the police Special Action Force searched the hills above the town.", "PH",
     "Police Forces of the Philippines"),
    ("Commandos of the Special Task Force searched the forest for two days.", "IN", "Police Forces of India"),
    ("Soldiers of the Border Security Force patrolled the river bank.", "IN", "Police Forces of India"),
])
def test_a_force_word_of_another_body_names_that_body(text, country, want):
    """The first word is the members' noun of the body named after it: one police mention, no military."""
    names = [a.name for a in find_actors(text, "en", country)]
    assert len(names) == 1 and names[0].startswith(want)


def test_troopers_of_the_police_fight_as_the_police(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, troopers of the police Special Action Force clashed with NPA rebels near "
                        "Iloilo.")
    assert sorted(_bodies(_sides(e))) == ["NPA: New People's Army", "Police Forces of the Philippines"]
    assert not e.assoc_actor_1 and not e.assoc_actor_2


def test_des_militaires_de_la_police(pipeline):
    [e] = _fr(pipeline, "Le 1er mai 2024, des militaires de la police ont dispersé des manifestants à Conakry.")
    assert "Police Forces of Guinea" in _bodies(_sides(e))
    assert not any(a.name.startswith("Military") for a in (*e.assoc_actor_1, *e.assoc_actor_2))


@pytest.mark.parametrize("text, country", [
    ("Soldiers seized weapons from the police in Tripoli.", "LY"),
    ("Soldiers and police officers of the state dispersed protesters in Harare.", "ZW"),
])
def test_forces_taken_from_or_listed_stay_two(text, country):
    """ "from the police" is whom something was taken from; "soldiers and police" two forces side by side."""
    names = [a.name for a in find_actors(text, "en", country)]
    assert any(n.startswith("Military") for n in names) and any(n.startswith("Police") for n in names)


def test_maoist_cadres_are_the_cpi_maoist(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, CoBRA commandos killed two Maoist cadres in an encounter in Sukma.")
    assert sorted(_bodies(_sides(e))) == ["CPI (Maoist): Communist Party of India (Maoist)", "Police Forces of India"]


def test_plantation_guards_are_private_security(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, plantation guards beat a farmer accused of theft near Pekanbaru.")
    assert _sides(e) == ["Private Security Forces (Indonesia)", "Civilians (Indonesia)"]


def test_shepherds_ambushed_are_civilians_attacked(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, Islamic State cells ambushed shepherds in the desert near Palmyra (Homs), "
                        "killing four of them.")
    assert e.sub_event_type == "Attack" and _sides(e) == ["Islamic State (Syria)", "Civilians (Syria)"]


def test_a_police_checkpost_stormed(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, TTP militants stormed a police checkpost on the outskirts of Tank, killing "
                        "two constables.")
    assert _bodies(_sides(e)) == ["TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan"]


def test_youths_of_two_peoples_who_fought(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, Berom and Fulani youths fought with machetes near Jos, leaving four dead.")
    assert sorted(_sides(e)) == ["Berom Ethnic Militia (Nigeria)", "Fulani Ethnic Militia (Nigeria)"]


@pytest.mark.parametrize("text", [
    "On 1 May 2024, the governor launched a fight against youth unemployment in Kano.",
    "On 1 May 2024, youth leaders vowed to fight for the release of detained students in Lagos.",
])
def test_a_fight_for_the_youth_is_no_clash(pipeline, text):
    assert _en(pipeline, text) == []


def test_the_gang_spoken_of_again_is_the_named_one(pipeline):
    """ "the gang" in the victims' clause is MS-13 again: the brothers are civilians, no second gang fought."""
    [e] = _en(pipeline, "On 1 May 2024, MS-13 members shot dead two brothers who had refused to join the gang in "
                        "Villanueva (Cortes).")
    assert _sides(e) == ["MS-13: Mara Salvatrucha", "Civilians (Honduras)"]


def test_the_gang_with_no_gang_named_before_stays_unidentified():
    names = [a.name for a in find_actors("Gunmen shot dead a trader in the market; the gang fled on motorcycles.",
                                         "en", "HT")]
    assert "Unidentified Gang (Haiti)" in names


def test_inmates_of_two_named_gangs_who_fought(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, inmates of Los Choneros and Los Lobos fought with knives inside the Litoral "
                        "penitentiary in Guayaquil.")
    assert sorted(_sides(e)) == ["Los Choneros", "Los Lobos"]
