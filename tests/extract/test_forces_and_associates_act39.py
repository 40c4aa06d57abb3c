"""Sub-national and auxiliary forces, joint forces and who the victims are (issue 13, session act39): an army's
backers are its associates, never the foe it took a town from; a supporter joined by "and" to another supports
too; "jointly with" names a joint force; "aid workers" are ACLED's "Aid Workers", not a labour group; a party
whose member was killed is the victims' associate; Turkey's village guards, the Philippines' CAFGU and Uganda's
Local Defence Units are their state's military; "exchanged gunfire" is a clash of both sides. Sentences written
for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

DAY = date(2024, 5, 7)


def _associates(event) -> set[str]:
    return {a.name for a in (*event.assoc_actor_1, *event.assoc_actor_2)}


def _pair(event) -> set[str]:
    return {a.name.split(" (")[0] if a.name.startswith(("Military", "Police")) else a.name
            for a in (event.actor1, event.actor2) if a is not None}


def test_a_backer_of_the_army_is_no_foe_it_took_the_town_from(pipeline):
    [event] = news_of(pipeline, "On Monday, the Ethiopian army supported by Fano militia retook Gashena (North "
                      "Wollo, Amhara) from TPLF forces.", "en", DAY)
    assert event.actor2.name == "TPLF: Tigray People's Liberation Front"
    assert "Fano Militia" in _associates(event)


def test_supporters_joined_by_a_conjunction_both_support(pipeline):
    [event] = news_of(pipeline, "On Monday, Ethiopian troops backed by Amhara special forces and Fano fighters "
                      "fought TPLF units near Gashena.", "en", DAY)
    assert event.actor2.name == "TPLF: Tigray People's Liberation Front"
    assert {"Fano Militia", "Police Forces of Ethiopia (2018-)"} <= _associates(event)


def test_jointly_with_names_a_joint_force(pipeline):
    [event] = news_of(pipeline, "On Monday, Nigerian soldiers, jointly with CJTF volunteers, repelled an ISWAP "
                      "raid on Gajiram (Nganzai, Borno).", "en", DAY)
    assert "CJTF: Civilian Joint Task Force" in _associates(event)


@pytest.mark.parametrize("text, expected, not_expected", [
    ("On Monday, unknown gunmen shot dead three aid workers on the road out of Yei.", "Aid Workers (South Sudan)",
     "Labour Group (South Sudan)"),
    ("On Monday, suspected Maoists hacked a BJP leader to death outside his house in Sukma (Chhattisgarh).",
     "BJP: Bharatiya Janata Party", None),
    ("On Monday, unknown gunmen shot dead a PTI worker outside a tea stall in Mardan (Khyber Pakhtunkhwa).",
     "PTI: Pakistan Tehreek-i-Insaf", "Labour Group (Pakistan)"),
])
def test_victims_are_named_with_their_group_or_party(pipeline, text, expected, not_expected):
    [event] = news_of(pipeline, text, "en", DAY)
    assert expected in _associates(event)
    assert not_expected not in _associates(event)


@pytest.mark.parametrize("text, expected", [
    ("On Monday, PKK militants opened fire on village guards in Semdinli (Hakkari), killing one guard.",
     "Military Forces of Turkey (2016-) Village Guards"),
    ("On Monday, CAFGU militiamen fought NPA guerrillas in Lope de Vega (Northern Samar).",
     "Military Forces of the Philippines"),
    ("On Monday, Local Defence Unit personnel killed a cattle raider in Abim (Karamoja).", "Military Forces of Uganda"),
])
def test_auxiliaries_enrolled_in_the_army_are_its_forces(pipeline, text, expected):
    events = news_of(pipeline, text, "en", DAY)
    assert any(a is not None and a.name.startswith(expected) for e in events for a in (e.actor1, e.actor2))


def test_exchanged_gunfire_is_a_clash_of_both_peoples(pipeline):
    [event] = news_of(pipeline, "On Monday, Kusasi and Mamprusi youths exchanged gunfire near the Bawku market, "
                      "killing one.", "en", DAY)
    assert event.sub_event_type == "Armed clash"
    assert _pair(event) == {"Kusasi Ethnic Militia (Ghana)", "Mamprusi Ethnic Militia (Ghana)"}


def test_one_backer_alone_stays_an_associate(pipeline):
    [event] = news_of(pipeline, "On Monday, Ethiopian troops backed by Fano fighters fought TPLF units near "
                      "Gashena.", "en", DAY)
    assert event.actor2.name == "TPLF: Tigray People's Liberation Front"
    assert "Fano Militia" in _associates(event)


@pytest.mark.parametrize("text, expected", [
    ("On Monday, deadly communal clashes erupted between the Tiv and Jukun near Takum (Taraba); four died.",
     {"Tiv Ethnic Militia (Nigeria)", "Jukun Ethnic Militia (Nigeria)"}),
    ("On Monday, tribal fighting between the Yandap and Lakai tribes near Wapenamanda (Enga) left nine dead.",
     {"Yandap Tribal Militia (Papua New Guinea)", "Lakai Tribal Militia (Papua New Guinea)"}),
])
def test_communal_clashes_are_fought_by_the_peoples_named(pipeline, text, expected):
    [event] = news_of(pipeline, text, "en", DAY)
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1.name, event.actor2.name} == expected


def test_a_clash_over_land_no_one_calls_communal_stays_mob_violence(pipeline):
    [event] = news_of(pipeline, "On Monday, a brawl between two families over a plot of land in Jhenaidah injured "
                      "seven.", "en", DAY)
    assert {event.actor1.name, event.actor2.name} == {"Rioters (Bangladesh)"}


def test_a_side_past_a_comma_is_no_second_backer(pipeline):
    [event] = news_of(pipeline, "On Monday, Somali troops, backed by Danab commandos, and Al Shabaab fighters "
                      "clashed near Bulo Burde.", "en", DAY)
    assert "Al Shabaab" not in _associates(event)
