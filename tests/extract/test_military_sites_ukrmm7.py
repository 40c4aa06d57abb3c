"""A site only a state's military holds (an air base, an arsenal), struck by another state's forces, is held by the
military of the country it lies in: ACLED names that military the strike's target. Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

DAY = date(2024, 3, 6)


@pytest.mark.parametrize("note, target", [
    ("Ukrainian drones struck a military airfield near Yeysk (Krasnodar krai), damaging two aircraft.",
     "Military Forces of Russia (2000-)"),
    ("Ukrainian drones hit an arsenal near Kotluban (Volgograd oblast), setting off explosions.",
     "Military Forces of Russia (2000-)"),
    ("Russian missiles struck an air base near Starokostiantyniv (Khmelnytskyi oblast).",
     "Military Forces of Ukraine (2019-)"),
])
def test_another_states_strike_on_a_military_site_hits_its_military(pipeline, note, target):
    [event] = news_of(pipeline, f"On 4 March 2024, {note}", "en", DAY)
    assert sides(event)[1] == target


def test_a_strike_on_a_refinery_names_no_target(pipeline):
    [event] = news_of(pipeline, "On 4 March 2024, Ukrainian drones struck an oil refinery near Syzran (Samara "
                                "oblast), starting a fire.", "en", DAY)
    assert sides(event) == ["Military Forces of Ukraine (2019-)", None]
