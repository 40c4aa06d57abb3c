"""South and South-East Asia in ACLED's notes, sixth round: "thrash", the region's word for a beating, is an attack on
the person thrashed (its object must be a person), so that villagers who thrash a suspected thief are a mob, as
villagers who beat one are; a planted or thrown bomb that went off "in" or "near" a named village and hurt no one has
no target (ACLED names none), the village being where it went off, while a village struck, or villagers hurt, stay
the civilians it hit. Invented reports."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of

_events = partial(news_of, lang="en", published=date(2024, 3, 8))


def _one(pipeline, text: str):
    [e] = _events(pipeline, text)
    return e


def test_villagers_who_thrash_a_suspected_thief_are_a_mob(pipeline):
    e = _one(pipeline, "On 2 March 2024, villagers thrashed two men suspected of stealing a goat near Purnia "
                       "(Bihar); one of them later died in hospital.")
    assert e.sub_event_type == "Mob violence"
    assert e.actor2 is not None and e.actor2.name == "Civilians (India)"


def test_a_team_that_thrashes_its_rivals_fights_nobody(pipeline):
    """Guard: "thrash" is a beating only of a person; a score is none."""
    assert _events(pipeline, "On 2 March 2024, the district team thrashed its rivals 5-0 in Purnia (Bihar).") == []


@pytest.mark.parametrize("text", [
    "On 2 March 2024, unidentified men destroyed a tractor with a bomb near Lungpi village in Ukhrul district "
    "(Manipur); no one was hurt.",
    "On 2 March 2024, a bomb went off in Tagaung Kone village, Monywa township (Sagaing region). There were no "
    "injuries.",
])
def test_a_bomb_that_went_off_in_a_named_village_and_hurt_no_one_has_no_target(pipeline, text):
    e = _one(pipeline, text)
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.actor2 is None


@pytest.mark.parametrize("text", [
    "On 2 March 2024, a bomb went off in Tagaung Kone village, Monywa township (Sagaing region), injuring two "
    "villagers.",
    "On 2 March 2024, the military shelled Tagaung Kone village in Monywa township (Sagaing region).",
])
def test_villagers_hurt_or_a_village_shelled_stay_the_target(pipeline, text):
    """Guard: the village is the target when it is struck, or its people are hurt."""
    e = _one(pipeline, text)
    assert e.actor2 is not None and e.actor2.name == "Civilians (Myanmar)"
