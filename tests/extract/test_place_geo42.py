"""The place of a French dispatch's event when its lead says only "near X" or names the units between a
town and an offset (issue 14, item 4). Sentences are invented; the towns are real."""
from __future__ import annotations

from sitrep import api


def _places(text: str) -> list:
    events = [e for e in api.code(text, lang="fr", published="2025-03-12") if e.place is not None]
    assert events, text
    return [e.place for e in events]


def test_a_site_near_the_capital_named_again_with_its_town_is_at_the_town():
    """"un camp situé non loin de Bamako ... le camp de Kati": the camp is at Kati, 18 km from the capital."""
    places = _places("L'armée malienne dit avoir repoussé mercredi une attaque jihadiste contre un camp militaire "
                     "situé non loin de la capitale Bamako. Les assaillants ont fui après deux heures de tirs. "
                     "Le camp de Kati abrite plusieurs unités d'élite.")
    assert places[0].name == "Kati"


def test_a_town_named_for_another_thing_does_not_place_the_site():
    """The town where a patrol set out from is not where the post near the capital stands."""
    places = _places("Des hommes armés ont attaqué mercredi un poste de police situé non loin de la capitale "
                     "Bamako. Une patrouille de Kati a été dépêchée sur les lieux.")
    assert places[0].name == "near Bamako"


def test_units_between_a_town_and_its_offset_leave_the_town_the_place():
    """"à X, en territoire de Y, à 50 km de Z": the territory and the offset both say where X lies."""
    places = _places("Des affrontements ont opposé mardi des miliciens aux soldats dans le groupement de "
                     "Kamanyola, en territoire de Walungu, à une cinquantaine de kilomètres au sud de Bukavu.")
    assert places[0].name == "Kamanyola"
