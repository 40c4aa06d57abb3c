"""Actors as ACLED names them (issue 13, session en20), on invented notes written for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of, sides

PUBLISHED = date(2022, 3, 6)

_en = partial(news_of, lang="en", published=PUBLISHED)
_fr = partial(news_of, lang="fr", published=PUBLISHED)


@pytest.mark.parametrize("text, lang, country", [
    ("On 3 March 2022, a bomb exploded at a mosque in Kunduz city, killing 12 worshippers. The Taliban rejected "
     "responsibility for the bombing.", "en", "Afghanistan"),
    ("On 3 March 2022, a bomb exploded at a mosque in Kunduz city, killing 12 worshippers. Taliban officials "
     "denied any involvement in the bombing.", "en", "Afghanistan"),
    ("On 3 March 2022, a bomb exploded at a market in Gao, killing 12 civilians. JNIM condemned the bombing.",
     "en", "Mali"),
    ("Le 3 mars 2022, une bombe a explosé dans un marché de Gao, tuant 12 civils. Le JNIM a démenti toute "
     "responsabilité dans l'attentat.", "fr", "Mali"),
])
def test_a_group_that_disowns_a_bombing_is_not_its_author(pipeline, text, lang, country):
    """A group told denying, rejecting or condemning a bombing is named as not its author: ACLED's
    "Unidentified Armed Group (country)" set the bomb, not the group (nor, for the Taliban, the Afghan state)."""
    [e] = (_en if lang == "en" else _fr)(pipeline, text)
    assert sides(e) == [f"Unidentified Armed Group ({country})", f"Civilians ({country})"]


def test_a_group_that_claims_a_bombing_stays_its_author(pipeline):
    [e] = _en(pipeline, "On 3 March 2022, a bomb exploded at a market in Gao, killing 12 civilians. JNIM claimed "
                        "responsibility for the bombing.")
    assert e.actor1.name == "JNIM: Group for Support of Islam and Muslims"


@pytest.mark.parametrize("text, lang, expected", [
    ("On 3 March 2022, farmers and herders clashed in Wase (Plateau), leaving 5 people dead.", "en",
     ["Unidentified Communal Militia (Nigeria)", "Unidentified Communal Militia (Nigeria)"]),
    ("On 3 March 2022, Fulani herders and farmers clashed over grazing land in Guma (Benue). 3 people were killed.",
     "en", ["Fulani Ethnic Militia (Nigeria)", "Unidentified Communal Militia (Nigeria)"]),
    ("Le 3 mars 2022, des affrontements entre éleveurs et agriculteurs ont fait 4 morts à Kaélé (Extrême-Nord).",
     "fr", ["Unidentified Communal Militia (Cameroon)", "Unidentified Communal Militia (Cameroon)"]),
])
def test_herders_and_farmers_who_clash_are_communal_militias(pipeline, text, lang, expected):
    """ACLED codes the herder-farmer conflicts as armed clashes of communal militias, not as rioters
    against rioters; one named by its ethnic group is that group's ethnic militia."""
    [e] = (_en if lang == "en" else _fr)(pipeline, text)
    assert e.sub_event_type == "Armed clash"
    assert sides(e) == expected


def test_herders_who_attack_farmers_are_a_communal_militia(pipeline):
    [e] = _en(pipeline, "On 3 March 2022, herders attacked farmers in Agatu (Benue), killing 7.")
    assert e.sub_event_type == "Attack"
    assert sides(e) == ["Unidentified Communal Militia (Nigeria)", "Civilians (Nigeria)"]


def test_farmers_who_protest_stay_protesters(pipeline):
    [e] = _en(pipeline, "On 3 March 2022, farmers protested in Kano against the rising price of fertiliser. "
                        "[size=no report]")
    assert sides(e)[0] == "Protesters (Nigeria)"


@pytest.mark.parametrize("text, lang, actor1", [
    ("On 3 March 2022, al-Shabaab militants arrested three men accused of spying in Jilib (Middle Juba), a town "
     "under their control.", "en", "Al Shabaab"),
    ("On 3 March 2022, M23 rebels arrested 10 civilians in Bunagana (Rutshuru, Nord-Kivu), a town they hold.", "en",
     "M23: March 23 Movement"),
    ("Le 3 mars 2022, les rebelles du M23 ont arrêté dix civils à Bunagana (Rutshuru), une localité sous leur "
     "contrôle.", "fr", "M23: March 23 Movement"),
])
def test_arrests_by_a_group_that_holds_the_place_are_arrests(pipeline, text, lang, actor1):
    """ACLED's Arrests include those made by an actor exercising de facto control over the territory: a
    group told holding the town arrests, it does not abduct."""
    [e] = (_en if lang == "en" else _fr)(pipeline, text)
    assert (e.sub_event_type, e.actor1.name) == ("Arrests", actor1)


def test_arrests_by_a_group_elsewhere_stay_abductions(pipeline):
    [e] = _en(pipeline, "On 3 March 2022, al-Shabaab militants arrested three men in Jilib (Middle Juba).")
    assert e.sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize("text, actor", [
    ("On 3 March 2022, Apuk Dinka youths attacked a cattle camp in Tonj North county (Warrap state), killing 4 "
     "people.", "Apuk Clan Militia (South Sudan)"),
    ("On 3 March 2022, Agar Dinka youths clashed with Gok Dinka youths in Cueibet county (Lakes state). 6 people "
     "were killed.", "Agar Clan Militia (South Sudan)"),
])
def test_a_dinka_section_is_its_clan_militia(pipeline, text, actor):
    """ACLED names the armed youth of a Dinka section after the section: "<Section> Clan Militia (South Sudan)"."""
    [e] = _en(pipeline, text)
    assert e.actor1.name == actor


@pytest.mark.parametrize("text, actor", [
    ("On 3 March 2022, police fired tear gas at rioters who burned tyres in Biratnagar (Morang). [size=no report]",
     "Police Forces of Nepal (2015-2025)"),
    ("On 3 March 2022, Nigerian troops killed five ISWAP fighters in Monguno (Borno).", "Military Forces of Nigeria (2015-2023)"),
    ("On 3 March 2022, police arrested 12 opposition activists in Dhaka. [size=no report]", "Police Forces of Bangladesh (2009-2024)"),
])
def test_state_forces_of_2022_carry_the_period_of_that_government(pipeline, text, actor):
    """ACLED names a state's forces with the period of the government in office on the event's day: in March
    2022, Nepal's, Nigeria's and Bangladesh's governments of 2015, 2015 and 2009, not today's."""
    names = [a.name for e in _en(pipeline, text) for a in (e.actor1, e.actor2) if a is not None]
    assert actor in names
