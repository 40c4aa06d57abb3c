"""Weapons shot down: the state that shot them down is actor1, the state that launched them actor2, and a
country named as the launcher is no place of the event."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

TUESDAY = date(2025, 11, 11)


@pytest.mark.parametrize("text,lang", [
    ("Kyiv said its forces had shot down 31 of 48 drones launched by Russia overnight.", "en"),
    ("Ukrainian forces shot down 31 of 48 drones launched by Russia overnight.", "en"),
    ("Selon l'armée ukrainienne, ses unités ont abattu 31 des 48 drones lancés par la Russie.", "fr"),
])
def test_drones_launched_by_a_state_and_shot_down(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, TUESDAY)
    assert event.sub_event_type == "Disrupted weapons use"
    assert (event.actor1.name, event.actor2.name) == ("Military Forces of Ukraine (2019-)",
                                                      "Military Forces of Russia (2000-)")
    assert event.place is None or event.place.country != "RU"
    assert event.fatalities is None


def test_the_weapons_nation_is_read_from_its_words(pipeline):
    text = "Air defence units intercepted Israeli missiles over Homs on Sunday, the Syrian defence ministry said."
    [event] = [e for e in news_of(pipeline, text, "en", TUESDAY) if e.sub_event_type == "Disrupted weapons use"]
    assert event.actor2.name == "Military Forces of Israel (2022-)"
    assert text[event.actor2.start:event.actor2.end] == "Israeli"


def test_goods_confiscated_are_no_weapons(pipeline):
    assert news_of(pipeline, "Customs officers confiscated twelve tonnes of fake perfume at the port on Monday.",
                   "en", TUESDAY) == []
