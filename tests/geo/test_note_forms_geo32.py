"""The ways a conflict note names the land around a town: "the X area", "the X-Y road", and a region
the model takes for a person at the end of a chain (issue 14, geo32). Sentences are invented; places
are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places, french_places


@pytest.mark.parametrize("text, name, cc", [
    ("On 8 May 2022, soldiers exchanged fire with gang members in the Dondon area, Nord.", "Dondon", "HT"),
    ("On 8 May 2022, a mob set fire to two trucks in Hodal area (Haryana).", "Hodal", "IN"),
    ("On 8 May 2022, guerrilla fighters attacked an army patrol in the Toledo area, Norte de Santander.",
     "Toledo", "CO"),
])
def test_a_town_called_an_area_is_that_town(geoparser, text, name, cc):
    """ "X area" names the town X: the model tags the name as an adjective or an organisation, or leaves it
    untagged after "the", so the town was no place and the event went to the region (or to Toledo, Ohio)."""
    place = _places(geoparser, text)[name]
    assert place is not None and place.country == cc and place.feature == "city"


def test_both_ends_of_a_road_named_after_its_towns_are_places(geoparser):
    """ "the Bentiu-Leer road": the pair was an organisation, so only Leer, big enough in Germany to be
    read inside a name, was a place, and the event went to Lower Saxony."""
    found = _places(geoparser, "On 8 May 2022, a roadside bomb hit a truck on the Bentiu-Leer road (Unity).")
    assert found["Bentiu"].country == "SS"
    assert found["Leer"].country == "SS"


def test_a_french_axis_names_its_towns(geoparser):
    found = french_places(geoparser, "Le 8 mai 2022, une embuscade a visé un convoi sur l'axe Kalemie-Kalima "
                                     "(Tanganyika).")
    assert found["Kalemie"] is not None and found["Kalemie"].country == "CD"


@pytest.mark.parametrize("text", [
    "On 8 May 2022, police officers were shot near a village in Haripur tehsil, Khyber Pakhtunkhwa province.",
    "On 8 May 2022, police officers were shot near a village in Haripur district, Khyber Pakhtunkhwa.",
])
def test_a_province_taken_for_a_person_still_binds_its_district(geoparser, text):
    """The small English model tags "Khyber Pakhtunkhwa" as a person; after a unit's comma or before
    "province" it is the province, and Haripur its district, not Bangladesh's Haripur."""
    found = _places(geoparser, text)
    assert found["Khyber Pakhtunkhwa"].feature == "admin1"
    assert found["Haripur"].country == "PK"


def test_nineveh_is_the_governorate(geoparser):
    """The English spelling of Iraq's Ninawa had only villages of the United States."""
    place = _places(geoparser, "On 8 May 2022, gunmen killed a shepherd near Sinjar (Nineveh governorate).")["Nineveh"]
    assert place.country == "IQ" and place.feature == "admin1"


def test_a_quarter_of_a_town_called_a_city_is_in_that_town(geoparser):
    """ "Hodal city" is tagged an adjective, as "Hodal area" is: the quarter went to the state."""
    found = _places(geoparser, "On 8 May 2022, a shop owner was stabbed in Kamalpur neighbourhood of Hodal city "
                               "(Haryana).")
    assert found["Hodal"] is not None and found["Hodal"].feature == "city"


def test_saladin_is_the_governorate(geoparser):
    place = _places(geoparser, "On 8 May 2022, a roadside bomb wounded two soldiers near Baiji (Saladin).")["Saladin"]
    assert place.country == "IQ" and place.feature == "admin1"


def test_a_lead_town_and_its_region_before_the_clause(geoparser):
    """ "in Leer, Unity, gunmen ...": a common word naming the region was read as the word (it ended
    neither a bracket nor the sentence), so Leer went to Germany."""
    found = _places(geoparser, "On 8 May 2022, in Leer, Unity, armed youths raided cattle camps and burned huts.")
    assert found["Leer"].country == "SS"


def test_a_list_of_common_words_is_no_region(geoparser):
    found = _places(geoparser, "Delegates of the Peace, Unity, Justice and Development movement met in Juba.")
    assert "Unity" not in found


def test_a_name_that_begins_with_an_article_keeps_it(geoparser):
    """The model's "La Paz" lost its article as a determiner, so "Paz" was the town and "La" a second place,
    Louisiana, voting for the United States."""
    found = _places(geoparser, "On 8 May 2022, fishermen blocked the port road in La Paz, Baja California Sur.")
    assert "La" not in found
    assert found["La Paz"].country == "MX"
