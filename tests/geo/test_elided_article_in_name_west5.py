"""A town whose name holds an article elided onto a capitalised word, one token to the tokenizer (issue 14, session
west5): "Coeur d'Alene, Idaho" is the town, not its state; an article elided onto a lowercase word ("chef
d'oeuvre") joins no name. Sentences are invented; the towns are well known."""
from __future__ import annotations

from sitrep.geo.distance import haversine_km
from sitrep.geo.recognise import _elided_capital
from tests.geo.places import bound_places


def test_a_town_ending_in_an_elided_article_is_found(geoparser):
    found = bound_places(geoparser, "On 3 March 2024, unknown persons spray-painted slogans on a church in "
                                    "Coeur d'Alene, Idaho.")
    place = found.get("Coeur d'Alene")
    assert place is not None and place.country == "US"
    assert haversine_km(place.lat, place.lon, 47.68, -116.78) < 25


def test_only_a_capital_after_the_article_joins_a_name():
    assert _elided_capital("d'Alene") and _elided_capital("l’Abbaye")
    assert not _elided_capital("d'oeuvre") and not _elided_capital("Alene") and not _elided_capital("d'")
