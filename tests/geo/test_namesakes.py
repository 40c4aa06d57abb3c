"""Towns with a bigger namesake abroad (issue 14, the namesake probe of bench/geo_namesakes.py):
where a conflict note gives evidence of its country (a region or the country after the town, the
actors' country), the town there is meant. Sentences are invented; towns and namesakes are
general facts."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.types import Article

from tests.geo.places import places as _places


@pytest.mark.parametrize("text, town, region, cc", [
    ("On 3 May 2022, unidentified gunmen killed two civilians in Gora, Katsina State.", "Gora", "Katsina", "NG"),
])
def test_a_region_with_its_capitalised_region_word_is_no_person(geoparser, text, town, region, cc):
    """ "Katsina State" after a comma is tagged a person by the small English model; a name ending in
    its region word ("State", "Province", "Governorate") is a place all the same, and it keeps the
    town before it in its region (Gora, Nigeria, not Góra, Poland)."""
    places = _places(geoparser, text, bound=True)
    assert places[region] is not None and places[region].country == cc
    assert places[town].country == cc


@pytest.mark.parametrize("text, town, region, cc", [
    ("On 3 May 2022, unidentified gunmen killed two civilians in Gora village, Katsina State.", "Gora", "Katsina", "NG"),
    ("On 3 May 2022, bandits abducted ten farmers in Kuta village, Niger State.", "Kuta", "Niger", "NG"),
    ("On 3 May 2022, unidentified gunmen killed two civilians in Sinop town, Mato Grosso region.", "Sinop", "Mato Grosso",
     "BR"),
])
def test_a_settlement_word_between_a_town_and_its_region_keeps_the_region(geoparser, text, town, region, cc):
    """ "Gora village, Katsina State": the settlement word between the town and the comma hid the region
    (tagged a person, it was dropped) and the town went to a namesake abroad (Góra, Poland; Kuta, Bali;
    Sinop, Turkey). The region qualifies the town as it does in "Gora, Katsina State"."""
    places = _places(geoparser, text, bound=True)
    assert places.get(region) is not None and places[region].country == cc and places[region].feature == "admin1"
    assert places[town].country == cc


def test_a_quarter_of_a_city_named_after_a_comma_is_not_qualified_by_it_as_a_region(geoparser):
    """ "the Alfama neighborhood, in Lisbon": a quarter's word before a comma stays no apposition (the
    city after it is where the quarter is, not a region that qualifies a town of the quarter's name)."""
    places = _places(geoparser, "On 3 May 2022, youths threw stones at a police station of the Alfama "
                                "neighborhood, in Lisbon.", bound=True)
    assert places["Lisbon"].country == "PT"


@pytest.mark.parametrize("text, town, region, cc", [
    ("On 3 May 2022, unidentified gunmen killed two civilians in Gao, Burkina Faso.", "Gao", "Burkina Faso", "BF"),
    ("On 3 May 2022, unidentified gunmen killed two civilians in Sinop, Mato Grosso region.", "Sinop", "Mato Grosso", "BR"),
    ("On 3 May 2022, gunmen attacked a bus near Pamplona, Norte de Santander region.", "Pamplona", "Norte de Santander", "CO"),
])
def test_region_after_a_town_is_read_though_tagged_a_person(geoparser, text, town, region, cc):
    """The small English model takes "Burkina Faso" or "Mato Grosso" after a comma for a person;
    as the region or country holding a town of the name before it, it is a place, and it places
    the town there rather than at its bigger namesake (Gao, Mali; Sinop, Turkey; Pamplona, Spain)."""
    places = _places(geoparser, text, bound=True)
    assert places[region] is not None and places[region].country == cc
    assert places[town].country == cc


@pytest.mark.parametrize("text, actors, cc", [
    ("On 3 May 2022, Military Forces of Nigeria clashed with an unidentified armed group in Gaya.", {"NG"}, "NG"),
    ("On 3 May 2022, Military Forces of Turkey clashed with an unidentified armed group in Kazan.", {"TR"}, "TR"),
    ("On 3 May 2022, Police Forces of Ethiopia arrested three suspects in Samara.", {"ET"}, "ET"),
])
def test_actors_town_over_a_big_namesake_far_away(geoparser, text, actors, cc):
    """A town of the actors' country wins over a big town of that name far off (Gaya, India;
    Kazan, Russia; Samara, Russia)."""
    town = text.rstrip(".").split()[-1]
    assert _places(geoparser, text, countries=frozenset(actors), bound=True)[town].country == cc


def test_a_big_town_across_the_border_keeps_its_name(geoparser):
    """Donetsk, Ukraine lies a hundred km from Donetsk, Rostov: Russian forces shelling it are not at home."""
    text = "On 3 May 2022, Military Forces of Russia shelled Donetsk."
    assert _places(geoparser, text, countries=frozenset({"RU"}), bound=True)["Donetsk"].country == "UA"


def test_pipeline_places_an_actors_town(pipeline):
    events = pipeline.code(Article(article_id="t-1", lang="en", published=date(2022, 5, 3),
                                   text="On 3 May 2022, Military Forces of Nigeria clashed with an "
                                        "unidentified armed group in Gaya. Two soldiers were killed."))
    assert events and events[0].place is not None and events[0].place.country == "NG"


@pytest.mark.parametrize("town", ["Fatehpur", "Mustafabad"])
def test_a_town_and_its_announced_region_agree(geoparser, town):
    """Both Punjabs hold a Fatehpur and a Mustafabad: whichever is meant, the town lies in the
    region the note announces, not in the other country's Punjab."""
    places = _places(geoparser, f"On 3 May 2022, unidentified gunmen killed two civilians in {town}, Punjab region.",
                     bound=True)
    assert places[town].country == places["Punjab"].country
    assert places[town].admin1 == "Punjab"


@pytest.mark.parametrize("text, town, region, cc", [
    ("On 3 May 2022, unidentified gunmen killed two civilians in Leer (Unity).", "Leer", "Unity", "SS"),
    ("On 3 May 2022, unidentified gunmen killed two civilians in Ngoro (Centre).", "Ngoro", "Centre", "CM"),
    ("On 3 May 2022, gunmen burned a market in Leer, Unity region.", "Leer", "Unity", "SS"),
    ("On 3 May 2022, gunmen burned a market in Ngoro village (Ngoro, Centre).", "Ngoro", "Centre", "CM"),
])
def test_a_common_word_in_brackets_after_its_town_is_the_region(geoparser, text, town, region, cc):
    """"Unity" and "Centre" are common words of the ``nonplaces`` list; in brackets right after a
    town of the region of that name, or after its comma with a region word or closing a bracket, they are the region (South Sudan's Unity, Cameroon's Centre),
    and place the town there rather than at Leer, Germany or Ngoro, Indonesia."""
    places = _places(geoparser, text, bound=True)
    assert places[region] is not None and places[region].country == cc
    assert places[town].country == cc


@pytest.mark.parametrize("text", [
    "On 3 May 2022, a rally for Unity (Centre) was held in Juba.",
    "On 3 May 2022, members of the Leer, Unity and Peace committee met in Juba.",
])
def test_a_common_word_after_no_town_of_its_region_stays_a_word(geoparser, text):
    places = _places(geoparser, text, bound=True)
    assert "Unity" not in places and "Centre" not in places


def test_a_bracketed_region_word_reads_a_chain_only_region_name(geoparser):
    """"South" is Lebanon's South governorate only at a chain's end; "(South region)" after a
    district is such an end, so Saida is the Lebanese one, not Saida, Algeria."""
    text = "On 3 May 2022, unidentified gunmen shelled a house in Saida district (South region)."
    places = _places(geoparser, text, bound=True)
    assert places["South"] is not None and places["South"].country == "LB"
    assert places["Saida"].country == "LB"


@pytest.mark.parametrize("text, town, region, cc", [
    ("On 3 May 2022, unidentified gunmen killed two civilians in Tonga, West region.", "Tonga", "West", "CM"),
    ("On 3 May 2022, gunmen killed two people in Kribi, South region.", "Kribi", "South", "CM"),
    ("On 3 May 2022, gunmen shelled a house in Saida, South governorate.", "Saida", "South", "LB"),
])
def test_a_compass_word_called_a_region_is_the_region(geoparser, text, town, region, cc):
    """"West region" is Cameroon's West, not a direction, and places Tonga there rather than in the
    country Tonga; "South governorate" also reads the chain-only name of Lebanon's South."""
    places = _places(geoparser, text, bound=True)
    assert places[region] is not None and places[region].country == cc
    assert places[town].country == cc


def test_a_compass_word_of_a_relative_place_stays_a_direction(geoparser):
    found = geoparser.parse("On 3 May 2022, gunmen killed two people 10 km West of Kribi.", "en", bound=True)
    assert not any(t.text == "West" for t in found)


@pytest.mark.parametrize("text, town", [
    ("On 3 May 2022, Russian forces shelled Dmytrivka, Kyiv.", "Dmytrivka"),
    ("On 3 May 2022, Russian forces shelled Dmytrivka (Kyiv).", "Dmytrivka"),
    ("On 3 May 2022, Russian forces shelled Dmytrivka, Kyiv region.", "Dmytrivka"),
])
def test_an_oblast_spelled_as_the_news_spells_it_holds_its_village(geoparser, text, town):
    """The sources call Kyiv oblast "Kiev"; as "Kyiv" it was only the city, so the village after
    which it stands went to a namesake in another oblast (Odesa's) or was dropped. The oblast holds
    a village of that name next to the capital."""
    place = _places(geoparser, text, bound=True)[town]
    assert place is not None and place.country == "UA" and place.admin1 == "Kiev"


@pytest.mark.parametrize("text", [
    "On 3 May 2022, Russian forces shelled Kyiv.",
    "On 3 May 2022, protesters rallied in Odesa.",
])
def test_a_bare_capital_named_like_its_oblast_stays_the_city(geoparser, text):
    place = _places(geoparser, text, bound=True)[text.rstrip(".").split()[-1]]
    assert place is not None and place.feature == "city"


@pytest.mark.parametrize("text", [
    "On 3 May 2022, Russian forces shelled Oleksandrivka, Kharkiv.",
    "On 3 May 2022, Russian forces shelled Oleksandrivka, Donetsk.",
    "On 3 May 2022, Russian forces shelled Oleksandrivka (Donetsk).",
])
def test_a_big_citys_alternate_name_does_not_outrank_the_region_named(geoparser, text):
    """geonames gives Donetsk city "Oleksandrivka" as an alternate name; a village of that very name
    bound to an oblast is a village, never the big city (outside the oblast named, or inside it
    where the oblast has towns whose own name it is)."""
    place = _places(geoparser, text, bound=True)["Oleksandrivka"]
    assert place is not None and place.country == "UA" and place.name == "Oleksandrivka"


def test_a_city_whose_spelling_is_an_alternate_name_keeps_its_region(geoparser):
    place = _places(geoparser, "On 3 May 2022, Russian forces shelled Mykolaiv, Mykolaiv oblast.", bound=True)["Mykolaiv"]
    assert place is not None and place.admin1 == "Mykolaiv"  # not the Lviv-oblast town of that exact name


@pytest.mark.parametrize("text, village", [
    ("On 10 March 2022, monitors recorded 12 explosions near Berdianske.", "Berdianske"),
    ("On 10 March 2022, monitors recorded 12 explosions in the vicinity of Berdianske.", "Berdianske"),
])
def test_a_village_after_near_is_a_place_though_tagged_an_organisation(geoparser, text, village):
    """The small English model tags a lone unfamiliar village name as an organisation; after a phrase
    of nearness ("near", "in the vicinity of") it is a place however small: nobody is near an
    organisation."""
    places = _places(geoparser, text, bound=True)
    assert places.get(village) is not None and places[village].country == "UA"
