"""The period of a state body's name: the government's of the day, save for a rival authority's forces."""
from __future__ import annotations

from datetime import date

from sitrep.normalise.actors import dated
from sitrep.types import Actor


def test_a_rival_authority_s_forces_keep_their_own_period():
    """The Houthis' forces are ACLED's "Military Forces of Yemen (2016-) Supreme Political Council" whatever
    government sits in Aden: the day's period of Yemen's government is not theirs."""
    spc = Actor(name="Military Forces of Yemen (2016-) Supreme Political Council", inter=1, country="YE")
    assert dated(spc, date(2023, 5, 1)).name == spc.name


def test_the_government_s_forces_take_the_period_of_the_day():
    army = Actor(name="Military Forces of Yemen (2022-)", inter=1, country="YE")
    assert dated(army, date(2020, 5, 1)).name == "Military Forces of Yemen (2012-2022)"
