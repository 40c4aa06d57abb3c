"""Armed groups and crowds as ACLED names them, sixth round (issue 13, session actor6): armed villagers of two
peoples are the peoples' militias, and a trade union federation is the associate of its members' protest.
Sentences invented for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from sitrep.normalise.actors import find_actors
from tests.extract.reports import news_of, sides as _sides

_en = partial(news_of, lang="en", published=date(2024, 5, 2))


@pytest.mark.parametrize("text, want", [
    ("Armed Tiv and Jukun villagers traded gunfire at the edge of the farmland.",
     ["Tiv Ethnic Militia", "Jukun Ethnic Militia"]),
    ("Armed Nuer and Murle tribesmen fought over the grazing land.",
     ["Nuer Ethnic Militia", "Murle Ethnic Militia"]),
    ("Armed Pokot residents drove the herders away from the water point.", ["Pokot Ethnic Militia"]),
])
def test_armed_villagers_of_a_people_are_its_militia(text, want):
    """ "armed X villagers", and two peoples sharing the words: each people's ethnic militia."""
    names = [a.name for a in find_actors(text, "en")]
    assert [n for n in names if "Ethnic Militia" in n] == want


def test_villagers_of_a_people_unarmed_are_no_militia():
    """Without "armed" the villagers of two peoples are the people they are, not militias."""
    names = [a.name for a in find_actors("Tiv and Jukun villagers gathered at the market to trade yams.", "en")]
    assert not [n for n in names if "Ethnic Militia" in n]


def test_armed_residents_of_two_places_are_no_peoples_militias():
    """Two places joined before "residents" name no people: no ethnic militia is read."""
    names = [a.name for a in find_actors("Armed Kaduna and Zaria residents guarded the road at night.", "en")]
    assert not [n for n in names if "Ethnic Militia" in n]


def test_two_armed_peoples_exchanging_fire_are_their_militias(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, armed Hausa and Fulani villagers exchanged fire near Bokkos (Plateau).")
    assert sorted(_sides(e)) == ["Fulani Ethnic Militia (Nigeria)", "Hausa Ethnic Militia (Nigeria)"]


def test_a_trade_union_federation_is_its_members_protests_associate(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, COSATU members marched through Durban against power cuts.")
    assert _sides(e) == ["Protesters (South Africa)", None]
    assert "COSATU: Congress of South African Trade Unions" in [a.name for a in e.assoc_actor_1]
