"""Notes of riots (issues 13 and 14, session west9): a government that a riot's crowd only names, in what it
demanded or as the owner of what it wrecked, is no side of the riot. Sentences are invented."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2023, 5, 10))


def test_a_government_in_the_crowds_demand_is_no_side(pipeline):
    events = _en(pipeline, "On 9 May 2023, residents burned tyres on a road in Portoviejo to demand the government "
                           "repair the bridge.")
    assert events and events[0].sub_event_type == "Violent demonstration"
    assert not any((s or "").startswith("Government of") for s in sides(events[0]))


def test_a_government_building_set_on_fire_names_no_side(pipeline):
    events = _en(pipeline, "On 9 May 2023, protesters set fire to the government building in Dhaka.")
    assert events and events[0].sub_event_type == "Violent demonstration"
    assert not any((s or "").startswith("Government of") for s in sides(events[0]))


def test_a_government_the_crowd_attacks_stays_its_side(pipeline):
    """The crowd demanded jobs, then stoned the government's own people: the government is the riot's target."""
    events = _en(pipeline, "On 9 May 2023, protesters demanding jobs threw stones at the government delegation "
                           "visiting Nasiriyah.")
    assert events and any((s or "").startswith("Government of Iraq") for s in sides(events[0]))
