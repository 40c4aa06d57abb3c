"""Armed groups, militias and gangs as ACLED names them (issue 13, session actn): groups the dictionary lacked, a
group hyphened to "affiliated" or "linked" before its fighters, a criminal organisation as a gang, and aliases of
other meanings read only before a noun for the group's men. Sentences invented for these tests."""
from __future__ import annotations

import pytest

from sitrep.normalise.actors import find_actors


def names(text: str, country: str) -> list[str]:
    return [a.name for a in find_actors(text, "en", country)]


@pytest.mark.parametrize("text, country, name", [
    ("Komala peshmerga crossed the border at night.", "IR", "Komala: Kurdistan Organization of the Communist Party "
     "of Iran"),
    ("BRN insurgents planted a bomb beside a rubber plantation.", "TH", "BRN: Barisan Revolusi Nasional"),
    ("Fighters of the Segunda Marquetalia burned a truck on a rural road.", "CO", "Segunda Marquetalia"),
    ("Deir Ezzor Military Council fighters raided a farm on the river bank.", "SY", "DMC: Deir ez Zor Military Council"),
    ("SLA-Abdel Wahid fighters took over a market in the mountains.", "SD",
     "SLM/A-AW: Sudan Liberation Movement/Army-Abdul Wahid"),
    ("Remnants of the Maute group torched a chapel in the hills.", "PH", "Dawlah Islamiyah"),
    ("Ma'awisley fighters held the bridge for a week.", "SO", "Macawisley Militia"),
    ("KNDO troops shelled a camp across the river.", "MM", "KNU/KNLA: Karen National Union/Karen National "
     "Liberation Army"),
])
def test_group_is_named_as_acled_names_it(text, country, name):
    assert name in names(text, country)


@pytest.mark.parametrize("text, country, name", [
    ("ADF-affiliated fighters burned a health centre at dawn.", "CD", "ADF: Allied Democratic Forces"),
    ("ISWAP-linked insurgents stopped a bus on the highway.", "NG", "Islamic State (West Africa) - Lake Chad Faction"),
])
def test_a_group_hyphened_to_its_fighters_names_them(text, country, name):
    assert name in names(text, country)


@pytest.mark.parametrize("text, country, absent", [
    ("Al-Qaeda-linked JNIM militants stormed a gold mine.", "ML", "Al Qaeda"),
    ("Gunmen shot dead an ADF-linked preacher outside a mosque.", "UG", "ADF: Allied Democratic Forces"),
    ("Two Hezbollah-linked businessmen were arrested at the airport.", "LB", "Hezbollah"),
])
def test_a_hyphened_group_before_another_group_or_other_men_is_no_actor(text, country, absent):
    assert absent not in names(text, country)


@pytest.mark.parametrize("text, country", [
    ("A criminal organisation shot dead four people outside a nightclub.", "AR"),
    ("Members of an organized crime group set fire to a bus depot.", "MX"),
    ("Narco-traffickers fired on a patrol boat on the river.", "CO"),
])
def test_a_criminal_organisation_is_an_unidentified_gang(text, country):
    assert any(n.startswith("Unidentified Gang (") for n in names(text, country))


@pytest.mark.parametrize("text, country, name", [
    ("EPL guerrillas blocked the road to the border town.", "CO", "EPL: Popular Liberation Army"),
    ("Azov fighters repelled an assault on the steel plant.", "UA", "Military Forces of Ukraine (2019-)"),
])
def test_an_alias_of_other_meanings_names_its_group_before_its_men(text, country, name):
    assert name in names(text, country)


@pytest.mark.parametrize("text, country, absent", [
    ("Fans of an EPL club fought outside a pub after the match.", "GB", "EPL: Popular Liberation Army"),
    ("Fishing boats left the ports of the Sea of Azov at dawn.", "UA", "Military Forces of Ukraine (2019-)"),
])
def test_an_alias_of_other_meanings_alone_names_no_group(text, country, absent):
    assert absent not in names(text, country)
