"""A head (``person_nouns``: "the head of 50 households", "the head of a village") killed is one person dead; a
head a bullet hit ("shot in the head") counts no one. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

DAY = date(2023, 5, 2)


@pytest.mark.parametrize("note", [
    "On 1 May 2023, in Hlegu township (Yangon region), the head of 50 households was shot dead by unknown gunmen.",
    "On 1 May 2023, gunmen killed the head of a village in Hlegu township (Yangon region).",
])
def test_a_head_killed_is_one_dead(pipeline, note):
    [event] = news_of(pipeline, note, "en", DAY)
    assert event.fatalities == 1


def test_a_man_shot_in_the_head_who_survived_counts_no_dead(pipeline):
    [event] = news_of(pipeline, "On 1 May 2023, unknown gunmen shot a man in the head in Hlegu township (Yangon "
                                "region); he survived.", "en", DAY)
    assert not event.fatalities
