"""Namesakes abroad found on the geoparsing corpora and with new probe templates (issue 14, twelfth
session, geo19). Sentences are invented; places and unit names are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text", [
    "On 3 May 2022, aid workers said fighting near Goz Beida had displaced two thousand people.",
    "On 3 May 2022, gunmen attacked a market near Goz Beida, killing three traders.",
])
def test_a_name_the_model_cut_to_its_last_word_is_read_whole(geoparser, text):
    """The model tags only "Beida" of the Chadian town Goz Beida; the tail alone is Al Bayda, Libya.
    The capitalised word before it completes a name the gazetteer knows."""
    places = _places(geoparser, text)
    assert "Beida" not in places
    place = places.get("Goz Beida")
    assert place is not None and place.country == "TD"


def test_a_tagged_place_is_not_joined_to_the_word_before_it_when_the_whole_is_unknown(geoparser):
    """Only a known whole name is taken: a capitalised word before the town ("In Nairobi", a
    sentence's first word) leaves the town as it is."""
    places = _places(geoparser, "In Nairobi, police arrested two men on 3 May 2022.")
    assert places["Nairobi"] is not None and places["Nairobi"].country == "KE"


@pytest.mark.parametrize("text, name, cc", [
    # "X village of Y township": the village lies in the unit named after "of"
    ("On 3 May 2022, soldiers burned houses in Plaisance village of Limbe township.", "Plaisance", "HT"),
    ("On 3 May 2022, soldiers burned houses in Miramar village of Altamira township.", "Miramar", "MX"),
])
def test_a_village_of_a_named_township_is_placed_in_that_township(geoparser, text, name, cc):
    place = _places(geoparser, text)[name]
    assert place is not None and place.country == cc
