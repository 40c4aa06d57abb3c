"""Invented reports of talk and recaps (wt-plan9, issue 13): arrests made "ahead of" a rally that is
only planned are an arrest, and the planned rally no event; a person "disappeared after being taken"
by armed men is abducted; a pluperfect recap ("had been killed ... during the siege") after the news is
background, while the news stays."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import code, news_of

DAY = date(2024, 3, 12)

ARRESTS_BEFORE_A_RALLY = [
    ("en", "On 12 March 2024, police arrested 20 opposition supporters ahead of a rally scheduled for Saturday"
           " in Lusaka."),
    ("en", "Police in Kampala detained 15 opposition activists on Tuesday before a protest due to take place "
           "on Friday."),
    ("en", "On 12 March 2024, police arrested 12 students ahead of a demonstration called for by the union in"
           " Dakar."),
    ("en", "On 12 March 2024, police rounded up 30 party workers ahead of a planned rally in Harare."),
    ("fr", "Le 12 mars 2024, la police a arrêté 30 militants du parti à Dakar avant une manifestation prévue "
           "samedi."),
]


@pytest.mark.parametrize("lang,text", ARRESTS_BEFORE_A_RALLY)
def test_arrests_before_a_planned_rally(pipeline, lang, text):
    events = news_of(pipeline, text, lang=lang, published=DAY)
    assert [e.sub_event_type for e in events] == ["Arrests"]
    assert events[0].actor1 is not None and events[0].actor1.name.startswith("Police Forces of")


def test_arrests_during_a_rally_stay_an_intervention(pipeline):
    text = "On 12 March 2024, police arrested 10 protesters during a rally in Harare."
    assert [e.sub_event_type for e in news_of(pipeline, text, lang="en", published=DAY)] == \
        ["Protest with intervention"]


@pytest.mark.parametrize("lang,text", [
    ("en", "On 12 March 2024, an activist disappeared in Harare after being taken by unidentified men."),
    ("en", "On 12 March 2024, a journalist went missing in Bamako after he was taken away by armed men."),
    ("fr", "Le 12 mars 2024, un militant a été porté disparu à Bamako après avoir été enlevé par des hommes "
           "armés."),
])
def test_taken_and_disappeared_is_an_abduction(pipeline, lang, text):
    events = news_of(pipeline, text, lang=lang, published=DAY)
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]
    assert events[0].actor1 is not None and events[0].actor1.name.startswith("Unidentified Armed Group")


def test_missing_with_no_one_taking_is_no_event(pipeline):
    text = "On 12 March 2024, a fisherman went missing on the lake near Mopti."
    assert news_of(pipeline, text, lang="en", published=DAY) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "On 12 March 2024, soldiers killed 3 militants near Djibo. Dozens of civilians had been killed in "
           "the town during the siege."),
    ("fr", "Le 12 mars 2024, des soldats ont tué 3 militants près de Djibo. Des dizaines de civils avaient "
           "été tués dans la ville pendant le siège."),
])
def test_a_recap_of_the_siege_is_background(pipeline, lang, text):
    events = code(pipeline, text, lang=lang, published=DAY)
    news = [e for e in events if e.status in ("reported", "ongoing")]
    assert len(news) == 1 and news[0].event_date == DAY
    assert any(e.status == "historical" and e.event_date is None for e in events)


def test_a_pluperfect_after_a_recalled_war_is_background(pipeline):
    text = "During the 2020 war, fighting broke out in Djibo. Dozens of civilians had been killed by the militants."
    assert news_of(pipeline, text, lang="en", published=DAY) == []
