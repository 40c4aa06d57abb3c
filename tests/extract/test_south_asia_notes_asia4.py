"""South and South-East Asia in ACLED's notes, fourth round: "traded gunfire" is a clash as "traded fire" is; a
"checkpost" (the region's word for a checkpoint) is a post to storm; "were martyred" and "gunned down" count their
dead; soldiers who "encountered" rebels fought them; "tear gas shells" fired at a crowd are no shelling; a fight
"over the control of" a site is a clash, not a takeover; the "khwarij" of Pakistan's army are the TTP and "Maoist
cadres" the CPI (Maoist). Invented reports."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of, sides

_events = partial(news_of, lang="en", published=date(2024, 3, 8))


def _one(pipeline, text: str):
    [e] = _events(pipeline, text)
    return e


def test_traded_gunfire_is_an_armed_clash(pipeline):
    e = _one(pipeline, "On 2 March 2024, Assam Rifles troops and NSCN cadres traded gunfire near Longding (Arunachal "
                       "Pradesh).")
    assert e.sub_event_type == "Armed clash"


def test_militants_who_stormed_a_police_checkpost_clashed_with_the_police(pipeline):
    e = _one(pipeline, "On 2 March 2024, TTP militants stormed a police checkpost near Paharpur (Dera Ismail Khan).")
    assert e.sub_event_type == "Armed clash"
    assert set(sides(e)) == {"TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan (2022-2024)"}


@pytest.mark.parametrize("text, dead", [
    ("On 2 March 2024, militants raided a Levies post in Zhob (Balochistan); three personnel were martyred.", 3),
    ("On 2 March 2024, troops gunned down four infiltrators along the Line of Control near Uri (Baramulla).", 4),
])
def test_the_martyred_and_the_gunned_down_are_counted(pipeline, text, dead):
    assert _one(pipeline, text).fatalities == dead


def test_troops_who_encountered_rebels_fought_them(pipeline):
    e = _one(pipeline, "On 2 March 2024, army troops encountered about 20 NPA rebels in Barangay Mahagnao, Burauen, "
                       "Leyte.")
    assert e.sub_event_type == "Armed clash"
    assert "NPA: New People's Army" in sides(e)


def test_a_convoy_that_encountered_rain_fought_no_one(pipeline):
    """Guard: "encountered" with no armed group as its object tells no fight."""
    events = _events(pipeline, "On 2 March 2024, a relief team encountered heavy rain and landslides near Burauen, "
                               "Leyte.")
    assert all(e.sub_event_type != "Armed clash" for e in events)


def test_tear_gas_shells_fired_at_a_crowd_are_no_shelling(pipeline):
    e = _one(pipeline, "On 2 March 2024, police fired tear gas shells and rubber bullets at farmers marching on the "
                       "highway near Khanauri (Sangrur, Punjab).")
    assert e.sub_event_type == "Protest with intervention"


def test_artillery_shells_stay_shelling(pipeline):
    """Guard: shells with no crowd-control qualifier are still artillery."""
    e = _one(pipeline, "On 2 March 2024, troops fired artillery shells at rebel positions near Hpakant (Kachin).")
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_a_fight_over_the_control_of_a_site_is_no_takeover(pipeline):
    e = _one(pipeline, "On 2 March 2024, two factions of the Awami League clashed over the control of a bus terminal "
                       "in Bogura; one man was killed.")
    assert e.sub_event_type in ("Armed clash", "Mob violence")


def test_control_taken_after_a_fight_stays_a_takeover(pipeline):
    """Guard: control a group took, not fought over, is still territory changing hands."""
    e = _one(pipeline, "On 2 March 2024, the Arakan Army took control of Paletwa town (Chin State) after heavy "
                       "fighting with the military.")
    assert e.sub_event_type == "Non-state actor overtakes territory"


def test_the_khwarij_are_the_ttp(pipeline):
    e = _one(pipeline, "On 2 March 2024, security forces killed three khwarij during an operation in Spinwam (North "
                       "Waziristan).")
    assert "TTP: Tehreek-i-Taliban Pakistan" in sides(e)
    assert e.sub_event_type == "Armed clash"


def test_maoist_cadres_are_the_cpi_maoist(pipeline):
    e = _one(pipeline, "On 2 March 2024, Maoist cadres torched two tipper trucks at a bridge site near Latehar "
                       "(Jharkhand).")
    assert "CPI (Maoist): Communist Party of India (Maoist)" in sides(e)
