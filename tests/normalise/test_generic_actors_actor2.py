"""ACLED's generic and sub-national names, second round (issue 13, session actor2): a prison's guards and warders,
an attack on a jail, inmates of rival gangs, and the forces and police of Puntland and Somaliland. Sentences
invented for these tests."""
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


@pytest.mark.parametrize("text, name", [
    ("Puntland troops pushed the militants out of two hill villages.", "Military Forces of Puntland (1998-)"),
    ("Puntland police detained a radio presenter at his studio.", "Police Forces of Puntland (1998-)"),
    ("Somaliland forces shelled positions held by clan fighters.", "Military Forces of Somaliland (1991-)"),
    ("The army of Somalia sent reinforcements to the district.", "Military Forces of Somalia (2022-)"),
])
def test_puntlands_and_somalilands_forces_are_their_own(text, name):
    """ACLED names the forces and police of Puntland and Somaliland apart from Somalia's; the federal army stays
    Somalia's."""
    assert name in _names(text, "SO")
