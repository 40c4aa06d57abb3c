"""Actors as ACLED names them (issue 13, session act11), on invented notes written for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of

PUBLISHED = date(2022, 2, 20)

_dated = partial(news_of, lang="en", published=PUBLISHED)


def _names(e):
    return {a.name.split(" (")[0] if a is not None else None for a in (e.actor1, e.actor2)}


@pytest.mark.parametrize("text, country", [
    ("On 14 February 2022, in Puebla, Puebla, residents caught a man stealing a phone and beat him. "
     "Police officers arrived and arrested the man. [size=no report]", "Mexico"),
    ("On 12 February 2022, police discovered the body of a man outside Durban (eThekwini, KwaZulu-Natal), "
     "suspectedly killed in a mob justice attack. [size=no report]", "South Africa"),
])
def test_police_who_only_came_are_no_side_of_a_mob(pipeline, text, country):
    """Police told only as arriving, finding the body or being present did not meet the crowd: the one
    the mob hit is actor2, "Civilians (country)"."""
    events = _dated(pipeline, text)
    assert any(e.sub_event_type == "Mob violence" for e in events)
    for e in events:
        assert {a.name for a in (e.actor1, e.actor2) if a is not None} == {f"Rioters ({country})",
                                                                          f"Civilians ({country})"}


def test_police_a_crowd_fought_stay_its_side(pipeline):
    text = ("On 12 February 2022, in Nakuru (Nakuru), residents clashed with police officers who had come to "
            "arrest a suspect. [size=no report]")
    events = _dated(pipeline, text)
    assert any(e.actor2 is not None and e.actor2.name.startswith("Police Forces of Kenya") for e in events)


def test_fire_a_ceasefire_monitor_observed_is_between_the_fronts_sides(pipeline):
    """Shots the OSCE monitors observed in Donbas, no side named: ACLED's clash between NAF and Ukraine's military."""
    text = "On 9 February 2022, the OSCE SMM observed a total of 14 shots/bursts of fire involving small arms near Avdiivka."
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Armed clash"
    assert _names(e) == {"NAF: United Armed Forces of Novorossiya", "Military Forces of Ukraine"}


@pytest.mark.parametrize("text, sides", [
    ("On 14 February 2022, gunmen abducted a Beninese priest near Dori (Seno, Sahel), Burkina Faso.",
     ["Unidentified Armed Group (Burkina Faso)", "Civilians (Benin)"]),
    ("On 14 February 2022, three men shot and injured a doctor in Agra city (Agra district, UP) over a property dispute.",
     ["Unidentified Armed Group (India)", "Civilians (India)"]),
    ("On 14 February 2022, militants shot dead a labourer in Shopian (Jammu and Kashmir).",
     ["Kashmir Rebels (India)", "Civilians (India)"]),
])
def test_one_person_named_by_trade_is_a_civilian(pipeline, text, sides):
    """A priest, a doctor, a labourer: one person named by trade is a civilian, of the country a
    demonym beside the word gives."""
    [e] = _dated(pipeline, text)
    assert [e.actor1.name, e.actor2.name if e.actor2 else None] == sides


@pytest.mark.parametrize("text, actor1", [
    ("On 12 February 2022, a regime checkpoint stopped a bus near Tall Tamr in Al Hasakeh countryside and "
     "arrested two men.", "Military Forces of Syria (2000-)"),
    ("Other: On 12 February 2022, in Managua, the regime closed six universities as part of a campaign against "
     "the opposition.", "Government of Nicaragua (2007-)"),
])
def test_the_regime_is_the_state(pipeline, text, actor1):
    """ "The regime" is the state that rules: its government, and in Syria, where ACLED's notes call the
    state's forces so, its military."""
    [e] = _dated(pipeline, text)
    assert e.actor1.name == actor1


def test_protesters_stopped_on_their_way_are_civilians(pipeline):
    """Outside the demonstration it holds a crowd is no "Protesters": people kept from reaching a rally
    are "Civilians (country)"."""
    text = ("Non-violent activity: On 12 February 2022, soldiers blocked dozens of buses at a checkpoint in Sayun "
            "(Hadramawt) as they were on their way to a demonstration in Sayun city. Soldiers deployed to "
            "checkpoints to prevent demonstrators from reaching the rally.")
    events = _dated(pipeline, text)
    assert events and all(e.actor2 is not None and e.actor2.name == "Civilians (Yemen)" for e in events)


def test_an_unsigned_bomb_threat_is_by_a_sole_perpetrator(pipeline):
    """A bomb threat no one is named for: ACLED's "Sole Perpetrator (country)" against its civilians."""
    text = ("Other: On 11 February 2022, campus operations were disrupted at a high school in Cocoa (Florida) "
            "after a bomb threat was given via phone call. An investigation found no credible threat.")
    [e] = _dated(pipeline, text)
    assert [e.actor1.name, e.actor2.name] == ["Sole Perpetrator (United States)", "Civilians (United States)"]
