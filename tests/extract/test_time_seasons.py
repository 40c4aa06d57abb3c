"""A season named with "dernier"/"last" or "cet"/"this" dates to its middle month, so what it dates is
background when that month is past the reporting window."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.acled import TimePrecision
from sitrep.extract.time import find_time_mentions, resolve
from tests.extract.reports import news_of


@pytest.mark.parametrize("text,lang,published,expected", [
    ("l'hiver dernier", "fr", date(2025, 11, 20), date(2025, 1, 15)),
    ("l'été dernier", "fr", date(2025, 11, 20), date(2025, 7, 15)),
    ("l'été dernier", "fr", date(2025, 7, 20), date(2024, 7, 15)),  # this summer is not yet the last one
    ("au printemps dernier", "fr", date(2025, 11, 20), date(2025, 4, 15)),
    ("cet été", "fr", date(2025, 11, 20), date(2025, 7, 15)),
    ("last winter", "en", date(2025, 11, 20), date(2025, 1, 15)),
    ("last summer", "en", date(2025, 8, 1), date(2024, 7, 15)),
    ("this spring", "en", date(2025, 11, 20), date(2025, 4, 15)),
])
def test_a_season_dates_to_its_middle_month(text, lang, published, expected):
    [m] = find_time_mentions(text, lang)
    assert m.kind == "season"
    assert resolve(m, published) == (expected, TimePrecision.MONTH)


def test_a_season_alone_is_no_date():
    assert find_time_mentions("un hiver rigoureux", "fr") == []
    assert find_time_mentions("the summer offensive", "en") == []


@pytest.mark.parametrize("text,lang", [
    ("Le gouverneur a inauguré jeudi un nouveau marché à Bunia. L'hiver dernier, des miliciens ont attaqué "
     "le quartier et tué six civils.", "fr"),
    ("The governor opened a new market in Bunia on Thursday. Last winter, militiamen attacked the district "
     "and killed six civilians.", "en"),
])
def test_an_attack_of_last_winter_is_not_the_news_of_the_day(pipeline, text, lang):
    assert news_of(pipeline, text, lang, published=date(2025, 11, 20)) == []
