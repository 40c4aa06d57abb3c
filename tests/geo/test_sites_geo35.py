"""A site named after its town ("the Kodok IDP camp", "Leer market", "the Wajid Magistrate's Court"),
followed by the region that holds the town: the town is a place whatever the model tagged the site's
name (issue 14, geo35). Sentences are invented; places are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, name, cc", [
    ("On 3 April 2022, armed men shot dead a woman fetching water in the Kodok IDP camp (Upper Nile).",
     "Kodok", "SS"),
    ("On 3 April 2022, customs officers and traders clashed at the Kodok border crossing (Upper Nile).",
     "Kodok", "SS"),
    ("On 3 April 2022, relatives of a detained teacher gathered outside the Wajid Magistrate's Court (Bakool).",
     "Wajid", "SO"),
    ("On 3 April 2022, a grenade thrown into Leer market (Unity) wounded five traders.", "Leer", "SS"),
    ("On 3 April 2022, separatist fighters torched stalls at the Jakiri market, North-West Province.",
     "Jakiri", "CM"),
])
def test_a_town_a_site_is_named_after_is_a_place(geoparser, text, name, cc):
    """The model tags "the Kodok IDP camp" as an organisation, so the town was no place and the event went
    to the region's middle; "Leer market (Unity)" read no region, and Leer went to Germany."""
    place = _places(geoparser, text)[name]
    assert place is not None and place.country == cc and place.feature == "city"


def test_a_region_after_a_site_binds_the_town(geoparser):
    """ "(Unity)" after "Leer market" is South Sudan's state, not the common word."""
    found = _places(geoparser, "On 3 April 2022, a grenade thrown into Leer market (Unity) wounded five traders.")
    assert found["Unity"] is not None and found["Unity"].feature == "admin1"
