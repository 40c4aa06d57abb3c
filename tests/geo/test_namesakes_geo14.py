"""Towns in the wrong country (issue 14, tenth session, geo14): the classes the namesake probe
(bench/geo_namesakes.py) found with its new templates. Sentences are invented; towns, regions and
namesakes are general facts."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.lang import pack
from sitrep.normalise.actors import actor_countries, find_actors
from sitrep.types import Article

from tests.geo.places import places as _places


@pytest.mark.parametrize("text, town, actors, cc", [
    ("On 3 May 2022, Police Forces of Burkina Faso arrested three suspects in Gao.", "Gao", {"BF"}, "BF"),
    ("On 3 May 2022, Military Forces of Bangladesh clashed with smugglers in Raipur.", "Raipur", {"BD"}, "BD"),
])
def test_a_namesake_abroad_hundreds_of_km_off_is_no_neighbour(geoparser, text, town, actors, cc):
    """Gao, Mali lies 560 km from Gao, Burkina Faso, Raipur, India 960 km from Raipur, Bangladesh:
    only a big town just across the border (Donetsk) keeps its name over the actors' own town."""
    assert _places(geoparser, text, countries=frozenset(actors), bound=True)[town].country == cc


def test_a_country_named_like_a_big_town_of_the_actors_country_is_that_town(geoparser):
    """ "Military Forces of Colombia ... in Armenia": Armenia, Quindío (300,000 people), not the country."""
    text = "On 3 May 2022, Military Forces of Colombia clashed with an unidentified armed group in Armenia."
    place = _places(geoparser, text, countries=frozenset({"CO"}), bound=True)["Armenia"]
    assert place.country == "CO" and place.feature == "city"


def test_a_country_named_by_foreign_actors_stays_the_country(geoparser):
    text = "On 3 May 2022, Military Forces of Russia shelled positions in Ukraine."
    assert _places(geoparser, text, countries=frozenset({"RU"}), bound=True)["Ukraine"].country == "UA"


def test_a_town_the_model_splits_in_two_entities_is_one_name(pipeline):
    """The small English model tags "Boa" a place and "Vista" an organisation; the place "Vista",
    California, took the event."""
    events = pipeline.code(Article(article_id="t-1", lang="en", published=date(2022, 5, 3),
                                   text="On 3 May 2022, Police Forces of Brazil arrested three suspected "
                                        "gang members in Boa Vista."))
    assert events and events[0].place is not None and events[0].place.country == "BR"
    assert events[0].place.name == "Boa Vista"


@pytest.mark.parametrize("text, town", [
    ("On 3 May 2022, unidentified gunmen killed two civilians in Santa Rosa, Bolivar Department.", "Santa Rosa"),
    ("On 3 May 2022, unidentified gunmen killed two civilians in San Pablo, Department of Bolivar.", "San Pablo"),
])
def test_a_town_qualified_by_a_department_lies_in_it(geoparser, text, town):
    """ "Santa Rosa, Bolivar Department" ended with Guatemala's department Santa Rosa and Venezuela's
    state Bolívar; "Department of Bolivar" with a capital word in the gap bound nothing."""
    places = _places(geoparser, text, bound=True)
    assert places[town].country == "CO" and places["Bolivar"].country == "CO"


def test_a_region_written_whole_with_its_commas_qualifies_its_town(geoparser):
    """Ethiopia's "Southern Nations, Nationalities and Peoples Region" written out is cut at its
    commas; its first words name it, and Bako stays in Ethiopia (not Baku)."""
    text = "On 3 May 2022, unidentified gunmen killed two civilians in Bako, Southern Nations, " \
           "Nationalities and Peoples Region."
    assert _places(geoparser, text, bound=True)["Bako"].country == "ET"


@pytest.mark.parametrize("text, town, cc", [
    ("On 3 May 2022, unidentified gunmen killed two civilians in Plaisance town, Limbe district.", "Plaisance", "HT"),
    ("On 3 May 2022, unidentified gunmen killed two civilians in Kabul town, Akko district.", "Kabul", "IL"),
])
def test_a_town_and_the_unit_qualifying_it_lie_in_one_country(geoparser, text, town, cc):
    """The unit a word announces was taken for a bigger town of its name abroad (Limbe, Cameroon; Akko,
    Nigeria) and the town for a namesake in a third country; the pair that lies together wins."""
    assert _places(geoparser, text, bound=True)[town].country == cc


@pytest.mark.parametrize("text, cc", [
    ("On 3 May 2022, South African soldiers clashed with an unidentified armed group in Newcastle.", "ZA"),
    ("On 3 May 2022, South Sudanese soldiers clashed with an unidentified armed group in Bor.", "SS"),
    ("On 3 May 2022, Sri Lankan police arrested three men.", "LK"),
])
def test_a_two_word_demonym_gives_the_actors_country(text, cc):
    """ "South African soldiers" were "Military Forces" of no country: the demonym has two words."""
    assert actor_countries(find_actors(text, pack("en"), None)) == frozenset({cc})


def test_two_demonyms_joined_keep_both_countries():
    text = "On 3 May 2022, South African and Mozambican troops clashed with insurgents."
    assert actor_countries(find_actors(text, pack("en"), None)) >= frozenset({"ZA", "MZ"})


def test_pipeline_places_a_two_word_demonyms_town(pipeline):
    events = pipeline.code(Article(article_id="t-2", lang="en", published=date(2022, 5, 3),
                                   text="On 3 May 2022, South African soldiers clashed with an unidentified "
                                        "armed group in Newcastle."))
    assert events and events[0].place is not None and events[0].place.country == "ZA"


def test_a_town_near_which_a_region_is_named_with_in_lies_in_it(geoparser):
    """ "near Plaisance in Nord province": "in" links the town to the region its word announces, as
    "town in" does (Plaisance, Haiti, not the Seychelles)."""
    text = "On 3 May 2022, unidentified gunmen killed two civilians near Plaisance in Nord province."
    assert _places(geoparser, text, bound=True)["Plaisance"].country == "HT"


def test_a_region_the_model_tags_in_pieces_qualifies_its_town(geoparser):
    """The small English model tags "Sistan" a person and "Baluchestan" a people; the region whole
    is a place after "Town," and keeps Pishin in Iran (not Pishin, Pakistan)."""
    text = "On 3 May 2022, unidentified gunmen killed two civilians in Pishin, Sistan and Baluchestan region."
    assert _places(geoparser, text, bound=True)["Pishin"].country == "IR"
