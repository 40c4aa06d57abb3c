"""Two towns an event lies between ("on the road between Suakin and Sinkat (Red Sea)"): the small English
model tags "Suakin and Sinkat" as a title, so neither town was a place and the event went to the region's
middle (issue 14, geo35). Sentences are invented; places are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, ends, cc", [
    ("On 9 June 2022, gunmen robbed two lorries on the road between Suakin and Sinkat (Red Sea).",
     ("Suakin", "Sinkat"), "SD"),
    ("On 9 June 2022, an armed group ambushed a police patrol between Myawaddy and Kawkareik (Kayin), wounding "
     "four officers.", ("Myawaddy", "Kawkareik"), "MM"),
    ("On 9 June 2022, unidentified gunmen stopped a bus on the road between Shambu and Gutin (Oromiya).",
     ("Shambu", "Gutin"), "ET"),
])
def test_both_towns_of_a_between_pair_are_places(geoparser, text, ends, cc):
    found = _places(geoparser, text)
    for name in ends:
        assert found.get(name) is not None and found[name].country == cc and found[name].feature == "city"
