"""Event types of CASE-style news snippets (issue 13, case36), on invented sentences without a publication date.

A blast named with the gunfire of one scene is the noise of the fight, not a bomb of its own; a weapon word
that names what a depot or a facility holds is no means of the strike on it; a craft only scrambled or flown
into a zone strikes nothing, while one that flies and bombs still strikes; a headquarters captured is ground
taken.
"""
from __future__ import annotations

import pytest

from tests.extract.reports import news_of


def top(pipeline, text: str) -> str | None:
    """CASE's label: the sub-event type of the most confident news event."""
    events = news_of(pipeline, text, lang="en", published=None)
    return max(events, key=lambda e: e.confidence).sub_event_type if events else None


@pytest.mark.parametrize("text, sub_event_type", [
    ("Jihadist gunmen stormed an army barracks outside Gao before dawn on Sunday, with explosions and gunfire "
     "heard for hours; officials said seven of the attackers were killed.", "Armed clash"),
    ("Western frigates fired cruise missiles at two chemical weapons depots near Hama on Saturday, officials "
     "said.", "Shelling/artillery/missile attack"),
    ("Rebels captured the army headquarters in the town on Sunday after government troops fled, residents "
     "said.", "Non-state actor overtakes territory"),
    ("Russian warplanes circled over Kafranbel for an hour before bombing a bakery, killing four people.",
     "Air/drone strike"),
])
def test_the_act_the_snippet_tells(pipeline, text, sub_event_type):
    assert top(pipeline, text) == sub_event_type, text


@pytest.mark.parametrize("text", [
    "Indian fighter jets were scrambled over Rajasthan on Sunday after a Pakistani drone crossed the border.",
    "Six Chinese warplanes flew into the air defence zone of Taiwan on Thursday, the defence ministry said.",
])
def test_a_craft_only_flown_strikes_nothing(pipeline, text):
    assert top(pipeline, text) is None, text


def test_a_bomb_heard_alone_stays_a_bomb(pipeline):
    text = "Two loud explosions shook a bus depot in Kano on Wednesday evening, killing nine passengers."
    assert top(pipeline, text) == "Remote explosive/landmine/IED", text
