"""The people South Asia's notes name as victims: a community leader, a village or tribal elder is one of ACLED's
civilians, and a Rohingya one in a Bangladeshi camp a civilian of Myanmar, the refugees' country. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from sitrep.lang import pack
from sitrep.normalise.actors import find_actors


@pytest.mark.parametrize("text, expected", [
    ("Masked men shot a Rohingya community leader outside his shelter.", "Civilians (Myanmar)"),
    ("Two village elders were taken from a mosque at night.", "Civilians (Bangladesh)"),
])
def test_leaders_and_elders_are_civilians(text, expected):
    assert expected in [a.name for a in find_actors(text, pack("en"), "BD")]


def test_a_leader_alone_is_no_civilian():
    assert not any(a.name.startswith("Civilians") for a in find_actors("The rebel leader fled at dawn.", pack("en"),
                                                                         "BD"))
