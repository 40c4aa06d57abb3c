"""French reports of disasters: floods, fires and collapsed mines kill and destroy, but no one
inflicts it, so they tell no ACLED event (invented sentences)."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of


_dated = partial(news_of, published=date(2025, 11, 5))


@pytest.mark.parametrize("text", [
    "Le bilan des inondations qui ont frappé Kinshasa lundi s'élève désormais à 45 morts.",
    "Lundi, plusieurs centaines d'étals du marché de Matete ont été détruits par les flammes.",
    "Les pluies torrentielles ont détruit mardi plus de 300 maisons à Kalemie.",
    "Éboulement dans une mine d'or à Kamituga : 12 creuseurs tués",
    "Douze creuseurs ont été tués mardi dans l'éboulement d'un puits d'une mine d'or artisanale à Kamituga.",
])
def test_a_disaster_is_no_event(pipeline, text):
    assert not _dated(pipeline, text)


@pytest.mark.parametrize("text", [
    "Des miliciens ont incendié mardi plusieurs maisons à Djugu.",
    "Mardi, un véhicule de l'armée a sauté sur une mine artisanale près de Djibo.",
])
def test_arson_and_a_landmine_stay_events(pipeline, text):
    assert len(_dated(pipeline, text)) == 1
