"""The region's parties as ACLED's notes name them, second round (issue 13, session mena2): a missile or drone of
another country's forces that was intercepted with no interceptor named was stopped by the event country's own
military; tribesmen who clash with a force, or two tribes that fight, are the country's unidentified tribal militia
(and tribesmen who are only hit stay civilians); "a militant" killed by soldiers is an armed group's man, as
"militants" are; "rival militias" that clash are two unidentified armed groups; Syria's Levant Front is named.
Sentences are invented."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2022, 3, 30))

HOUTHIS = "Military Forces of Yemen (2016-) Supreme Political Council"


def test_a_houthi_missile_intercepted_over_a_saudi_town_was_stopped_by_saudi_forces(pipeline):
    events = _en(pipeline, "On 29 March 2022, a Houthi missile was intercepted over Najran (Najran).")
    assert sorted(sides(events[0])) == sorted(["Military Forces of Saudi Arabia (2015-)", HOUTHIS])


def test_a_houthi_force_that_shot_down_a_drone_stays_the_interceptor(pipeline):
    """Not where the force is the subject: Houthi forces who shoot a drone down are who disrupted it."""
    events = _en(pipeline, "On 29 March 2022, Houthi forces shot down a drone over Saada (Saada).")
    assert sides(events[0])[0] == HOUTHIS


def test_tribesmen_who_clashed_with_houthi_forces_are_a_tribal_militia(pipeline):
    events = _en(pipeline, "On 29 March 2022, tribesmen clashed with Houthi forces near Bayhan (Shabwa).")
    assert events[0].sub_event_type == "Armed clash"
    assert sorted(sides(events[0])) == sorted(["Unidentified Tribal Militia (Yemen)", HOUTHIS])


def test_two_tribes_that_exchanged_fire_are_two_tribal_militias(pipeline):
    events = _en(pipeline, "On 29 March 2022, members of two tribes exchanged fire in Al Qurna (Basrah) over a "
                           "plot of land.")
    assert sides(events[0]) == ["Unidentified Tribal Militia (Iraq)", "Unidentified Tribal Militia (Iraq)"]


def test_tribesmen_killed_at_a_checkpoint_stay_civilians(pipeline):
    """Not where the tribesmen are only hit: killed at a checkpoint, they are the attack's civilians."""
    events = _en(pipeline, "On 29 March 2022, Houthi gunmen killed two tribesmen at a checkpoint in Rada (Al "
                           "Bayda).")
    assert events[0].sub_event_type == "Attack" and sides(events[0])[1] == "Civilians (Yemen)"


def test_a_militant_killed_by_soldiers_is_an_armed_groups_man(pipeline):
    events = _en(pipeline, "On 29 March 2022, Tunisian soldiers killed a militant in the mountains near Kasserine "
                           "(Kasserine).")
    assert events[0].sub_event_type == "Armed clash"
    assert sides(events[0]) == ["Military Forces of Tunisia (2019-)", "Unidentified Armed Group (Tunisia)"]


def test_rival_militias_that_clashed_are_two_unidentified_armed_groups(pipeline):
    events = _en(pipeline, "On 29 March 2022, clashes broke out between rival militias in Zliten (Zliten).")
    assert sides(events[0]) == ["Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)"]


def test_the_levant_front_is_named(pipeline):
    events = _en(pipeline, "On 29 March 2022, fighters of the Levant Front detained a trader in Azaz (Aleppo).")
    assert "Levant Front" in sides(events[0])
