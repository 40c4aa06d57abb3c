"""False dated events in French and English general news (frfalse9): a fight in the simple present in an "alors
que" or "as" clause of a sentence told in the past or the future ("a voté lundi le budget alors que le pays combat
les jihadistes"), and an agreement that is only the topic or the kind of talks, or a draft ("des discussions sur un
accord de paix", "truce talks", "a draft agreement"). Each text is invented; each rule keeps a true event told near
the same words (a pronoun for the clause's doers keeps the sentence's own scene). All are published on Tuesday 14
May 2024."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import headlined_news_types

D = date(2024, 5, 14)  # a Tuesday: "lundi" is the 13th


def _told(pipeline, text, lang="fr"):
    return headlined_news_types(pipeline, text, lang, D)


@pytest.mark.parametrize("text, lang", [
    # a fight in the present beside a sentence told in the past: the standing situation
    ("Niger : le Parlement de transition adopte le budget\n\n"
     "NIAMEY (Agence) - Les membres du conseil de transition ont adopté lundi la loi de finances, dont un quart ira "
     "à l'armée alors que le pays combat les groupes jihadistes dans l'ouest.", "fr"),
    ("Chad passes its budget\n\n"
     "N'DJAMENA (Wire) - Chad's parliament on Monday approved next year's budget, with defence taking the biggest "
     "part as the country battles insurgents around the lake.", "en"),
    # an agreement talked of, not made
    ("Soudan : les délégations se retrouvent à Djeddah\n\n"
     "DJEDDAH (Agence) - Les délégations de l'armée et des paramilitaires ont entamé lundi à Djeddah des "
     "discussions sur un accord de paix durable, sous médiation saoudienne.", "fr"),
    ("Gaza : les négociations reprennent\n\n"
     "LE CAIRE (Agence) - Les négociateurs ont repris lundi au Caire des discussions indirectes sur la troisième "
     "étape de l'accord de cessez-le-feu, selon des sources égyptiennes.", "fr"),
    ("Yemen truce talks stall\n\n"
     "MUSCAT (Wire) - Yemen truce talks stalled on Monday in Muscat, Omani officials said.", "en"),
    ("Talks delayed in Addis Ababa\n\n"
     "ADDIS ABABA (Wire) - Talks between the two sides were put off on Monday after the rebels rejected a draft "
     "agreement, mediators said.", "en"),
])
def test_general_news_is_no_event(pipeline, text, lang):
    assert _told(pipeline, text, lang) == []


@pytest.mark.parametrize("text, lang, sub", [
    # the act in the past, or a clause that names its own day, stays news
    ("Mali : attaque contre un camp près de Gao\n\n"
     "BAMAKO (Agence) - Des jihadistes ont attaqué lundi un camp militaire près de Gao alors que les soldats "
     "dormaient, tuant cinq militaires, selon l'armée.", "fr", "Attack"),
    ("Police disperse Nairobi march\n\n"
     "NAIROBI (Wire) - Police fired tear gas on Monday as protesters marched on parliament in Nairobi.", "en",
     "Protest with intervention"),
    # a pronoun for the clause's doers: the sentence's own actors, in its own scene
    ("Soldiers killed near Gao\n\n"
     "BAMAKO (Wire) - Two soldiers were killed near Gao on Monday as they fight jihadists in the area, the army "
     "said.", "en", "Armed clash"),
    # an agreement signed, or reached with a topic of its own
    ("RDC : accord de paix signé à Doha\n\n"
     "DOHA (Agence) - Le gouvernement et les rebelles ont signé lundi à Doha un accord de paix, après des mois de "
     "discussions.", "fr", "Agreement"),
    ("Ceasefire agreed in Cairo\n\n"
     "CAIRO (Wire) - Talks in Cairo ended on Monday with an agreement on a ceasefire, officials said.",
     "en", "Agreement"),
])
def test_a_true_event_near_the_same_words_stays(pipeline, text, lang, sub):
    assert sub in _told(pipeline, text, lang)
