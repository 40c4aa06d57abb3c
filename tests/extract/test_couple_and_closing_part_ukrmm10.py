"""Two counts of the dead English notes write: "a couple" (after its article, an adjective between) is two people,
not one, unless "of" follows ("a couple of times"); a part of the toll told after it and closed by "among them"
("killing 21 people, two rescuers among them") is inside the toll, not added to it. Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of


@pytest.mark.parametrize("note, dead", [
    ("On 7 May 2024, a Russian drone hit a house in Zolochiv, killing a couple.", 2),
    ("On 7 May 2024, Russian forces shelled Kupiansk, killing an elderly couple in their garden.", 2),
    ("On 7 May 2024, Russian missiles hit a hotel in Kharkiv, killing 14 people, three children among them.", 14),
    ("On 7 May 2024, Russian missiles hit a hotel in Kharkiv, killing 14 people, three of them children.", 14),
])
def test_the_toll(pipeline, note, dead):
    [event] = news_of(pipeline, note, "en", date(2024, 5, 8))
    assert event.fatalities == dead


def test_a_couple_of_times_counts_no_pair(pipeline):
    [event] = news_of(pipeline, "On 7 May 2024, Russian forces shelled Kupiansk a couple of times, killing a man.",
                      "en", date(2024, 5, 8))
    assert event.fatalities == 1
