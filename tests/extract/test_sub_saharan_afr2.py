"""Sub-Saharan Africa in ACLED's English notes, second round (issues 13 and 14, session afr2): tear gas fired at a
crowd, the label of Cabo Delgado's one insurgency, an attack whose only harm is a fire or an abduction, a people's
warriors, the civilians who help an armed group. Sentences are invented."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from tests.extract.reports import news_of, sides


def _en(pipeline, text: str):
    """The note's news events, published the day after the day it opens with, as ACLED's notes are."""
    day = datetime.strptime(re.match(r"On (\d+ \w+ \d{4})", text).group(1), "%d %B %Y").date()
    return news_of(pipeline, text, lang="en", published=day + timedelta(days=1))


def test_tear_gas_fired_at_protesters_is_an_intervention(pipeline):
    """ "fired tear gas at" people marching: the shot is a crowd-control weapon, ACLED's intervention, not the
    excessive force a shot at them was read as."""
    events = _en(pipeline, "On 3 May 2023, police fired tear gas at opposition supporters marching in Mzuzu.")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_live_rounds_fired_with_tear_gas_stay_excessive_force(pipeline):
    """Guard: live rounds beside the tear gas, and a death, keep the force excessive."""
    events = _en(pipeline, "On 3 May 2023, police fired live bullets and tear gas at protesters in Mzuzu, killing one.")
    assert events[0].sub_event_type == "Excessive force against protesters"


def test_a_rubber_tapper_shot_dead_is_a_victim_not_a_weapon(pipeline):
    """Guard: "rubber" qualifies the victim's trade here, not a bullet."""
    events = _en(pipeline, "On 3 May 2023, gunmen shot dead a rubber tapper near Harper (Maryland county).")
    assert events and events[0].sub_event_type == "Attack"


def test_insurgents_no_sentence_names_in_cabo_delgado_are_the_islamic_state(pipeline):
    """ACLED names the one insurgency of Cabo Delgado: its unnamed "insurgents" are the Islamic State's province."""
    events = _en(pipeline, "On 2 March 2023, insurgents killed four fishermen near Quissanga (Cabo Delgado).")
    assert sides(events[0]) == ["Islamic State Mozambique Province", "Civilians (Mozambique)"]


def test_unnamed_gunmen_in_cabo_delgado_stay_unidentified(pipeline):
    """Guard: gunmen are no label of a group; they stay the country's unidentified armed group."""
    events = _en(pipeline, "On 2 March 2023, unidentified gunmen shot dead a trader in Montepuez (Cabo Delgado).")
    assert sides(events[0]) == ["Unidentified Armed Group (Mozambique)", "Civilians (Mozambique)"]


def test_insurgents_outside_the_insurgency_stay_unidentified(pipeline):
    """Guard: the label names the Islamic State only in the provinces of its insurgency."""
    events = _en(pipeline, "On 2 March 2023, insurgents attacked a bus near Chimoio (Manica), killing two passengers.")
    assert sides(events[0])[0] == "Unidentified Armed Group (Mozambique)"


def test_an_attack_whose_harm_is_a_fire_is_a_destruction(pipeline):
    events = _en(pipeline, "On 9 June 2022, militiamen attacked Kabanda village (Kalehe territory, South Kivu), "
                           "torching 20 huts.")
    assert events[0].sub_event_type == "Looting/property destruction"


def test_an_attack_whose_harm_is_an_abduction_is_an_abduction(pipeline):
    events = _en(pipeline, "On 9 June 2022, gunmen attacked a minibus near Kankara (Katsina), abducting nine "
                           "travellers.")
    assert events[0].sub_event_type == "Abduction/forced disappearance"


def test_an_attack_with_its_dead_or_wounded_stays_an_attack(pipeline):
    """Guard: a death or a wound told beside the fire keeps ACLED's attack."""
    for text in ("On 9 June 2022, gunmen attacked Kabanda village (Kalehe territory), killing two and burning huts.",
                 "On 9 June 2022, gunmen attacked Kabanda village (Kalehe territory), wounding two and burning huts."):
        assert _en(pipeline, text)[0].sub_event_type == "Attack", text


def test_an_attack_on_soldiers_whose_trucks_burnt_stays_a_fight(pipeline):
    """Guard: an attack on armed men is a battle, whatever burnt."""
    events = _en(pipeline, "On 9 June 2022, Al Shabaab militants attacked a Kenyan army camp near Mandera, burning "
                           "two trucks.")
    assert events[0].sub_event_type == "Armed clash"


def test_a_peoples_warriors_are_its_militia(pipeline):
    events = _en(pipeline, "On 4 April 2023, Turkana warriors raided a village near Lokichar, killing three herders.")
    assert sides(events[0])[0] == "Turkana Ethnic Militia (Kenya)"


def test_a_groups_collaborators_are_civilians(pipeline):
    """ "suspected Al Shabaab collaborators": the civilians who help the group, not the group."""
    events = _en(pipeline, "On 4 April 2023, Somali police arrested four suspected Al Shabaab collaborators in "
                           "Baidoa.")
    assert sides(events[0]) == ["Police Forces of Somalia (2022-)", "Civilians (Somalia)"]


def test_a_groups_fighters_stay_the_group(pipeline):
    """Guard: the group's fighters are still the group."""
    events = _en(pipeline, "On 4 April 2023, Somali troops killed four Al Shabaab fighters near Baidoa.")
    assert "Al Shabaab" in sides(events[0])
