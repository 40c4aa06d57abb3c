"""Review of the thirty-seventh session's merged tree: a Molotov cocktail names a weapon, not Perm (whose Soviet name
the gazetteer keeps), in English and in French."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

MARCH = date(2024, 3, 12)


def test_a_molotov_cocktail_is_no_russian_town(pipeline):
    [event] = news_of(pipeline, "Des inconnus ont lancé dimanche des cocktails Molotov contre la mairie de Grenoble.",
                      "fr", MARCH)
    assert event.place is not None and event.place.country == "FR"
    [event] = news_of(pipeline, "On 10 March 2024, two masked men threw Molotov cocktails at a party office in "
                                "Lyon.", "en", MARCH)
    assert event.place is not None and event.place.country == "FR"
