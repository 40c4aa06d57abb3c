"""Notes of protests and riots (issues 13 and 14, session west6): the place a crowd lives in and what it protested
are no target of its riot, the dead a crowd acts for are not the dead of its act, and slogans sprayed on a wall are
property destruction. Sentences are invented."""
from __future__ import annotations

from datetime import date
from functools import partial

from sitrep.extract.quantities import fatalities
from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2023, 5, 10))


def test_a_crowds_neighbourhood_and_grievance_are_no_target(pipeline):
    events = _en(pipeline, "On 9 May 2023, in Recife (Pernambuco), residents of the Torre neighborhood blocked a "
                           "road by burning tires to protest against the lack of street lighting near a school.")
    assert events and events[0].sub_event_type == "Violent demonstration"
    assert "Civilians (Brazil)" not in sides(events[0])


def test_houses_a_crowd_stoned_stay_its_target(pipeline):
    """Not a grievance: the houses are what the stones hit, after the crowd's grievance ends at its act."""
    events = _en(pipeline, "On 9 May 2023, in Recife (Pernambuco), residents protesting against the eviction threw "
                           "stones at houses of the neighborhood.")
    assert events and "Civilians (Brazil)" in sides(events[0])


def test_the_dead_a_crowd_demands_justice_for_are_no_toll():
    assert fatalities("Residents blocked a road to demand justice for three young men who were shot dead by "
                      "unknown gunmen.", "en") is None
    assert fatalities("Relatives of a teenager who was killed last week blocked the avenue with burning "
                      "tyres.", "en") is None


def test_the_dead_of_the_act_in_a_relative_clause_stay_its_toll():
    assert fatalities("Gunmen shot dead three men who were returning from the market.", "en").value == 3
    assert fatalities("Police fired on protesters demanding justice, killing two men who were at the front.",
                      "en").value == 2
    assert fatalities("Gunmen killed a family of four who were sleeping at home.", "en").value == 4


def test_slogans_sprayed_on_a_wall_are_property_destruction(pipeline):
    events = _en(pipeline, "On 9 May 2023, unknown persons sprayed swastikas on a synagogue in Lyon.")
    assert events and events[0].sub_event_type == "Looting/property destruction"


def test_tear_gas_sprayed_on_protesters_is_no_vandalism(pipeline):
    events = _en(pipeline, "On 9 May 2023, police sprayed protesters with tear gas in Lyon.")
    assert events and events[0].sub_event_type != "Looting/property destruction"


def test_a_square_named_after_a_town_is_no_place(pipeline):
    """ "King George Square": a square's name, like a street's, is no place (it still votes for its namesake's
    country, as a street's does)."""
    events = _en(pipeline, "On 9 May 2023, climate activists rallied in King George Square in Brisbane against a new "
                           "coal mine.")
    assert events and events[0].place is not None and events[0].place.name != "King George"
