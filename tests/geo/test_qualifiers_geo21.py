"""A unit word read whole, and names news writes its own way (issue 14, thirteenth session, geo21).
Sentences are invented; places are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, name", [
    ("On 3 May 2022, gunmen killed a farmer in Montevideo village of Fortul municipality.", "Montevideo"),
    ("On 3 May 2022, gunmen killed a farmer in Oporto village of Saravena municipality.", "Oporto"),
    ("On 3 May 2022, gunmen killed a farmer in Kutaisi village of Arauquita municipality.", "Kutaisi"),
    ("On 3 May 2022, gunmen killed two men in Bajo Grande village, Fortul municipality.", "Fortul"),
])
def test_a_long_unit_word_after_a_name_is_read_whole(geoparser, text, name):
    """" municipality" is longer than the twelve characters once read after a name, so "X village of
    Y municipality" bound nothing: the village went to a city abroad (Montevideo, Porto, Kutaisi) and
    the municipality was dropped. Both now lie in Colombia."""
    place = _places(geoparser, text)[name]
    assert place is not None and place.country == "CO"


@pytest.mark.parametrize("text", [
    "On 3 May 2022, suspected Al Shabaab militants planted an IED that killed three soldiers in Kenya's "
    "North Eastern Province.",
    "Al Shabaab fighters have crossed into the North Eastern Province several times this year.",
])
def test_kenyas_north_eastern_province_is_in_kenya(geoparser, text):
    """Kenya's former province (its counties since 2013) is what the news still calls the Somali border
    region; its last two words were read as DR Congo's Eastern Province."""
    place = _places(geoparser, text)["North Eastern Province"]
    assert place is not None and place.country == "KE"


@pytest.mark.parametrize("text", [
    "Officials of both governments will meet in Washington next week to discuss a ceasefire.",
    "The two delegations are expected to hold talks in Washington on Monday.",
])
def test_washington_alone_is_the_capital(geoparser, text):
    """A bare "Washington" was the state (6 million people, 3,600 km from the capital that bears
    the very name): a region named like its country's capital elsewhere yields the bare name to it."""
    place = _places(geoparser, text)["Washington"]
    assert place is not None and place.feature == "city" and abs(place.lon - (-77.0)) < 1


@pytest.mark.parametrize("text", [
    "Protesters marched in Spokane, Washington, against the war.",
    "Wildfires spread across Washington state on Monday.",
])
def test_washington_qualifying_a_town_or_called_a_state_is_the_state(geoparser, text):
    place = _places(geoparser, text)["Washington"]
    assert place is not None and place.feature == "admin1"
