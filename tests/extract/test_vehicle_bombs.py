"""A truck, a motorbike or a vehicle rigged with explosives is a remote explosive, in French and English,
whoever the blast killed; the force whose post it hit is never its author."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

WEDNESDAY = date(2025, 11, 19)


@pytest.mark.parametrize("text,lang", [
    ("Un camion piégé a explosé mardi devant un poste de police à Mogadiscio, tuant au moins huit personnes, "
     "selon la police.", "fr"),
    ("Une moto piégée a explosé mardi près d'un marché de Gao, blessant trois civils.", "fr"),
    ("A truck bomb exploded on Tuesday outside a police station in Mogadishu, killing at least eight people, "
     "police said.", "en"),
])
def test_a_rigged_vehicle_is_a_remote_explosive(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, WEDNESDAY)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1 is not None and event.actor1.name.startswith("Unidentified Armed Group")
