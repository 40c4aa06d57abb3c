"""A name only the table of units holds, bound by the brackets after it (issue 14, fifteenth session,
geo24). Sentences are invented; the units are geoBoundaries'."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, name, country", [
    ("On 3 May 2022, about 40 people gathered in Rosser (Manitoba) to protest against fuel prices.", "Rosser", "CA"),
    ("On 3 May 2022, about 40 people gathered in Delburne (Alberta) to protest against fuel prices.", "Delburne", "CA"),
    ("On 3 May 2022, farmers blocked a road in Domakonda (Kamareddy, Telangana) over crop prices.", "Domakonda", "IN"),
    ("On 3 May 2022, police dispersed farmers who blocked a highway near Delburne in Alberta.", "Delburne", "CA"),
    ("On 3 May 2022, farmers blocked a road in Domakonda in Telangana over crop prices.", "Domakonda", "IN"),
])
def test_a_unit_named_before_the_region_it_lies_in_is_that_unit(geoparser, text, name, country):
    """A unit was a candidate only where a unit word or a chain's first bracket named it, so "X (Region)"
    and "X in Region" left X unplaced (the event went to the region's middle) or at the region's stand-in."""
    place = _places(geoparser, text)[name]
    assert place is not None and place.country == country and place.feature == "admin2"


@pytest.mark.parametrize("text, name", [
    ("On 3 May 2022, gunmen killed two farmers in Dioro (Djibo, Soum).", "Dioro"),
    ("On 3 May 2022, gunmen killed two farmers in Socoura (Diapaga, Tapoa).", "Socoura"),
])
def test_a_unit_of_the_name_in_another_country_is_not_taken(geoparser, text, name):
    """Guard: Burkinabe villages named like Malian communes stay in Burkina Faso, at their chain."""
    place = _places(geoparser, text)[name]
    assert place is not None and place.country == "BF"
