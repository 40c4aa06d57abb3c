"""A village whose oblast the text names, where the gazetteer has namesakes only in other oblasts
(issue 14, seventeenth session). Sentences are invented; which oblasts hold which namesakes is a fact
of the gazetteer (geonames)."""
from __future__ import annotations

import pytest

from sitrep.acled import GeoPrecision

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, name, oblast", [
    ("On 9 August 2022, Russian forces shelled Protopopivka, Donetsk. Casualties unknown.", "Protopopivka", "Donetsk"),
    ("On 9 August 2022, Russian artillery hit Serhiivka, Sumy region, damaging a school.", "Serhiivka", "Sumy"),
    ("On 9 August 2022, Ukrainian forces repelled an assault near Borova, Kherson.", "Borova", "Kherson"),
])
def test_a_village_missing_from_its_oblast_is_placed_in_the_oblast(geoparser, text, name, oblast):
    """The gazetteer's Protopopivkas lie in Kharkiv and Kirovohrad oblasts, its Serhiivkas in five
    oblasts but not Sumy, its Borovas in Kharkiv and Kyiv oblasts: 150-600 km from where the note puts
    the village. The oblast it names is the one thing known, so the village is placed there, not at a
    namesake elsewhere: at the oblast with its spread as uncertainty, or at the village council of its
    name in that oblast where there is one (Sumy has a Serhiivka council: test_council_seats_geo27)."""
    place = _places(geoparser, text)[name]
    assert place is not None and place.country == "UA" and place.admin1 == oblast
    assert place.geo_precision == GeoPrecision.NEAR and place.uncertainty_km >= 3


@pytest.mark.parametrize("text, name, oblast", [
    # a namesake inside the oblast named is the village
    ("On 9 August 2022, Russian forces shelled Voskresenka, Kherson. Casualties unknown.", "Voskresenka", "Kherson"),
    ("On 9 August 2022, Russian forces shelled Borova, Kharkiv. Casualties unknown.", "Borova", "Kharkiv"),
    # "Serhiivka, Sumy and Kherson" lists places: Sumy is no qualifier of Serhiivka
    ("On 9 August 2022, Russian forces shelled Serhiivka, Sumy and Kherson.", "Serhiivka", None),
])
def test_a_namesake_in_the_oblast_or_a_list_keeps_the_town(geoparser, text, name, oblast):
    place = _places(geoparser, text)[name]
    assert place is not None and place.feature == "city"
    if oblast:
        assert place.admin1 == oblast
