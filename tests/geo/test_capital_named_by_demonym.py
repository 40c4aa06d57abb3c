"""'The Somali capital', 'la capitale malienne': a capital word with a demonym is that country's capital,
never a region or town abroad spelled like the demonym."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

TUESDAY = date(2025, 11, 18)


@pytest.mark.parametrize("text,lang,town,country", [
    ("Al Shabaab militants stormed a hotel in the Somali capital on Monday night, killing at least nine people, "
     "police said.", "en", "Mogadishu", "SO"),
    ("Des hommes armés ont attaqué lundi un poste de police dans la capitale malienne, selon une source "
     "sécuritaire.", "fr", "Bamako", "ML"),
    ("Une explosion a fait trois morts lundi dans la capitale afghane, selon la police.", "fr", "Kabul", "AF"),
])
def test_the_capital_a_demonym_names(pipeline, text, lang, town, country):
    [event] = news_of(pipeline, text, lang, TUESDAY)
    assert (event.place.name, event.place.country) == (town, country)


def test_a_benchmark_demonym_stays_its_country():
    from sitrep.geo import Geoparser

    [top] = [t for t in Geoparser.load().parse("Fighting resumed in the Somali capital.", "en", demonyms=True)
             if t.place is not None]
    assert top.text == "Somali" and top.place.feature == "country"
