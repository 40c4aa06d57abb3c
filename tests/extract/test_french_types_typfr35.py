"""French event types no one tuned on (issue 13, typfr35), on invented press sentences.

Whoever "a péri" is the victim of the deed, never its author; a town retaken ("reconquis") goes back to the
government and one that falls "aux mains" of a group goes to it; chlorine dropped is a chemical weapon and bombs
dropped from the air an air strike; a headquarters or camp set up is a base; houses set on fire or demolished
and a shop robbed are property destruction; a pact signed and a truce accepted are agreements; a man "placé en
détention" is arrested; positions abandoned or a camp taken over are a transfer without a fight; a march stopped
by the police is a protest with intervention; "une douzaine" is twelve and "un fidèle" one.
"""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.quantities import fatalities
from tests.extract.reports import news_of

DAY = date(2023, 4, 5)  # a Wednesday: "mardi" is 4 April


def _one(pipeline, text: str):
    events = news_of(pipeline, text, lang="fr", published=DAY)
    assert events, text
    return events[0]


def test_who_perished_is_the_victim(pipeline):
    event = _one(pipeline, "Six villageois ont péri mardi dans le village de Kamango, au Nord-Kivu.")
    assert event.sub_event_type == "Attack"
    assert event.fatalities == 6
    assert event.actor2 is not None and event.actor2.name.startswith("Civilians")


TYPES = [
    ("L'armée nigérienne a reconquis mardi la localité de Bosso, dans la région de Diffa.",
     "Government regains territory"),
    ("La cité de Nyanzale est tombée mardi aux mains des rebelles du M23, au Nord-Kivu.",
     "Non-state actor overtakes territory"),
    ("Des barils de chlore ont été largués mardi sur le village de Talmenes, dans la province d'Idleb.",
     "Chemical weapon"),
    ("Un avion militaire a largué mardi trois bombes sur le marché de Tawila, au Darfour du Nord.",
     "Air/drone strike"),
    ("Les miliciens ont installé mardi leur quartier général dans l'école de Mweso, au Nord-Kivu.",
     "Headquarters or base established"),
    ("Des combattants du JNIM ont installé mardi un camp près de Nampala, dans la région de Ségou.",
     "Headquarters or base established"),
    ("Des assaillants ont mis le feu mardi à une vingtaine de cases à Fizi, au Sud-Kivu.",
     "Looting/property destruction"),
    ("Des bulldozers de l'armée israélienne ont démoli mardi trois maisons à Naplouse, en Cisjordanie.",
     "Looting/property destruction"),
    ("Des bandits armés ont dévalisé mardi une station-service de Bangui.", "Looting/property destruction"),
    ("Les chefs de deux clans ont signé mardi un pacte de paix à Kalemie, dans le Tanganyika.", "Agreement"),
    ("Les belligérants ont accepté mardi une trêve de trois jours à El Facher, au Darfour.", "Agreement"),
    ("Un député de l'opposition a été placé en détention mardi à Niamey.", "Arrests"),
    ("Des soldats ont agressé sexuellement mardi deux femmes à Kalehe, au Sud-Kivu.", "Sexual violence"),
    ("Les rebelles ont abandonné mardi leurs positions à Kilolirwe, dans le territoire de Masisi.",
     "Non-violent transfer of territory"),
    ("L'armée malienne a pris possession mardi du camp d'Aguelhok, quitté par la Minusma.",
     "Non-violent transfer of territory"),
    ("La police a empêché mardi une marche de l'opposition à Lomé.", "Protest with intervention"),
]


@pytest.mark.parametrize("text, sub_type", TYPES)
def test_french_words_give_the_codebook_type(pipeline, text, sub_type):
    assert _one(pipeline, text).sub_event_type == sub_type


def test_a_dozen_is_twelve():
    assert fatalities("Une douzaine de soldats ont été tués.", "fr").value == 12


def test_one_worshipper_killed_is_the_toll(pipeline):
    event = _one(pipeline, "Une grenade a été lancée mardi contre une église de Bunia. Un fidèle a été tué.")
    assert event.sub_event_type == "Grenade"
    assert event.fatalities == 1


def test_victims_of_a_harm_that_kills_no_one_are_not_dead():
    assert fatalities("Plusieurs femmes déplacées ont été victimes de viols mardi à Minova.", "fr") is None
    assert fatalities("Deux commerçants ont été victimes d'enlèvement mardi à Beni.", "fr") is None
    assert fatalities("Trois civils ont été victimes d'une attaque mardi à Beni.", "fr").value == 3


FALLEN = [
    ("Un missile s'est abattu mardi sur une gare de Kramatorsk, faisant cinq morts.",
     "Shelling/artillery/missile attack"),
    ("Un drone s'est abattu mardi sur un entrepôt de Kherson, tuant deux gardiens.", "Air/drone strike"),
    ("Un homme s'est fait sauter mardi devant un commissariat de Maiduguri, tuant trois policiers.", "Suicide bomb"),
]


@pytest.mark.parametrize("text, sub_type", FALLEN)
def test_what_fell_or_blew_itself_up(pipeline, text, sub_type):
    assert _one(pipeline, text).sub_event_type == sub_type

