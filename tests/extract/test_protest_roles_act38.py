"""Crowds met by force, named in ways one-sentence notes use (issue 13, session act38): protesters counted
before their noun ("dozens of protesters") are still the arrest's own side, so the arrest is an intervention in
their protest; a crowd the police clash with fights as much as the police do (a riot); people told by a
participle of protest ("youths protesting a tax") whom forces kill are protesters met with excessive force.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

DAY = date(2024, 5, 8)


def _one(pipeline, text):
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert len(events) == 1, [(e.sub_event_type, sides(e)) for e in events]
    return events[0]


@pytest.mark.parametrize("text", [
    "On 6 May 2024, police arrested dozens of protesters outside the labour court in Ndola.",
    "On 6 May 2024, riot police detained hundreds of demonstrators near the stadium in Gulu.",
])
def test_counted_protesters_arrested_keep_their_protest(pipeline, text):
    e = _one(pipeline, text)
    assert e.sub_event_type == "Protest with intervention"
    assert any(n and n.startswith("Protesters (") for n in sides(e))


def test_a_man_arrested_for_an_earlier_protest_stays_an_arrest(pipeline):
    e = _one(pipeline, "On 6 May 2024, police arrested a man who took part in protests in Ndola.")
    assert e.sub_event_type == "Arrests"


def test_police_clashing_with_protesters_is_their_riot(pipeline):
    e = _one(pipeline, "On 6 May 2024, police clashed with protesters near the bus terminal in Mbale.")
    assert e.sub_event_type == "Violent demonstration"
    assert sorted(sides(e)) == ["Police Forces of Uganda (1986-)", "Rioters (Uganda)"]


def test_soldiers_clashing_with_rebels_stay_a_battle(pipeline):
    e = _one(pipeline, "On 6 May 2024, soldiers clashed with rebels near the bus terminal in Mbale.")
    assert e.event_type == "Battles"


def test_people_protesting_whom_police_kill_are_protesters(pipeline):
    e = _one(pipeline, "On 6 May 2024, police opened fire on youths protesting a new fuel levy in Lilongwe, "
                       "killing three.")
    assert e.sub_event_type == "Excessive force against protesters"
    assert "Protesters (Malawi)" in sides(e)


def test_youths_killed_with_no_protest_told_stay_civilians(pipeline):
    e = _one(pipeline, "On 6 May 2024, police opened fire on youths playing football in Lilongwe, killing three.")
    assert e.sub_event_type != "Excessive force against protesters"
