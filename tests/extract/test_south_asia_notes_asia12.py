"""South Asia in ACLED's notes, twelfth round: a police picket is a post, not a protest line; a bomber told after
the count ("and the bomber") is one of the dead; Pakistan's Rangers named bare are its army's unit; a "flash
strike" is a protest; a crowd's demand ("demanding justice for a murdered classmate") tells no toll of what was done
to it; a Maoist told by one member's title is the CPI (Maoist); towns and a district no table held. Invented
reports."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of


def _one(pipeline, text: str):
    [e] = news_of(pipeline, text, lang="en", published=date(2022, 3, 11))
    return e


def test_gunmen_who_attacked_a_police_picket_fought_the_police(pipeline):
    e = _one(pipeline, "On 10 March 2022, gunmen attacked a police picket in Shikarpur (Sindh), killing a "
                       "constable.")
    assert e.sub_event_type == "Armed clash"
    assert e.actor2 is not None and e.actor2.name.startswith("Police Forces of Pakistan")
    assert e.fatalities == 1


def test_teachers_who_held_a_picket_protested(pipeline):
    """Guard: a picket held by a crowd is still a protest."""
    e = _one(pipeline, "On 10 March 2022, teachers held a picket outside the education office in Multan.")
    assert e.sub_event_type == "Peaceful protest"


def test_the_bomber_told_after_the_count_is_one_of_the_dead(pipeline):
    e = _one(pipeline, "On 10 March 2022, a suicide bomber struck a shrine in Jalalabad, killing four pilgrims and "
                       "the bomber.")
    assert e.fatalities == 5


def test_a_bomber_only_wounded_is_not_counted(pipeline):
    """Guard: the bomber after a word of wounding is not among the dead."""
    e = _one(pipeline, "On 10 March 2022, a bomb went off at a shrine in Jalalabad, killing four pilgrims and "
                       "wounding the bomber.")
    assert e.fatalities == 4


def test_rangers_in_pakistan_are_its_armys_unit(pipeline):
    e = _one(pipeline, "On 10 March 2022, Rangers opened fire on protesters in Hyderabad (Sindh), killing two.")
    assert e.actor2 is not None and e.actor2.name.startswith("Military Forces of Pakistan")
    assert e.actor2.name.endswith("Rangers")


def test_rangers_in_thailand_stay_its_army(pipeline):
    """Guard: Thailand's rangers keep their own row."""
    e = _one(pipeline, "On 10 March 2022, rangers shot dead a suspected insurgent in Rueso (Narathiwat).")
    assert e.actor1.name.startswith("Military Forces of Thailand") and not e.actor1.name.endswith("Rangers")


def test_a_flash_strike_is_a_protest(pipeline):
    e = _one(pipeline, "On 10 March 2022, young people staged a flash strike against the junta in Monywa.")
    assert e.sub_event_type == "Peaceful protest"


def test_a_drone_strike_is_no_protest(pipeline):
    """Guard: the strike of a drone stays a strike."""
    e = _one(pipeline, "On 10 March 2022, a drone strike hit a house in Monywa.")
    assert e.sub_event_type == "Air/drone strike"


def test_a_death_the_crowd_demands_justice_for_is_no_toll(pipeline):
    events = news_of(pipeline, "On 10 March 2022, police charged with batons at students demanding justice for a "
                               "murdered classmate in Rangpur.", lang="en", published=date(2022, 3, 11))
    e = events[0]
    assert e.sub_event_type == "Protest with intervention"
    assert not e.fatalities


def test_the_dead_of_a_crowd_fired_on_stay_its_toll(pipeline):
    """Guard: deaths told outside the crowd's demand are the event's."""
    e = _one(pipeline, "On 10 March 2022, police opened fire on protesters demanding the release of their leader in "
                       "Karachi, killing two.")
    assert e.fatalities == 2


def test_a_maoist_commander_killed_in_an_encounter_fought_the_forces(pipeline):
    e = _one(pipeline, "On 10 March 2022, police killed a Maoist zonal commander in an encounter in Gumla district "
                       "(Jharkhand).")
    assert e.sub_event_type == "Armed clash"
    assert any(a is not None and a.name.startswith("CPI (Maoist):") for a in (e.actor1, e.actor2))


def test_a_suspect_killed_in_an_encounter_is_a_civilian(pipeline):
    """Guard: no group named, the man killed by the police is a civilian."""
    e = _one(pipeline, "On 10 March 2022, police killed a suspected thief in an encounter in Gumla district "
                       "(Jharkhand).")
    assert e.actor2 is not None and e.actor2.name == "Civilians (India)"


def test_an_upazila_of_the_hill_tracts_is_placed_at_its_town(pipeline):
    e = _one(pipeline, "On 10 March 2022, UPDF members shot dead a man in Baghaichhari (Rangamati).")
    assert e.place is not None and abs(e.place.lat - 23.22) < 0.15 and abs(e.place.lon - 92.19) < 0.15


def test_the_industrial_belt_of_savar_is_in_bangladesh(pipeline):
    e = _one(pipeline, "On 10 March 2022, garment workers demonstrated for unpaid wages in Ashulia.")
    assert e.place is not None and e.place.country == "BD"


def test_a_town_of_jaffna_district_is_placed_at_the_town(pipeline):
    e = _one(pipeline, "On 10 March 2022, the navy arrested five fishermen in Point Pedro (Jaffna).")
    assert e.place is not None and abs(e.place.lat - 9.82) < 0.1 and abs(e.place.lon - 80.23) < 0.1


def test_jaffna_alone_stays_the_city(pipeline):
    """Guard: the district's row does not move the city's events."""
    e = _one(pipeline, "On 10 March 2022, police arrested five students in Jaffna.")
    assert e.place is not None and abs(e.place.lat - 9.66) < 0.05 and abs(e.place.lon - 80.01) < 0.05
