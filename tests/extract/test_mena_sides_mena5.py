"""The region's events as ACLED's notes code them, fifth round (issues 13 and 14, session mena5): an army
detonating houses destroys property, where a bomb detonated near a house stays the bomb's; students chanting slogans
protest, where fighters chanting after a capture do not. Sentences are invented."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2025, 3, 1))


def test_an_army_detonating_homes_destroys_property(pipeline):
    events = _en(pipeline, "On 27 February 2025, the Israeli army detonated several homes in Yaroun (Bint Jbeil, "
                           "Nabatieh).")
    assert events[0].sub_event_type == "Looting/property destruction"
    assert sorted(sides(events[0])) == sorted(["Military Forces of Israel (2022-)", "Civilians (Lebanon)"])


def test_a_bomb_detonated_near_a_house_stays_a_bomb(pipeline):
    """Not for an explosive that went off: a roadside bomb detonated near a house is the bomb's event."""
    events = _en(pipeline, "On 27 February 2025, a roadside bomb detonated near a house in Jasim (Daraa), wounding "
                           "two men.")
    assert events[0].sub_event_type == "Remote explosive/landmine/IED"


def test_students_chanting_slogans_protest(pipeline):
    events = _en(pipeline, "On 27 February 2025, students chanted slogans against the dress code at a university in "
                           "Isfahan (Isfahan).")
    assert events and events[0].sub_event_type == "Peaceful protest"
    assert sides(events[0])[0] == "Protesters (Iran)"


def test_fighters_chanting_after_a_capture_make_no_protest(pipeline):
    """Not for armed men: fighters chanting after they take a village is no protest."""
    events = _en(pipeline, "On 27 February 2025, fighters chanted slogans after capturing a hill east of Morek "
                           "(Hama).")
    assert not any(e.sub_event_type == "Peaceful protest" for e in events)
