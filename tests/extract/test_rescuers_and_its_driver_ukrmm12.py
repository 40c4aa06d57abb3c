"""Two classes of strike notes, written for these tests. Rescuers and firefighters a strike wounds are civilians,
as ACLED codes them ("wounding two rescuers" names Ukraine's civilians). A vehicle's or a building's one person
named with "its" ("killing its driver") is one dead, as "killing the driver" is; a thing that is no person after
"its" counts no one."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

CIVILIANS = "Civilians (Ukraine)"
DAY = date(2024, 5, 3)
ATTACKER = "Military Forces of Russia (2000-)"


@pytest.mark.parametrize("text", [
    "On 2 May 2024, a Russian drone hit a fire station in Lozova (Kharkiv oblast), wounding three rescuers.",
    "On 2 May 2024, Russian artillery shelled a depot in Nikopol, injuring two firefighters.",
])
def test_rescuers_a_strike_wounds_are_civilians(pipeline, text):
    [event] = news_of(pipeline, text, "en", DAY)
    assert sides(event) == [ATTACKER, CIVILIANS]


def test_a_strike_on_a_military_post_names_no_rescuers(pipeline):
    text = "On 2 May 2024, a Russian drone hit a Ukrainian military post near Lozova (Kharkiv oblast)."
    [event] = news_of(pipeline, text, "en", DAY)
    assert CIVILIANS not in sides(event)


@pytest.mark.parametrize("text", [
    "On 2 May 2024, a Russian drone hit a lorry near Lozova (Kharkiv oblast), killing its driver.",
    "On 2 May 2024, Russian artillery struck a warehouse near Nikopol, killing its guard.",
])
def test_a_things_one_person_killed_counts_one(pipeline, text):
    [event] = news_of(pipeline, text, "en", DAY)
    assert event.fatalities == 1


def test_a_thing_after_its_counts_no_one(pipeline):
    text = "On 2 May 2024, Russian artillery struck a farm near Nikopol, killing its cattle."
    [event] = news_of(pipeline, text, "en", DAY)
    assert not event.fatalities
