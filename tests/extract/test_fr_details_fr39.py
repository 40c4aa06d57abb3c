"""Dates and tolls of French dispatches (fr39, bench/fr_detail_stress.py): "le 3 courant", a toll raised in a
later paragraph that tells no event, a count whose fate ends a long phrase ("Cinq gardes de la police
municipale ont été tués"), a toll raised after a telling the parse split at its weekday, a mid-month act. Each
text is invented. All are published on Thursday 21 November 2024."""
from __future__ import annotations

from datetime import date

from sitrep.acled import TimePrecision
from sitrep.extract.time import find_time_mentions, resolve
from tests.extract.reports import news_of

D = date(2024, 11, 21)  # a Thursday


def _told(pipeline, text):
    return [(e.event_date, e.time_precision, e.fatalities) for e in news_of(pipeline, text, published=D)
            if e.event_type]


def test_a_day_of_the_current_month():
    [m] = find_time_mentions("le 4 courant", "fr")
    assert resolve(m, D) == (date(2024, 11, 4), TimePrecision.DAY)


def test_a_day_of_the_current_month_not_yet_come_is_last_months():
    [m] = find_time_mentions("le 27 courant", "fr")
    assert resolve(m, D) == (date(2024, 10, 27), TimePrecision.DAY)


def test_an_event_on_a_day_of_the_current_month(pipeline):
    text = "Quatre éleveurs ont été tués le 9 courant par des bandits armés près de Kaya."
    assert _told(pipeline, text) == [(date(2024, 11, 9), TimePrecision.DAY, 4)]


def test_a_toll_raised_paragraphs_later_without_an_event(pipeline):
    text = ("Des assaillants ont incendié mardi un dispensaire à Kaya, tuant deux infirmiers.\n\n"
            "Les blessés ont été transportés au chef-lieu de la province.\n\n"
            "Le lendemain, le bilan a été revu à la hausse : quatre soignants ont perdu la vie.")
    assert [t[2] for t in _told(pipeline, text)] == [4]


def test_a_toll_that_rises_in_the_present(pipeline):
    text = ("Des assaillants ont attaqué mardi un convoi de commerçants près de Kaya, tuant trois chauffeurs. "
            "La préfecture annonce un bilan qui s'alourdit à sept morts.")
    assert [t[2] for t in _told(pipeline, text)] == [7]


def test_a_periods_toll_in_a_sentence_without_an_event_revises_nothing(pipeline):
    text = ("Des assaillants ont attaqué mardi un convoi de commerçants près de Kaya, tuant trois chauffeurs.\n\n"
            "Les renforts sont arrivés dans la soirée.\n\n"
            "Depuis janvier, le bilan dans la province est passé à 240 morts.")
    assert [t[2] for t in _told(pipeline, text)] == [3]


def test_a_count_whose_fate_ends_a_long_phrase(pipeline):
    text = "Cinq gardes de la police municipale ont été tués mardi près de Kaya."
    assert [t[2] for t in _told(pipeline, text)] == [5]


def test_a_mid_month_act_is_news_of_that_month(pipeline):
    text = "Six bergers ont été tués mi-octobre par des hommes en armes près de Kaya, selon un rapport publié mercredi."
    assert _told(pipeline, text) == [(date(2024, 10, 15), TimePrecision.MONTH, 6)]
