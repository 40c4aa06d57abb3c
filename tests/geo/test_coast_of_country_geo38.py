"""A place named before "coast of" a country lies in that country (issue 14, geo38): "the Red Sea
coast of Yemen" had been Sudan's Red Sea state, whose name the sea shares. Sentences are invented."""
from __future__ import annotations

from tests.geo.places import places


def test_a_region_abroad_named_before_the_coast_of_a_country_is_a_namesake(geoparser):
    found = places(geoparser, "Coast guards said smugglers landed forty migrants on the Red Sea coast of "
                              "Yemen overnight.")
    assert found["Red Sea"] is None or found["Red Sea"].country == "YE"
    assert found["Yemen"].country == "YE"


def test_a_region_of_the_country_named_stays(geoparser):
    found = places(geoparser, "Divers reported bleached reefs along the Red Sea coast of Egypt last summer.")
    assert found["Red Sea"].country == "EG"


def test_a_sea_is_in_no_country_and_is_not_bound(geoparser):
    found = places(geoparser, "Naval drones were sighted off the Black Sea coast of Ukraine on Sunday.")
    assert found["Black Sea"] is not None and found["Black Sea"].country in (None, "")
