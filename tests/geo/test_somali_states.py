"""Somalia's federal member states (Puntland, Jubaland, South West State, Galmudug, Hirshabelle,
and Somaliland, which ACLED codes in Somalia): news and ACLED name them where GeoNames has only
the older regions. Sentences are invented; the states are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, state", [
    ("Government troops backed by forces from South West State retook a village on Monday.", "South West State"),
    ("Puntland forces clashed with militants in the mountains on 3 May.", "Puntland"),
    ("Fighting was reported across Galmudug on Sunday.", "Galmudug"),
    ("Jubaland police arrested two men on Friday.", "Jubaland"),
    ("Hirshabelle officials said the road was closed.", "Hirshabelle"),
])
def test_a_somali_state_is_a_somali_region(geoparser, text, state):
    """"South West State" was read as Cameroon's South-West Province, and the others were no place."""
    place = _places(geoparser, text).get(state)
    assert place is not None and place.country == "SO" and place.feature == "admin1"


def test_a_town_in_a_somali_state_keeps_its_town(geoparser):
    places = _places(geoparser, "Militants attacked a police post in Bosaso, Puntland, on Tuesday.")
    assert places["Bosaso"].country == "SO" and places["Bosaso"].feature == "city"
