"""The town of ACLED's "City - Quarter (Region)" (issue 14, geo30): names joined by "au"
("Port-au-Prince") and a town the model takes, with its quarter, for a person. Sentences are invented."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places


@pytest.mark.parametrize("text, town, name", [
    ("Armed men set fire to a bus in Port-au-Prince (Ouest) on 5 July 2022.", "Port-au-Prince", "Port-au-Prince"),
    ("On 5 July 2022, in Port-au-Prince - Carrefour-Feuilles (Ouest), armed men set fire to a bus.",
     "Port-au-Prince", "Port-au-Prince"),
    # the model takes "Cap-Haitien - Petite-Anse" for a person: "Nord" alone had gone to Burkina Faso
    ("On 5 July 2022, in Cap-Haitien - Petite-Anse (Nord), armed men set fire to a bus.", "Cap-Haitien", "Cap-Haïtien"),
])
def test_the_town_before_a_quarter_is_found(geoparser, text, town, name):
    place = bound_places(geoparser, text)[town]
    assert place is not None and place.country == "HT" and place.name == name


def test_the_region_after_it_is_in_the_towns_country(geoparser):
    place = bound_places(geoparser, "On 5 July 2022, in Cap-Haitien - Petite-Anse (Nord), armed men set fire "
                                   "to a bus.")["Nord"]
    assert place is None or place.country == "HT"


def test_a_town_before_a_spaced_dash_and_a_lowercase_word_is_not_taken(geoparser):
    """Guard: only a capitalised word after the dash makes a quarter."""
    found = bound_places(geoparser, "Bernard - whose shop was looted - left for Leogane (Ouest) on Monday.")
    assert "Bernard" not in found
