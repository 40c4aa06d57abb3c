"""An ACLED note codes one event (issue 13), on invented notes.

What else a note names under its event's day (the attack on villagers a clash answered, the other
provinces a wave of air strikes hit) is coded in notes of its own, so it is background here, not a
second dated event. An act the note dates with a time of its own ("On the same day, ...") is an event
of its own, and a news article, which is no note, keeps every event it tells.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

DAY = date(2023, 3, 6)


@pytest.mark.parametrize("text, sub_event_type", [
    ("On 5 March 2023, FARDC soldiers clashed with ADF militants near Eringeti (Beni, Nord-Kivu) as the "
     "militants were attacking villagers. Six civilians and three militants were killed. 9 fatalities.",
     "Armed clash"),
    ("On 5 March 2023, coalition aircraft conducted airstrikes on Houthi positions in Hajjah, Sadah and "
     "Al Jawf governorates. Casualties unknown.", "Air/drone strike"),
])
def test_a_note_tells_one_event_on_its_day(pipeline, text, sub_event_type):
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert [e.sub_event_type for e in events] == [sub_event_type]


def test_an_act_dated_on_its_own_is_a_second_event(pipeline):
    text = ("On 5 March 2023, Fulani militia attacked Kwall village (Bassa, Plateau), killing 4 villagers. "
            "On the same day, soldiers clashed with bandits near Zangam (Jos North, Plateau).")
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Attack"]


def test_an_article_keeps_the_places_of_a_wave_of_strikes(pipeline):
    text = ("Coalition strikes hit three provinces\n\n"
            "On 5 March 2023, coalition aircraft conducted airstrikes on Houthi positions in Hajjah, Sadah and "
            "Al Jawf governorates, officials said.")
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert len(events) > 1
