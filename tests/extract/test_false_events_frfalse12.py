"""False dated events in French and English general news (frfalse12): an agreement a word of its follow-up is
about ("le comité de suivi de l'accord", "a commission overseeing the ceasefire agreement"), the aim of a body or
a plan ("a new unit to fight the jihadists"), a deployment a promise tells ("a promis que des troupes seraient
déployées"), a price that "fell to a low", a pact with creditors. Each text is invented; each rule keeps a true
event told near the same words. All are published on Tuesday 14 May 2024."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import headlined_news_types

D = date(2024, 5, 14)  # a Tuesday: "lundi" is the 13th


def _told(pipeline, text, lang="fr"):
    return headlined_news_types(pipeline, text, lang, D)


@pytest.mark.parametrize("text, lang", [
    # an agreement its follow-up is about
    ("RDC : le comité de suivi de l'accord de paix se réunit à Kinshasa\n\n"
     "KINSHASA (Agence) - Les membres du comité ont examiné lundi le calendrier du désarmement des combattants.",
     "fr"),
    ("Truce monitors meet in Juba\n\n"
     "JUBA (Wire) - A commission overseeing the ceasefire agreement signed with the rebels met on Monday in Juba to "
     "review the cantonment of fighters.", "en"),
    # what a body is for
    ("New unit to fight Sahel jihadists gets funding\n\n"
     "DAKAR (Wire) - Donors on Monday pledged 200 million dollars for the regional unit, which is due to start "
     "work next year.", "en"),
    ("African Union backs brigade for Cabo Delgado\n\n"
     "ADDIS ABABA (Wire) - The African Union's peace council on Monday approved a regional brigade to fight the "
     "insurgents in northern Mozambique.", "en"),
    # a deployment promised
    ("Tchad : le gouverneur du Lac promet des renforts\n\n"
     "N'DJAMENA (Agence) - Le gouverneur du Lac a promis lundi que des troupes supplémentaires seraient déployées "
     "à Bol avant la saison des pluies.", "fr"),
    # a price at a low
    ("Gold falls to six-month low\n\n"
     "LONDON (Wire) - Gold fell to a six-month low on Monday as the dollar firmed against other currencies.", "en"),
    # a pact with creditors
    ("Zambia seals debt deal\n\n"
     "LUSAKA (Wire) - Zambia reached an agreement with its bondholders on Monday to restructure its external "
     "debt, the finance ministry said.", "en"),
])
def test_general_news_is_no_event(pipeline, text, lang):
    assert _told(pipeline, text, lang) == []


@pytest.mark.parametrize("text, lang, sub", [
    # a town that fell
    ("Rebels seize Pinga\n\n"
     "GOMA (Wire) - The town of Pinga fell to M23 rebels on Monday after two days of fighting, residents said.",
     "en", "Non-state actor overtakes territory"),
    # an agreement signed that day
    ("Sudan truce signed in Juba\n\n"
     "JUBA (Wire) - The government and the rebels signed a ceasefire agreement on Monday in Juba.", "en",
     "Agreement"),
    ("RDC : un accord de cessez-le-feu signé à Doha\n\n"
     "KINSHASA (Agence) - Le gouvernement et les rebelles ont signé lundi à Doha un accord de cessez-le-feu.", "fr",
     "Agreement"),
    # the aim of an act done
    ("Kenyan police disperse traders in Nakuru\n\n"
     "NAIROBI (Wire) - Police fired tear gas on Monday to disperse hundreds of traders protesting in Nakuru.", "en",
     "Protest with intervention"),
    # a march for a level of pay: the level rule reads only a taking of ground
    ("Moroccan nurses press for better pay\n\n"
     "RABAT (Wire) - Hundreds of nurses marched in Rabat to demand higher wages on Monday, with a minimum staffing "
     "level.", "en", "Peaceful protest"),
    # a promise after a killing told with its day
    ("Tchad : quatre civils tués près de Bol\n\n"
     "N'DJAMENA (Agence) - Des hommes armés ont tué lundi quatre civils près de Bol. Le gouverneur a promis que les "
     "auteurs seraient retrouvés.", "fr", "Attack"),
])
def test_a_true_event_stays(pipeline, text, lang, sub):
    assert sub in _told(pipeline, text, lang)
