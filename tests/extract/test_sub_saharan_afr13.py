"""Sub-Saharan Africa in ACLED's English notes, thirteenth round (issues 13 and 14, session afr13): a village the
note does not name, in a unit named after its seat, is coded at the seat, and a party's members another party's
men beat are civilians, not a side of a clash. Sentences are invented."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from sitrep.geo.distance import haversine_km
from tests.extract.reports import news_of

KWAMOUTH_TOWN, KWAMOUTH_MIDDLE = (-3.17, 16.20), (-3.40, 16.60)
KALEHE_TOWN = (-2.10, 28.91)


def _en(pipeline, text: str):
    """The note's news events, published the day after the day it opens with, as ACLED's notes are."""
    day = datetime.strptime(re.match(r"On (\d+ \w+ \d{4})", text).group(1), "%d %B %Y").date()
    return news_of(pipeline, text, lang="en", published=day + timedelta(days=1))


def test_an_unnamed_village_of_a_territory_is_coded_at_its_seat(pipeline):
    """ "in a village of Kwamouth territory": the settlement word kept the territory's middle, 26 km from the
    territory's town (51 km by the table's points), as if the village were one with a name no table holds."""
    events = _en(pipeline, "On 4 June 2024, armed men burnt a school in a village of Kwamouth territory (Mai-Ndombe).")
    place = events[0].place
    assert haversine_km(place.lat, place.lon, *KWAMOUTH_TOWN) < 8


def test_a_village_in_a_territory_is_coded_at_its_seat(pipeline):
    """ "in a village in Kalehe territory": the same with the other preposition."""
    events = _en(pipeline, "On 9 July 2023, gunmen killed a farmer in a village in Kalehe territory (South Kivu).")
    place = events[0].place
    assert haversine_km(place.lat, place.lon, *KALEHE_TOWN) < 8


def test_a_named_village_keeps_the_territorys_middle(pipeline):
    """Guard: a village the note names and no table holds ("Tolumbe village of Kwamouth territory") keeps the
    unit's middle, the nearer point on average to a village of it that a coder can find."""
    events = _en(pipeline, "On 4 June 2024, armed men burnt a school in Tolumbe village of Kwamouth territory "
                           "(Mai-Ndombe).")
    place = events[0].place
    assert haversine_km(place.lat, place.lon, *KWAMOUTH_MIDDLE) < 8


def test_a_partys_official_beaten_by_cadres_is_a_civilian(pipeline):
    """ "UPND cadres beat a PF official": the official was the PF fighting a clash; one member of a party that
    another party's men beat is a civilian they attacked."""
    events = _en(pipeline, "On 6 April 2024, UPND cadres beat a PF official outside a church in Kabwe.")
    e = events[0]
    assert e.sub_event_type != "Armed clash"
    assert e.actor2 is not None and e.actor2.name == "Civilians (Zambia)"


def test_a_partys_supporters_beaten_by_cadres_are_civilians(pipeline):
    """ "UPND cadres beat PF supporters": many members are civilians struck as one is."""
    events = _en(pipeline, "On 6 April 2024, UPND cadres beat PF supporters outside a church in Kabwe.")
    e = events[0]
    assert e.sub_event_type != "Armed clash"
    assert e.actor2 is not None and e.actor2.name == "Civilians (Zambia)"


def test_two_parties_cadres_who_clash_stay_a_clash_of_sides(pipeline):
    """Guard: the cadres of two parties who clashed acted on each other: no side of it is civilians."""
    events = _en(pipeline, "On 6 April 2024, UPND cadres and PF cadres clashed outside a church in Kabwe.")
    e = events[0]
    assert all(a is None or not a.name.startswith("Civilians") for a in (e.actor1, e.actor2))


ZVISHAVANE, QUEENSTOWN_ZA, MASVINGO = (-20.33, 30.07), (-31.90, 26.88), (-20.07, 30.83)


def test_a_town_geonames_files_in_the_next_province_is_placed(pipeline):
    """ "Zvishavane (Midlands)": geonames files the mining town under Masvingo, so the bracket's Midlands cut
    its one candidate and the event fell to Midlands' centre 153 km off; `geo/data/localities.tsv` now holds it."""
    events = _en(pipeline, "On 12 May 2023, police arrested four illegal miners in Zvishavane (Midlands).")
    place = events[0].place
    assert haversine_km(place.lat, place.lon, *ZVISHAVANE) < 8


def test_a_renamed_south_african_town_is_placed(pipeline):
    """ "Komani (Eastern Cape)": Queenstown's name since 2016 is no name geonames holds; the event fell to the
    province's centre. `geo/data/aliases.tsv` ties it to the town."""
    events = _en(pipeline, "On 3 March 2024, gunmen shot dead two taxi owners in Komani (Eastern Cape).")
    place = events[0].place
    assert haversine_km(place.lat, place.lon, *QUEENSTOWN_ZA) < 8


def test_a_town_of_masvingo_stays_in_masvingo(pipeline):
    """Guard: the row for Zvishavane moves no town geonames files under Masvingo rightly."""
    events = _en(pipeline, "On 12 May 2023, police arrested four illegal miners in Masvingo (Masvingo province).")
    place = events[0].place
    assert haversine_km(place.lat, place.lon, *MASVINGO) < 8


MOZ_ISLAND, NAMPULA = (-15.03, 40.73), (-15.12, 39.27)


def test_mozambique_island_is_the_island_town(pipeline):
    """ "on Mozambique Island (Nampula)": the English name was no name a table holds, and Nampula city stood in
    for it, 157 km off; `geo/data/aliases.tsv` ties it to geonames' town "Mozambique"."""
    events = _en(pipeline, "On 2 November 2024, police fired tear gas at protesters on Mozambique Island (Nampula).")
    place = events[0].place
    assert haversine_km(place.lat, place.lon, *MOZ_ISLAND) < 8


def test_the_country_named_after_a_town_is_no_island(pipeline):
    """Guard: "Nampula (Mozambique)" keeps Nampula; the country's name alone is not the island town."""
    events = _en(pipeline, "On 2 November 2024, police fired tear gas at protesters in Nampula (Mozambique).")
    place = events[0].place
    assert haversine_km(place.lat, place.lon, *NAMPULA) < 8
