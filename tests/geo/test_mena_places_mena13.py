"""The Middle East and North Africa in ACLED's notes, thirteenth round (issues 14 and 13, session mena13): a district
the text spells otherwise than the tables is its qualifier's district of that spelling, a desert province's town is
where the province's bare name is coded, and the Suez Canal's Qantara is known by its bare name. Sentences are
invented."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from sitrep.geo.distance import haversine_km
from tests.extract.reports import news_of

MUNABBIH = (17.18, 43.29)  # the tables' Monabbih district, Saada governorate
FIGUIG_TOWN = (32.11, -1.23)
QANTARA = (30.86, 32.31)


def _en(pipeline, text: str):
    """The note's news events, published the day after the day it opens with, as ACLED's notes are."""
    day = datetime.strptime(re.match(r"On (\d+ \w+ \d{4})", text).group(1), "%d %B %Y").date()
    return news_of(pipeline, text, lang="en", published=day + timedelta(days=1))


def _km(events, point) -> float:
    place = events[0].place
    return haversine_km(place.lat, place.lon, *point)


def test_a_district_respelt_is_its_governorates_district(pipeline):
    """ "Munabbih district (Saada)": the tables spell the district Monabbih; the district was read as a quarter of
    Saada city, 60 km east of it."""
    events = _en(pipeline, "On 3 February 2022, Saudi border guards shelled Al Ruqu area of Munabbih district "
                           "(Saada), injuring two farmers.")
    assert _km(events, MUNABBIH) < 25


def test_a_district_respelt_in_another_wording(pipeline):
    events = _en(pipeline, "On 9 April 2023, Saudi artillery fire hit a market in Munabbih district (Saada). No "
                           "casualties were reported.")
    assert _km(events, MUNABBIH) < 25


def test_a_respelt_district_of_another_governorate_is_not_taken(pipeline):
    """Guard: a district spelt like Saada's Monabbih but qualified by another governorate is not Saada's."""
    events = _en(pipeline, "On 9 April 2023, Houthi forces shelled Munabbih district (Taiz). No casualties were "
                           "reported.")
    place = events[0].place if events else None
    assert place is None or place.lat is None or haversine_km(place.lat, place.lon, *MUNABBIH) > 100


def test_a_desert_provinces_bare_name_is_its_town(pipeline):
    """ "Figuig (Oriental)": the name is a town's and its province's, whose centre lies 83 km from the town; a
    bare name is coded at the town."""
    events = _en(pipeline, "On 12 June 2022, residents of Figuig (Oriental) marched against the closure of the "
                           "border crossing.")
    assert _km(events, FIGUIG_TOWN) < 10


def test_qantara_by_its_bare_name(pipeline):
    """ "Qantara (Ismailia)": geonames spells the canal town Al Qantarah; the event went to Ismailia, 28 km off."""
    events = _en(pipeline, "On 14 July 2021, militants opened fire on a police checkpoint east of Qantara "
                           "(Ismailia), wounding two policemen.")
    assert _km(events, QANTARA) < 15
