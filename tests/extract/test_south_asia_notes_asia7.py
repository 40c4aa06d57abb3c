"""South and South-East Asia in ACLED's notes, seventh round: a bomber counted among the dead after the count's noun
("killing two policemen and himself"); the Afghan republic's forces by their initials (ANA, ANDSF) as the army ACLED
names; a Philippine village its title word opens and a bare comma ties to its town ("Barangay Poblacion, Davao
City"), placed in that town and not at a namesake across the islands. Invented reports."""
from __future__ import annotations

from datetime import date
from functools import partial

from sitrep.geo.distance import haversine_km
from tests.extract.reports import news_of

_events = partial(news_of, lang="en", published=date(2024, 3, 8))


def _one(pipeline, text: str):
    [e] = _events(pipeline, text)
    return e


def test_a_bomber_told_after_the_count_is_one_of_the_dead(pipeline):
    e = _one(pipeline, "On 2 March 2024, a suicide bomber blew himself up at a checkpoint in Kohat (Khyber "
                       "Pakhtunkhwa), killing three policemen and himself.")
    assert e.fatalities == 4


def test_a_bomber_only_wounded_is_not_counted(pipeline):
    """Guard: the bomber is counted only where the verb of killing governs him."""
    e = _one(pipeline, "On 2 March 2024, a suicide bomber blew himself up at a checkpoint in Kohat (Khyber "
                       "Pakhtunkhwa), killing three policemen and injuring himself.")
    assert e.fatalities == 3


def test_the_andsf_are_the_republics_army(pipeline):
    [e] = news_of(pipeline, "On 2 March 2020, Taliban fighters attacked an ANDSF checkpoint in Imam Sahib district "
                            "(Kunduz); four soldiers were killed.", lang="en", published=date(2020, 3, 8))
    assert e.sub_event_type == "Armed clash"
    assert {e.actor1.name, e.actor2.name} == {"Taliban", "Military Forces of Afghanistan (2014-2021)"}


def test_a_former_ana_soldier_is_a_civilian(pipeline):
    """Guard: a man who served in the army before is no unit of it."""
    e = _one(pipeline, "On 2 March 2024, unknown gunmen shot dead a former ANA soldier in Imam Sahib district "
                       "(Kunduz).")
    assert e.actor2 is not None and e.actor2.name == "Civilians (Afghanistan)"


def test_a_titled_village_is_placed_in_the_town_after_its_comma(pipeline):
    e = _one(pipeline, "On 2 March 2024, police arrested a village councillor wanted for murder in Barangay "
                       "Poblacion, Davao City.")
    assert e.place is not None and haversine_km(e.place.lat, e.place.lon, 7.07, 125.61) < 25


def test_a_comma_list_without_the_title_word_is_read_as_before(pipeline):
    """Guard: without the title word a comma may part the towns of a list; the rule leaves them alone."""
    e = _one(pipeline, "On 2 March 2024, police arrested a village councillor wanted for murder in Poblacion, "
                       "Davao City.")
    assert e.place is not None and haversine_km(e.place.lat, e.place.lon, 7.07, 125.61) > 25
