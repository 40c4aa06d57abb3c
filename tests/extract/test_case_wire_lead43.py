"""CASE-style snippets and wire stories, the forty-third session's round (issue 13), on invented sentences.

A crowd that dispersed of itself ("rallied ... and dispersed peacefully") met no intervention, where police
who dispersed it, or a crowd dispersed by them, did; "a fire at a factory" that killed workers is a blaze, not
gunfire, where "heavy fire from militants" stays fire; a toll told over decades is a period's summary, not the
day's news; a day on a verb of saying that tells an act in the pluperfect ("said on Friday that its fighters
had carried out the bombing") dates the telling, so the act keeps the day the article gave it.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

FRIDAY = date(2025, 3, 14)


def top(pipeline, text: str, published: date | None = None) -> str | None:
    """CASE's label: the sub-event type of the most confident news event (None: no news event)."""
    events = news_of(pipeline, text, lang="en", published=published)
    return max(events, key=lambda e: e.confidence).sub_event_type if events else None


@pytest.mark.parametrize("text, sub_event_type", [
    ("About 300 nurses rallied outside the health ministry in Lusaka on Monday over unpaid allowances and "
     "dispersed peacefully at noon.", "Peaceful protest"),
    ("The marchers broke up quietly in the evening after a rally against fuel prices in Kisumu on Monday.",
     "Peaceful protest"),
    ("Police dispersed about 300 nurses rallying outside the health ministry in Lusaka on Monday.",
     "Protest with intervention"),
    ("A rally of nurses outside the health ministry in Lusaka was dispersed by police on Monday.",
     "Protest with intervention"),
    ("Police blocked a march of teachers in Harare on Monday, forcing the marchers to disperse.",
     "Protest with intervention"),
])
def test_a_crowd_that_dispersed_of_itself_met_no_intervention(pipeline, text, sub_event_type):
    assert top(pipeline, text) == sub_event_type, text


@pytest.mark.parametrize("text, sub_event_type", [
    ("A fire at a textile factory in Faisalabad killed three workers on Tuesday, officials said.", None),
    ("A huge fire at a timber market in Kano destroyed dozens of stalls on Tuesday.", None),
    ("Three workers were killed in a fire at a textile factory in Faisalabad on Tuesday, officials said.", None),
    ("Gunmen opened fire at a bus in Kurram on Tuesday, killing two passengers, police said.", "Attack"),
    ("An arsonist set fire to a recruitment office in Omsk on Sunday.", "Looting/property destruction"),
])
def test_a_fire_with_its_indefinite_article_is_a_blaze(pipeline, text, sub_event_type):
    assert top(pipeline, text) == sub_event_type, text


def test_heavy_fire_from_a_side_stays_fire(pipeline):
    text = "Heavy fire from militants killed two soldiers in Kurram on Tuesday, officials said."
    assert top(pipeline, text) is not None, text


@pytest.mark.parametrize("text, sub_event_type", [
    ("The insurgency killed tens of thousands of people over three decades, officials said.", None),
    ("Gunmen killed three farmers in a village of Zamfara on Thursday, police said.", "Attack"),
])
def test_a_toll_over_decades_is_a_periods_summary(pipeline, text, sub_event_type):
    assert top(pipeline, text, FRIDAY) == sub_event_type, text


def test_a_claim_in_the_pluperfect_keeps_the_acts_day(pipeline):
    text = ("A bomb went off at a bus stop in Quetta on Thursday, killing three people, police said. The group's "
            "spokesman told reporters on Friday that one of its fighters had carried out the bombing.")
    events = news_of(pipeline, text, lang="en", published=FRIDAY)
    assert [e.event_date for e in events] == [date(2025, 3, 13)]


def test_a_plain_past_told_on_a_day_keeps_that_day(pipeline):
    text = "The group said on Thursday that its fighters attacked a police post in Quetta, killing two officers."
    events = news_of(pipeline, text, lang="en", published=FRIDAY)
    assert [e.event_date for e in events] == [date(2025, 3, 13)]
