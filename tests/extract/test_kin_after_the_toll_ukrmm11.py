"""Kin told right after the count of the dead ("killing a couple and their son", "a woman and her two children") are
dead the count leaves out: one for a singular noun of kin, the figure for a plural one; kin wounded, or a commander,
add no one. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.quantities import fatalities
from tests.extract.reports import news_of


@pytest.mark.parametrize("sentence, dead", [
    ("A drone hit a house, killing a couple and their son.", 3),
    ("A drone hit a house, killing a couple and their two children.", 4),
    ("A shell hit a yard, killing a woman and her son.", 2),
    ("A shell hit a yard, killing a woman and her three grandchildren.", 4),
])
def test_kin_after_the_count(sentence, dead):
    assert fatalities(sentence, "en").value == dead


@pytest.mark.parametrize("sentence, dead", [
    ("A drone hit a house, killing a man and wounding his son.", 1),
    ("A drone hit a house, killing a man, and his son was wounded.", 1),
    ("The strike killed three soldiers and their commander.", 3),
])
def test_no_kin_added(sentence, dead):
    assert fatalities(sentence, "en").value == dead


def test_the_event_counts_the_family(pipeline):
    [event] = news_of(pipeline, "On 7 May 2024, a Russian drone hit a house in Kupiansk, killing a couple and their "
                                "son.", "en", date(2024, 5, 8))
    assert event.fatalities == 3
