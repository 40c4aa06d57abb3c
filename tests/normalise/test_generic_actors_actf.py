"""ACLED's generic and sub-national names (issue 13, session actf): clan and tribal fighters no name is given for,
vigilance committees, unidentified aircraft, hired guards of a site, tribes joined by a plural
noun, a people joined to a tribe or place that shares the noun, and an attack on a prison. Sentences invented for
these tests."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.normalise.actors import find_actors
from tests.extract.reports import news_of, sides


def _names(text: str, country: str) -> list[str]:
    return [a.name for a in find_actors(text, "en", country)]


@pytest.mark.parametrize("text, country, name", [
    ("Clan militiamen shot dead two camel herders at a well outside the town.", "SO",
     "Unidentified Communal Militia (Somalia)"),
    ("Tribal fighters burned a row of huts after the funeral of a leader.", "PG",
     "Unidentified Communal Militia (Papua New Guinea)"),
    ("A vigilance committee chased the raiders back towards the border hills.", "CM",
     "Unidentified Communal Militia (Cameroon)"),
])
def test_communal_fighters_no_name_is_given_for_are_an_unidentified_communal_militia(text, country, name):
    """ACLED's "Unidentified Communal Militia (country)": clan or tribal fighters, or a village's vigilance
    committee, that the note names after no clan, tribe or place."""
    assert _names(text, country)[0] == name


def test_aircraft_no_one_claims_are_unidentified_military_forces():
    assert _names("Unidentified warplanes bombed a depot outside the oasis town.", "LY") == \
        ["Unidentified Military Forces"]


@pytest.mark.parametrize("text, private", [
    ("Guards of a cement company beat a scrap collector to death.", True),
    ("Guards at the gold mine opened fire on a group of diggers.", True),
    ("Gunmen killed two guards at a checkpoint on the highway.", False),
    ("Two guards were wounded when the convoy was ambushed.", False),
])
def test_guards_are_private_security_where_their_site_is_told(text, private):
    """Hired guards of a company, a mine or an estate are ACLED's "Private Security Forces (country)"; guards
    whose site is a state's post, or is not told, are not."""
    assert ("Private Security Forces (Kenya)" in _names(text, "KE")) is private


def test_two_tribes_joined_by_a_plural_noun_are_two_tribal_militias():
    assert _names("Men of the Al Rubaie and Al Dulaim tribes fired on each other at a market.", "IQ") == \
        ["Al Rubaie Tribal Militia (Iraq)", "Al Dulaim Tribal Militia (Iraq)"]


@pytest.mark.parametrize("text, country, names", [
    ("Hausa and Kinana tribesmen fought over a grazing route.", "SD",
     ["Hausa Ethnic Militia (Sudan)", "Kinana Tribal Militia (Sudan)"]),
    ("Konso and Darashe militias exchanged fire near a market.", "ET",
     ["Konso Ethnic Militia (Ethiopia)", "Darashe Communal Militia (Ethiopia)"]),
])
def test_a_people_joined_to_a_tribe_sharing_its_noun_is_its_ethnic_militia(text, country, names):
    """ "Hausa and Kinana tribesmen": the noun is shared, and a people of ACLED's list names an ethnic militia even
    where the noun's family takes only tribes or places."""
    assert _names(text, country) == names


def test_an_attack_on_a_prison_is_on_the_police(pipeline):
    """A prison's guards are, to ACLED, the country's police: an armed group that attacked a prison fought them."""
    [e] = news_of(pipeline, "On 1 May 2024, ISWAP fighters attacked the custodial centre in Maiduguri and freed "
                  "dozens of inmates.", lang="en", published=date(2024, 5, 2))
    assert sides(e) == ["Islamic State (West Africa) - Lake Chad Faction", "Police Forces of Nigeria (2023-)"]


@pytest.mark.parametrize("text, country, names", [
    ("Police traded fire with armed Anuak men outside the mill.", "ET", ["Anuak Ethnic Militia (Ethiopia)"]),
    ("Teke communal militiamen set fire to a ferry landing.", "CD",
     ["Teke Ethnic Militia (Democratic Republic of Congo)"]),
    ("Men of two rival clans fought at the well.", "SO", ["Unidentified Communal Militia (Somalia)"]),
])
def test_a_peoples_or_clans_fighters_are_named_as_acled_names_them(text, country, names):
    """ "armed Berta men" and "Teke communal militiamen" are the people's ethnic militia; men of rival clans no
    name is given for, an unidentified communal militia."""
    assert set(names) <= {a.name for a in find_actors(text, "en", country)}


def test_communal_fighters_facing_no_one_named_fought_their_own_kind(pipeline):
    """ACLED codes a clash of clan militias no foe is named for with the communal militia on both sides."""
    [e] = news_of(pipeline, "On 1 May 2024, clan militias clashed over a water point near Galkayo.", lang="en",
                  published=date(2024, 5, 2))
    assert sides(e) == ["Unidentified Communal Militia (Somalia)", "Unidentified Communal Militia (Somalia)"]
