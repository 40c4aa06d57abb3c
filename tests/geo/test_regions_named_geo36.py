"""A district lies in the state the article named before it; towns lie in today's provinces; a town a
district's chain names is the namesake inside the district (issue 14, geo36). Sentences are invented;
the places and provinces are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places, french_places


@pytest.mark.parametrize("text", [
    "Suspected Maoist guerrillas set fire to three tractors at a quarry in the Indian state of Chhattisgarh "
    "on Sunday. The quarry lies on the edge of a village in Bijapur district, officers said.",
    "Police in Chhattisgarh recovered an improvised bomb on Friday. It had been planted under a culvert in "
    "Bijapur district.",
])
def test_a_district_lies_in_the_state_named_before_it(geoparser, text):
    """Karnataka's Bijapur district outranked Chhattisgarh's town of the name, the district seat there,
    and the event went 700 km to the west."""
    place = bound_places(geoparser, text)["Bijapur"]
    assert place is not None and place.country == "IN" and place.admin1 == "Chhattisgarh"


@pytest.mark.parametrize("text", [
    "Farmers in Karnataka blocked a highway on Monday. The protest was held in Bijapur district.",
    "Police in Chhattisgarh said the two suspects were later arrested in Bijapur district, Karnataka.",
])
def test_the_district_of_the_state_the_text_gives_stands(geoparser, text):
    place = bound_places(geoparser, text)["Bijapur"]
    assert place is not None and place.admin1 == "Karnataka"


@pytest.mark.parametrize("text, town, province", [
    ("Gunmen shot dead a money changer in Bunia on Sunday evening.", "Bunia", "Ituri"),
    ("Des manifestants ont bloqué la route nationale à Kikwit mardi matin.", "Kikwit", "Kwilu"),
    ("Soldiers exchanged fire with militiamen at Kalemie on Sunday.", "Kalemie", "Tanganyika"),
])
def test_congolese_towns_lie_in_the_provinces_of_2015(geoparser, text, town, province):
    """The town list files them under Orientale, Bandundu and Katanga, provinces split up in 2015."""
    lang = "fr" if "Des " in text else "en"
    place = bound_places(geoparser, text, lang)[town]
    assert place is not None and place.country == "CD" and place.admin1 == province


@pytest.mark.parametrize("text", [
    "Des miliciens ont incendié des maisons à Kirumba, dans le territoire de Lubero, dimanche.",
    "Des miliciens ont incendié des maisons à Kirumba (territoire de Lubero) dimanche.",
])
def test_the_town_inside_the_territory_its_chain_names(geoparser, text):
    """A bigger Kirumba 97 km from the territory's middle, within the reach's slack only, was chosen over
    the one 40 km from it."""
    place = french_places(geoparser, text)["Kirumba"]
    assert place is not None and place.lat > -0.8
