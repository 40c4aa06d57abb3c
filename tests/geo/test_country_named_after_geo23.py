"""A town's own country named right after it, and towns named bare as what foreign forces struck
(issue 14, fourteenth session, geo23). Sentences are invented; places are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, lang", [
    ("On 3 May 2022, gunmen killed three herders at Lere in Mali.", "en"),
    ("Le 3 mai 2022, des hommes armés ont tué trois éleveurs à Léré au Mali.", "fr"),
])
def test_a_country_right_after_a_town_binds_it(geoparser, text, lang):
    """"Lere in Mali" is Léré, Mali, not the bigger Lere of Kaduna State, Nigeria: the country named
    by a preposition right after a town says where it lies, as "Lere, Mali" does."""
    name = "Lere" if lang == "en" else "Léré"
    place = _places(geoparser, text, lang)[name]
    assert place is not None and place.country == "ML"


@pytest.mark.parametrize("text, name", [
    ("On 3 May 2022, militants attacked Koro in Burkina Faso.", "Koro"),
    ("On 3 May 2022, gunmen killed two traders at Bindi in Burkina Faso.", "Bindi"),
])
def test_no_namesake_outside_the_country_named_after_a_town(geoparser, text, name):
    """Where the gazetteer has no town of the name in the country named after it, a namesake in
    Mali or Sierra Leone is no place for it."""
    place = _places(geoparser, text)[name]
    assert place is None or place.country == "BF"


def test_a_country_after_a_big_town_keeps_it(geoparser):
    """Guard: a town of the country named after it stays that town."""
    place = _places(geoparser, "On 3 May 2022, hundreds of protesters marched in Kaduna in Nigeria.")["Kaduna"]
    assert place is not None and place.country == "NG" and place.feature == "city"


@pytest.mark.parametrize("text, name, country", [
    ("On 3 May 2022, Russian forces shelled Velyka Pysarivka, killing two civilians.", "Velyka Pysarivka", "UA"),
    ("On 3 May 2022, Turkish forces shelled Tal Rifaat with artillery. Casualties unknown.", "Tal Rifaat", "SY"),
])
def test_a_town_shelled_across_a_border_is_placed(geoparser, text, name, country):
    """A small town named bare as what a neighbour's forces shelled was found by no rule (the model
    tags it an organisation or a person) and, once found, dropped as a namesake abroad of a place
    of the forces' own country: it is the town of the country they act in (the countries passed are
    the actors', as the pipeline passes them)."""
    found = {t.text: t.place for t in geoparser.parse(text, "en", countries=frozenset({"RU", "TR"}), bound=True)
             if not t.relative}
    assert found.get(name) is not None and found[name].country == country
