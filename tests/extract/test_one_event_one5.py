"""Sub-event types of ACLED notes (issue 13), on invented notes.

Explosions a ceasefire monitoring mission reports with no device named are the front's artillery fire:
ACLED codes them as shelling. A blast elsewhere, or a named device, stays a remote explosive.
"""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.types import Article


def _types(pipeline, text, published=date(2022, 5, 8)):
    events = pipeline.code(Article(article_id="t", text=text, lang="en", published=published))
    return [e.sub_event_type for e in events if e.status in ("reported", "ongoing")]


@pytest.mark.parametrize("text", [
    "On 3 May 2022, the OSCE SMM observed a total of 5 explosions involving unknown weapons near Horlivka.",
    "On 3 May 2022, the OSCE Special Monitoring Mission recorded 12 explosions near Avdiivka, Donetsk.",
])
def test_explosions_a_monitor_observes_are_shelling(pipeline, text):
    assert _types(pipeline, text) == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    "On 3 May 2022, an explosion at a market in Kramatorsk killed two civilians.",
    "On 3 May 2022, the OSCE SMM reported that a landmine exploded near Horlivka, injuring a civilian.",
])
def test_other_blasts_stay_remote_explosives(pipeline, text):
    assert _types(pipeline, text) == ["Remote explosive/landmine/IED"]
