"""A distance with no direction ("à 12 km de X", "15 km from X"): the place lies somewhere round X, so X's
point with the distance as its uncertainty and ACLED's geo-precision 2, not X itself at a town's
precision (issue 14, geo32). Sentences are invented; places are general facts."""
from __future__ import annotations

import pytest

from sitrep.acled import GeoPrecision


def _relative(geoparser, text: str, lang: str):
    return [t.place for t in geoparser.parse(text, lang) if t.relative]


@pytest.mark.parametrize("text, lang, km", [
    ("Le 8 mai 2022, des hommes armés ont incendié un camion à 12 km de Dori.", "fr", 12),
    ("Le 8 mai 2022, une patrouille est tombée dans une embuscade à une trentaine de kilomètres de Dori.", "fr", 30),
    ("On 8 May 2022, gunmen set fire to a truck 15 km from Bentiu.", "en", 15),
])
def test_a_distance_alone_is_a_circle_round_the_town(geoparser, text, lang, km):
    found = _relative(geoparser, text, lang)
    assert len(found) == 1
    place = found[0]
    assert place.geo_precision == GeoPrecision.NEAR and place.uncertainty_km >= km
    town = next(t.place for t in geoparser.parse(text, lang) if not t.relative)
    assert (place.lat, place.lon) == pytest.approx((town.lat, town.lon), abs=1e-3)


def test_a_distance_with_its_direction_is_still_an_offset(geoparser):
    found = _relative(geoparser, "Le 8 mai 2022, des hommes armés ont incendié un camion à 12 km au nord de Dori.", "fr")
    assert found[0].name.startswith("12 km N of")
