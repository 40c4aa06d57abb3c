"""Roles read around a trigger: who acts, who is acted upon, who acts alongside."""
from __future__ import annotations

from functools import partial

from tests.extract.reports import news_of


_dated = partial(news_of, lang="en")


def test_a_hedged_target_is_still_the_target(pipeline):
    """ "against presumed X positions": the hedge does not hide the cue before the group."""
    [e] = _dated(pipeline, "On Monday, the Kenyan air force carried out airstrikes against presumed "
                           "Al Shabaab positions near Lamu.")
    assert {e.actor1.name, e.actor2.name} == {"Military Forces of Kenya (2022-)", "Al Shabaab"}


def test_forces_named_together_are_actor1_and_its_associates(pipeline):
    """ "police and soldiers arrested": ACLED codes the first named as actor1, the others alongside it."""
    [e] = _dated(pipeline, "On Monday, police and soldiers arrested 30 traders in Nakuru.")
    assert e.actor1.name == "Police Forces of Kenya (2022-)"
    assert [a.name for a in e.assoc_actor_1] == ["Military Forces of Kenya (2022-)"]
