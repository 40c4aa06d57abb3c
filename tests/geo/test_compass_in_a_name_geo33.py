"""A compass word that ends a longer name no table has is no region of its own: South Sudan's counties
("Aweil East county", "Kapoeta North county") read "East county" and "North county" as Cameroon's East
and North regions, and the event went to Cameroon (issue 14, geo33). Sentences are invented; places are
general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text", [
    "On 3 March 2022, cattle raiders killed two herders in Kajiji village, Kapoeta North county (Eastern "
    "Equatoria state).",
    "On 3 March 2022, armed youth burned a cattle camp in Kajiji, Rumbek North county, Lakes state.",
])
def test_a_compass_word_ending_an_unknown_county_is_no_region_abroad(geoparser, text):
    found = _places(geoparser, text)
    assert all(p is None or p.country == "SS" for p in found.values())
    assert any(p is not None and p.country == "SS" for p in found.values())


def test_a_compass_word_called_a_region_after_a_comma_stays_one(geoparser):
    found = _places(geoparser, "On 3 March 2022, separatists burned a school in Tonga, West region.")
    assert found["West"] is not None and found["West"].country == "CM" and found["West"].feature == "admin1"
