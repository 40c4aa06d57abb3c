"""Where an event is when its sentence names a town near another, or a town and where it lies (issue 14,
item 4). Sentences are invented; the towns are real."""
from __future__ import annotations

from sitrep import api


def _places(text: str) -> list:
    events = [e for e in api.code(text, lang="fr", published="2025-11-05") if e.place is not None]
    assert events, text
    return [e.place for e in events]


def test_a_village_near_a_larger_town_stays_near_the_village():
    """A larger town named elsewhere (where the wounded were taken) is not where the village is."""
    places = _places("Des rebelles ont attaqué mardi soir un poste militaire près de Kiwanja, blessant trois "
                     "soldats. Les blessés ont été évacués vers l'hôpital général de Rutshuru.")
    assert places[0].name == "near Kiwanja"


def test_a_town_described_by_an_offset_is_the_place():
    """"à X, localité située à 5 km au nord de Y", "à X, dans l'est de Y": the phrase says where the
    named town lies; ACLED codes the town, not the point the phrase gives."""
    places = _places("Des inconnus ont enlevé mardi deux chauffeurs à Kiwanja, localité située à 5 km au nord "
                     "de Rutshuru, selon la société civile.")
    assert places[0].name == "Kiwanja"
    places = _places("Des jeunes en colère ont brûlé jeudi des pneus à Maluku, dans l'est de Kinshasa.")
    assert places[0].name == "Maluku" and places[0].country == "CD"


def test_an_unknown_village_described_by_an_offset_keeps_the_offset():
    places = _places("Des inconnus ont enlevé mardi deux chauffeurs à Kalobeza, localité située à 20 km au sud "
                     "de Lubero, selon la société civile.")
    assert places[0].name == "20 km S of Lubero"
