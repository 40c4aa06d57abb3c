"""Sentences a new user tried on world news (the nineteenth session's lead): who struck, who fought whom,
and whether a town was taken by force."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.acled import Inter
from tests.extract.reports import news_of

SUNDAY = date(2025, 11, 9)


@pytest.mark.parametrize("text", [
    "Des combats ont opposé jeudi le M23 aux Wazalendo dans le territoire de Masisi.",
    "Des combats ont opposé jeudi les rebelles du M23 aux Wazalendo dans le territoire de Masisi.",
])
def test_the_second_side_the_parse_hangs_on_the_first(pipeline, text):
    [event] = news_of(pipeline, text, "fr", SUNDAY)
    assert (event.actor1.name, event.actor2.name) == ("M23: March 23 Movement", "Wazalendo")


@pytest.mark.parametrize("text,lang", [
    ("Au moins neuf personnes ont été tuées dimanche dans une attaque de drone russe contre un immeuble "
     "d'habitation à Zaporijjia.", "fr"),
    ("Nine people were killed on Sunday in a Russian drone attack on an apartment block in Zaporizhzhia.", "en"),
])
def test_the_killed_are_the_targets_of_a_nations_strike(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, SUNDAY)
    assert event.actor1.name == "Military Forces of Russia (2000-)"
    assert event.actor2.name == "Civilians (Ukraine)"


@pytest.mark.parametrize("text,lang", [
    ("Les Forces de soutien rapide ont pris le contrôle samedi de la ville de Babanusa après des mois de "
     "siège.", "fr"),
    ("The Rapid Support Forces took control of Babanusa on Saturday after a months-long siege.", "en"),
])
def test_a_town_taken_after_a_siege_is_taken_by_force(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, SUNDAY)
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_a_town_taken_with_no_force_told_is_a_transfer(pipeline):
    [event] = news_of(pipeline, "The Rapid Support Forces took control of Babanusa on Saturday.", "en", SUNDAY)
    assert event.sub_event_type == "Non-violent transfer of territory"


def test_strikes_on_positions_are_air_strikes(pipeline):
    [event] = news_of(pipeline, "L'armée burkinabè a mené jeudi des frappes contre des positions terroristes dans la "
                      "province du Soum, tuant plusieurs dizaines de combattants, selon l'état-major.", "fr", SUNDAY)
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor2 is None or event.actor2.inter != Inter.CIVILIANS  # the fighters hit are no civilians


@pytest.mark.parametrize("text,lang", [
    ("Le Tchad a décrété deux jours de deuil national après la mort de 17 soldats dans une attaque près de la "
     "frontière nigérienne.", "fr"),
    ("Chad declared two days of national mourning after the deaths of 17 soldiers in an attack near the Nigerien "
     "border.", "en"),
])
def test_soldiers_whose_death_an_attack_caused_are_its_target(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, SUNDAY)
    assert event.actor2.name == "Military Forces of Chad (2021-)"
    assert event.actor1.name == "Unidentified Armed Group (Chad)"


def test_a_ministry_telling_of_its_forces_is_no_side_against_them(pipeline):
    [event] = news_of(pipeline, "Le ministre de la Défense a annoncé vendredi que les FARDC avaient repris le contrôle de "
                      "trois localités du territoire de Masisi.", "fr", SUNDAY)
    assert event.actor1.name == "Military Forces of the Democratic Republic of Congo (2019-)"
    assert event.actor2 is None or event.actor2.name != event.actor1.name


def test_a_participle_on_the_places_taken_tells_their_past_not_the_takings(pipeline):
    events = news_of(pipeline, "Les FARDC ont repris vendredi le contrôle de trois localités, occupées depuis mars par "
                     "les rebelles.", "fr", SUNDAY)
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Government regains territory", date(2025, 11, 7))]


def test_a_demonym_before_a_noun_is_no_region_spelled_alike(pipeline):
    events = news_of(pipeline, "Al-Shabaab fighters attacked a police station in the Somali port city of Kismayo on "
                     "Friday, killing four officers.", "en", SUNDAY)
    assert events and all(e.place is not None and e.place.country == "SO" for e in events)
