"""Actors of the countries and groups ACLED coded in 2022 that the dictionary lacked (issue 13, session act32):
state forces called by their own names, armed groups, cartels and gangs, and the parties that lead crowds,
each with ACLED's spelling. Sentences invented for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.normalise.actors import dated, find_actors, is_party
from sitrep.types import Actor


def _names(text: str, country: str, lang: str = "en") -> list[str]:
    return [a.name for a in find_actors(text, lang, country)]


@pytest.mark.parametrize("text, country, name", [
    ("The South Sudan People's Defence Forces looted cattle from a camp near the river.", "SS",
     "Military Forces of South Sudan"),
    ("A patrol of the Rapid Action Battalion detained a trader at a market near the port.", "BD",
     "Police Forces of Bangladesh"),
    ("Thai rangers exchanged fire with a small band of insurgents at a rubber plantation.", "TH",
     "Military Forces of Thailand"),
])
def test_a_state_force_called_by_its_own_name_is_the_states(text, country, name):
    names = _names(text, country)
    assert any(n.startswith(name) for n in names) and not any(":" in n for n in names), names


@pytest.mark.parametrize("text, country, name", [
    ("Fighters of the MFDC ambushed an army patrol on a forest track south of the town.", "SN",
     "MFDC: Movement of Democratic Forces of Casamance"),
    ("Jaish al-Adl gunmen opened fire on a border post overnight.", "IR", "Jaish al Adl"),
    ("Militants of the West Papua National Liberation Army burned a school in a highland district.", "ID",
     "TPNPB: West Papua National Liberation Army"),
    ("Liwa al-Quds fighters searched a desert road for hidden cells.", "SY", "Liwa al Quds"),
    ("Gunmen of the Al-Aqsa Martyrs' Brigades fired at a checkpoint near the camp.", "PS", "Al Aqsa Martyrs Brigade"),
    ("PAFF militants ambushed a convoy on a hill road.", "IN", "PAFF: People's Anti-Fascist Front"),
])
def test_an_armed_group_is_named_as_acled_names_it(text, country, name):
    assert name in _names(text, country)


@pytest.mark.parametrize("text, country, name", [
    ("Members of the Northeast Cartel set fire to two trucks on a highway.", "MX", "Northeast Cartel"),
    ("Suspected members of La Familia Michoacana kidnapped a shopkeeper.", "MX", "La Familia Michoacana"),
    ("Members of Tren de Aragua shot a motorcycle taxi driver.", "VE", "Tren de Aragua"),
    ("Inmates belonging to Los Choneros attacked a rival wing of the prison.", "EC", "Los Choneros"),
])
def test_a_cartel_or_gang_is_named(text, country, name):
    assert name in _names(text, country)


@pytest.mark.parametrize("text, country, name", [
    ("ZANU-PF youths chased opposition supporters away from a rally ground.", "ZW",
     "ZANU-PF: Zimbabwe African National Union-Patriotic Front"),
    ("Supporters of the Economic Freedom Fighters marched to a municipal office.", "ZA",
     "EFF: Economic Freedom Fighters"),
    ("Members of the Orange Democratic Movement gathered outside a tallying centre.", "KE",
     "ODM: Orange Democratic Movement"),
    ("Bangladesh Chhatra League activists chased rival students out of a hall.", "BD",
     "BCL: Bangladesh Chhatra League"),
    ("Aam Aadmi Party workers gathered outside a district office.", "IN", "AAP: Aam Aadmi Party"),
])
def test_a_party_is_named_and_known_as_a_party(text, country, name):
    assert name in _names(text, country)
    assert is_party(name)


def test_a_short_acronym_of_a_party_in_lower_case_is_no_party():
    """"sp" or "ssp" of a police rank, or a lower-case acronym, name no party: only the full name or the
    capitalised acronym does."""
    assert not any(is_party(n) for n in _names("The sp of the district visited a market.", "IN"))


@pytest.mark.parametrize("country, day, name", [
    ("Finland", date(2022, 3, 1), "Police Forces of Finland (2019-2023)"),
    ("Cambodia", date(2022, 3, 1), "Police Forces of Cambodia (1985-2023)"),
    ("Czech Republic", date(2022, 3, 1), "Police Forces of the Czech Republic (2021-2025)"),
])
def test_a_2022_police_force_takes_the_period_of_that_years_government(country, day, name):
    actor = Actor(name=f"Police Forces of {'the ' if country == 'Czech Republic' else ''}{country} (2025-)",
                  inter=1, country=None)
    assert dated(actor, day).name == name


@pytest.mark.parametrize("text, country, name", [
    ("Armed Kalenjin youths raided a homestead and drove away cattle.", "KE", "Kalenjin Ethnic Militia (Kenya)"),
    ("Bimoba youths attacked farmers on the outskirts of a town.", "GH", "Bimoba Ethnic Militia (Ghana)"),
    ("Igbo militia set fire to a checkpoint on a highway.", "NG", "Igbo Ethnic Militia (Nigeria)"),
])
def test_an_ethnic_groups_militia_is_an_ethnic_militia(text, country, name):
    assert name in _names(text, country)


def test_a_named_division_of_syrias_army_is_syrias_military():
    names = _names("The 4th Armored Division searched houses at a checkpoint.", "SY")
    assert any(n.startswith("Military Forces of Syria") for n in names), names


def test_lashkar_e_jhangvi_is_named():
    assert "LeJ: Lashkar-e-Jhangvi" in _names("Lashkar-e-Jhangvi militants shot a shopkeeper.", "PK")


@pytest.mark.parametrize("text, country, state", [
    ("Carabineros dispersed a march of students with water cannon.", "CL", "Police Forces of Chile"),
    ("Brimob personnel exchanged fire with rebels in a highland village.", "ID", "Police Forces of Indonesia"),
])
def test_a_state_body_called_by_its_own_name_is_the_states_police_or_military(text, country, state):
    names = _names(text, country)
    assert any(n.startswith(state) for n in names), names

