"""A Myanmar township a note names alone is placed, as ACLED places it, at its town: the wards MIMU files under
the tract of the town's name ("Seikphyu Town"), not the township's middle 30 km off, nor, where no unit of the
name is filed in the region that qualifies it, the region's middle. "Near" a township is near its town. A village
no table has keeps the township's middle (the nearer point to an unknown village of it), and a town whose wards
MIMU scatters (no more than half of them together) gives no point. Invented sentences; skipped without MIMU."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.geo.distance import haversine_km
from tests.extract.reports import news_of
from tests.geo.test_mimu_geo22 import needs_mimu

DAY = date(2024, 5, 4)
SEIKPHYU = (20.905, 94.790)  # the town, by MIMU's wards; the township's middle lies near 21.06, 94.54
GANGAW = (22.175, 94.133)
NAMHSAN = (22.968, 97.160)
HLAINGBWE = (17.123, 97.816)


def _km(event, point: tuple[float, float]) -> float:
    return haversine_km(event.place.lat, event.place.lon, *point)


@needs_mimu
@pytest.mark.parametrize("text, town", [
    ("On 3 May 2024, resistance fighters fired on a military convoy in Seikphyu township (Magway region).", SEIKPHYU),
    ("On 3 May 2024, the military shelled houses in Gangaw township (Magway region), killing a farmer.", GANGAW),
    ("On 3 May 2024, TNLA fighters attacked an army post in Namhsan (Shan state).", NAMHSAN),
    ("On 3 May 2024, resistance fighters ambushed soldiers near Hlaingbwe (Kayin state).", HLAINGBWE),
])
def test_a_township_named_alone_is_placed_at_its_town(pipeline, text, town):
    event = news_of(pipeline, text, "en", DAY)[0]
    assert _km(event, town) <= 5


@needs_mimu
def test_an_unknown_village_of_a_township_keeps_its_middle(pipeline):
    text = "On 3 May 2024, soldiers burned houses in Thitpokone village, Seikphyu township (Magway region)."
    event = news_of(pipeline, text, "en", DAY)[0]
    assert _km(event, SEIKPHYU) > 15


@needs_mimu
def test_a_town_whose_wards_lie_apart_gives_no_point(pipeline):
    # MIMU's two wards of Mingin's town lie 45 km apart: the township's middle stays
    text = "On 3 May 2024, resistance fighters attacked a police post in Mingin township (Sagaing region)."
    event = news_of(pipeline, text, "en", DAY)[0]
    assert haversine_km(event.place.lat, event.place.lon, 22.886, 94.521) <= 5
