"""South and South-East Asia in ACLED's notes, sixth round: "thrash", the region's word for a beating, is an attack on
the person thrashed (its object must be a person), so that villagers who thrash a suspected thief are a mob, as
villagers who beat one are. Invented reports."""
from __future__ import annotations

from datetime import date
from functools import partial

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

