"""Sentences a new user tried (the twenty-fifth session's lead): who died when a bomb went off is whom it
hit, not its author; the Lebanese Forces are a party, Lebanon's forces its army; troops that drive
soldiers out of a hamlet take territory; a landmine is not laid to the group that governs; a strike an army
tells of on its foes is its own; a group that owns what was hit is its target."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

MONDAY = date(2025, 3, 10)


@pytest.mark.parametrize("text,lang,target", [
    ("A soldier died when a roadside bomb went off near his patrol outside Gao on Sunday.", "en",
     "Military Forces of Mali"),
    ("Two policemen died after their car struck a landmine near Mandera on Sunday.", "en", "Police Forces of Kenya"),
    ("Dimanche, un soldat est mort quand un engin explosif a sauté au passage de sa patrouille près de Ménaka.",
     "fr", "Military Forces of Mali"),
])
def test_who_died_in_a_blast_is_its_target_not_its_author(pipeline, text, lang, target):
    [event] = news_of(pipeline, text, lang, MONDAY)
    assert event.actor1 is not None and event.actor1.name.startswith("Unidentified Armed Group")
    assert event.actor2 is not None and event.actor2.name.startswith(target)


def test_the_lebanese_forces_are_the_party_and_lebanese_forces_the_army(pipeline):
    [clash] = news_of(pipeline, "Supporters of the Lebanese Forces and of Hezbollah clashed in Beirut on "
                                "Sunday, wounding four people.", "en", MONDAY)
    names = {a.name for a in (clash.actor1, clash.actor2, *clash.assoc_actor_1) if a is not None}
    assert "LF: Lebanese Forces" in names
    assert not any(n.startswith("Military Forces of Lebanon") for n in names)
    [arrest] = news_of(pipeline, "Lebanese forces arrested three smugglers near Hermel on Sunday.", "en", MONDAY)
    assert arrest.actor1.name.startswith("Military Forces of Lebanon")


@pytest.mark.parametrize("text,taker", [
    ("Russian troops drove Ukrainian soldiers out of a hamlet near Bakhmut on Sunday.", "Military Forces of Russia"),
    ("Ukrainian forces pushed Russian troops out of a village east of Kupiansk on Sunday.",
     "Military Forces of Ukraine"),
])
def test_driving_soldiers_out_of_a_place_takes_it(pipeline, text, taker):
    [event] = news_of(pipeline, text, "en", MONDAY)
    assert event.event_type == "Battles" and "territory" in event.sub_event_type
    assert event.actor1.name.startswith(taker)


def test_an_unclaimed_landmine_is_not_laid_to_the_group_that_governs(pipeline):
    [event] = news_of(pipeline, "A landmine explosion killed two boys herding sheep in Helmand province on Sunday, "
                                "the Taliban said.", "en", MONDAY)
    assert event.actor1.name.startswith("Unidentified Armed Group")


@pytest.mark.parametrize("text,lang,army,target", [
    ("Une frappe de drone a tué dimanche trois jihadistes présumés près de Gao, selon l'armée malienne.", "fr",
     "Military Forces of Mali", "Unidentified Armed Group"),
    ("A drone strike killed five al-Shabaab fighters near Bulo Burte on Sunday, the Somali army said.", "en",
     "Military Forces of Somalia", "Al Shabaab"),
])
def test_a_strike_on_its_foes_told_by_the_army_is_the_armys(pipeline, text, lang, army, target):
    [event] = news_of(pipeline, text, lang, MONDAY)
    assert event.actor1 is not None and event.actor1.name.startswith(army)
    assert event.actor2.name.startswith(target)


def test_a_strike_told_by_the_army_on_civilians_is_laid_to_no_one(pipeline):
    [event] = news_of(pipeline, "A drone strike killed five civilians near Bulo Burte on Sunday, the Somali army "
                                "said.", "en", MONDAY)
    assert event.actor1 is None or not event.actor1.name.startswith("Military Forces of Somalia")


def test_the_group_that_owns_what_was_hit_is_the_target(pipeline):
    [event] = news_of(pipeline, "An air strike hit a JNIM camp near Kaya on Sunday, killing 15 militants, according "
                                "to the army.", "en", MONDAY)
    assert event.actor2 is not None and event.actor2.name.startswith("JNIM")
    assert event.actor1 is None or not event.actor1.name.startswith("JNIM")


def test_pupils_marching_to_an_office_protest(pipeline):
    [event] = news_of(pipeline, "Kindu : des élèves dénoncent la hausse des frais. Des centaines d'élèves ont marché "
                                "dimanche dans les rues de Kindu jusqu'au bureau du gouverneur.", "fr", MONDAY)
    assert event.sub_event_type == "Peaceful protest"


def test_a_march_that_is_no_protest_is_no_event(pipeline):
    assert news_of(pipeline, "Les fidèles ont marché dimanche de l'église au cimetière de Butembo.", "fr", MONDAY) == []


def test_a_region_named_by_a_compass_word_after_its_admin_word_is_the_place(pipeline):
    [event] = news_of(pipeline, "Des opérations menées dimanche dans la région de l'Est ont permis de neutraliser une "
                                "trentaine de terroristes, selon l'armée burkinabè.", "fr", MONDAY)
    assert event.place is not None and event.place.country == "BF" and event.place.feature == "admin1"
    assert event.actor1 is not None and event.actor1.name.startswith("Military Forces of Burkina Faso")


@pytest.mark.parametrize("text,lang", [
    ("Separatists attacked a gendarmerie post in Kumba on Sunday.", "en"),
    ("Des séparatistes ont attaqué un poste de gendarmerie à Kumba dans la nuit de dimanche.", "fr"),
])
def test_separatists_in_cameroon_are_the_ambazonians_and_a_post_is_the_states(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, MONDAY)
    assert event.actor1.name == "Ambazonian Separatists (Cameroon)"
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces of Cameroon")


def test_gunmen_who_seize_an_official_abduct_him(pipeline):
    [event] = news_of(pipeline, "Gunmen seized a local councillor in Gwoza on Sunday and took him to an unknown "
                                "location.", "en", MONDAY)
    assert event.sub_event_type == "Abduction/forced disappearance"
