"""Notes of protests and riots (issues 13 and 14, session west8): police who charge at a march intervene in it,
and a crowd that burns a house down is a mob of rioters, not an armed group. Sentences are invented."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2023, 5, 10))


def test_police_who_charge_at_marchers_intervene(pipeline):
    events = _en(pipeline, "On 9 May 2023, riot police charged at nurses marching in Valladolid for higher pay.")
    assert events and events[0].sub_event_type == "Protest with intervention"
    assert any(s.startswith("Police Forces of Spain") for s in sides(events[0]))


def test_a_charge_laid_against_a_protester_is_no_intervention(pipeline):
    """The legal charge, no act of force on a crowd."""
    events = _en(pipeline, "On 9 May 2023, nurses marched in Valladolid for higher pay. Prosecutors later charged "
                           "a union leader with a minor offence.")
    assert events and events[0].sub_event_type == "Peaceful protest"


def test_a_crowd_that_burns_a_house_down_is_a_mob(pipeline):
    events = _en(pipeline, "On 9 May 2023, a crowd burned down the house of a man accused of stealing cattle in "
                           "Eldoret.")
    assert events and events[0].sub_event_type == "Mob violence"
    assert "Rioters (Kenya)" in sides(events[0])


def test_unknown_persons_who_burn_a_house_stay_unidentified(pipeline):
    """No word of a crowd is the verb's subject: the arson stays property destruction by persons unknown."""
    events = _en(pipeline, "On 9 May 2023, unknown persons burned down the house of a councillor in Eldoret.")
    assert events and events[0].sub_event_type == "Looting/property destruction"
    assert "Rioters (Kenya)" not in sides(events[0])


def test_one_man_who_sets_fire_to_a_house_is_no_civilian(pipeline):
    events = _en(pipeline, "On 9 May 2023, a man set fire to the mayor's house in Albany, Oregon.")
    assert events and events[0].sub_event_type == "Looting/property destruction"
    assert events[0].actor1 is not None and events[0].actor1.name == "Sole Perpetrator (United States)"


def test_one_man_who_throws_a_grenade_at_a_police_station_strikes_the_police(pipeline):
    events = _en(pipeline, "On 9 May 2023, a man threw a grenade at the police station of Uppsala.")
    assert events and events[0].sub_event_type == "Grenade"
    assert events[0].actor1 is not None and not events[0].actor1.name.startswith("Police Forces")
    assert any(s.startswith("Police Forces of Sweden") for s in sides(events[0]))


def test_the_woman_whose_house_was_burned_stays_its_civilian(pipeline):
    """One person named as the one the arson struck, not as its author."""
    events = _en(pipeline, "On 9 May 2023, unknown persons torched a woman's home in Albany, Oregon.")
    assert events and events[0].sub_event_type == "Looting/property destruction"
    assert events[0].actor1 is not None and events[0].actor1.name != "Civilians (United States)"
    assert "Civilians (United States)" in sides(events[0])
