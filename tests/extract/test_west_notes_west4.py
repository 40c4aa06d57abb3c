"""Notes of the West and of riots worldwide (issues 13 and 14, session west4): a riot set during a march or a parade
is a violent demonstration, one man with a knife is no mob, and police who break up a road blockade intervene in a
protest. Sentences are invented."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2023, 5, 10))


def test_a_riot_during_a_parade_is_a_violent_demonstration(pipeline):
    events = _en(pipeline, "On 9 May 2023, masked youths hurled petrol bombs at a police patrol car in Lisburn "
                           "during a commemorative parade.")
    assert events and events[0].sub_event_type == "Violent demonstration"


def test_a_riot_during_marches_is_a_violent_demonstration(pipeline):
    events = _en(pipeline, "On 9 May 2023, black-clad rioters smashed shop fronts and burned two cars in Lyon during "
                           "Labour Day marches.")
    assert events and events[0].sub_event_type == "Violent demonstration"


def test_stones_thrown_at_night_stay_mob_violence(pipeline):
    """Not a setting that is no demonstration: stone-throwing "during the night" stays a mob's."""
    events = _en(pipeline, "On 9 May 2023, rioters hurled stones at police officers in Lisburn during the night.")
    assert events and events[0].sub_event_type == "Mob violence"


def test_a_lynching_after_a_parade_stays_mob_violence(pipeline):
    """Not "after" a parade: a crowd's violence after it is told no demonstration."""
    events = _en(pipeline, "On 9 May 2023, a crowd beat a suspected pickpocket to death in Lisburn after a "
                           "commemorative parade.")
    assert events and events[0].sub_event_type == "Mob violence"


def test_communal_stone_throwing_during_a_religious_procession_stays_mob_violence(pipeline):
    """A religious procession is no demonstration (merge of the fortieth session): two communities stoning each other
    during one riot as mobs, as ACLED codes communal clashes."""
    events = _en(pipeline, "On 9 May 2023, members of two communities threw stones at each other during a temple "
                           "procession in Meerut, injuring nine people.")
    assert events and events[0].sub_event_type == "Mob violence"


def test_a_man_who_stabs_is_no_mob(pipeline):
    events = _en(pipeline, "On 9 May 2023, a man stabbed three worshippers outside a synagogue in Graz.")
    assert events and events[0].sub_event_type == "Attack"
    assert "Unidentified Armed Group (Austria)" in sides(events[0])


def test_a_man_who_attacks_with_a_knife_is_a_sole_perpetrator(pipeline):
    events = _en(pipeline, "On 9 May 2023, a man attacked a city councilman with a knife outside the town hall in "
                           "Flint, Michigan, wounding him.")
    assert events and events[0].sub_event_type == "Attack"
    assert "Sole Perpetrator (United States)" in sides(events[0])


def test_villagers_who_stab_stay_a_mob(pipeline):
    """Not a crowd: villagers who stab a thief are rioters."""
    events = _en(pipeline, "On 9 May 2023, villagers stabbed a suspected cattle thief to death near Graz.")
    assert events and events[0].sub_event_type == "Mob violence"


def test_police_breaking_up_a_road_blockade_intervene(pipeline):
    events = _en(pipeline, "On 9 May 2023, police broke up a road blockade by coca growers near Chapare "
                           "(Cochabamba) with tear gas.")
    assert events and events[0].sub_event_type == "Protest with intervention"
    assert any(s.startswith("Protesters (Bolivia)") for s in sides(events[0]))


def test_soldiers_breaking_a_siege_regain_territory(pipeline):
    """Not a siege: soldiers who break it take ground back."""
    events = _en(pipeline, "On 9 May 2023, soldiers broke the siege of Djibo imposed by jihadist fighters.")
    assert events and events[0].sub_event_type == "Government regains territory"


def test_a_military_blogger_is_a_civilian(pipeline):
    events = _en(pipeline, "On 9 May 2023, a parcel bomb killed a military blogger at a book signing in Samara.")
    assert events and "Civilians (Russia)" in sides(events[0])


def test_military_officers_stay_the_military(pipeline):
    """Not officers: a bomb that kills military officers hit the army."""
    events = _en(pipeline, "On 9 May 2023, a parcel bomb killed two military officers at a club in Samara.")
    assert events and any((s or "").startswith("Military Forces of Russia") for s in sides(events[0]))


def test_fire_on_a_crowd_protesting_is_excessive_force(pipeline):
    events = _en(pipeline, "On 9 May 2023, police opened fire on a crowd protesting fuel prices in Kumasi, killing "
                           "two men.")
    assert events and events[0].sub_event_type == "Excessive force against protesters"
    assert "Protesters (Ghana)" in sides(events[0])


def test_fire_on_a_crowd_at_a_funeral_stays_an_attack(pipeline):
    """Not a crowd no protest is told of: gunmen who fire on mourners attack civilians."""
    events = _en(pipeline, "On 9 May 2023, gunmen opened fire on a crowd at a funeral in Kumasi, killing two men.")
    assert events and events[0].sub_event_type == "Attack"
