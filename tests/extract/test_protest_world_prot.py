"""Protests and riots worldwide in ACLED's English notes (issues 13 and 14, session prot): the movements and parties
ACLED names beside a crowd, a party's crowd named in the sentence before the force used on it, a hartal met by a
clash, a petrol bomb thrown at police. Invented notes in the terse style of ACLED's notes."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of

PUBLISHED = date(2023, 5, 9)

_dated = partial(news_of, lang="en", published=PUBLISHED)


def _assoc(event) -> list[str]:
    return [a.name for a in event.assoc_actor_1]


@pytest.mark.parametrize("text, assoc", [
    ("On 8 May 2023, Black Lives Matter activists marched in Tulsa (Oklahoma) against a police shooting.",
     "BLM: Black Lives Matter"),
    ("On 8 May 2023, Extinction Rebellion supporters rallied outside an oil company's offices in Aberdeen.",
     "XR: Extinction Rebellion"),
    ("On 8 May 2023, AfD supporters demonstrated in Magdeburg against a planned refugee shelter.",
     "AfD: Alternative for Germany"),
    ("On 8 May 2023, MAS supporters rallied in El Alto in support of the former president.",
     "MAS: Movement for Socialism"),
])
def test_a_movements_crowd_has_it_as_its_associate(pipeline, text, assoc):
    """ACLED codes a movement's or party's demonstrators as "Protesters (country)" with the movement beside them
    under its ACLED name ("BLM: Black Lives Matter", "XR: Extinction Rebellion")."""
    [e] = _dated(pipeline, text)
    assert e.actor1.name.split(" (")[0] == "Protesters"
    assert assoc in _assoc(e)


def test_a_partys_crowd_named_before_the_force_keeps_its_party(pipeline):
    """ "UNM supporters protested ... Police used water cannon": one protest met with force, told from its second
    sentence; the crowd the first sentence named for its party keeps the party beside it."""
    [e] = _dated(pipeline, "On 8 May 2023, UNM supporters protested in Kutaisi against the arrest of an opposition "
                           "mayor. Police used water cannon against them.")
    assert e.sub_event_type == "Protest with intervention"
    assert _assoc(e) == ["UNM: United National Movement"]


def test_a_party_protested_against_is_not_the_crowds(pipeline):
    """The party a crowd marched against is no associate of the crowd, in the other sentence either."""
    events = _dated(pipeline, "On 8 May 2023, students marched in Kandy against the government. Police fired tear "
                              "gas at them near the JVP office.")
    assert events
    assert not any("JVP: People's Liberation Front" in _assoc(e) for e in events)


def test_a_clash_during_a_hartal_is_a_violent_demonstration(pipeline):
    """A hartal (a general strike called as a protest) is a demonstration: its supporters' clash with police,
    throwing bricks, is a violent demonstration, not mob violence."""
    [e] = _dated(pipeline, "On 8 May 2023, BNP activists clashed with police in Bogura during a hartal, throwing "
                           "bricks at officers.")
    assert e.sub_event_type == "Violent demonstration"
    assert e.actor1.name == "Rioters (Bangladesh)"
    assert _assoc(e) == ["BNP: Bangladesh Nationalist Party"]


def test_a_petrol_bomb_is_no_explosive_device(pipeline):
    """A petrol bomb thrown at riot police is a rioter's missile: a riot, no remote explosive."""
    events = _dated(pipeline, "On 8 May 2023, youths threw petrol bombs at riot police in Thessaloniki.")
    assert events
    assert all(e.event_type != "Explosions/Remote violence" for e in events)
    assert events[0].actor1.name == "Rioters (Greece)"


def test_a_roadside_bomb_stays_an_explosive_device(pipeline):
    """Only a fuel bomb is disarmed: a roadside bomb remains a remote explosive."""
    [e] = _dated(pipeline, "On 8 May 2023, a roadside bomb went off near an army truck in Bannu, wounding three "
                           "soldiers.")
    assert e.sub_event_type == "Remote explosive/landmine/IED"

