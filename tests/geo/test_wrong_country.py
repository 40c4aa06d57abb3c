"""Places sent abroad although the note names their region (issue 14, ninth session): a region
ACLED spells as GADM does where the sources transliterate it otherwise, a multi-word region with
its capitalised region word tagged a person, and a town left outside the region or country its
qualifier settled on. Sentences are invented; places and region names are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, town, cc", [
    # Portugal's district of Beja against Tunisia's governorate, whose sources call it "Bajah"
    ("On 3 March 2022, workers of a Tunisian factory protested in Beja (Beja Nord, Beja).", "Beja", "TN"),
    # Egypt's Dakahlia ("ad Daqahliyah" in the sources): Mansoura, not Mansoûra in Algeria
    ("On 3 March 2022, farmers protested in Mansoura (Mansoura, Dakahlia) against prices.", "Mansoura", "EG"),
])
def test_a_chain_ending_in_acleds_spelling_of_a_region_binds_its_town(geoparser, text, town, cc):
    places = _places(geoparser, text)
    assert places[town] is not None and places[town].country == cc


@pytest.mark.parametrize("text, town, region, cc", [
    ("On 3 May 2022, unidentified gunmen killed two civilians in Wellington, Tamil Nadu State.",
     "Wellington", "Tamil Nadu", "IN"),
    ("On 3 May 2022, unidentified gunmen killed two civilians in Santiago, Nuevo Leon State.",
     "Santiago", "Nuevo Leon", "MX"),
])
def test_a_region_of_several_words_with_its_region_word_is_no_person(geoparser, text, town, region, cc):
    """The small English model tags "Tamil Nadu State" a person whole; the region without its word is
    a place and keeps the town in it (not Wellington, New Zealand or Santiago de los Caballeros)."""
    places = _places(geoparser, text)
    assert places[region] is not None and places[region].country == cc
    assert places[town].country == cc


def test_a_town_lies_in_the_region_or_country_that_qualifies_it(geoparser):
    """"Niger" is a country and a Nigerian state; "Kuta, Niger" ended with the country Niger and the
    town in Bali. A town and its qualifier agree: Kuta of Niger State."""
    places = _places(geoparser, "On 3 May 2022, unidentified gunmen killed two civilians in Kuta, Niger.")
    assert places["Kuta"].country == places["Niger"].country == "NG"


def test_a_common_name_keeps_its_entry_in_the_region_that_qualifies_it(geoparser):
    """"San Miguel" has hundreds of entries and the one of Colombia's Santander was not among those
    that compete; the town goes to the region named, not to San Miguel, El Salvador."""
    places = _places(geoparser, "On 3 May 2022, unidentified gunmen killed two civilians in San Miguel, Santander.")
    assert places["San Miguel"].country == places["Santander"].country == "CO"


@pytest.mark.parametrize("text, actors, town, cc", [
    ("On 3 May 2022, Military Forces of Lebanon clashed with gunmen in Tripoli.", {"LB"}, "Tripoli", "LB"),
    ("On 3 May 2022, Military Forces of Kenya clashed with gunmen in Luanda.", {"KE"}, "Luanda", "AO"),
])
def test_a_capital_abroad_yields_to_a_big_town_of_the_actors_country(geoparser, text, actors, town, cc):
    """Lebanon's Tripoli is a city of its own, not a village: Lebanese forces there are at home, not in
    Libya's capital. A village of the actors' country (Luanda, Kenya) leaves the capital its name."""
    places = {t.text: t.place for t in geoparser.parse(text, "en", countries=frozenset(actors), bound=True)
              if not t.relative}
    assert places[town].country == cc


@pytest.mark.parametrize("text, town", [
    ("On 3 May 2023, Israeli forces raided Jenin and clashed with gunmen.", "Jenin"),
    ("On 3 May 2023, settlers attacked a house near Bethlehem.", "Bethlehem"),
])
def test_west_bank_towns_are_not_their_namesakes_abroad(geoparser, text, town):
    """GeoNames spells the West Bank towns in transliteration (Janīn, Bayt Laḩm), so the English name
    found only Jenin in Poland and Bethlehem in South Africa or Belém in Brazil."""
    place = _places(geoparser, text)[town]
    assert place is not None and place.country == "PS"
