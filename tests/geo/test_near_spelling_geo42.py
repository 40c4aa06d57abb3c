"""A name no table has, found only by a near spelling, against the unit the text puts it in (issue 14,
item 4). Sentences are invented; the places are real."""
from __future__ import annotations

from sitrep import api


def _places(text: str) -> list:
    events = [e for e in api.code(text, lang="fr", published="2025-03-12") if e.place is not None]
    assert events, text
    return [e.place for e in events]


def test_a_near_spelling_beyond_the_territory_named_is_no_match():
    """"Kisharo, territoire de Rutshuru": not Kyeshero, a quarter of Goma outside the territory's radius."""
    places = _places("Quatre civils ont été tués mardi soir lors d'une attaque de rebelles contre le village de "
                     "Kisharo, dans le territoire de Rutshuru, a-t-on appris de sources locales.")
    assert places[0].name != "Kyeshero" and places[0].lat > -1.4
