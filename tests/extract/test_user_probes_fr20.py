"""French errors a new user meets (issue 13, fr20), on invented dispatches: an unqualified "frappe" that
kills is an air strike, a missile strike shelling; a walkout "pour protester" is no protest; forces sent
"sur place" after an attack answer it; a withdrawal "la veille" of a takeover is that takeover; victims
take no demonym from another phrase; "identifiés comme des X" names the actor; "Jeune Afrique" and
"France 24" are no places; "l'Etat d'Al-Jazira" is Sudan's Gezira."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import code, news

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def _news(pipeline, text):
    return news(code(pipeline, text, "fr", PUBLISHED))


STRIKES = [
    ("frappe_qui_tue", "Une frappe israélienne a tué quatre personnes mardi à Khan Younès, selon la Défense civile.",
     "Air/drone strike"),
    ("frappes_sur_voiture", "Une frappe a visé lundi une voiture près de Tyr, tuant deux hommes, selon l'agence libanaise.",
     "Air/drone strike"),
    ("frappe_de_missile", "Une frappe de missile a tué cinq civils mardi à Zaporijjia, a annoncé le gouverneur.",
     "Shelling/artillery/missile attack"),
]


@pytest.mark.parametrize("name, text, sub", STRIKES, ids=[s[0] for s in STRIKES])
def test_a_strike_is_typed_by_its_weapon(pipeline, name, text, sub):
    [e] = _news(pipeline, text)
    assert e.sub_event_type == sub


WALKOUTS = [
    ("boycott_pleniere", "Les députés de l'opposition ont boycotté mardi la séance plénière à Dakar pour protester "
                         "contre le report de l'élection."),
    ("quitte_hemicycle", "Plusieurs sénateurs ont quitté l'hémicycle lundi à Yaoundé pour protester contre la réforme "
                         "du code électoral."),
]


@pytest.mark.parametrize("name, text", WALKOUTS, ids=[w[0] for w in WALKOUTS])
def test_a_walkout_of_a_sitting_is_no_protest(pipeline, name, text):
    assert _news(pipeline, text) == []


def test_students_leaving_their_campus_to_protest_still_protest(pipeline):
    [e] = _news(pipeline, "Des étudiants ont quitté mardi le campus de Kisangani pour protester contre la hausse des frais.")
    assert e.event_type == "Protests"


def test_reinforcements_sent_to_the_scene_are_no_change_to_group(pipeline):
    text = ("Des bandits armés ont tué quatre bergers vendredi près de Ménaka. Des renforts ont été envoyés sur les "
            "lieux samedi, selon le gouverneur.")
    assert [e.event_type for e in _news(pipeline, text)] == ["Violence against civilians"]


@pytest.mark.parametrize("text", [
    "Les rebelles du M23 ont pris le contrôle lundi de la cité de Nyanzale, dans le territoire de Rutshuru, sans "
    "rencontrer de résistance, selon des notables.\n\nLes soldats congolais et les Wazalendo s'étaient retirés de "
    "la cité la veille.",
])
def test_a_withdrawal_on_the_eve_of_a_takeover_is_that_takeover(pipeline, text):
    [e] = _news(pipeline, text)
    assert e.sub_event_type == "Non-violent transfer of territory"


def test_victims_take_no_demonym_of_the_army_that_named_them(pipeline):
    text = ("Une frappe de drone israélienne a visé lundi une moto près de Tyr, tuant deux personnes présentées par "
            "l'armée israélienne comme des combattants.")
    [e] = _news(pipeline, text)
    assert e.actor2 is not None and e.actor2.name != "Civilians (Israel)"


def test_armed_men_identified_as_a_militia_are_that_militia(pipeline):
    text = "Trois commerçants ont été tués lundi près de Rutshuru par des hommes armés identifiés comme des miliciens Nyatura."
    [e] = _news(pipeline, text)
    assert e.actor1.name == "Nyatura Militia"


@pytest.mark.parametrize("text", [
    "Jeune Afrique : Des rebelles ont attaqué mardi un camp militaire, tuant sept soldats.",
])
def test_a_magazine_or_channel_is_no_place(pipeline, text):
    [e] = _news(pipeline, text)
    assert e.place is None or e.place.name not in ("Afrique", "France", "Africa")


@pytest.mark.parametrize("text", [
    "Les FSR ont tué mardi douze civils dans le village de Um Sunut, dans l'Etat d'Al-Jazira.",
    "Les FSR ont tué mardi douze civils dans l'Etat de Gezira, selon des militants.",
])
def test_the_gezira_state_is_in_sudan(pipeline, text):
    [e] = _news(pipeline, text)
    assert e.place is not None and e.place.country == "SD"
