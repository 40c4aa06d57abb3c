"""The region's types as ACLED's notes code them, second round (issue 13, session mena2): headscarves or flags a
crowd burns are its protest's symbols, not property it wrecks, so police who beat it used excessive force; gunmen
who storm a café or a shop attack it; a tanker or a ship seized at sea is property taken. Sentences are
invented."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2022, 10, 30))


def test_headscarves_burned_at_a_protest_beaten_by_police_is_excessive_force(pipeline):
    events = _en(pipeline, "On 29 October 2022, students burned their headscarves in a protest in Bukan (West "
                           "Azerbaijan); police beat them with batons.")
    assert events[0].sub_event_type == "Excessive force against protesters"


def test_tyres_burned_at_a_protest_are_still_a_violent_demonstration(pipeline):
    """Not where the crowd burns what is no symbol: tyres set alight on a road make the protest violent."""
    events = _en(pipeline, "On 29 October 2022, protesters burned tyres on the main road of Gafsa (Gafsa).")
    assert events[0].sub_event_type == "Violent demonstration"


def test_gunmen_who_stormed_a_cafe_attacked_it(pipeline):
    events = _en(pipeline, "On 29 October 2022, gunmen stormed a cafe in Zliten (Zliten), wounding two customers.")
    assert events[0].sub_event_type == "Attack"
    assert sides(events[0]) == ["Unidentified Armed Group (Libya)", "Civilians (Libya)"]


def test_protesters_who_stormed_a_shop_and_looted_it_rioted(pipeline):
    """Not where a crowd storms the shop: its looting is a riot, not an armed group's attack."""
    events = _en(pipeline, "On 29 October 2022, protesters stormed a shop in Kairouan (Kairouan) and looted it.")
    assert events[0].sub_event_type != "Attack"


def test_a_tanker_seized_by_the_navy_is_property_taken(pipeline):
    events = _en(pipeline, "On 29 October 2022, Iranian forces seized a fuel tanker off Jask (Hormozgan).")
    assert events[0].sub_event_type == "Looting/property destruction"


def test_a_car_seized_with_its_driver_arrested_stays_an_arrest(pipeline):
    """Not where people are arrested with the thing seized: the arrest is the event."""
    events = _en(pipeline, "On 29 October 2022, police seized a car and arrested its driver in Sousse (Sousse).")
    assert events[0].sub_event_type == "Arrests"
