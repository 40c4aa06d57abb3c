"""Who a strike hit and who arrests in occupied towns, as ACLED's notes on the war tell it: the word naming the
striker ("troops") is no armed target, so the men a strike killed are civilians; the police of the occupier are
Russia's. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

DAY = date(2023, 9, 14)
RUSSIA = "Military Forces of Russia (2000-)"


def test_the_strikers_own_troops_are_no_target(pipeline):
    [event] = news_of(pipeline, "On 12 September 2023, Russian troops shelled Lozova (Kharkiv region), killing "
                                "three men.", "en", DAY)
    assert sides(event) == [RUSSIA, "Civilians (Ukraine)"]


@pytest.mark.parametrize("text, target", [
    ("On 12 September 2023, Russian troops shelled Ukrainian troops near Lozova, killing two.",
     "Military Forces of Ukraine (2019-)"),
    ("On 12 September 2023, Russian troops shelled a checkpoint near Lozova, killing two.", None),
])
def test_an_armed_target_named_beside_them_stays(pipeline, text, target):
    [event] = news_of(pipeline, text, "en", DAY)
    assert sides(event) == [RUSSIA, target]


@pytest.mark.parametrize("text", [
    "On 12 September 2023, Russian-appointed police detained a school director in occupied Skadovsk (Kherson).",
    "On 12 September 2023, occupation police officers detained two men in Nova Kakhovka (Kherson).",
])
def test_the_occupiers_police_are_russias(pipeline, text):
    [event] = news_of(pipeline, text, "en", DAY)
    assert event.sub_event_type == "Arrests"
    assert sides(event)[0] == "Police Forces of Russia (2000-)"


def test_police_in_free_ukraine_stay_ukraines(pipeline):
    [event] = news_of(pipeline, "On 12 September 2023, police detained two men in Kharkiv.", "en", DAY)
    assert sides(event)[0] == "Police Forces of Ukraine (2019-)"


def test_a_strike_that_killed_no_one_names_no_target(pipeline):
    [event] = news_of(pipeline, "On 12 September 2023, Russian troops shelled homes in Lozova; nobody was hurt.",
                      "en", DAY)
    assert sides(event) == [RUSSIA, None]
