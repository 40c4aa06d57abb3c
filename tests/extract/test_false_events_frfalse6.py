"""False dated events in French and English general news (frfalse6): a toll over a span of months ("between April
and June"), an occupation's killings, attacks "ces trois dernières années" or "in past months", and a pact signed
with a firm. Each text is invented; each rule keeps a true event told near the same words. All are published on
Tuesday 14 May 2024."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import headlined_news_types

D = date(2024, 5, 14)  # a Tuesday: "lundi" is the 13th


def _told(pipeline, text, lang="fr"):
    return headlined_news_types(pipeline, text, lang, D)


@pytest.mark.parametrize("text, lang", [
    # a minister's appointment recalling ambushes "ces trois dernières années"
    ("Burkina : un nouveau ministre de la Sécurité\n\n"
     "OUAGADOUGOU (Agence) - Le président a nommé lundi un nouveau ministre de la Sécurité. Les embuscades des "
     "jihadistes ont tué des dizaines de gendarmes ces trois dernières années sur la route de Dori.", "fr"),
    # a UN toll over a quarter, the report's day told in the same sentence
    ("U.N. report on Haiti's gangs\n\n"
     "PORT-AU-PRINCE (Wire) - At least 912 people were killed in gang violence in Haiti between April and June, "
     "the U.N. said on Monday in a report.", "en"),
    # the killings of an occupation, recalled at a ceremony
    ("Ukraine marks anniversary of Izium's liberation\n\n"
     "KYIV (Wire) - Officials laid flowers in Izium on Monday. Investigators say more than 400 civilians were "
     "killed in the town during the occupation.", "en"),
    ("Ukraine : Boutcha se souvient\n\n"
     "KIEV (Agence) - Des responsables ont déposé des fleurs lundi à Boutcha. Plus de 400 civils ont été tués "
     "dans la ville pendant l'occupation, selon les enquêteurs.", "fr"),
    # attacks "in past months" told as a flood's background
    ("Floods hit Jonglei\n\n"
     "JUBA (Wire) - Floods cut roads across Jonglei, aid agencies said on Monday. Access was hampered by "
     "insecurity, after attacks on aid convoys in past months.", "en"),
    # a mining contract signed with a firm
    ("Niger signs gold deal with Turkish firm\n\n"
     "NIAMEY (Wire) - Niger's government on Monday signed an agreement with a Turkish mining company to develop "
     "a gold deposit near Tillaberi, the mines ministry said.", "en"),
    ("Niger : un accord avec une société turque\n\n"
     "NIAMEY (Agence) - Le gouvernement nigérien a signé lundi à Niamey un accord avec une société turque pour "
     "exploiter un gisement d'or près de Tillabéri.", "fr"),
])
def test_general_news_is_no_event(pipeline, text, lang):
    assert _told(pipeline, text, lang) == []


@pytest.mark.parametrize("text, lang, sub", [
    # a day's ambush near the same words
    ("Burkina : cinq gendarmes tués près de Dori\n\n"
     "OUAGADOUGOU (Agence) - Des jihadistes ont tué lundi cinq gendarmes dans une embuscade sur la route de Dori, "
     "a indiqué une source sécuritaire.", "fr", "Armed clash"),
    # a gang attack of the day, reported by the U.N.
    ("Gang attack kills 12 in Haiti capital\n\n"
     "PORT-AU-PRINCE (Wire) - Gang members killed at least 12 people in an attack on a neighbourhood of "
     "Port-au-Prince on Monday, the U.N. said.", "en", "Attack"),
    # a ceasefire signed with a rebel group stays an agreement, in both languages
    ("Mali : accord avec les rebelles\n\n"
     "BAMAKO (Agence) - Le gouvernement a signé lundi à Alger un accord de cessez-le-feu avec les rebelles du FLA, "
     "a annoncé la médiation.", "fr", "Agreement"),
    ("Sudan truce signed\n\n"
     "PORT SUDAN (Wire) - Sudan's army signed a ceasefire agreement with the Rapid Support Forces in Jeddah on "
     "Monday, mediators said.", "en", "Agreement"),
])
def test_a_true_event_near_the_same_words_stays(pipeline, text, lang, sub):
    assert sub in _told(pipeline, text, lang)
