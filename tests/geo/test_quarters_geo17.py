"""ACLED's "City - Quarter, Region" (issue 14, eleventh session, geo17): the quarter lies in the
city, and the region after the quarter qualifies the city. Sentences are invented; towns, regions
and their namesakes are general facts."""
from __future__ import annotations

import pytest

from sitrep import api

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, city, cc, region", [
    # Sinop, Turkey is a province's capital; "Mato Grosso" was dropped (the name before its comma,
    # the quarter, has no town in it) and Centro went to Mexico
    ("On 3 May 2022, in Sinop - Centro, Mato Grosso, unidentified gunmen killed two civilians.",
     "Sinop", "BR", "Mato Grosso"),
    ("On 3 May 2022, in Cartago - Centro, Valle del Cauca, unidentified gunmen killed two civilians.",
     "Cartago", "CO", "Valle del Cauca"),
])
def test_a_quarter_after_a_dash_lies_in_the_city_before_it(geoparser, text, city, cc, region):
    places = _places(geoparser, text)
    assert places[city].country == cc and places[region].country == cc
    assert places["Centro"] is not None and places["Centro"].country == cc
    assert abs(places["Centro"].lat - places[city].lat) < 0.01 and abs(places["Centro"].lon - places[city].lon) < 0.01


def test_a_quarter_namesake_far_from_its_city_is_placed_in_the_city(geoparser):
    """Santa Cecilia, Guanajuato is a village 200 km from Guadalajara: the quarter is the city's."""
    text = "On 3 May 2022, in Guadalajara - Santa Cecilia, Jalisco, unidentified gunmen killed two civilians."
    place = _places(geoparser, text)["Santa Cecilia"]
    assert place.admin1 == "Jalisco"


def test_the_event_of_a_quarter_note_stays_in_the_city_s_country():
    events = api.code("On 3 May 2022, in Sinop - Centro, Mato Grosso, unidentified gunmen killed two civilians "
                      "in the market.", lang="en", published="2022-05-05")
    assert events and events[0].place is not None and events[0].place.country == "BR"


def test_a_road_between_two_towns_is_no_quarter(geoparser):
    """"the Lambayeque - Piura highway": the name after the dash runs on, so it is a town of its own."""
    text = "On 3 May 2022, drivers blocked the Lambayeque - Piura highway in Mocape (Lambayeque)."
    place = _places(geoparser, text).get("Piura")
    assert place is None or "quarter" not in (place.reason or "")
