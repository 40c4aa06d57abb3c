"""French dispatches (thirty-first session, frgeo): the event of a chain "arrondissement de X, département de
Y, région de Z" is at X, the unit the chain opens with."""
from __future__ import annotations

from datetime import date

from sitrep.types import Article


def test_an_abduction_in_an_arrondissement_is_at_its_town_not_the_department(pipeline):
    text = ("Des séparatistes armés ont enlevé mardi un instituteur dans l'arrondissement de Batibo, "
            "département de la Momo, région du Nord-Ouest.")
    events = pipeline.code(Article(article_id="frgeo-1", text=text, lang="fr", published=date(2025, 3, 14)))
    assert events and events[0].place is not None and events[0].place.name == "Batibo"
