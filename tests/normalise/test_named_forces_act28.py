"""Armed groups the actor dictionary does not hold, named by their own words (issue 13, session act28): ACLED
names a local force by its initials and full name, or as written when a town follows its name; a name that
opens with a state's demonym or name stays that state's force. Sentences invented for these tests."""
from __future__ import annotations

import pytest

from sitrep.normalise.actors import find_actors


def _names(text: str, country: str) -> list[str]:
    return [a.name for a in find_actors(text, "en", country)]


@pytest.mark.parametrize("text, name", [
    ("On 2 March 2022, the Yaw Defense Force ambushed a column of soldiers near a village.",
     "YDF: Yaw Defense Force"),
    ("On 2 March 2022, fighters of the Monywa Revolution Army planted mines on a road.",
     "MRA: Monywa Revolution Army"),
    ("On 2 March 2022, the Lord's Resistance Army looted a market near the border.",
     "LRA: Lord's Resistance Army"),
])
def test_a_force_of_its_own_name_is_named_by_initials(text, name):
    assert name in _names(text, "MM")


def test_a_force_named_after_its_town_is_named_as_written():
    text = "On 2 March 2022, the Urban Guerrilla Force - Pakokku threw a grenade at a ward office."
    assert "Urban Guerrilla Force - Pakokku" in _names(text, "MM")


@pytest.mark.parametrize("text, country, state", [
    ("On 2 March 2022, Somali National Army troops raided a farm.", "SO", "Military Forces of Somalia"),
    ("On 2 March 2022, Ethiopian National Defense Force troops entered a town.", "ET", "Military Forces of Ethiopia"),
    ("On 2 March 2022, Uganda People's Defence Force soldiers shelled a camp.", "UG", "Military Forces of Uganda"),
])
def test_a_force_named_after_a_state_is_that_states(text, country, state):
    names = _names(text, country)
    assert any(n.startswith(state) for n in names), names
    assert not any(":" in n for n in names), names
