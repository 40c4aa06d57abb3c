"""Regions the sources spell apart: geoBoundaries files Cameroon's units under "Southwest" and
"Northwest", the town tables call the regions "South-West Province" and "North-West Province", and
English notes end chains with the one-word form (issue 14, geo33). Sentences are invented; places are
general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, unit", [
    ("On 8 May 2022, Ambazonian separatists burned a school in Kalopoma village (Eyumodjock, Southwest).",
     "Eyumodjock"),
    ("On 8 May 2022, soldiers raided a separatist camp near Kalopoma (Akwaya, Southwest), killing two fighters.",
     "Akwaya"),
    ("On 8 May 2022, Ambazonian separatists abducted a chief in Kalopoma village (Benakuma, Northwest).",
     "Benakuma"),
])
def test_cameroons_anglophone_regions_in_one_word_hold_their_units(geoparser, text, unit):
    """geoBoundaries files Cameroon's units under "Southwest" and "Northwest", the town tables call the
    regions "South-West Province" and "North-West Province": the region at the chain's end was Burkina
    Faso's Southwest, and the unit and the village went there (the Northwest case passed before, as a
    guard of the other spelling)."""
    found = _places(geoparser, text)
    assert found[unit] is not None and found[unit].country == "CM"
    assert found.get("Kalopoma") is None or found["Kalopoma"].country == "CM"


def test_burkina_fasos_southwest_keeps_its_towns(geoparser):
    found = _places(geoparser, "On 8 May 2022, gunmen killed two traders near Kalopoma (Gaoua, Southwest).")
    assert found["Gaoua"] is not None and found["Gaoua"].country == "BF"
