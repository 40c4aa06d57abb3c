"""The target of a riot (issue 13): ACLED names "Civilians (country)" as actor2 when a crowd wrecks what
belongs to private people (a bus, a shop, vehicles on the road), on invented notes."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.types import Article


def _riots(pipeline, text):
    events = pipeline.code(Article(article_id="t", text=text, lang="en", published=date(2022, 5, 8)))
    return [e for e in events if e.status in ("reported", "ongoing") and e.event_type == "Riots"]


@pytest.mark.parametrize("text,country", [
    ("On 4 May 2022, in Lima (Lima), a group of rioters set fire to a bus during a demonstration against "
     "fuel prices. [size=no report]", "Peru"),
    ("On 4 May 2022, in Nairobi (Nairobi), demonstrators attacked vehicles on the highway during a protest "
     "over water shortages. [size=no report]", "Kenya"),
    ("On 4 May 2022, in Lyon, around 300 persons demonstrated against a new law and broke the windows of a "
     "restaurant. [size=around 300]", "France"),
])
def test_a_crowd_that_wrecks_private_property_targets_civilians(pipeline, text, country):
    riots = _riots(pipeline, text)
    assert riots and riots[0].actor1.name == f"Rioters ({country})"
    assert riots[0].actor2 is not None and riots[0].actor2.name == f"Civilians ({country})"


def test_burning_tyres_in_a_demonstration_names_no_target(pipeline):
    riots = _riots(pipeline, "On 4 May 2022, in Kathmandu, students staged a demonstration by burning tyres "
                             "in front of a campus, Nepal. [size=no report]")
    assert riots and riots[0].actor2 is None
