"""A verb that sets one side against another ("opposer X à Y", "pit X against Y") gives the fighting its
two sides, whatever kind of actor each is."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

PUBLISHED = date(2025, 11, 19)  # a Wednesday


@pytest.mark.parametrize("text,lang,pair", [
    ("Des affrontements ont opposé mardi les combattants Wazalendo aux rebelles du M23 près de Sake.", "fr",
     {"Wazalendo", "M23: March 23 Movement"}),
    ("De violents combats opposant les Wazalendo aux rebelles du M23 ont éclaté mardi près de Sake.", "fr",
     {"Wazalendo", "M23: March 23 Movement"}),
    ("Clashes pitting Wazalendo fighters against M23 rebels broke out on Tuesday near Sake.", "en",
     {"Wazalendo", "M23: March 23 Movement"}),
])
def test_the_two_sides_a_verb_sets_against_each_other(pipeline, text, lang, pair):
    [event] = news_of(pipeline, text, lang, PUBLISHED)
    assert event.event_type == "Battles"
    assert set(sides(event)) == pair
