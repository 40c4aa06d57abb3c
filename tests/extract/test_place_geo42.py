"""The place of a French dispatch's event when units stand between a town and the offset that describes
it, or a unit word is written without its accent (issue 14, item 4). Sentences are invented; the places
are real."""
from __future__ import annotations

from sitrep import api


def _places(text: str) -> list:
    events = [e for e in api.code(text, lang="fr", published="2025-03-12") if e.place is not None]
    assert events, text
    return [e.place for e in events]


def test_units_between_a_town_and_its_offset_leave_the_town_the_place():
    """"à X, en territoire de Y, à 50 km de Z": the territory and the offset both say where X lies."""
    places = _places("Des affrontements ont opposé mardi des miliciens aux soldats dans le groupement de "
                     "Kamanyola, en territoire de Walungu, à une cinquantaine de kilomètres au sud de Bukavu.")
    assert places[0].name == "Kamanyola"


def test_a_province_between_a_town_and_its_offset_leaves_the_town_the_place():
    places = _places("Des miliciens ont pillé jeudi plusieurs boutiques à Kamanyola, dans la province du "
                     "Sud-Kivu, à une cinquantaine de kilomètres au sud de Bukavu.")
    assert places[0].name == "Kamanyola"


def test_an_unknown_village_with_units_before_its_offset_keeps_the_offset():
    places = _places("Des miliciens ont pillé jeudi plusieurs boutiques à Kalobeza, en territoire de Walungu, "
                     "à une cinquantaine de kilomètres au sud de Bukavu.")
    assert places[0].name == "50 km S of Bukavu"


def test_a_state_written_without_its_accent_is_the_state_not_its_capital():
    """"dans l'Etat de Kaduna": the French press drops the accent of a capital É; still the state."""
    places = _places("Des hommes armés ont enlevé lundi une trentaine d'élèves dans l'Etat de Kaduna, dans le "
                     "nord-ouest du Nigeria, a annoncé la police.")
    assert places[0].feature == "admin1" and places[0].country == "NG"


def test_the_dispatch_town_does_not_stand_in_for_a_place_the_body_names():
    """"NIAMEY (AFP) - ... Banibangou": the event's sentence names no place; the body's town, named as often
    as the dateline's, is the article's place, not the town the dispatch was filed from."""
    places = _places("NIAMEY, 6 mai (AFP) - Une vingtaine de soldats nigériens ont été tués dimanche dans une "
                     "attaque jihadiste, a indiqué le ministère de la Défense.\n\nL'armée tenait depuis deux ans "
                     "une position avancée à Banibangou, non loin de la frontière malienne.")
    assert places[0].name.endswith("Banibangou")


def test_a_dispatch_whose_body_names_no_place_keeps_its_town():
    places = _places("KINSHASA, 6 mai (AFP) - La police a dispersé mardi à coups de gaz lacrymogène une marche "
                     "de l'opposition, a constaté un journaliste de l'AFP.")
    assert places[0].name == "Kinshasa"
