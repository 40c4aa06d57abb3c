"""A strike whose next sentence tells of civilians wounded and of no act of its own ("Russian forces shelled
Kupiansk. Officials said a civilian was wounded.") hit the place's civilians, as a toll told after it does
("One civilian was killed."): ACLED names them its actor2. Soldiers wounded name no civilians, and a strike on
positions keeps its armed target. Invented sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

DAY = date(2024, 5, 3)
RUSSIA, CIVILIANS = "Military Forces of Russia (2000-)", "Civilians (Ukraine)"


@pytest.mark.parametrize("text", [
    "On 2 May 2024, Russian forces shelled Kupiansk (Kharkiv oblast). Local officials said a civilian was wounded.",
    "On 2 May 2024, Russian artillery hit Huliaipole (Zaporizhzhia oblast). Two residents were injured.",
])
def test_civilians_wounded_in_the_next_sentence_are_its_target(pipeline, text):
    event = news_of(pipeline, text, "en", DAY)[0]
    assert sides(event) == [RUSSIA, CIVILIANS]


@pytest.mark.parametrize("text", [
    "On 2 May 2024, Russian forces shelled Kupiansk (Kharkiv oblast). Two Ukrainian soldiers were wounded.",
    "On 2 May 2024, Russian forces shelled Ukrainian positions near Huliaipole. Two residents were injured.",
])
def test_no_civilians_where_soldiers_were_wounded_or_positions_hit(pipeline, text):
    event = news_of(pipeline, text, "en", DAY)[0]
    assert CIVILIANS not in sides(event)
