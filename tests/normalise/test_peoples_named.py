"""A people named by its plural demonym implies its country, as an actor's country does: the places of
an article on Israeli troops and Palestinians are looked for in both countries."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.normalise.countries import peoples_named
from tests.extract.reports import news_of


@pytest.mark.parametrize("text,lang,want", [
    ("Soldiers detained three Afghans and two Iraqis at the border.", "en", {"AF", "IQ"}),
    ("Des Ukrainiennes ont fui vers la Pologne.", "fr", {"UA"}),
    ("Des civils palestiniens ont été blessés.", "fr", set()),  # a French adjective, lowercase
    ("The Israeli army and the Swiss embassy.", "en", set()),  # adjectives take no plural in English
])
def test_plural_demonyms_name_peoples(text, lang, want):
    assert peoples_named(text, lang) == want


@pytest.mark.parametrize("text,lang", [
    ("Israeli soldiers shot dead two Palestinians in Tubas on Tuesday.", "en"),
    ("Des soldats israéliens ont abattu mardi deux Palestiniens à Tubas.", "fr"),
])
def test_a_town_of_the_people_killed_is_the_place(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, date(2025, 11, 12))
    assert event.place is not None and event.place.country == "PS"
    assert event.actor2.name == "Civilians (Palestine)"
