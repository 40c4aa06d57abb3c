"""People named by their cause ("activists") whom armed men kill, where the article tells no demonstration
and no crowd, held no protest: ACLED codes an attack on civilians, not excessive force against protesters.
Told in a demonstration, or named as protesters, they stay its protesters. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

DAY = date(2024, 5, 7)


@pytest.mark.parametrize("text, civilians", [
    ("On Monday, gunmen shot dead two activists outside their office in Popayan.", "Civilians (Colombia)"),
    ("On Monday, unknown gunmen killed two opposition activists near a market in Kinshasa.",
     "Civilians (Democratic Republic of Congo)"),
])
def test_activists_killed_outside_a_protest_are_civilians(pipeline, text, civilians):
    [event] = news_of(pipeline, text, "en", DAY)
    assert event.sub_event_type == "Attack"
    assert civilians in sides(event)


@pytest.mark.parametrize("text", [
    "On Monday, police shot dead two activists during a demonstration in Nairobi.",
    "On Monday, soldiers opened fire on protesters in Mandalay, killing three.",
])
def test_force_on_a_protest_stays_excessive_force(pipeline, text):
    [event] = news_of(pipeline, text, "en", DAY)
    assert event.sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize("text, expected", [
    ("On 9 March 2023, gunmen shot dead two activists outside their office in Aleppo.", "Attack"),
    ("On 9 March 2023, soldiers fired tear gas at farmers near a well in Kaduna.", "Attack"),
])
def test_a_month_named_march_tells_no_march(pipeline, text, expected):
    """The month's name is no demonstration's word: the crowd a rule looks for is not told by a date."""
    [event] = news_of(pipeline, text, "en", date(2023, 3, 10))
    assert event.sub_event_type == expected
