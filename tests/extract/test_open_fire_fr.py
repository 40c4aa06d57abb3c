"""'Ouvrir le feu' is an attack on whoever it is opened on; on demonstrators it stays force against them."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

WEDNESDAY = date(2025, 11, 19)


def test_gunmen_opening_fire_on_worshippers_is_an_attack(pipeline):
    [event] = news_of(pipeline, "Des hommes armés ont fait irruption dimanche pendant la messe dans une église de "
                      "Djibo et ont ouvert le feu sur les fidèles.", "fr", WEDNESDAY)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2 is not None and event.actor2.name == "Civilians (Burkina Faso)"


def test_police_opening_fire_on_demonstrators_is_excessive_force(pipeline):
    [event] = news_of(pipeline, "Les policiers ont ouvert le feu dimanche sur les manifestants à Conakry.", "fr",
                      WEDNESDAY)
    assert event.sub_event_type == "Excessive force against protesters"
