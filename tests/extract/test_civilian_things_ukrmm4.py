"""A word for civilians that qualifies a thing ("the shelling left civilian infrastructure in ruins") names what a strike hit, not
people: ACLED names no civilians for such a strike, and still names them when the strike killed or wounded some.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

DAY = date(2023, 9, 14)
CIVILIANS = "Civilians (Ukraine)"


@pytest.mark.parametrize("text", [
    "On 12 September 2023, Russian forces shelled Lozova, Kharkiv region; the strike left civilian "
    "infrastructure in ruins. No one was reported hurt.",
    "On 12 September 2023, Russian artillery hit Pokrovsk, damaging civilian facilities.",
])
def test_a_strike_on_civilian_things_names_no_civilians(pipeline, text):
    [event] = news_of(pipeline, text, "en", DAY)
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert sides(event) == ["Military Forces of Russia (2000-)", None]


@pytest.mark.parametrize("text", [
    "On 12 September 2023, Russian forces shelled civilian infrastructure in Lozova, wounding two civilians.",
    "On 12 September 2023, Russian shelling of Pokrovsk caused civilian casualties.",
])
def test_civilians_hit_beside_the_things_stay_the_target(pipeline, text):
    [event] = news_of(pipeline, text, "en", DAY)
    assert sides(event)[1] == CIVILIANS
