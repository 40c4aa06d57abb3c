"""Sentences that tell of no single ACLED event: a whole country's attacks summed up, crowd-control weapons."""
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


def test_crowd_control_weapons_are_no_explosion(pipeline):
    """ "grenades lacrymogènes" is tear gas fired at a crowd, not a grenade attack."""
    text = "La police a tiré des grenades lacrymogènes sur la foule à Dakar mardi."
    events = pipeline.code(Article(article_id="t", lang="fr", published=date(2024, 3, 6), text=text))
    assert not [e for e in events if e.sub_event_type == "Grenade"]
