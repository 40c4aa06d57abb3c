"""Sentences a new user tried (the twenty-sixth session's lead): dead told in the passive inside an attack
its noun names were killed by that attack's author, in one event; a beheading is a killing with a toll;
"ASWJ" is Mozambique's insurgents there and a Somali militia in Somalia; an ethnic group before a common
noun ("a Fulani camp") is no hamlet of that name."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import code, news_of, sides

MONDAY = date(2025, 3, 10)


@pytest.mark.parametrize("text,lang,author,target", [
    ("Dimanche, douze civils ont été tués lors d'une attaque de la CODECO dans le territoire de Djugu.", "fr",
     "CODECO", "Civilians"),
    ("Deux soldats ont été tués dimanche dans une embuscade des shebab près de Jowhar.", "fr",
     "Al Shabaab", "Military Forces of Somalia"),
    ("Quatre villageois ont été tués dimanche lors d'une opération de l'armée près de Beni.", "fr",
     "Military Forces of the Democratic Republic of Congo", "Civilians"),
    ("Three soldiers were killed on Sunday in an al-Shabaab attack on an outpost near Afgooye.", "en",
     "Al Shabaab", "Military Forces of Somalia"),
    ("Nine farmers were killed on Sunday during an ADF raid on their fields in Beni territory.", "en",
     "ADF", "Civilians"),
])
def test_dead_told_inside_an_attack_were_killed_by_its_author(pipeline, text, lang, author, target):
    [event] = news_of(pipeline, text, lang, MONDAY)
    actor1, actor2 = sides(event)
    assert actor1 is not None and actor1.startswith(author)
    assert actor2 is not None and actor2.startswith(target)


@pytest.mark.parametrize("text,lang", [
    ("Dimanche, deux casques bleus ont été tués pendant un assaut contre un poste de la MONUSCO près de Beni.", "fr"),
    ("Two peacekeepers were killed on Sunday in an attack on a MONUSCO base near Beni.", "en"),
])
def test_a_group_after_against_is_the_attacks_target_not_its_author(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, MONDAY)
    actor1, actor2 = sides(event)
    assert actor1 is not None and actor1.startswith("Unidentified Armed Group")
    assert actor2 is not None and actor2.startswith("MONUSCO")


def test_a_beheading_counts_its_dead(pipeline):
    [event] = news_of(pipeline, "Insurgents beheaded three fishermen near Macomia, Cabo Delgado, on Sunday.",
                      "en", MONDAY)
    assert event.fatalities == 3


@pytest.mark.parametrize("text,name", [
    ("ASWJ insurgents attacked a village near Macomia, Cabo Delgado, on Sunday, killing two men.",
     "Islamic State Mozambique Province"),
    ("ASWJ fighters clashed with al-Shabaab near Guriel, Galguduud region, on Sunday.",
     "ASWJ: Ahlu Sunna Wal Jamaa"),
])
def test_aswj_is_named_by_the_country_it_fights_in(pipeline, text, name):
    [event] = news_of(pipeline, text, "en", MONDAY)
    assert name in sides(event)


@pytest.mark.parametrize("text,region", [
    ("Gunmen attacked a Fulani camp in Zamfara on Sunday, killing four herders.", "Zamfara"),
    ("Gunmen attacked a Tuareg camp in the Menaka region on Sunday, killing four herders.", "Ménaka"),
])
def test_an_ethnic_group_before_a_noun_is_no_hamlet(pipeline, text, region):
    [event] = news_of(pipeline, text, "en", MONDAY)
    assert event.place is not None and region in event.place.name


@pytest.mark.parametrize("text,lang,author,accuser", [
    ("Le gouverneur accuse les ADF d'avoir massacré dimanche dix-sept pêcheurs près de Kasindi.", "fr", "ADF",
     "Government"),
    ("Police accused the Ambazonian separatists of killing two teachers near Bamenda on Sunday.", "en",
     "Ambazonian", "Police"),
])
def test_the_accused_did_the_act_and_the_accuser_is_no_side(pipeline, text, lang, author, accuser):
    events = code(pipeline, text, lang, MONDAY)
    assert events
    for event in events:
        actor1, actor2 = sides(event)
        assert actor1 is not None and actor1.startswith(author)
        assert actor2 is None or not actor2.startswith(accuser)


def test_storming_a_post_is_an_attack(pipeline):
    [event] = news_of(pipeline, "Militants stormed a police post near Dori on Sunday.", "en", MONDAY)
    assert event.kind in ("attack", "armed_clash")
    assert sides(event)[1].startswith("Police Forces of Burkina Faso")


@pytest.mark.parametrize("text,name", [
    ("Dimanche, des miliciens Twa ont attaqué un village du territoire de Manono, tuant six civils.",
     "Twa Ethnic Militia (Democratic Republic of Congo)"),
    ("Dimanche, des jeunes Hema ont incendié des cases près de Bunia.",
     "Hema Ethnic Militia (Democratic Republic of Congo)"),
])
def test_french_militiamen_of_an_ethnic_group_are_its_militia(pipeline, text, name):
    [event] = news_of(pipeline, text, "fr", MONDAY)
    assert sides(event)[0] == name


def test_french_fighters_of_a_named_movement_are_not_an_ethnic_militia(pipeline):
    [event] = news_of(pipeline, "Dimanche, des combattants Wazalendo ont attaqué une position du M23 près de Sake.",
                      "fr", MONDAY)
    assert "Ethnic Militia" not in (sides(event)[0] or "")
