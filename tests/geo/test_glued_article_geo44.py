"""A sun-letter Arabic article glued to a name's first word (issue 14, geo44): "Assalamiyah" and
"Arraqqa" are As Salamiyah and Ar Raqqah to the transliteration key, inside the text's country only;
"Assad" and "Addis" are too short after the article to be read so. Sentences are invented; the towns
are well known."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km
from sitrep.geo.normalise import name_key, translit_key


@pytest.mark.parametrize("glued, spaced", [("Assalamiyah", "As Salamiyah"), ("Arraqqa", "Ar Raqqah"),
                                           ("Ashsharqat", "Ash Sharqat"), ("Azzawiya", "Az Zawiyah")])
def test_a_glued_article_keys_as_a_separate_one(glued, spaced):
    assert translit_key(name_key(glued)) == translit_key(name_key(spaced))


@pytest.mark.parametrize("name, other", [("Assad", "Sad"), ("Addis", "Dis")])
def test_a_short_word_keeps_its_opening(name, other):
    assert translit_key(name_key(name)) != translit_key(name_key(other))


def test_a_glued_spelling_finds_the_town_in_the_texts_country(geoparser):
    text = "On 4 April 2023, unknown gunmen shot a shepherd dead in Assalamiyah, in Hama, Syria."
    places = {t.text: t.place for t in geoparser.parse(text, "en", bound=True) if not t.relative}
    place = places.get("Assalamiyah")
    assert place is not None and place.country == "SY"
    assert haversine_km(place.lat, place.lon, 35.01, 37.05) < 15
    gazetteer = geoparser.gazetteer
    assert [gazetteer.country[i] for i in gazetteer.variant_ids("Assalamiyah", {"SY"})] == ["SY"] * 2
