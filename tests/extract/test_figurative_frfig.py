"""Words of violence that tell no political violence (frfig): sport, trade, politics, health, culture, road
crashes and epidemics, in French and English. Each text is invented; each rule keeps a true event beside it
where it could have swallowed one. All are published on Tuesday 14 May 2024."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

D = date(2024, 5, 14)  # a Tuesday: "lundi", "Monday" is the 13th


def _told(pipeline, text, lang="fr"):
    return [(e.event_type, e.sub_event_type) for e in news_of(pipeline, text, lang, published=D) if e.event_type]


@pytest.mark.parametrize("text", [
    # an English qualifier of trade, words or computers
    "Hackers launched a cyber attack on the electoral board on Monday, officials in Kampala said.",
    # an English object of another sense
    "The midfielder killed the game in the second half at Kasarani on Monday.",
    "Wildlife rangers shot the crocodile near Kisumu on Monday.",
    # a set phrase
    "Health workers in Lusaka described the crowded camp as a ticking time bomb on Monday.",
])
def test_figurative_english_is_no_event(pipeline, text):
    assert _told(pipeline, text, "en") == []


def test_a_protest_against_a_budget_stays_a_protest(pipeline):
    text = "Thousands held a protest against the budget in Nairobi on Monday."
    assert [t[1] for t in _told(pipeline, text, "en")] == ["Peaceful protest"]


def test_a_clause_telling_a_crash_makes_the_deaths_an_accident(pipeline):
    text = "Seven people were killed on Monday when a minibus collided with a fuel tanker near Nakuru, police said."
    assert _told(pipeline, text, "en") == []


def test_a_clause_telling_an_attack_keeps_the_event(pipeline):
    text = "Seven people were killed on Monday when gunmen attacked a minibus near Mandera, police said."
    assert [t[0] for t in _told(pipeline, text, "en")] == ["Violence against civilians"]


def test_a_collision_after_the_deaths_is_an_accident(pipeline):
    text = ("MATADI (Agence) - Douze personnes ont été tuées et une vingtaine blessées lundi dans une collision entre "
            "un bus de transport en commun et un camion-remorque sur la route nationale numéro 1, près de Kisantu.")
    assert _told(pipeline, text) == []


def test_an_attack_after_the_deaths_stays_an_event(pipeline):
    text = "Neuf civils ont été tués lundi dans une attaque de miliciens près de Mbanza-Ngungu."
    assert [t[0] for t in _told(pipeline, text)] == ["Violence against civilians"]


def test_a_day_between_the_verb_and_the_record(pipeline):
    text = "La coureuse sénégalaise a abattu lundi soir le record d'Afrique du 400 mètres à Dakar."
    assert _told(pipeline, text) == []


def test_an_adjective_on_a_misread_attack_makes_it_words(pipeline):
    text = ("Assemblée nationale : vive attaque verbale de l'opposition contre le ministre des Finances\n\n"
            "KINSHASA (Agence) - Le ministre des Finances a été la cible lundi d'une attaque verbale en règle de la part "
            "des députés de l'opposition.")
    assert _told(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Les médecins ont parlé lundi à Kikwit d'une véritable bombe sanitaire dans les quartiers sans eau.",
    "BUKAVU (Agence) - Les députés provinciaux ont rejeté lundi l'édit budgétaire, tuant dans l'œuf un texte que le "
    "gouverneur présentait comme prioritaire.",
    "GOMA (Agence) - Le ciné-club de Goma a proposé lundi une soirée consacrée au cinéma d'épouvante, avec la "
    "projection du classique « Massacre à la tronçonneuse ».",
    "Les dispensaires de Kikwit ont été pris d'assaut lundi par les malades.",
])
def test_figurative_french_is_no_event(pipeline, text):
    assert _told(pipeline, text) == []


def test_the_triggers_own_word_counts_no_dead_in_a_match(pipeline):
    text = ("Afrobasket : les Léopards battent l'Angola (81-70)\n\n"
            "KINSHASA - Les Léopards ont battu lundi l'Angola en match de l'Afrobasket. Au troisième quart-temps, "
            "les Léopards ont massacré la défense adverse grâce à leurs paniers à trois points.")
    assert _told(pipeline, text) == []
