"""A missile, rocket or artillery strike is ACLED's shelling, artillery and missile attack, not an air strike:
"strike" alone reads as an air strike, the weapon before it says which. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

DAY = date(2024, 2, 4)


@pytest.mark.parametrize("note", [
    "a Ukrainian missile strike hit a bakery in Lysychansk, killing 20 people.",
    "part of a hostel collapsed in Kursk after a Ukrainian missile strike, killing four residents.",
    "Russian missile strikes hit the port of Odesa, killing three people.",
])
def test_a_missile_strike_is_shelling(pipeline, note):
    [event] = news_of(pipeline, f"On 3 February 2024, {note}", "en", DAY)
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_an_air_strike_stays_an_air_strike(pipeline):
    [event] = news_of(pipeline, "On 3 February 2024, an Israeli air strike hit a house in Rafah, killing three "
                                "people.", "en", DAY)
    assert event.sub_event_type == "Air/drone strike"
