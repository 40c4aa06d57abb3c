"""Where a demonstration was held, not where the war it denounces is (seventeenth session). Sentences
are invented."""
from __future__ import annotations

import pytest

from tests.extract.reports import news_of


@pytest.mark.parametrize("text, lang, town, country", [
    ("Plusieurs milliers de personnes ont manifesté samedi à Lyon pour dénoncer la guerre au Soudan.",
     "fr", "Lyon", "FR"),
    ("Des centaines d'étudiants ont manifesté mardi à Dakar en solidarité avec les habitants de Gaza.",
     "fr", "Dakar", "SN"),
    ("Thousands of people marched in Leeds on Saturday to protest against the war in Gaza.", "en", "Leeds", "GB"),
    ("Hundreds of students rallied in Boston on Tuesday in solidarity with the people of Khartoum.",
     "en", "Boston", "US"),
    ("In Cardiff, tens of thousands marched on Saturday against the war in Gaza.", "en", "Cardiff", "GB"),
    ("À Abidjan, des centaines d'étudiants ont manifesté lundi en soutien aux civils de Khartoum.", "fr", "Abidjan", "CI"),
])
def test_a_protest_is_where_the_crowd_gathered(pipeline, text, lang, town, country):
    """The place inside what the crowd denounces or supports was the protest's own whenever it stood
    nearest the trigger: a march in Cardiff was coded in Gaza, a rally in Abidjan in Khartoum."""
    [event] = news_of(pipeline, text, lang=lang)
    assert event.place is not None and event.place.name == town and event.place.country == country


def test_a_protest_held_in_the_place_it_names_stays_there(pipeline):
    [event] = news_of(pipeline, "Des centaines de commerçants ont manifesté lundi à Bukavu contre la hausse des taxes.")
    assert event.place is not None and event.place.name == "Bukavu"
