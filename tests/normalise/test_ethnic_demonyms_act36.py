"""A demonym after "ethnic" names a people, not a nationality: "ethnic Somali herders" killed in Ethiopia are
Ethiopia's civilians, as ACLED codes them (the people go to the associated actor). Without the mark the
demonym still names foreigners. Sentences written for these tests."""
from __future__ import annotations

import pytest

from sitrep.lang import pack
from sitrep.normalise.actors import find_actors


@pytest.mark.parametrize("text, country, expected", [
    ("Gunmen killed three ethnic Somali herders at a well.", "ET", "Civilians (Ethiopia)"),
    ("Unknown men beat two ethnic Uzbek traders at the bazaar.", "KG", "Civilians (Kyrgyzstan)"),
    ("Police dispersed ethnic Albanian protesters outside the hall.", "MK", "Protesters (North Macedonia)"),
])
def test_an_ethnic_demonym_names_no_nationality(text, country, expected):
    assert expected in [a.name for a in find_actors(text, pack("en"), country)]


@pytest.mark.parametrize("text, country, expected", [
    ("Gunmen killed three Somali herders at a well.", "ET", "Civilians (Somalia)"),
    ("Unknown men beat two Uzbek traders at the bazaar.", "KG", "Civilians (Uzbekistan)"),
])
def test_a_demonym_alone_still_names_foreigners(text, country, expected):
    assert expected in [a.name for a in find_actors(text, pack("en"), country)]


@pytest.mark.parametrize("text, expected", [
    ("Des hommes armés ont tué trois civils d'ethnie somali près du puits.", "Civilians (Ethiopia)"),
    ("Des inconnus ont frappé deux commerçants de l'ethnie somali au marché.", "Civilians (Ethiopia)"),
])
def test_a_french_ethnic_demonym_names_no_nationality(text, expected):
    assert expected in [a.name for a in find_actors(text, pack("fr"), "ET")]


def test_a_french_demonym_alone_still_names_foreigners():
    names = [a.name for a in find_actors("Des hommes armés ont tué trois commerçants somaliens.", pack("fr"), "ET")]
    assert "Civilians (Somalia)" in names
