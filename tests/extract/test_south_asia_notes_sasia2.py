"""South and South-East Asia's notes in ACLED's manner, second round: a police station that names the area a
village lies in ("under X police station limits") is no target; a count of those who killed ("two gunmen shot dead
a headman") is no toll; "security personnel" and a "constable" are the state's forces; a fighter's word in the
singular ("a suspected terrorist") is a fighter, but not as the adjective of the next noun ("militant
associates"); the Citizen Armed Force Geographical Unit is the Philippine army's CAFGU. Invented reports."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import code, news_of, sides

_events = partial(news_of, lang="en", published=date(2024, 3, 8))


def _one(pipeline, text: str):
    [e] = _events(pipeline, text)
    return e


def test_a_police_station_naming_the_villages_area_is_no_target(pipeline):
    e = _one(pipeline, "On 2 March 2024, Maoists shot dead a former village head in Tirkeli village under Basaguda "
                       "police station limits (Bijapur, Chhattisgarh).")
    assert e.sub_event_type == "Attack"
    assert sides(e) == ["CPI (Maoist): Communist Party of India (Maoist)", "Civilians (India)"]


def test_a_police_station_attacked_is_still_the_polices(pipeline):
    e = _one(pipeline, "On 2 March 2024, Maoists attacked the Basaguda police station in Bijapur (Chhattisgarh) "
                       "with rifles.")
    assert sides(e)[1].startswith("Police Forces of India")


@pytest.mark.parametrize(("text", "toll"), [
    ("On 2 March 2024, two gunmen shot dead a rubber tapper in Bannang Sata district (Yala).", 1),
    ("On 2 March 2024, three militants killed two rangers near a school in Bacho district (Narathiwat).", 2),
])
def test_a_count_of_the_killers_is_no_toll(pipeline, text, toll):
    assert _one(pipeline, text).fatalities == toll


@pytest.mark.parametrize("text", [
    "On 2 March 2024, two militants were shot dead by rangers in Bacho district (Narathiwat).",
    "On 2 March 2024, two militants killed, a ranger wounded in a clash in Bacho district (Narathiwat).",
])
def test_a_count_of_the_killed_stays_the_toll(pipeline, text):
    assert _one(pipeline, text).fatalities == 2


def test_security_personnel_are_the_countrys_forces(pipeline):
    e = _one(pipeline, "On 2 March 2024, BLA militants stormed a camp near Kharan (Balochistan), killing three "
                       "security personnel.")
    assert sides(e)[1].startswith("Military Forces of Pakistan")
    assert e.sub_event_type == "Armed clash"


def test_a_constable_shot_dead_is_a_policeman_killed(pipeline):
    e = _one(pipeline, "On 2 March 2024, gunmen shot a traffic constable dead outside a bazaar in Quetta "
                       "(Balochistan).")
    assert sides(e)[1].startswith("Police Forces of Pakistan")
    assert e.fatalities == 1


def test_a_fighter_told_in_the_singular_is_an_armed_group(pipeline):
    e = _one(pipeline, "On 2 March 2024, soldiers shot dead a suspected terrorist in Poso (Central Sulawesi).")
    assert sides(e)[1] == "Unidentified Armed Group (Indonesia)"
    assert e.sub_event_type == "Armed clash"


def test_a_fighters_word_before_a_noun_is_its_adjective(pipeline):
    e = _one(pipeline, "On 2 March 2024, police arrested three suspected militant associates in Handwara (Jammu "
                       "and Kashmir).")
    assert sides(e) == ["Police Forces of India (2014-)", "Civilians (India)"]


def test_the_citizen_armed_force_geographical_unit_is_the_army(pipeline):
    e = _one(pipeline, "On 2 March 2024, members of the Citizen Armed Force Geographical Unit clashed with NPA "
                       "rebels in Catarman (Northern Samar).")
    assert "Military Forces of the Philippines (2022-)" in sides(e)


@pytest.mark.parametrize("text", [
    "On 2 March 2024, members of two clans clashed in Kagua district, Southern Highlands province, killing six men.",
    "On 2 March 2024, two armed tribes traded fire over a forest in Sadda (Kurram), killing six people.",
])
def test_a_killing_told_as_the_battles_participle_is_its_toll(pipeline, text):
    [e] = _events(pipeline, text)
    assert e.sub_event_type == "Armed clash"
    assert e.fatalities == 6


def test_a_killing_of_another_sentence_stays_an_attack_of_its_own(pipeline):
    events = code(pipeline, "On 2 March 2024, soldiers clashed with NPA rebels in Catarman (Northern Samar). The "
                            "rebels later raided a farm in Catarman, killing two farmers.", "en", date(2024, 3, 8))
    assert {e.sub_event_type: e.fatalities for e in events}.get("Attack") == 2


def test_chhatra_shibir_is_a_party_beside_its_crowd(pipeline):
    [e] = _events(pipeline, "On 2 March 2024, JCD and Chhatra Shibir activists clashed at a college in Sylhet, "
                            "Bangladesh, leaving nine hurt.")
    assert "ICS: Islami Chhatra Shibir" in [a.name for a in (*e.assoc_actor_1, *e.assoc_actor_2)]
