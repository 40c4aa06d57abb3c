"""Notes of Europe, Northern Ireland, Corsica and North America beyond their protests (issues 13 and 14,
session euna): shots fired at a target are an attack, and the New IRA and the FLNC are named groups, not
unidentified ones. Sentences are invented."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2023, 5, 10))


def test_shots_fired_at_a_house_are_an_attack(pipeline):
    events = _en(pipeline, "On 9 May 2023, unknown persons fired shots at a farmhouse outside Kenosha, Wisconsin, "
                           "wounding a farmhand.")
    assert events and events[0].sub_event_type == "Attack"


def test_shots_fired_into_the_air_are_no_attack(pipeline):
    """Not where no one is aimed at: shots into the air to scatter a crowd stay what the crowd's event is."""
    events = _en(pipeline, "On 9 May 2023, police fired shots into the air to scatter a crowd in Nakuru.")
    assert all(e.sub_event_type != "Attack" for e in events)


def test_the_new_ira_is_a_named_group(pipeline):
    events = _en(pipeline, "On 9 May 2023, the New IRA left a pipe bomb under a prison officer's van in Cookstown, "
                           "County Tyrone; it exploded without injuring anyone.")
    assert "New IRA: New Irish Republican Army" in sides(events[0])


def test_the_flnc_is_a_named_group(pipeline):
    events = _en(pipeline, "On 9 May 2023, the FLNC claimed the bombing of a building site near Calvi, Corsica.")
    assert "FLNC: National Liberation Front of Corsica" in sides(events[0])


def test_desecrated_graves_are_property_destruction(pipeline):
    events = _en(pipeline, "On 9 May 2023, unknown persons desecrated a dozen tombstones in a Catholic cemetery in "
                           "Lille.")
    assert events and events[0].sub_event_type == "Looting/property destruction"


def test_a_desecrated_memory_is_no_destruction(pipeline):
    """Not the figure of speech: a memory desecrated is no property destroyed."""
    events = _en(pipeline, "On 9 May 2023, a senator said the verdict desecrated the memory of the victims.")
    assert all(e.sub_event_type != "Looting/property destruction" for e in events)
