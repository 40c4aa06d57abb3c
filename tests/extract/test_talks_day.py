"""A day told from another ("la veille", "the following day") counts from the day the sentence names
before it when that day dates the statement telling the event, not the event itself."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.time import find_time_mentions
from tests.extract.reports import news_of

THURSDAY = date(2025, 11, 20)


@pytest.mark.parametrize("text", [
    "L'armée nigériane a affirmé mercredi avoir tué trente combattants de Boko Haram lors d'une opération "
    "menée la veille dans la forêt de Sambisa, dans l'Etat de Borno.",
    "L'armée nigériane a affirmé mercredi avoir tué la veille trente combattants de Boko Haram dans la forêt "
    "de Sambisa, dans l'Etat de Borno.",
])
def test_the_eve_of_the_statements_day(pipeline, text):
    [event] = news_of(pipeline, text, "fr", THURSDAY)
    assert event.event_date == date(2025, 11, 18)


def test_a_day_named_for_the_event_itself_stays_its_day(pipeline):
    [event] = news_of(pipeline, "Des hommes armés ont attaqué mercredi un poste de police à Gao, et l'armée a "
                      "annoncé la veille des renforts.", "fr", THURSDAY)
    assert event.event_date == date(2025, 11, 19)


@pytest.mark.parametrize("phrase,offset", [("the following day", 1), ("the next day", 1), ("two days later", 2),
                                           ("le jour suivant", 1)])
def test_days_told_forward_from_another(phrase, offset):
    [m] = find_time_mentions(phrase, "fr" if phrase.startswith("le ") else "en")
    assert (m.kind, m.offset) == ("anaphoric", offset)
