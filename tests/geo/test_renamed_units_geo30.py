"""Units ACLED's chains name (issue 14, geo30): Bangladesh's districts the town tables lack, under
the spellings ACLED writes, and its upazilas. Sentences are invented; units and positions are
general facts."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.geo.distance import haversine_km

from tests.geo.places import bound_places


@pytest.mark.parametrize("text, unit, lat, lon", [
    ("On 4 July 2022, two groups of Awami League supporters clashed in Senbagh upazila (Noakhali, Chittagong).",
     "Noakhali", 22.87, 91.10),
    ("On 4 July 2022, villagers clashed over a land dispute in Kotchandpur upazila (Jhenaidah).",
     "Jhenaidah", 23.54, 89.17),
    ("On 4 July 2022, BCL activists attacked a BNP procession in Sadar upazila (Cumilla).",
     "Cumilla", 23.46, 91.18),
])
def test_bangladeshi_districts_in_a_chain(geoparser, text, unit, lat, lon):
    place = bound_places(geoparser, text)[unit]
    assert place is not None and place.country == "BD" and haversine_km(place.lat, place.lon, lat, lon) < 40


def test_an_upazila_word_makes_a_unit(pipeline):
    """"Sonaimuri upazila (Noakhali, Chittagong)": the upazila is the place, not Chittagong division."""
    from tests.extract.reports import news_of

    [event] = news_of(pipeline, "On 4 July 2022, at least ten people were injured when AL and BNP activists "
                                "clashed in Sonaimuri upazila (Noakhali, Chittagong).", lang="en", published=date(2022, 7, 4))
    assert event.place is not None and event.place.name == "Sonaimuri"


def test_a_village_of_an_upazila_is_not_an_indian_namesake(pipeline):
    """"Rampur village, Sonaimuri upazila (Noakhali)": with Noakhali unknown, Rampur went to India."""
    from tests.extract.reports import news_of

    [event] = news_of(pipeline, "On 4 July 2022, two families clashed over a pond at Rampur village, "
                                "Sonaimuri upazila (Noakhali), injuring six people.", lang="en", published=date(2022, 7, 4))
    assert event.place is not None and event.place.country == "BD"
