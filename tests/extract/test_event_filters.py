"""Sentences that tell of no ACLED event of their own: crowd-control weapons are no explosion."""
from __future__ import annotations

from datetime import date

import pytest

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


@pytest.mark.parametrize("text", [
    "On 6 May 2024, demonstrators threw stones and other projectiles at police in Nairobi.",
    "Several officers were hurt in Leeds on 6 May 2024 after projectiles were thrown at police during a march.",
])
def test_projectiles_thrown_by_hand_are_no_shelling(pipeline, text):
    """A missile a crowd throws tells of a riot, not of artillery."""
    events = pipeline.code(Article(article_id="t", lang="en", published=date(2024, 5, 8), text=text))
    assert events and not [e for e in events if e.event_type == "Explosions/Remote violence"]
