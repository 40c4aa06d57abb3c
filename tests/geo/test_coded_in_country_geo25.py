"""The place a note says it coded its event at lies in the country named right before it (issue 14,
sixteenth session, geo25). Sentences are invented; places are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, name, country", [
    ("On 9 June 2022, some 400 people fleeing the fighting reached Lebanon [coded to Tripoli] by bus.",
     "Tripoli", "LB"),
    ("On 9 June 2022, some 400 people fleeing the fighting reached Uganda [coded to Gombe] on foot.",
     "Gombe", "UG"),
    ("On 9 June 2022, some 400 people fleeing the fighting reached Kenya (coded to Maua) by truck.",
     "Maua", "KE"),
])
def test_a_coded_place_lies_in_the_country_before_it(geoparser, text, name, country):
    """"Reached Lebanon [coded to Tripoli]": Tripoli of Lebanon, not the bigger Tripoli of Libya."""
    place = _places(geoparser, text)[name]
    assert place is not None and place.country == country


def test_a_coded_place_the_country_lacks_is_no_namesake_abroad(geoparser):
    """A name the gazetteer has only abroad stays unplaced: the country named stands in."""
    place = _places(geoparser, "On 9 June 2022, some 400 people fleeing the fighting reached Mali "
                               "[coded to Madrid] by road.").get("Madrid")
    assert place is None or place.country == "ML"


def test_a_coded_place_after_a_town_keeps_its_own_reading(geoparser):
    """Guard: after a town rather than a country, the cue binds nothing new."""
    place = _places(geoparser, "On 9 June 2022, hundreds marched in Dalian (coded to Beijing) over unpaid wages.")["Beijing"]
    assert place is not None and place.country == "CN"
