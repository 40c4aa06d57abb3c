"""A Myanmar village whose units a bracket cuts off ("V (coded as V East) (T township, D district)") is
the namesake of township T, not the one of the township that shares the district's name: the units right
after the village are read first (issue 14, geo46). Sentences are invented; places are MIMU's own."""
from __future__ import annotations

import pytest

from sitrep import api
from sitrep.geo.distance import haversine_km
from sitrep.geo.gazetteer import Gazetteer

# MIMU files a Ka Law under Zalun township and another under Hinthada township, both of Hinthada district
ZALUN_KA_LAW = (17.566, 95.612)


@pytest.mark.skipif(Gazetteer.load().mimu is None, reason="MIMU's villages are not installed")
def test_the_township_right_after_a_cut_chain_picks_the_namesake():
    text = ("On 4 May 2023, soldiers burned ten houses in Ka Law (coded as Ka Law North) (Zalun township, "
            "Hinthada district).")
    place = next(e.place for e in api.code(text, lang="en", published="2023-05-05") if e.place is not None)
    assert haversine_km(place.lat, place.lon, *ZALUN_KA_LAW) < 5
