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


@pytest.mark.parametrize("text, town, cc", [
    ("On 3 March 2022, kidnappers abducted four herders near Kalopoma (Bankim, Adamawa).", "Bankim", "CM"),
    ("On 3 March 2022, Boko Haram militants killed two farmers in Kalopoma (Madagali, Adamawa).", "Madagali", "NG"),
])
def test_adamawa_ending_a_chain_is_the_region_that_holds_its_town(geoparser, text, town, cc):
    """English writes Cameroon's Adamaoua as Nigeria's state is spelled: at a chain's end the name is the
    region holding the town before it, a bare "Adamawa" staying Nigeria's."""
    found = _places(geoparser, text)
    assert found[town] is not None and found[town].country == cc
    assert found["Adamawa"] is not None and found["Adamawa"].country == cc
