"""Right events coded with one field wrong in French reports (frp41, bench/fr_match_stress.py): a town named
as the seat of the unit after it ("X, chef-lieu de la Plaine de Y") is the place, not the unit; drones
downed in part ("abattu la plupart des drones") are a disrupted strike, not an attack on civilians. Each text
is invented. All are published on Thursday 21 November 2024."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

D = date(2024, 11, 21)  # a Thursday


def _coded(pipeline, text):
    return [e for e in news_of(pipeline, text, published=D) if e.event_type]


def test_a_town_named_as_the_seat_of_a_chiefdom_is_the_place(pipeline):
    text = ("Des jeunes ont dressé mardi des barricades et jeté des pierres sur la police à Kamanyola, chef-lieu de la "
            "vaste chefferie de la Plaine de la Ruzizi, dans le territoire de Walungu (Sud-Kivu), après la mort d'un motard.")
    [e] = _coded(pipeline, text)
    assert e.place.name == "Kamanyola"


def test_a_town_named_as_the_seat_of_a_sector_is_the_place(pipeline):
    text = ("Des miliciens ont attaqué lundi une position de l'armée à Mangina, chef lieu du secteur de Beni-Mbau, "
            "dans le territoire de Beni (Nord-Kivu).")
    [e] = _coded(pipeline, text)
    assert e.place.name == "Mangina"


def test_a_unit_without_a_seat_word_is_still_the_units_place(pipeline):
    text = "Des miliciens ont attaqué lundi plusieurs villages du secteur de Beni-Mbau, dans le territoire de Beni (Nord-Kivu)."
    [e] = _coded(pipeline, text)
    assert e.place.name != "Mangina"


def test_most_of_the_drones_downed_is_a_disrupted_strike(pipeline):
    text = "L'aviation ukrainienne a affirmé mercredi avoir abattu la plupart des drones lancés dans la nuit."
    assert [e.sub_event_type for e in _coded(pipeline, text)] == ["Disrupted weapons use"]


def test_part_of_the_missiles_downed_is_a_disrupted_strike(pipeline):
    text = "La défense antiaérienne a abattu mercredi une partie des missiles tirés vers la capitale."
    assert [e.sub_event_type for e in _coded(pipeline, text)] == ["Disrupted weapons use"]


def test_most_of_the_attackers_shot_is_still_a_fight(pipeline):
    text = "Les soldats ont abattu mercredi la plupart des assaillants près de Djibo, selon l'armée."
    assert [e.event_type for e in _coded(pipeline, text)] == ["Battles"]
