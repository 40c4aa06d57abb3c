"""ACLED's "City - East Zone": the city's part in that direction, not its centre (issue 14, geo32).
Sentences are invented; places are general facts."""
from __future__ import annotations

from sitrep.geo.distance import haversine_km


def test_a_city_zone_lies_off_the_centre_in_its_direction(geoparser):
    text = "Police officers exchanged fire with traffickers on 8 May 2022 in Manaus - East Zone (Amazonas)."
    found = geoparser.parse(text, "en")
    part = next(t.place for t in found if t.relative)
    centre = next(t.place for t in found if t.text.startswith("Manaus") and not t.relative)
    assert part.lon > centre.lon + 0.03
    assert 3 < haversine_km(part.lat, part.lon, centre.lat, centre.lon) < 30


def test_a_dash_before_other_words_is_no_zone(geoparser):
    text = "Residents protested against a fare rise on 8 May 2022 in Manaus - Centro (Amazonas)."
    assert not [t for t in geoparser.parse(text, "en") if t.relative]
