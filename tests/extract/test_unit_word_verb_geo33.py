"""A unit word the parser takes for a verb ("in Kalo village, Alem Gena woreda (Oromia region)", parsed
as "Alem Gena woredas [that] armed men abducted"): the unit then read as a speaker, as "Moscow says it shot
down" is, and the event went to the region, a coarser place than the unit the note names (issue 14,
geo33). Sentences are invented; places are general facts."""
from __future__ import annotations

import pytest

from sitrep import api


@pytest.mark.parametrize("text, unit, cc", [
    ("On 3 March 2022, armed men abducted three civilians in Kajiji village, Alem Gena woreda (Oromia region).",
     "Alem Gena", "ET"),
    ("On 3 March 2022, unidentified gunmen looted cattle in Kajiji village, Dessie Zuria woreda (Amhara region).",
     "Dessie Zuria", "ET"),
])
def test_a_unit_named_after_a_village_is_the_events_place_not_its_region(text, unit, cc):
    events = [e for e in api.code(text, lang="en", published="2022-03-05") if e.place is not None]
    assert events
    place = events[0].place
    assert place.country == cc and place.feature != "admin1"
    assert unit in place.name or unit in place.reason
