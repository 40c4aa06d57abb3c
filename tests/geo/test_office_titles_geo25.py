"""A province named by its governor's office, which the model takes for a person (issue 14, sixteenth
session, geo25). Sentences are invented; places are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, name", [
    ("Security measures: On 2 June 2022, Van Governor's office prohibited all rallies and sit-ins "
     "across the province for two weeks.", "Van"),
    ("On 2 June 2022, Hakkari Governor's office extended a ban on marches and press statements for "
     "another fortnight.", "Hakkari"),
])
def test_a_governors_office_names_its_province(geoparser, text, name):
    """"Van Governor's office": the small English model tags "Van Governor's" a person, so the province
    was no place and the ban it issued had none."""
    place = _places(geoparser, text).get(name)
    assert place is not None and place.country == "TR"


def test_a_surname_before_an_office_is_no_place(geoparser):
    """Guard: a title after a name that is no province or district names no place."""
    assert "Smith" not in _places(geoparser, "On 2 June 2022, Governor Smith's office banned a march in Lagos.")
