"""Places of the West and Latin America (issue 14, session west12). ACLED's bracket names a Russian, Belarusian,
Kazakh or Uzbek region by its capital ("Kropotkin (Krasnodar)": Krasnodar Krai), where the tables spell the region
otherwise ("Krasnodarskiy"): the town the text names stands, not a village of the capital 130 km off. A town named
"X upon Y" whose river the model tags apart ("Newcastle upon Tyne") is one name, not Australia's Newcastle. Two
cities of a million people the town list lacks (El Alto, Sao Goncalo) outrank their namesake villages. Sentences
are invented; towns and their points are general facts."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km

from tests.geo.places import bound_places


@pytest.mark.parametrize("text, name, lat, lon", [
    ("On 3 March 2024, Ukrainian drones hit an oil depot near Kropotkin (Krasnodar).", "Kropotkin", 45.44, 40.58),
    ("On 3 March 2024, Ukrainian drones hit a substation in Budyonnovsk (Stavropol).", "Budyonnovsk", 44.78, 44.17),
    ("On 3 March 2024, police detained two men in Livny (Oryol) for sabotage on the railway.", "Livny", 52.42, 37.61),
    ("On 3 March 2024, unknown persons set fire to a relay cabinet in Rzhev (Tver).", "Rzhev", 56.26, 34.33),
    ("On 3 March 2024, workers rallied in Khromtau (Aktobe) over unpaid wages.", "Khromtau", 50.25, 58.44),
])
def test_a_region_named_by_its_capital_keeps_the_town(geoparser, text, name, lat, lon):
    place = bound_places(geoparser, text)[name]
    assert place is not None and haversine_km(place.lat, place.lon, lat, lon) < 25


def test_the_capital_itself_stays_the_city(geoparser):
    """Guard: "in Krasnodar" alone is the city, not the krai's middle."""
    place = bound_places(geoparser, "On 3 March 2024, Ukrainian drones hit an oil depot in Krasnodar.")["Krasnodar"]
    assert place is not None and haversine_km(place.lat, place.lon, 45.04, 38.98) < 15


@pytest.mark.parametrize("text, name, cc", [
    ("On 30 November 2024, demonstrators marched through the centre of Newcastle upon Tyne against the war.",
     "Newcastle upon Tyne", "GB"),
])
def test_a_name_across_a_connector_is_one_town(geoparser, text, name, cc):
    place = bound_places(geoparser, text).get(name)
    assert place is not None and place.country == cc


def test_a_connector_before_a_common_word_joins_nothing(geoparser):
    """Guard: "upon" before words no name holds leaves the town's name as it was."""
    found = bound_places(geoparser, "On 30 November 2024, students gathered in Sunderland upon the news of the "
                                    "closure.")
    assert "Sunderland" in found and found["Sunderland"] is not None and found["Sunderland"].country == "GB"


@pytest.mark.parametrize("text, name, cc, lat, lon", [
    ("On 14 February 2023, residents beat a suspected thief in El Alto.", "El Alto", "BO", -16.50, -68.19),
    ("On 14 February 2023, gunmen shot dead a man in Sao Goncalo.", "Sao Goncalo", "BR", -22.83, -43.05),
])
def test_a_big_city_the_town_list_lacks_outranks_its_namesakes(geoparser, text, name, cc, lat, lon):
    place = bound_places(geoparser, text)[name]
    assert place is not None and place.country == cc and haversine_km(place.lat, place.lon, lat, lon) < 15


def test_a_bracket_still_names_a_namesake_village(geoparser):
    """Guard: "El Alto (Piura)" is Peru's village, whatever the Bolivian city's size."""
    place = bound_places(geoparser, "On 14 February 2023, residents protested in El Alto (Piura) against a mine.")[
        "El Alto"]
    assert place is not None and place.country == "PE"
