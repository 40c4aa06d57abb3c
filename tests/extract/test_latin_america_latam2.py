"""Latin America's notes and English wire stories, second round (issue 13, session latam2): a murder's dead
counted, a cartel's factions fighting each other coded on both sides, and a headline's "Car bomb" read as the
weapon, not as the Central African Republic's acronym. Sentences are invented; the groups and places are
general facts."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2024, 5, 9))


def test_a_murder_counts_its_dead(pipeline):
    events = _en(pipeline, "On 8 May 2024, unidentified gunmen murdered two taxi drivers in Zihuatanejo "
                           "(Guerrero).")
    assert events[0].fatalities == 2


def test_the_family_of_a_murdered_man_marching_counts_no_dead(pipeline):
    events = _en(pipeline, "On 8 May 2024, relatives of a murdered teacher marched in Zihuatanejo (Guerrero) to "
                           "demand justice.")
    assert events[0].sub_event_type == "Peaceful protest" and not events[0].fatalities


def test_a_cartels_factions_fighting_each_other_are_both_sides(pipeline):
    events = _en(pipeline, "On 8 May 2024, Sinaloa Cartel factions fought each other in Navolato (Sinaloa), "
                           "leaving five gunmen dead.")
    assert sides(events[0]) == ["Sinaloa Cartel", "Sinaloa Cartel"] and events[0].fatalities == 5


def test_the_army_against_a_cartels_rival_factions_keeps_its_two_sides(pipeline):
    events = _en(pipeline, "On 8 May 2024, soldiers clashed with rival factions of the Sinaloa Cartel in Navolato "
                           "(Sinaloa), killing two gunmen.")
    assert "Sinaloa Cartel" in sides(events[0]) and sides(events[0])[0] != sides(events[0])[1]


def test_a_headlines_car_bomb_is_no_country(pipeline):
    events = _en(pipeline, """Car bomb outside Peruvian army post wounds four

LIMA, May 9 (Reuters) - A car bomb exploded outside an army post in the town of Pichari in southern Peru on Wednesday, wounding four soldiers, the defence ministry said.""")
    assert events and all(e.place is None or e.place.country != "CF" for e in events)


def test_the_central_african_republic_by_its_acronym(pipeline):
    events = _en(pipeline, "On 8 May 2024, gunmen killed three herders near Bouar in western CAR.")
    assert events[0].place is not None and events[0].place.country == "CF"


def test_explosives_thrown_at_a_house_are_a_grenade(pipeline):
    events = _en(pipeline, "On 8 May 2024, unknown men on a motorbike threw explosives at a hardware store in "
                           "Milagro (Guayas), wounding the owner.")
    assert events and events[0].sub_event_type == "Grenade"


def test_firecrackers_thrown_by_protesters_stay_a_riot(pipeline):
    events = _en(pipeline, "On 8 May 2024, protesters threw stones and firecrackers at police officers in Milagro "
                           "(Guayas).")
    assert events[0].sub_event_type == "Violent demonstration"
