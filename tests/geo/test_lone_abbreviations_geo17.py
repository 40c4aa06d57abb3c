"""A state's abbreviation standing alone where a chain would end (issue 14, eleventh session,
geo17): "Jalalabad (UP)", "Jalalabad, UP." read as Uttar Pradesh, as "(Agra district, UP)" does.
Sentences are invented; towns and abbreviations are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text", [
    # "(UP)" read as Aups (France), and the town was placed there
    "On 3 May 2022, villagers clashed with police in Jalalabad (UP).",
    # "UP" after a comma was no place, and the town went to Jalalabad, Afghanistan
    "On 3 May 2022, villagers clashed with police in Jalalabad, UP.",
])
def test_a_lone_state_abbreviation_places_the_town_in_the_state(geoparser, text):
    place = _places(geoparser, text)["Jalalabad"]
    assert place.country == "IN" and place.admin1 == "Uttar Pradesh"


def test_a_lone_abbreviation_after_a_comma_picks_the_state_s_namesake(geoparser):
    """Aurangabad, Maharashtra (1.2 million), not Aurangabad, Bihar, for "Aurangabad, MH"."""
    text = "On 3 May 2022, party workers protested in Aurangabad, MH."
    assert _places(geoparser, text)["Aurangabad"].admin1 == "Maharashtra"


@pytest.mark.parametrize("text", [
    "On 3 May 2022, prices went UP.",
    "On 3 May 2022, the protest in Lucknow went on, UP police said.",
    "On 3 May 2022, protesters gathered in Tahrir Square, Cairo.",
])
def test_an_abbreviation_elsewhere_is_no_region(geoparser, text):
    """Not after a town's comma at the sentence's end, or a name that is also its country's town."""
    places = _places(geoparser, text)
    assert "UP" not in places
    if "Cairo" in places:
        assert places["Cairo"].feature == "city"


@pytest.mark.parametrize("text, name", [
    ("WASHINGTON (AP) - Officials said the talks would go on.", "AP"),
    ("The motion was tabled by Jane Smith, MP.", "MP"),
])
def test_the_name_before_decides(geoparser, text, name):
    """A dateline's agency or an MP's title: the name before it has no town in India, so no state."""
    place = _places(geoparser, text).get(name)
    assert place is None or place.country != "IN"
