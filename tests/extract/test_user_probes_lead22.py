"""Sentences a new user tried on world news (the twenty-second session's lead): a nation's strikes, a place
bound by the country of the group a report names, what a call asks for, truces that are a state of affairs
rather than an agreement made, and what troops "were to" do."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import code, news_of

TUESDAY = date(2025, 3, 11)


@pytest.mark.parametrize("text,force", [
    ("Israeli strikes on a school sheltering displaced families in Khan Younis killed nine people on Monday, "
     "medics said.", "Military Forces of Israel"),
    ("Russian strikes on the port of Odesa killed four dock workers on Monday, the governor said.",
     "Military Forces of Russia"),
])
def test_a_nations_strikes_that_kill_are_its_forces_strikes(pipeline, text, force):
    [event] = news_of(pipeline, text, "en", TUESDAY)
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.name.startswith(force)
    assert event.event_date == date(2025, 3, 10)


def test_a_labour_strike_of_a_nation_stays_a_strike_of_workers(pipeline):
    text = "An Israeli general strike called by the main union shut down ports and airports on Monday."
    assert all(e.event_type != "Explosions/Remote violence" for e in code(pipeline, text, "en", TUESDAY))


def test_a_town_in_the_country_of_the_group_struck_is_kept(pipeline):
    text = ("Israeli strikes on a house in the Nuseirat camp killed seven people on Monday, Palestinian medics "
            "said. The Israeli army said it had targeted Hamas fighters.")
    [event] = news_of(pipeline, text, "en", TUESDAY)
    assert event.place is not None and event.place.country == "PS"
    assert event.actor2.name == "Civilians (Palestine)"


@pytest.mark.parametrize("text", [
    "The president called on Washington and Paris, which back the accord, to pressure Israel to withdraw from the "
    "hills it still holds.",
    "The prime minister called on Cairo and Doha, which mediate the talks, to pressure the militia to withdraw from "
    "the districts it still holds.",
])
def test_what_a_call_asks_another_to_obtain_is_no_news(pipeline, text):
    assert news_of(pipeline, text, "en", TUESDAY) == []


@pytest.mark.parametrize("text", [
    "Qatar and Egypt oversee the truce between the two sides.",
    "Residents said the ceasefire was fragile and feared a return to war.",
    "Under the truce, the troops were to withdraw from the border area within 60 days.",
])
def test_a_truce_that_is_only_talked_of_is_no_agreement(pipeline, text):
    assert all(e.sub_event_type not in ("Agreement", "Non-violent transfer of territory")
               for e in news_of(pipeline, text, "en", TUESDAY))


@pytest.mark.parametrize("text,day", [
    ("The army and the rebels agreed to a ceasefire on Sunday after talks in Nairobi.", date(2025, 3, 9)),
    ("A truce brokered by Qatar took effect on Monday in the north of the country.", date(2025, 3, 10)),
])
def test_a_truce_made_or_taking_effect_is_an_agreement(pipeline, text, day):
    events = news_of(pipeline, text, "en", TUESDAY)
    assert any(e.sub_event_type == "Agreement" and e.event_date == day for e in events)


@pytest.mark.parametrize("text,lang", [
    ("Trois soldats ukrainiens ont été tués lundi lors d'un bombardement russe sur la ville de Soumy.", "fr"),
    ("Three Ukrainian soldiers were killed in Russian shelling of the city of Sumy on Monday.", "en"),
])
def test_soldiers_killed_by_another_nations_shelling_are_its_target(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, TUESDAY)
    assert event.actor1.name.startswith("Military Forces of Russia")
    assert event.actor2.name.startswith("Military Forces of Ukraine")


@pytest.mark.parametrize("text", [
    "The army chief vowed on Monday to keep fighting until the rebels are defeated.",
    "The rebel leader threatened on Monday to attack the capital if the talks fail.",
    "The governor pledged on Monday to retake the town within a week.",
])
def test_a_vow_told_with_its_day_is_still_a_plan(pipeline, text):
    assert news_of(pipeline, text, "en", TUESDAY) == []


@pytest.mark.parametrize("text", [
    "Le chef de l'armée a promis lundi de poursuivre les combats jusqu'à la défaite des rebelles.",
    "Les rebelles ont menacé lundi d'attaquer la ville de Goma si l'armée ne se retirait pas.",
    "Le gouverneur s'est engagé lundi à reprendre la localité avant la fin du mois.",
])
def test_a_french_vow_told_with_its_day_is_still_a_plan(pipeline, text):
    assert news_of(pipeline, text, "fr", TUESDAY) == []


def test_soldiers_deployed_to_a_town_are_no_plan(pipeline):
    text = "Des soldats engagés à Goma ont attaqué lundi une position des rebelles, tuant trois combattants."
    assert news_of(pipeline, text, "fr", TUESDAY) != []


@pytest.mark.parametrize("text,lang", [
    ("Gunmen killed eleven travellers on a bus near Tank on Monday, police said. Authorities blocked the main "
     "road after the attack and sent reinforcements.", "en"),
    ("Des hommes armés ont tué lundi onze voyageurs dans un bus près de Tank. Les autorités ont bloqué la route "
     "principale après l'attaque.", "fr"),
])
def test_a_road_the_authorities_block_is_no_demonstration(pipeline, text, lang):
    events = news_of(pipeline, text, lang, TUESDAY)
    assert [e.sub_event_type for e in events if e.event_type in ("Riots", "Protests", "Violence against civilians")] \
        == ["Attack"]


def test_a_road_protesters_block_is_still_a_demonstration(pipeline):
    text = "Angry traders blocked the main road in Tank on Monday with burning tyres to protest new taxes."
    assert any(e.event_type in ("Riots", "Protests") for e in news_of(pipeline, text, "en", TUESDAY))


@pytest.mark.parametrize("text", [
    "Rebels captured most of the city of Kindu on Monday after a two-day offensive, residents said.",
    "Insurgents seized parts of the town of Mocimboa on Monday, a local official said.",
])
def test_a_part_of_a_town_taken_is_ground_taken(pipeline, text):
    [event] = news_of(pipeline, text, "en", TUESDAY)
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_ground_taken_is_taken_from_the_forces_of_its_country(pipeline):
    text = ("Rebels captured most of the city of Hama on Monday, a war monitor said. Russian warplanes struck rebel "
            "positions in Idlib province on Monday, killing 12 fighters.")
    taken = [e for e in news_of(pipeline, text, "en", TUESDAY) if e.sub_event_type == "Non-state actor overtakes territory"]
    assert [e.actor2.name for e in taken] == ["Military Forces of Syria (2000-)"]


def test_a_strike_told_in_the_past_stays_reported_whatever_its_participle(pipeline):
    text = "Warplanes struck rebel positions in Idlib province, killing at least 20 fighters, a monitor said."
    [event] = news_of(pipeline, text, "en", TUESDAY)
    assert event.status == "reported"


def test_a_bombing_campaign_named_as_context_is_no_event(pipeline):
    text = ("Insurgents overran the main town of a northern province early on Monday, despite a months-long "
            "bombing campaign by the air force meant to stop them.")
    [event] = news_of(pipeline, text, "en", TUESDAY)
    assert event.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize("text,force", [
    ("Sudan's army shelled a market in Omdurman on Monday, killing six people, medics said.",
     "Military Forces of Sudan"),
    ("South Sudan's army attacked the town of Nasir on Monday, residents said.", "Military Forces of South Sudan"),
])
def test_a_countrys_own_army_named_with_its_possessive_is_that_countrys(pipeline, text, force):
    [event] = news_of(pipeline, text, "en", TUESDAY)
    assert event.actor1.name.startswith(force)


def test_its_forces_are_the_forces_of_the_ministry_that_speaks(pipeline):
    text = "Russia's Defense Ministry said on Monday that its forces had captured the village of Kurakhove."
    [event] = news_of(pipeline, text, "en", TUESDAY)
    assert event.actor1.name.startswith("Military Forces of Russia")


def test_a_strike_told_before_the_count_of_weapons_shot_down_stays_the_launchers_strike(pipeline):
    text = ("Russian missiles and drones slammed into the power grid overnight, killing two people, officials said "
            "on Tuesday. In the Lviv region, a missile hit an energy plant, the governor said. In Kharkiv, a drone "
            "struck an apartment block, injuring seven people, including a child, the mayor said. Ukraine's air force "
            "said it shot down 40 of the 65 drones launched.")
    kharkiv = [e for e in news_of(pipeline, text, "en", TUESDAY) if e.place is not None and e.place.name == "Kharkiv"]
    assert [(e.sub_event_type, e.actor1.name) for e in kharkiv] == [("Air/drone strike", "Military Forces of Russia (2000-)")]


@pytest.mark.parametrize("text,lang", [
    ("Russia's defence ministry told reporters on Monday that hundreds of militants launched attacks in Idlib "
     "province, killing 30 Syrian soldiers.", "en"),
    ("Le ministère russe de la Défense a affirmé lundi que des centaines de jihadistes avaient attaqué des positions "
     "de l'armée syrienne à Idleb.", "fr"),
])
def test_the_ministry_that_tells_of_an_attack_is_no_side_of_it(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, TUESDAY)
    assert "Russia" not in event.actor1.name
    assert event.actor2.name.startswith("Military Forces of Syria")


def test_a_force_that_says_it_acted_is_still_the_side_that_acted(pipeline):
    text = "The Nigerian army said on Monday that it killed ten militants in Borno state."
    [event] = news_of(pipeline, text, "en", TUESDAY)
    assert event.actor1.name.startswith("Military Forces of Nigeria")


@pytest.mark.parametrize("text,lang", [
    ("Air defences intercepted Israeli missiles over Damascus on Monday that were fired at military sites in the "
     "south, the defence ministry said.", "en"),
])
def test_missiles_all_intercepted_are_a_disrupted_weapons_use_by_the_defender(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, TUESDAY)
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor1.name.startswith("Military Forces of Syria")
    assert event.actor2.name.startswith("Military Forces of Israel")


def test_missiles_intercepted_with_some_hitting_stay_a_strike(pipeline):
    text = ("Air defences intercepted Russian missiles over Kyiv on Monday, but debris hit a school, injuring "
            "four people, the mayor said.")
    assert any(e.event_type == "Explosions/Remote violence" for e in news_of(pipeline, text, "en", TUESDAY))


@pytest.mark.parametrize("text,lang", [
    ("La veille, lundi soir, l'aviation a mené une série de raids sur des dépôts de la milice près de Hama.", "fr"),
    ("On Monday night, the air force carried out a series of raids on militia depots near Hama.", "en"),
])
def test_a_series_of_raids_told_with_its_day_is_that_days_air_strikes(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, TUESDAY)
    assert event.sub_event_type == "Air/drone strike"
    assert event.event_date == date(2025, 3, 10)


def test_a_force_backed_by_air_strikes_still_fights_its_battle(pipeline):
    text = "Les soldats, appuyés par des drones, ont tué lundi huit rebelles près de Rutshuru."
    [event] = news_of(pipeline, text, "fr", TUESDAY)
    assert event.event_type == "Battles"
