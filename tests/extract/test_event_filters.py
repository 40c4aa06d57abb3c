"""Sentences that tell of no ACLED event of their own: crowd-control weapons are no explosion."""
from __future__ import annotations

from datetime import date

from sitrep.types import Article


def test_crowd_control_weapons_are_no_explosion(pipeline):
    """ "grenades lacrymogènes" is tear gas fired at a crowd, not a grenade attack."""
    text = "La police a tiré des grenades lacrymogènes sur la foule à Dakar mardi."
    events = pipeline.code(Article(article_id="t", lang="fr", published=date(2024, 3, 6), text=text))
    assert not [e for e in events if e.sub_event_type == "Grenade"]


def test_tear_gas_grenades_are_no_explosion(pipeline):
    text = "Police fired tear gas grenades at the crowd in Nairobi on Tuesday."
    events = pipeline.code(Article(article_id="t", lang="en", published=date(2024, 3, 6), text=text))
    assert not [e for e in events if e.sub_event_type == "Grenade"]
