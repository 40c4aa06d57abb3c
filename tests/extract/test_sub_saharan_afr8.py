"""Sub-Saharan Africa in ACLED's English notes, eighth round (issues 13 and 14, session afr8): two sides joined by
"and" before "battled" fought each other, and a
South African village in Bojanala district is placed in that district (by the short name the news gives it).
Sentences and villages are invented."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from sitrep.geo.distance import haversine_km
from tests.extract.reports import news_of


def _en(pipeline, text: str):
    """The note's news events, published the day after the day it opens with, as ACLED's notes are."""
    day = datetime.strptime(re.search(r"On (\d+ \w+ \d{4})", text).group(1), "%d %B %Y").date()
    return news_of(pipeline, text, lang="en", published=day + timedelta(days=1))


def _pair(event) -> set:
    return {a.name for a in (event.actor1, event.actor2) if a is not None}


def test_two_sides_that_battled_fought_each_other(pipeline):
    """ "the FARDC and the M23 battled": "battle" is a mutual verb like "clash" and "exchange", so the second name
    is the first's foe, not its ally."""
    events = _en(pipeline, "On 3 May 2024, the FARDC and the M23 battled near Sake (Masisi, North Kivu).")
    assert events and "M23: March 23 Movement" in _pair(events[0]) and len(_pair(events[0])) == 2


def test_allies_that_attacked_stay_allies(pipeline):
    """Guard: two forces joined by "and" before a one-sided verb are one side against its target."""
    events = _en(pipeline, "On 3 May 2024, FACA soldiers and Wagner fighters attacked a CPC camp near Bria "
                           "(Haute-Kotto), killing six rebels.")
    assert events and any(name.startswith("CPC") for name in _pair(events[0]))


def test_a_village_in_bojanala_is_placed_in_its_district(pipeline):
    """ "(Bojanala, North West)" was placed at the province's centre, 200 km off: the district's list name is
    "Bojanala Platinum"."""
    events = _en(pipeline, "On 14 March 2023, a mob beat to death a man accused of theft in Vrolikwe (Bojanala, "
                           "North West).")
    place = events[0].place
    assert haversine_km(place.lat, place.lon, -25.67, 27.24) < 60  # Rustenburg, the district's seat


def test_a_town_named_with_its_district_stays_the_town(pipeline):
    """Guard: a known town in its district's bracket keeps its own point."""
    events = _en(pipeline, "On 14 March 2023, a mob killed a suspected thief in Rustenburg (Bojanala, North West).")
    assert events[0].place.name == "Rustenburg"
