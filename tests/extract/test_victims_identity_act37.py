"""Civilians struck are named with who they are (issue 13, session act37): ACLED writes "Civilians (Mexico)"
with "Journalists (Mexico)" for one journalist killed as for many, and adds the people or faith a word before
the victims names ("Meitei farmers": "Meitei Ethnic Group (India)" beside "Farmers (India)"). Victims named by
no such word keep no associate. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

DAY = date(2024, 5, 7)


def _associates(event) -> set[str]:
    return {a.name for a in (*event.assoc_actor_1, *event.assoc_actor_2)}


@pytest.mark.parametrize("text, expected", [
    ("On Monday, gunmen shot dead a journalist near the bus station of Culiacan.", {"Journalists (Mexico)"}),
    ("On Monday, suspected militants fired at Meitei farmers tilling a paddy in Bishnupur, killing two.",
     {"Farmers (India)", "Meitei Ethnic Group (India)"}),
    ("On Monday, gang members shot dead four teachers on a rural road outside Gonaives.", {"Teachers (Haiti)"}),
    ("On Monday, gunmen killed three labourers digging a canal near Turbat (Balochistan).", {"Labour Group (Pakistan)"}),
])
def test_civilians_struck_are_named_with_who_they_are(pipeline, text, expected):
    [event] = news_of(pipeline, text, "en", DAY)
    assert expected <= _associates(event)


def test_civilians_named_by_no_identity_word_keep_no_associate(pipeline):
    [event] = news_of(pipeline, "On Monday, gunmen shot dead two residents near the bus station of Culiacan.", "en",
                      DAY)
    assert not _associates(event)
