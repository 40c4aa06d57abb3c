"""Herders of a named people who clash with one armed side (issue 13, session horn): East Africa's notes write
"Turkana herders clashed with Pokot raiders", "Toposa herders fought soldiers"; ACLED codes the herders as their
people's militia facing that side, not as civilians to drop from the battle. Herders of no people named, or caught
between two armed sides, stay the battle's toll. Sentences are invented."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2024, 2, 20))


def test_herders_of_a_people_clashing_with_raiders_are_their_militia(pipeline):
    events = _en(pipeline, "On 18 February 2024, Turkana herders clashed with Pokot raiders at Lokichar (Turkana "
                           "county). Two were killed.")
    assert sorted(sides(events[0])) == ["Pokot Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)"]


def test_herders_of_no_people_named_are_no_militia(pipeline):
    events = _en(pipeline, "On 18 February 2024, herders clashed with police in Lokichar (Turkana county). One was "
                           "killed.")
    assert all("Ethnic Militia" not in (name or "") for e in events for name in sides(e))


def test_herders_caught_between_two_armed_sides_stay_the_toll(pipeline):
    events = _en(pipeline, "On 18 February 2024, Pokot herders were killed when police clashed with bandits near "
                           "Marigat (Baringo county).")
    assert all("Pokot Ethnic Militia (Kenya)" not in sides(e) for e in events)
