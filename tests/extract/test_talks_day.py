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


@pytest.mark.parametrize("text", [
    "Nigeria's army said on Wednesday it had killed thirty Boko Haram fighters in Sambisa forest the "
    "previous day.",
    "Nigeria's army said on Wednesday it had killed thirty Boko Haram fighters in Sambisa forest on Tuesday.",
    "L'armée nigériane a affirmé mercredi avoir tué trente combattants de Boko Haram mardi dans la forêt de "
    "Sambisa.",
])
def test_the_statements_day_before_the_told_clause_is_not_the_events(pipeline, text):
    """English hangs "on Wednesday" on the reported verb when it stands before that clause's subject."""
    [event] = news_of(pipeline, text, "fr" if text.startswith("L'") else "en", THURSDAY)
    assert event.event_date == date(2025, 11, 18)


def test_a_weekday_counted_back_from_the_statement(pipeline):
    [event] = news_of(pipeline, "Police said on Monday that gunmen had attacked a village near Jos on Saturday "
                      "night, killing six people.", "en", THURSDAY)
    assert event.event_date == date(2025, 11, 15)


def test_a_statements_day_alone_still_dates_what_it_tells(pipeline):
    [event] = news_of(pipeline, "The ministry said on Wednesday that troops killed twelve militants in an "
                      "operation in Helmand province.", "en", THURSDAY)
    assert event.event_date == date(2025, 11, 19)
