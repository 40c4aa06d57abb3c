"""Invented French sentences of francophone news (issue 13, frafr2): a damage a minister promises to rebuild or a
fund to compensate, and fighting told as slowing or calmed, are the state of a place, not an event of the day; a
driver held after a crash is no arrest ACLED codes; the same words with a day of their own, the fights a report
tells and a journalist held stay dated news."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import code, news

PUBLISHED = date(2024, 6, 20)


@pytest.mark.parametrize("text", [
    "Le gouverneur s'est rendu mardi à Kalemie, où il a promis la réhabilitation des ponts détruits.",
    "En visite jeudi à Mahajanga, le Premier ministre a annoncé la reconstruction des dispensaires détruits.",
    "Le maire a annoncé lundi à Kindu un fonds pour indemniser les commerçants dont les boutiques ont été pillées.",
])
def test_a_damage_to_mend_is_no_event_of_the_day(pipeline, text):
    events = code(pipeline, text, "fr", PUBLISHED)
    assert not news(events)


@pytest.mark.parametrize("text", [
    "Des miliciens ont incendié lundi à Kalemie un dispensaire en reconstruction.",
    "Des pillards ont saccagé mardi à Kindu le chantier de réhabilitation du marché central.",
])
def test_a_destruction_of_what_is_being_rebuilt_stays_news(pipeline, text):
    events = news(code(pipeline, text, "fr", PUBLISHED))
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


@pytest.mark.parametrize("text", [
    "Les combats entre l'armée et la rébellion ont ralenti depuis plusieurs jours dans le territoire de Walikale.",
    "Les affrontements se sont calmés autour de Pinga depuis l'arrivée des renforts, selon des habitants.",
])
def test_fighting_told_as_slowing_is_no_event_of_the_day(pipeline, text):
    events = code(pipeline, text, "fr", PUBLISHED)
    assert events and not news(events)


@pytest.mark.parametrize("text, day", [
    ("Les combats ont cessé mardi soir à Pinga, après une journée d'affrontements entre l'armée et les miliciens.",
     date(2024, 6, 18)),
    ("De violents combats ont opposé lundi l'armée aux miliciens près de Pinga avant de ralentir dans la soirée.",
     date(2024, 6, 17)),
])
def test_a_dated_fight_stays_news(pipeline, text, day):
    events = news(code(pipeline, text, "fr", PUBLISHED))
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Armed clash", day)]


@pytest.mark.parametrize("text", [
    "Un camion a percuté samedi un car scolaire près de Nevers. Le conducteur a été interpellé pour homicide "
    "involontaire et délit de fuite.",
    "Une voiture a fauché samedi soir deux piétons à Tours. Le conducteur, dont l'alcoolémie dépassait le seuil "
    "légal, a été placé en garde à vue.",
])
def test_a_driver_held_after_a_crash_is_no_arrest_acled_codes(pipeline, text):
    assert not [e for e in news(code(pipeline, text, "fr", PUBLISHED)) if e.sub_event_type == "Arrests"]


def test_a_journalist_held_stays_an_arrest(pipeline):
    text = "Le journaliste a été placé en garde à vue mardi à Lyon après un article sur le préfet."
    events = news(code(pipeline, text, "fr", PUBLISHED))
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Arrests", date(2024, 6, 18))]
