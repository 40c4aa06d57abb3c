"""Sub-Saharan Africa in ACLED's English notes, twelfth round (issues 13 and 14, session afr12): a town a table
files under a region's name in one language is in that region when the chain names it in another, and a party's
chairperson killed is a toll. Sentences are invented."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from sitrep.geo.distance import haversine_km
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.resolve import _contains
from tests.extract.reports import news_of

KILIBA = (-3.25, 29.16)


def _en(pipeline, text: str):
    """The note's news events, published the day after the day it opens with, as ACLED's notes are."""
    day = datetime.strptime(re.match(r"On (\d+ \w+ \d{4})", text).group(1), "%d %B %Y").date()
    return news_of(pipeline, text, lang="en", published=day + timedelta(days=1))


def test_a_town_filed_under_sud_kivu_is_in_south_kivu(pipeline):
    """ "Kiliba (Uvira territory, South Kivu)": the table files Kiliba under "Sud-Kivu", the chain's "South Kivu"
    keys geonames' region, and the town was cut as lying outside it, the event placed at Uvira 16 km off."""
    events = _en(pipeline, "On 8 May 2023, FARDC soldiers arrested three men in Kiliba (Uvira territory, South "
                           "Kivu).")
    place = events[0].place
    assert haversine_km(place.lat, place.lon, *KILIBA) < 8


def test_a_region_of_another_name_does_not_hold_the_town():
    """Guard: only one region under two names holds the town; North Kivu's entries do not hold a South Kivu town."""
    gaz = Gazetteer.load()
    town = next(i for i in gaz.ids("Kiliba") if gaz.country[i] == "CD")
    regions = [r for r in gaz.ids("North Kivu") + gaz.ids("Nord-Kivu") if gaz.feature[r] == gaz.feature[gaz.ids("Sud-Kivu")[0]]]
    assert regions and not any(_contains(gaz, r, town) for r in regions)


def test_a_partys_chairperson_shot_dead_is_a_toll(pipeline):
    """ "a branch chairperson was shot dead": the noun was no person's to the toll reader, and the death
    counted none."""
    events = _en(pipeline, "On 9 March 2024, a CCC branch chairperson was shot dead by unknown men in Chitungwiza.")
    assert events[0].fatalities == 1


def test_a_chairpersons_house_burnt_is_no_toll(pipeline):
    """Guard: the chairperson's house set alight, no one hurt, counts no death."""
    events = _en(pipeline, "On 9 March 2024, unknown men set alight the house of a CCC branch chairperson in "
                           "Chitungwiza; no one was hurt.")
    assert not events or not events[0].fatalities
