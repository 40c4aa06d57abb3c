"""Events left with no place, or placed at a region, although the note names a place the tables
hold (issue 14, tenth session, geo15). Sentences are invented; places are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, town, unit, cc", [
    # an Indian Kishanpur against Nepal's Kailali district: each vetoed the other as foreign
    ("On 3 May 2022, police fired tear gas at protesters in Kishanpur municipality (Kailali district).",
     "Kishanpur", "Kailali", "NP"),
    # a Malian commune against Burkina Faso's Tapoa province
    ("On 3 May 2022, presumed JNIM militants burned the town hall in the town of Loulouni (Loulouni, Tapoa).",
     "Loulouni", "Tapoa", "BF"),
])
def test_a_unit_in_brackets_holds_the_town_before_it_whose_namesakes_lie_abroad(geoparser, text, town, unit, cc):
    """The unit the note puts a town in is where it is: a namesake abroad of the town is no evidence
    against the unit, so the town is placed in the unit instead of both being dropped."""
    places = _places(geoparser, text)
    assert places[unit] is not None and places[unit].country == cc
    assert places[town] is not None and places[town].country == cc


def test_acleds_spelling_of_zaporizhzhia_is_the_city_and_still_binds_a_village_to_the_oblast(geoparser):
    """ACLED writes the city "Zaporizhia", which the tables gave only to the oblast: a bare
    "Zaporizhia" was the oblast's middle, 90 km from the city."""
    city = _places(geoparser, "On 3 May 2022, Ukrainian forces shot down two missiles over Zaporizhia.")["Zaporizhia"]
    assert city.feature == "city" and city.population > 500_000
    places = _places(geoparser, "On 3 May 2022, Russian forces shelled Vasylivka, Zaporizhia. Casualties unknown.")
    assert places["Zaporizhia"].feature == "admin1"
    assert places["Vasylivka"].admin1 == places["Zaporizhia"].admin1


@pytest.mark.parametrize("text, name, cc", [
    ("On 3 May 2022, protesters gathered in Qamishli to denounce the strikes.", "Qamishli", "SY"),
    ("On 3 May 2022, a car bomb exploded in Diwaniyah, killing two people.", "Diwaniyah", "IQ"),
])
def test_a_town_named_without_its_arabic_article_is_found(geoparser, text, name, cc):
    """The tables name these towns "Al Qāmishlī", "Al Diwaniyah"; the news leaves the article out."""
    place = _places(geoparser, text).get(name)
    assert place is not None and place.country == cc and place.feature == "city"


def test_a_spanish_el_is_no_arabic_article(geoparser):
    """Only an entry's own "Al X" name answers a bare "X": "Mirage" is no El Mirage, Arizona."""
    assert "Mirage" not in _places(geoparser, "On 3 May 2022, vendors protested outside the Mirage hotel in a city.")
