""""Downed" says what "shot down" does, on invented notes: a drone or missile downed is ACLED's disrupted
weapons use, an aircraft downed is fighting between the forces (a clash), whichever voice tells it."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

DAY = date(2023, 8, 11)


@pytest.mark.parametrize("text, sub_event_type", [
    ("On 10 August 2023, a Russian drone was downed by Ukrainian air defence over Zaporizhzhia city.",
     "Disrupted weapons use"),
    ("On 10 August 2023, Ukrainian air defence downed a Russian drone over Zaporizhzhia city.",
     "Disrupted weapons use"),
    ("On 10 August 2023, Ukrainian forces downed a Russian Su-25 jet near Bakhmut, Donetsk.", "Armed clash"),
])
def test_what_was_downed_types_the_event(pipeline, text, sub_event_type):
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert [e.sub_event_type for e in events] == [sub_event_type]
