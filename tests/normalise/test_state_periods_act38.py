"""ACLED names a state's forces by the government in office on the event's day (issue 13, session act38): the
periods before the changes of Ukraine (2019), Haiti (2021), Iraq (2020), Sudan (2019), Algeria (2019) and
Tunisia (2019)."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.normalise.countries import period_on


@pytest.mark.parametrize("iso2, day, period", [
    ("UA", date(2018, 11, 20), "2014-2019"),
    ("HT", date(2020, 10, 1), "2017-2021"),
    ("IQ", date(2019, 10, 1), "2018-2020"),
    ("SD", date(2018, 12, 20), "1989-2019"),
    ("DZ", date(2019, 3, 1), "1999-2019"),
    ("TN", date(2018, 1, 10), "2014-2019"),
    # the government in office now keeps its open period
    ("UA", date(2022, 4, 7), "2019-"),
    ("HT", date(2023, 1, 5), "2021-"),
    ("SY", date(2023, 6, 12), "2000-"),
    ("SD", date(2023, 5, 1), "2019-"),
])
def test_the_period_of_the_day(iso2, day, period):
    assert period_on(iso2, day) == period
