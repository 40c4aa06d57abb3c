"""Dates resolved against the publication date, with the traps of general date parsers handled."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.time import find_time_mentions, resolve

WED = date(2017, 9, 6)  # a Wednesday


def _one(text, lang, published, future=False):
    [m] = find_time_mentions(text, lang)
    return resolve(m, published, future)


@pytest.mark.parametrize("text,lang,expected", [
    ("mardi", "fr", date(2017, 9, 5)),
    ("mercredi", "fr", date(2017, 9, 6)),  # the publication's own weekday is that day
    ("mercredi dernier", "fr", date(2017, 8, 30)),
    ("jeudi", "fr", date(2017, 8, 31)),
    ("hier", "fr", date(2017, 9, 5)),
    ("dans la nuit de lundi à mardi", "fr", date(2017, 9, 4)),
    ("le 3 septembre", "fr", date(2017, 9, 3)),
    ("Tuesday", "en", date(2017, 9, 5)),
    ("last Wednesday", "en", date(2017, 8, 30)),
    ("yesterday", "en", date(2017, 9, 5)),
    ("on September 2", "en", date(2017, 9, 2)),
])
def test_relative_and_absolute_dates(text, lang, expected):
    assert _one(text, lang, WED)[0] == expected


def test_day_month_late_in_year_before_january_publication_is_last_year():
    assert _one("le 28 décembre", "fr", date(2018, 1, 3))[0] == date(2017, 12, 28)


def test_plans_look_forward():
    assert _one("vendredi", "fr", WED, future=True)[0] == date(2017, 9, 8)
    assert _one("next Monday", "en", WED)[0] == date(2017, 9, 11)


def test_no_publication_date_and_no_absolute_date_means_no_date():
    assert _one("mardi", "fr", None) == (None, None)
    assert _one("le 3 novembre 2016", "fr", None)[0] == date(2016, 11, 3)


def test_precision_follows_the_expression():
    assert _one("la semaine dernière", "fr", WED)[1] == 2
    assert _one("last month", "en", WED)[1] == 3
    assert _one("mardi", "fr", WED)[1] == 1


def test_mentions_carry_offsets_into_the_text():
    text = "Les combats ont repris mardi soir."
    [m] = find_time_mentions(text, "fr", offset=100)
    assert (m.start - 100, m.end - 100) == (text.index("mardi"), text.index("mardi") + 5)


@pytest.mark.parametrize("text, lang, expected", [
    ("Les combats ont eu lieu il y a trois jours.", "fr", date(2025, 11, 3)),
    ("The village was attacked two days ago.", "en", date(2025, 11, 4)),
])
def test_days_ago(text, lang, expected):
    [m] = find_time_mentions(text, lang)
    assert resolve(m, date(2025, 11, 6)) == (expected, 1)


def test_numeric_dates_follow_each_languages_order():
    [fr] = find_time_mentions("lors de l'attaque du 24/04/2024", "fr")
    [en] = find_time_mentions("on 11/03/2025 the police", "en")
    assert resolve(fr, date(2025, 11, 6)) == (date(2024, 4, 24), 1)
    assert resolve(en, date(2025, 11, 6)) == (date(2025, 11, 3), 1)
