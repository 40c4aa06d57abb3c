""""Last weekend" is the Saturday and Sunday just passed, dated at the Saturday with a week's precision, not a
day seven days before publication (a Wednesday when the report is a Wednesday's)."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.acled import TimePrecision
from sitrep.extract.time import find_time_mentions, resolve


@pytest.mark.parametrize("phrase,lang,published,want", [
    ("last weekend", "en", date(2025, 11, 19), date(2025, 11, 15)),
    ("over the weekend", "en", date(2025, 11, 17), date(2025, 11, 15)),
    ("le week-end dernier", "fr", date(2025, 11, 17), date(2025, 11, 15)),
    ("last weekend", "en", date(2025, 11, 15), date(2025, 11, 15)),
])
def test_the_weekend_just_passed(phrase, lang, published, want):
    [m] = find_time_mentions(phrase, lang)
    assert resolve(m, published) == (want, TimePrecision.WEEK)


def test_a_weekend_to_come():
    [m] = find_time_mentions("ce week-end", "fr")
    assert resolve(m, date(2025, 11, 19), future=True) == (date(2025, 11, 22), TimePrecision.WEEK)
