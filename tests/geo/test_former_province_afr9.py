"""A town the sources still file under the province its own was cut from (forty-fifth session, afr9). Sentences
are invented; the towns and the provinces of DR Congo's 2015 split are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import places


@pytest.mark.parametrize("text, town", [
    ("Miners evicted from a concession threw stones at police in Kolwezi (Lualaba) on Monday.", "Kolwezi"),
    ("Residents blocked the road to a copper mine in Fungurume (Lualaba province) on Friday.", "Fungurume"),
])
def test_a_town_filed_under_katanga_lies_in_lualaba(geoparser, text, town):
    """Some towns name Lualaba as their province and others, Kolwezi among them, still name Katanga: the
    bracket's province was taken for the place, about 115 km from the town."""
    place = places(geoparser, text)[town]
    assert place is not None and place.country == "CD" and place.feature == "city"


def test_a_town_of_the_old_province_far_beyond_the_new_one_is_not_in_it(geoparser):
    """Pweto is filed under Katanga too, but lies some 550 km from Lualaba's centre, in Haut-Katanga."""
    found = places(geoparser, "Fishermen protested against a fishing ban in Pweto (Lualaba) on Sunday.")
    assert found.get("Pweto") is None or found["Pweto"].feature != "city"
