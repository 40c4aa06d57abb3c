"""ACLED's generic and sub-national names, second round (issue 13, session actor2): a prison's guards and warders,
an attack on a jail, inmates of rival gangs, tribal fighters of a listed people, vigilante outfits and local defence
militias. Sentences invented for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.normalise.actors import find_actors
from tests.extract.reports import news_of, sides


def _names(text: str, country: str) -> list[str]:
    return [a.name for a in find_actors(text, "en", country)]


@pytest.mark.parametrize("text, police", [
    ("Detainees started a fire in their block at the district prison, and guards fired shots in the air.", True),
    ("Warders beat a remand prisoner who had hidden a phone in his cell.", True),
    ("Guards at the gate of the ministry turned the delegation away.", False),
    ("Two guards were hurt when the lorry hit the barrier; the driver was later jailed for a month.", False),
])
def test_guards_of_a_prison_are_the_police(text, police):
    """ACLED names a prison's guards as the country's police: guards in a sentence that names a prison, and
    warders anywhere, are "Police Forces of" the country; guards whose sentence names no prison are not."""
    assert ("Police Forces of Zambia (2021-)" in _names(text, "ZM")) is police


def test_inmates_the_guards_fired_on_face_the_police(pipeline):
    [e] = news_of(pipeline, "On 3 May 2024, inmates rioted over food rations at the central prison in Lusaka; guards "
                  "opened fire, killing two.", lang="en", published=date(2024, 5, 4))
    assert sides(e) == ["Rioters (Zambia)", "Police Forces of Zambia (2021-)"]


def test_gangs_that_stormed_a_penitentiary_fought_the_police(pipeline):
    """ "Stormed" takes a jail or a penitentiary as its target, and the attack is on the police who hold it."""
    [e] = news_of(pipeline, "On 3 May 2024, gang members stormed the penitentiary of Comayagua and freed a dozen "
                  "of their leaders.", lang="en", published=date(2024, 5, 4))
    assert sides(e) == ["Unidentified Gang (Honduras)", "Police Forces of Honduras (2022-)"]


def test_inmates_of_rival_gangs_fought_each_other(pipeline):
    """ACLED codes a fight of rival gangs no one names with the unidentified gang on both sides."""
    [e] = news_of(pipeline, "On 3 May 2024, inmates from rival gangs fought with knives in a jail in Comayagua, "
                  "killing four.", lang="en", published=date(2024, 5, 4))
    assert sides(e) == ["Unidentified Gang (Honduras)", "Unidentified Gang (Honduras)"]


@pytest.mark.parametrize("text, country, names", [
    ("On the road out of the market, Hawazma tribal fighters ambushed a lorry.", "SD",
     ["Hawazma Ethnic Militia (Sudan)"]),
    ("On the road out of the market, Kinana tribal fighters ambushed a lorry.", "SD",
     ["Kinana Tribal Militia (Sudan)"]),
    ("Gunmen shot three Misseriya tribesmen at a water yard.", "SD",
     ["Unidentified Armed Group (Sudan)", "Civilians (Sudan)"]),
])
def test_tribal_fighters_of_a_listed_people_are_its_ethnic_militia(text, country, names):
    """A people of ``ethnic_groups.txt`` before a word for tribal fighters is its ethnic militia, a tribe's name its
    tribal militia; tribesmen who are hit stay civilians."""
    assert _names(text, country) == names


@pytest.mark.parametrize("text", [
    "Members of a vigilante outfit caught two cattle thieves at the river.",
    "Bandits ambushed a local defence militia on its evening patrol.",
])
def test_a_vigilante_outfit_or_local_defence_militia_is_a_communal_militia(text):
    assert "Unidentified Communal Militia (Nigeria)" in _names(text, "NG")
