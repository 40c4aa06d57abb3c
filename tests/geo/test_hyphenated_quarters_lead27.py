"""A quarter written with a hyphen that no table holds ("le quartier de Carrefour-Feuilles") is no place
named by its first word: "Carrefour" alone is another commune. Pairs of towns joined by a hyphen ("l'axe
Beni-Butembo") keep both towns. Sentences are invented."""
from __future__ import annotations

import pytest


def _names(geoparser, text: str, lang: str) -> set[str]:
    return {t.text for t in geoparser.parse(text, lang) if t.place is not None and not t.relative}


@pytest.mark.parametrize("text,lang", [
    ("Trois personnes ont été blessées jeudi dans le quartier de Carrefour-Feuilles, à Port-au-Prince.", "fr"),
    ("Armed men wounded three people in the Carrefour-Feuilles neighbourhood of Port-au-Prince on Thursday.", "en"),
    ("Armed men wounded three people in the neighbourhood of Carrefour-Feuilles in Port-au-Prince.", "en"),
])
def test_a_quarters_first_word_is_no_town_of_its_own(geoparser, text, lang):
    names = _names(geoparser, text, lang)
    assert "Carrefour" not in names
    assert "Port-au-Prince" in names


def test_towns_joined_by_a_hyphen_stay_towns(geoparser):
    names = _names(geoparser, "Des affrontements ont eu lieu jeudi sur l'axe Beni-Butembo.", "fr")
    assert {"Beni", "Butembo"} <= names
