"""Event types of CASE-style news snippets, second round (issue 13, case2), on invented sentences without a
publication date.

A blast that its own phrase lays to a gas cylinder, a boiler or fireworks is a mishap, not a bomb, while a
cylinder bomb is still a bomb; violence that a vigil or a march protests against is what the crowd opposes,
not a riot of its own; an unexploded shell or rocket that goes off is a remote explosive, not shelling.
"""
from __future__ import annotations

import pytest

from tests.extract.reports import news_of


def top(pipeline, text: str) -> str | None:
    """CASE's label: the sub-event type of the most confident news event."""
    events = news_of(pipeline, text, lang="en", published=None)
    return max(events, key=lambda e: e.confidence).sub_event_type if events else None


@pytest.mark.parametrize("text", [
    "A gas cylinder explosion in a crowded market of Karachi killed four people on Monday.",
    "A boiler blast at a textile mill in Surat killed three workers on Monday.",
    "Seven people died when a fireworks factory exploded in Sivakasi on Monday.",
])
def test_a_mishap_is_no_event(pipeline, text):
    assert top(pipeline, text) is None, text


@pytest.mark.parametrize("text, sub_event_type", [
    ("A cylinder bomb exploded outside a police station in Bannu on Monday, killing two officers.",
     "Remote explosive/landmine/IED"),
    ("Hundreds of women held a candlelight vigil in Durban on Sunday to protest rising violence against "
     "children.", "Peaceful protest"),
    ("The rally against the violence turned violent when protesters stoned police in Nairobi on Monday.",
     "Violent demonstration"),
    ("A boy was wounded on Monday when an unexploded mortar shell he found in a field went off near Marib.",
     "Remote explosive/landmine/IED"),
    ("An unexploded rocket blew up in a house in Idlib on Monday, killing two children.",
     "Remote explosive/landmine/IED"),
    ("Separatist forces fired mortar shells at Avdiivka on Monday, wounding two soldiers.",
     "Shelling/artillery/missile attack"),
])
def test_the_act_the_snippet_tells(pipeline, text, sub_event_type):
    assert top(pipeline, text) == sub_event_type, text
