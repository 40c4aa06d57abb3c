"""Central and Southern Africa in ACLED's English notes (issues 13 and 14, session cafr): the region's armed
parties (a Cabinda separatist front, Zambia's parties), a label a named force kills, rivals who exchanged fire, a
site named after its town and what it digs, a lynching's victim named as what the crowd took her for. Sentences
are invented."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from sitrep.geo.distance import haversine_km
from tests.extract.reports import news_of, sides


def _en(pipeline, text: str):
    """The note's news events, published the day after the day it opens with, as ACLED's notes are."""
    day = datetime.strptime(re.match(r"On (\d+ \w+ \d{4})", text).group(1), "%d %B %Y").date()
    return news_of(pipeline, text, lang="en", published=day + timedelta(days=1))


def test_insurgents_a_mission_killed_are_not_the_mission_nor_the_state(pipeline):
    """ "SAMIM troops killed four insurgents": the label stood for the only group named, the mission itself, was
    dropped as its own opponent, and the country's army took its place. In Cabo Delgado the unnamed label is the
    Islamic State's province (afr2, ``regional_actors.tsv``)."""
    events = _en(pipeline, "On 28 February 2023, SAMIM troops killed four insurgents near Macomia (Cabo Delgado).")
    assert sides(events[0]) == ["SAMIM: Southern African Development Community Mission in Mozambique",
                                "Islamic State Mozambique Province"]


def test_a_label_a_state_force_kills_still_stands_for_the_group_named(pipeline):
    """Guard: a label acted on by a state's army still stands for the armed group the note names."""
    events = _en(pipeline, "On 5 May 2022, the army killed 10 terrorists near Djibo after an attack by JNIM.")
    assert "JNIM: Group for Support of Islam and Muslims" in sides(events[0])


def test_rivals_who_exchanged_fire_are_armed_groups(pipeline):
    """An exchange of fire tells of guns: the rivals are no unarmed crowd, and the clash is no mob's."""
    events = _en(pipeline, "On 14 August 2024, members of two rival taxi associations exchanged fire at a taxi rank in "
                           "Mthatha (OR Tambo, Eastern Cape), killing three people.")
    assert events[0].sub_event_type == "Armed clash"
    assert sides(events[0]) == ["Unidentified Armed Group (South Africa)"] * 2


def test_rivals_who_clashed_with_no_arms_stay_a_mob(pipeline):
    """Guard: a clash of two crowds with no gun told stays mob violence between rioters."""
    events = _en(pipeline, "On 14 August 2024, members of two rival taxi associations clashed at a taxi rank in "
                           "Mthatha (OR Tambo, Eastern Cape).")
    assert events[0].sub_event_type == "Mob violence"


def test_a_woman_burnt_as_a_witch_is_one_killed(pipeline):
    events = _en(pipeline, "On 18 July 2023, an angry crowd burnt a suspected witch to death in Kalehe (South Kivu).")
    assert events[0].fatalities == 1


def test_a_site_named_after_its_town_and_its_ore_is_coded_at_the_town(pipeline):
    """ "the Kamituga gold mine (Mwenga territory, South Kivu)": the units qualify the town, not the territory's
    town of the same name as the unit."""
    events = _en(pipeline, "On 29 November 2022, artisanal miners clashed with the police at the Kamituga gold mine "
                           "(Mwenga territory, South Kivu). One miner was killed.")
    assert events[0].place.name == "Kamituga"


def test_a_cabinda_separatist_front_is_named(pipeline):
    events = _en(pipeline, "On 26 September 2023, FLEC-FAC rebels ambushed an Angolan army patrol near Buco-Zau "
                           "(Cabinda), killing two soldiers.")
    assert sides(events[0]) == ["FLEC-FAC: Front for the Liberation of the Enclave of Cabinda - Armed Forces of "
                                "Cabinda", "Military Forces of Angola (2017-)"]
    assert haversine_km(events[0].place.lat, events[0].place.lon, -4.75, 12.55) < 15


def test_zambian_party_cadres_are_read_with_their_parties(pipeline):
    events = _en(pipeline, "On 30 October 2023, UPND cadres clashed with PF cadres at a bus station in Lusaka. Three "
                           "were injured.")
    assoc = {a.name for e in events for a in (*e.assoc_actor_1, *e.assoc_actor_2)}
    assert "UPND: United Party for National Development" in assoc


def test_zanu_pf_is_not_read_as_zambias_pf(pipeline):
    """Guard: the Zimbabwean party's name holds "PF" and stays itself."""
    events = _en(pipeline, "On 17 March 2021, ZANU-PF supporters assaulted two CCC activists in Harare.")
    assoc = {a.name for e in events for a in (*e.assoc_actor_1, *e.assoc_actor_2)}
    assert "ZANU-PF: Zimbabwe African National Union-Patriotic Front" in assoc and "PF: Patriotic Front" not in assoc
