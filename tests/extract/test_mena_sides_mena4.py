"""The region's sides as ACLED's notes code them, fourth round (issues 13 and 14, session mena4): rockets launched
from Gaza are a Palestinian group's wherever they are intercepted; an army blowing up houses and settlers uprooting
olive trees destroy property; the Manbij Military Council is its own SDF council, not Syria's army. Sentences are
invented."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2024, 9, 30))

ISRAEL, PALESTINE_GROUP = "Military Forces of Israel (2022-)", "Unidentified Armed Group (Palestine)"


def test_rockets_launched_from_gaza_and_intercepted_are_a_palestinian_groups(pipeline):
    events = _en(pipeline, "On 29 September 2024, two rockets launched from Gaza towards Netivot (Southern "
                           "District) were shot down by air defences.")
    assert events[0].sub_event_type == "Disrupted weapons use"
    assert sorted(sides(events[0])) == sorted([ISRAEL, PALESTINE_GROUP])


def test_rockets_from_lebanon_stay_lebanons_group(pipeline):
    """Not for a country named as such: the launch territory only stands in where no country is named."""
    events = _en(pipeline, "On 29 September 2024, two rockets launched from Lebanon towards Nahariya (Northern "
                           "District) were shot down by air defences.")
    assert "Unidentified Armed Group (Lebanon)" in sides(events[0])


def test_an_army_blowing_up_houses_destroys_property(pipeline):
    events = _en(pipeline, "On 29 September 2024, the Israeli army blew up several houses in Kfar Kila (Marjayoun, "
                           "Nabatieh).")
    assert events[0].sub_event_type == "Looting/property destruction"
    assert sorted(sides(events[0])) == sorted([ISRAEL, "Civilians (Lebanon)"])


def test_settlers_uprooting_olive_trees_destroy_property(pipeline):
    events = _en(pipeline, "On 29 September 2024, settlers uprooted dozens of olive trees in Burin (Nablus).")
    assert events[0].sub_event_type == "Looting/property destruction"
    assert sorted(sides(events[0])) == sorted(["Settlers (Israel)", "Civilians (Palestine)"])


def test_a_car_bomb_that_blew_up_a_house_stays_a_bomb(pipeline):
    """Not for an explosive: a car bomb that blew up a house is the bomb's event."""
    events = _en(pipeline, "On 29 September 2024, a car bomb blew up a house in Azaz (Aleppo), killing two "
                           "civilians.")
    assert events[0].sub_event_type == "Remote explosive/landmine/IED"


def test_the_manbij_military_council_is_no_army_of_syria(pipeline):
    events = _en(pipeline, "On 29 September 2024, the Manbij Military Council repelled an attack by SNA factions "
                           "on the Sajur front north of Manbij (Aleppo).")
    assert "Manbij Military Council" in sides(events[0])
    assert not any(s.startswith("Military Forces of Syria") for s in sides(events[0]))
