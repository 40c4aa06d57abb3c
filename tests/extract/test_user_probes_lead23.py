"""Sentences a new user tried (the twenty-third session's lead): a crowd named by its kin of someone killed,
whose killing is that person's story told in passing, not violence of the protest."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import code, news_of

TUESDAY = date(2025, 3, 11)


@pytest.mark.parametrize("text,lang", [
    ("Led by the brother of a trader who was shot by robbers, residents marched through Kano on Monday to demand "
     "more patrols.", "en"),
    ("Mardi, la famille d'un chauffeur tué par des bandits la semaine dernière a organisé un sit-in devant la "
     "mairie de Bunia.", "fr"),
    ("Les proches d'un enseignant enlevé en janvier ont manifesté lundi devant le gouvernorat de Goma.", "fr"),
])
def test_the_killing_that_names_a_crowds_kin_is_background_of_its_protest(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, TUESDAY)
    assert event.sub_event_type == "Peaceful protest"
    assert all(e.sub_event_type == "Peaceful protest" or e.status not in ("reported", "ongoing")
               for e in code(pipeline, text, lang, TUESDAY))


@pytest.mark.parametrize("text,lang", [
    ("Police arrested five students in Dhaka on Sunday for taking part in a protest the week before.", "en"),
    ("The authorities detained three reporters in Kabul on Monday for covering a rally by women.", "en"),
    ("Police detained twelve activists in Minsk on Monday over their role in a march on Saturday.", "en"),
    ("La police a interpellé lundi à Dakar quatre étudiants pour avoir participé à une marche interdite.", "fr"),
])
def test_a_protest_given_as_the_reason_for_an_arrest_is_the_arrests_cause(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, TUESDAY)
    assert event.sub_event_type == "Arrests"
    assert event.actor2 is not None and not event.actor2.name.startswith("Protesters")


def test_arrests_made_at_a_protest_stay_an_intervention(pipeline):
    text = "Police arrested 30 protesters in Dhaka on Monday during a march against fuel prices."
    [event] = news_of(pipeline, text, "en", TUESDAY)
    assert event.sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("text,lang,government", [
    ("The government and the ELN rebels signed a partial ceasefire in Havana on Monday.", "en",
     "Government of Colombia"),
    ("Le gouvernement et le M23 ont signé lundi à Doha un accord de cessez-le-feu.", "fr",
     "Government of the Democratic Republic of Congo"),
    ("The Cuban government and the ELN rebels signed a memorandum in Havana on Monday.", "en", "Government of Cuba"),
])
def test_an_unnamed_government_signing_abroad_is_that_of_the_rebels_it_fights(pipeline, text, lang, government):
    [event] = news_of(pipeline, text, lang, TUESDAY)
    assert event.sub_event_type == "Agreement"
    assert government in {event.actor1.name.split(" (")[0], event.actor2.name.split(" (")[0]}


@pytest.mark.parametrize("published,mission", [
    (date(2021, 6, 9), "AMISOM: African Union Mission in Somalia (2007-2022)"),
    (date(2023, 6, 14), "ATMIS: African Union Transition Mission in Somalia (2022-2024)"),
    (date(2025, 6, 11), "AUSSOM: African Union Support and Stabilization Mission in Somalia (2025-)"),
])
def test_african_union_troops_in_somalia_are_the_mission_of_the_day(pipeline, published, mission):
    text = "Al-Shabaab militants attacked an African Union base near Baidoa on Monday, killing three soldiers."
    [event] = news_of(pipeline, text, "en", published)
    assert {event.actor1.name, event.actor2.name} == {"Al Shabaab", mission}


@pytest.mark.parametrize("text,lang,mission", [
    ("CODECO militiamen attacked UN peacekeepers near Djugu on Monday, wounding two.", "en", "MONUSCO: "),
    ("Des jihadistes ont attaqué lundi un convoi de casques bleus près de Tessalit.", "fr", "MINUSMA: "),
])
def test_peacekeepers_are_the_un_mission_of_the_country(pipeline, text, lang, mission):
    [event] = news_of(pipeline, text, lang, date(2022, 3, 15))
    assert any(a is not None and a.name.startswith(mission) for a in (event.actor1, event.actor2))


@pytest.mark.parametrize("text", [
    "The health minister toured a camp in Bunia on Monday and handed food to displaced families.",
    "On Monday the governor met displaced farmers in Maiduguri to discuss their return.",
])
def test_displaced_people_met_on_a_day_were_not_displaced_that_day(pipeline, text):
    assert [e for e in news_of(pipeline, text, "en", TUESDAY) if e.sub_event_type == "Other"] == []


@pytest.mark.parametrize("text,day", [
    ("Hundreds of mourners attended the burial on Monday of a reporter killed in a drone strike last week.",
     None),
    ("Des centaines de personnes ont assisté lundi à l'enterrement d'un journaliste tué vendredi dans une frappe de drone.",
     date(2025, 3, 7)),
])
def test_a_killing_told_in_a_clause_of_its_own_keeps_its_own_day(pipeline, text, day):
    [event] = [e for e in news_of(pipeline, text, text[:2] == "De" and "fr" or "en", TUESDAY)
               if e.event_type == "Explosions/Remote violence"]
    assert event.event_date == day if day else event.event_date < date(2025, 3, 10)  # last week's, not Monday's


@pytest.mark.parametrize("text", [
    "Mardi, un convoi de camions-citernes a été attaqué sur la route de Nioro.",
    "Un camion-citerne a été incendié mardi par des assaillants sur la route de Diéma.",
])
def test_a_tanker_attacked_is_what_was_hit_not_an_accident(pipeline, text):
    assert [e.event_type for e in news_of(pipeline, text, "fr", TUESDAY)] in (
        ["Violence against civilians"], ["Strategic developments"], ["Battles"])


def test_a_tanker_that_blows_up_on_its_own_is_still_an_accident(pipeline):
    text = "Mardi, l'explosion d'un camion-citerne a fait cinq morts sur la route de Nioro."
    assert news_of(pipeline, text, "fr", TUESDAY) == []
