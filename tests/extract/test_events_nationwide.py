"""ACLED codes no event placed no finer than a whole country: such a sentence sums many events up."""
from __future__ import annotations

from datetime import date

from sitrep.types import Article


def _code(pipeline, text):
    return pipeline.code(Article(article_id="t", lang="en", published=date(2024, 3, 4), text=text))


def test_attacks_across_a_whole_country_are_no_event(pipeline):
    assert _code(pipeline, "Armed groups attacked villages across Niger on Sunday, killing dozens.") == []


def test_an_attack_on_a_town_is_an_event(pipeline):
    (event,) = _code(pipeline, "Gunmen attacked Tillaberi on Sunday, killing four soldiers.")
    assert event.event_type == "Battles" and event.place.feature == "city"
