"""French home-page news (issue 13, session frfr): farmers or drivers who block a road are a protest, and the
union that called it is its associate; drivers stuck at a border or a government that blocks funds hold none; a
killing the article files as the drug trade's settling of scores is ordinary crime, a gang's fight is not; a keeper
who "arrête" a shot arrests no one; forces that failed to retake a quarter ("sans parvenir à reprendre") took
nothing, and reinforcements sent "en renfort" answer the event told; the FLNC is Corsica's armed group, and an
"attentat à l'explosif" is a bomb. Sentences are invented; the groups and the places are general facts."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides

_fr = partial(news_of, published=date(2024, 10, 15))


def test_a_killing_filed_as_a_drug_settling_of_scores_is_not_coded(pipeline):
    events = _fr(pipeline, "Toulouse : un jeune homme abattu au pied de sa tour\n\nUn homme de 22 ans a été tué par "
                           "balles lundi soir dans le quartier du Mirail, à Toulouse.\n\nLa police judiciaire, saisie "
                           "de l'enquête, penche pour un règlement de comptes sur fond de rivalités autour d'un point "
                           "de deal.")
    assert events == []


def test_a_settling_of_scores_between_gangs_is_still_coded(pipeline):
    events = _fr(pipeline, "Des membres du gang de Grand Ravine ont tué lundi quatre habitants de Martissant, à "
                           "Port-au-Prince, dans ce que la police décrit comme un règlement de comptes.")
    assert [e.event_type for e in events] == ["Violence against civilians"]


def test_a_political_killing_with_no_such_motive_is_still_coded(pipeline):
    events = _fr(pipeline, "Un militant écologiste a été tué par balles lundi à Nantes. La police n'exclut aucune "
                           "piste.")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_a_keeper_stopping_shots_arrests_no_one(pipeline):
    events = _fr(pipeline, "Le portier lyonnais a brillé en fin de rencontre, avant d'arrêter trois tentatives "
                           "au cours de la séance finale.")
    assert events == []


def test_the_police_arresting_activists_is_still_an_arrest(pipeline):
    events = _fr(pipeline, "La police a arrêté lundi deux militants de l'opposition à Kinshasa.")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_reinforcements_that_failed_to_retake_a_quarter_take_nothing(pipeline):
    events = _fr(pipeline, "Des hommes armés du gang 400 Mawozo ont attaqué lundi le quartier de Tabarre, à "
                           "Port-au-Prince, pillant plusieurs commerces. Des policiers ont été dépêchés lundi en "
                           "renfort, sans parvenir à reprendre le contrôle du secteur.")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_retaking_a_town_without_a_fight_is_still_taken(pipeline):
    events = _fr(pipeline, "L'armée a repris lundi le contrôle de la ville de Kitchanga sans combattre, après le "
                           "retrait des rebelles.")
    assert "Non-violent transfer of territory" in [e.sub_event_type for e in events]


def test_the_flnc_claims_a_bomb_attack(pipeline):
    events = _fr(pipeline, "Le FLNC a revendiqué dimanche l'attentat à l'explosif qui a visé samedi une caserne "
                           "de gendarmerie à Ajaccio.")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]
    assert sides(events[0])[0] == "FLNC: National Liberation Front of Corsica"


def test_farmers_blocking_a_motorway_at_their_unions_call_is_a_peaceful_protest(pipeline):
    events = _fr(pipeline, "Quelque trois cents exploitants ont bloqué lundi la rocade de Toulouse avec leurs "
                           "tracteurs, à l'appel de la Coordination rurale, contre la baisse des prix du lait.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
    assert "CR: Rural Coordination" in [a.name for a in events[0].assoc_actor_1]


def test_lorry_drivers_stuck_at_a_border_hold_no_protest(pipeline):
    events = _fr(pipeline, "Plusieurs centaines de camionneurs sont bloqués depuis lundi au poste frontalier de "
                           "Kasumbalesa, faute de documents de transit.")
    assert events == []


def test_the_government_blocking_subsidies_holds_no_protest(pipeline):
    events = _fr(pipeline, "Le gouvernement a bloqué lundi les aides promises aux agriculteurs du Gers, selon "
                           "le ministre.")
    assert events == []
