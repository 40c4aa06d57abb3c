"""A relative place measured from the town that opens a road's name ("around Kalo-Mbe road in Y area (Y,
State)") yields to the place the sentence names with its units: the act was along the road, and the
note's chain says where it coded it. Issue 14, geo49; the sentences are invented, the towns' points general
facts."""
from __future__ import annotations

from sitrep import api
from sitrep.geo.distance import haversine_km

BIU = (10.61, 12.19)  # 85 km south-west of Damboa, along the road between them
DAMBOA = (11.15, 12.76)


def _place(text: str):
    return next((e.place for e in api.code(text, lang="en", published="2024-08-09") if e.place is not None), None)


def test_a_road_opened_by_a_town_yields_to_the_area_its_chain_names():
    place = _place("On 6 August 2024, troops recovered three rifles from a hideout around Damboa-Biu road in "
                   "Biu area (Biu, Borno).")
    assert haversine_km(place.lat, place.lon, *BIU) < 25


def test_near_a_town_with_its_units_stays_near_the_town():
    place = _place("On 6 August 2024, troops recovered three rifles from a hideout near Damboa (Damboa, Borno).")
    assert haversine_km(place.lat, place.lon, *DAMBOA) < 25


def test_a_road_with_no_chain_after_it_keeps_its_first_end():
    place = _place("On 6 August 2024, troops recovered three rifles from a hideout around Damboa-Biu road.")
    assert haversine_km(place.lat, place.lon, *DAMBOA) < 25
