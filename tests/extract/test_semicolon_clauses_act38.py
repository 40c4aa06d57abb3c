"""A semicolon joins two whole clauses (issue 13, session act38): a word of talk after it ("residents blamed
herders") takes nothing before it as its object, so the act told before it stays news; told as the object of
the same word, it is still the blame's. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

DAY = date(2024, 5, 8)


@pytest.mark.parametrize("text", [
    "On 6 May 2024, gunmen raided Kwall (Plateau) and killed nine farmers; residents blamed herders.",
    "On 6 May 2024, gunmen killed nine farmers in Kwall (Plateau); residents blamed herders for the attack.",
])
def test_an_attack_before_a_semicolon_stays_news(pipeline, text):
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert "Civilians (Nigeria)" in sides(events[0])


def test_an_attack_the_blame_takes_as_its_object_is_not_news(pipeline):
    events = news_of(pipeline, "On 6 May 2024, survivors blamed armed herders for stealing cattle near Kwall "
                               "(Plateau).", lang="en", published=DAY)
    assert events == []
