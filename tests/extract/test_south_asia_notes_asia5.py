"""South and South-East Asia in ACLED's notes, fifth round: a "dharna" (the region's word for a sit-in) and a "human
chain" are protests; the act a noun names as the object of a verb that holds it ("held a march", "formed a human
chain") is framed by that verb's subject, so that "hundreds of retired soldiers held a march" is a protest as "a
march of hundreds" is. Invented reports."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of

_events = partial(news_of, lang="en", published=date(2024, 3, 8))


def _one(pipeline, text: str):
    [e] = _events(pipeline, text)
    return e


@pytest.mark.parametrize("text, country", [
    ("On 2 March 2024, contract teachers staged a dharna outside the district education office in Alwar (Rajasthan) "
     "demanding regular posts.", "IN"),
    ("On 2 March 2024, hundreds of retired soldiers held a march to the deputy commissioner's office in Mandi "
     "(Himachal Pradesh) over their pensions.", "IN"),
    ("On 2 March 2024, BNP supporters formed a human chain on the highway in Feni demanding the release of their "
     "leaders.", "BD"),
])
def test_the_regions_forms_of_protest_are_peaceful_protests(pipeline, text, country):
    e = _one(pipeline, text)
    assert e.sub_event_type == "Peaceful protest"
    assert e.place is not None and e.place.country == country


def test_a_human_chain_passing_sandbags_is_no_protest(pipeline):
    """Guard: a chain of villagers at work on a flood embankment protests nothing."""
    events = _events(pipeline, "On 2 March 2024, villagers formed a human chain to pass sandbags along the "
                               "embankment in Sirajganj as the river rose.")
    assert all(e.event_type != "Protests" for e in events)


def test_a_strike_the_union_called_off_is_no_protest(pipeline):
    """Guard: a verb with its particle ("called off") undoes the act its object names; its subject frames nothing."""
    events = _events(pipeline, "On 2 March 2024, the teachers' union called off the strike in Rajshahi after talks "
                               "with the ministry.")
    assert all(e.event_type != "Protests" for e in events)
