"""Event types of CASE-style news snippets, second round (issue 13, case2), on invented sentences without a
publication date.

Violence that a vigil, a march or a rally protests against is what the crowd opposes, not a riot of its own; a
rally against violence that turns violent is still a violent demonstration.
"""
from __future__ import annotations

import pytest

from tests.extract.reports import news_of


def top(pipeline, text: str) -> str | None:
    """CASE's label: the sub-event type of the most confident news event."""
    events = news_of(pipeline, text, lang="en", published=None)
    return max(events, key=lambda e: e.confidence).sub_event_type if events else None


@pytest.mark.parametrize("text, sub_event_type", [
    ("Hundreds of women held a candlelight vigil in Durban on Sunday to protest rising violence against "
     "children.", "Peaceful protest"),
    ("Hundreds of parents rallied in Soweto on Saturday to protest street violence near their schools.",
     "Peaceful protest"),
    ("Parents marched through Kampala on Saturday against violence in schools, and the police escorted them.",
     "Peaceful protest"),
    ("The rally against the violence turned violent when protesters stoned police in Nairobi on Monday.",
     "Violent demonstration"),
])
def test_the_act_the_snippet_tells(pipeline, text, sub_event_type):
    assert top(pipeline, text) == sub_event_type, text
