"""Notes of protests and riots (issues 13 and 14, session west7): the dead a march or a vigil is held for are not
its toll, and a crowd that attacks is a mob of rioters, not an armed group. Sentences are invented."""
from __future__ import annotations

from datetime import date
from functools import partial

from sitrep.extract.quantities import fatalities
from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2023, 5, 10))


def test_the_dead_a_march_is_held_for_are_no_toll():
    assert fatalities("During a march for a boy killed by a gendarme, youths threw stones at the town "
                      "hall.", "en") is None
    assert fatalities("Mourners held a vigil for two cyclists killed by a drunk driver outside the station.",
                      "en") is None


def test_the_dead_of_the_act_beside_a_march_stay_its_toll():
    assert fatalities("Soldiers fired on the march, killing three students.", "en").value == 3
    assert fatalities("Police fired live rounds at the demonstrators, killing two men.", "en").value == 2


def test_a_crowd_that_attacks_a_building_is_a_mob(pipeline):
    events = _en(pipeline, "On 9 May 2023, a crowd attacked a guest house in Swindon, England, and smashed its "
                           "windows.")
    assert events and events[0].sub_event_type == "Mob violence"
    assert "Rioters (United Kingdom)" in sides(events[0])


def test_an_attack_on_a_crowd_is_no_mob(pipeline):
    """The crowd is whom the attack struck: no word of its own violence follows it."""
    events = _en(pipeline, "On 9 May 2023, unknown assailants attacked a crowd outside a bar in Swindon, England.")
    assert events and events[0].sub_event_type == "Attack"
