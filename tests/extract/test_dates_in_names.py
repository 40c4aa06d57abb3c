"""A date that names a street, a square or a city quarter is part of a place's name, not a day.

"Boulevard du 30 Juin", "the 14 October Street", "Aden - 22 May" (a city and its quarter, as ACLED
writes them): read as days, they made the report's event a plan (a later day) or a recalled past (an
earlier one), and the report lost its dated event.
"""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.time import find_time_mentions
from tests.extract.reports import news_of


@pytest.mark.parametrize("text, lang", [
    ("Des hommes armés ont tué un chauffeur sur le boulevard du 30 Juin à Kinshasa.", "fr"),
    ("Gunmen killed a driver on the 14 October Street in Lahij.", "en"),
    ("A grenade exploded in Mukalla - 7 March (Al Sharj).", "en"),
])
def test_a_date_in_a_place_name_is_no_time(text, lang):
    assert find_time_mentions(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Gunmen killed a driver on the main street on 9 March in Lahij.", "en"),
    ("Des hommes armés ont tué un chauffeur le 9 mars sur le boulevard Lumumba.", "fr"),
])
def test_a_date_beside_a_place_is_still_a_time(text, lang):
    assert [(t.day, t.month) for t in find_time_mentions(text, lang)] == [(9, 3)]


def test_a_report_placed_in_a_dated_quarter_keeps_its_day(pipeline):
    text = "On 12 March 2023, a landmine exploded in Mukalla - 7 March (Al Sharj), killing a fisherman."
    events = news_of(pipeline, text, lang="en", published=date(2023, 3, 13))
    assert [e.event_date for e in events] == [date(2023, 3, 12)]


def test_a_date_with_its_year_is_a_day_though_a_place_bears_it():
    """Guinea's Stade du 28 Septembre bears the day, but "du 28 septembre 2009" with its year is the
    day of what happened there: no place's name carries a year."""
    [t] = find_time_mentions("Les familles des victimes du massacre du stade du 28 septembre 2009 ont été reçues.", "fr")
    assert (t.day, t.month, t.year) == (28, 9, 2009)
