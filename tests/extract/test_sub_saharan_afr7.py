"""Sub-Saharan Africa in ACLED's English notes, seventh round (issues 13 and 14, session afr7): a killing after an
assault verb that is also a disaster's noun ("stormed") is no mishap, a unit word written
in capitals ends the unit's name in a bracketed chain, and two sides that traded artillery fire clashed. Sentences
are invented."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from tests.extract.reports import news_of


def _en(pipeline, text: str):
    """The note's news events, published the day after the day it opens with, as ACLED's notes are."""
    day = datetime.strptime(re.search(r"On (\d+ \w+ \d{4})", text).group(1), "%d %B %Y").date()
    return news_of(pipeline, text, lang="en", published=day + timedelta(days=1))


def test_a_killing_after_storming_a_place_is_an_attack(pipeline):
    """ "Militiamen stormed a site ..., killing four": "storm" as the verb is an assault, not the weather."""
    events = _en(pipeline, "On 12 March 2024, militiamen stormed a site sheltering displaced people near Bunia "
                           "(Ituri), killing four of them.")
    assert events[0].sub_event_type == "Attack"
    assert events[0].fatalities == 4


def test_a_storm_or_a_crash_that_killed_people_is_no_event(pipeline):
    """Guard: a storm as the doer, or a crash as the verb, tells of a mishap."""
    assert not _en(pipeline, "On 12 March 2024, a storm hit the coast near Beira, killing six people.")
    assert not _en(pipeline, "On 12 March 2024, a helicopter crashed near Beira, killing six people.")


def test_a_unit_word_in_capitals_ends_the_units_name_in_a_chain(pipeline):
    """ "Ungwan Bako (Bungudu LGA, Zamfara state)": "LGA" in capitals is the unit's word, not part of its name
    (the model tags "Bungudu LGA" as a person); the village is placed at its LGA, not at the state's centre."""
    events = _en(pipeline, "On 4 June 2024, gunmen abducted six farmers in Ungwan Bako (Bungudu LGA, Zamfara "
                           "state).")
    assert events[0].place.name == "Bungudu"


def test_a_chain_with_no_unit_word_is_placed_as_before(pipeline):
    """Guard: a chain with no unit word keeps its town."""
    events = _en(pipeline, "On 4 June 2024, gunmen abducted six farmers in Dankolo (Bungudu, Zamfara).")
    assert events[0].place.name == "Bungudu"


def test_two_sides_that_traded_artillery_fire_clashed(pipeline):
    """ "The SAF and the RSF traded artillery fire": an exchange of fire of any weapon is a clash."""
    events = _en(pipeline, "On 2 February 2024, the army and the RSF traded artillery fire in Omdurman "
                           "(Khartoum). Casualties were not known.")
    assert events[0].sub_event_type == "Armed clash"


def test_artillery_fired_at_one_side_stays_a_shelling(pipeline):
    """Guard: artillery one side fired at the other's positions is a shelling."""
    events = _en(pipeline, "On 2 February 2024, the RSF fired artillery at army positions in Omdurman (Khartoum).")
    assert events[0].sub_event_type == "Shelling/artillery/missile attack"
