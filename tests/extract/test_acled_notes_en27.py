"""Events and sub-event types of ACLED notes never seen (issue 13), on invented notes in ACLED's terse style.

Ground taken by mercenaries from a state's army is overtaken, not regained; a ceasefire one side declares
is a change to its activity, not an agreement; a strike whose weapons were partly shot down is the strike;
the group authorities blame for an attack by gunmen is its author; a note's tally of a series or of a
period is no event of its own.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides


def _note(pipeline, text: str, day: date):
    return news_of(pipeline, text, lang="en", published=day)


@pytest.mark.parametrize("text", [
    "On 4 March 2023, Wagner Group fighters captured the village of Krasna Hora, Donetsk, after clashes with "
    "Ukrainian forces. Casualties unknown.",
    "On 4 March 2023, Wagner fighters took over the village of Dubovo-Vasylivka (Donetsk) following clashes "
    "with Ukrainian troops.",
])
def test_mercenaries_taking_ground_from_a_state_overtake_it(pipeline, text):
    [event] = _note(pipeline, text, date(2023, 3, 4))
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert sides(event) == ["Wagner Group", "Military Forces of Ukraine (2019-)"]


def test_a_state_retaking_its_own_ground_still_regains_it(pipeline):
    [event] = _note(pipeline, "On 11 June 2023, Ukrainian forces recaptured the village of Blahodatne, Donetsk, "
                    "following clashes with Russian forces.", date(2023, 6, 11))
    assert event.sub_event_type == "Government regains territory"


@pytest.mark.parametrize("text, day", [
    ("On 14 May 2023, the ELN announced a unilateral ceasefire in Arauca for the duration of the national "
     "elections.", date(2023, 5, 14)),
    ("On 2 April 2023, the Tatmadaw announced a unilateral truce in Sagaing region to allow relief work after the "
     "earthquake.", date(2023, 4, 2)),
])
def test_a_ceasefire_one_side_declares_is_a_change_to_its_activity(pipeline, text, day):
    [event] = _note(pipeline, text, day)
    assert event.sub_event_type == "Change to group/activity"


def test_a_ceasefire_two_sides_sign_is_an_agreement(pipeline):
    [event] = _note(pipeline, "On 2 April 2023, the government and the ELN signed a ceasefire in Caracas.",
                    date(2023, 4, 2))
    assert event.sub_event_type == "Agreement"


@pytest.mark.parametrize("text, day", [
    ("On 3 September 2023, Houthi forces launched several drones towards Jizan (Jizan). Some drones were "
     "intercepted by Saudi forces, while others struck a fuel depot, injuring 3 workers.", date(2023, 9, 3)),
    ("On 6 August 2023, Russian forces launched drones at Bila Tserkva (Kyiv). Some drones were intercepted, "
     "others hit a warehouse, killing 2 civilians.", date(2023, 8, 6)),
    ("On 19 March 2023, Houthi forces sent 5 drones towards Abha (Asir). Saudi air defences intercepted most "
     "of them, but one hit a power station.", date(2023, 3, 19)),
])
def test_a_strike_partly_shot_down_is_the_strike(pipeline, text, day):
    [event] = _note(pipeline, text, day)
    assert event.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "On 8 October 2023, Hezbollah fired rockets at Kiryat Shmona (Northern). The Iron Dome intercepted all of "
    "them before they could hit the town.",
    "On 8 October 2023, Ukrainian air defences shot down 14 Russian drones over Odesa region. No drone hit its "
    "target.",
])
def test_a_strike_wholly_shot_down_is_disrupted(pipeline, text):
    [event] = _note(pipeline, text, date(2023, 10, 8))
    assert event.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("text, author", [
    ("On 12 March 2023, gunmen shot dead two police officers at a checkpoint in Bannu (Bannu, KP). The "
     "provincial ministry blamed the TTP for the attack.", "TTP: Tehreek-i-Taliban Pakistan"),
    ("On 12 March 2023, gunmen attacked a village near Dori (Seno, Sahel), killing 6 civilians. Authorities "
     "blamed JNIM militants for the attack.", "JNIM: Group for Support of Islam and Muslims"),
])
def test_the_group_authorities_blame_is_the_author(pipeline, text, author):
    [event] = _note(pipeline, text, date(2023, 3, 12))
    assert sides(event)[0] == author


def test_a_blame_by_residents_names_no_author(pipeline):
    [event] = _note(pipeline, "On 12 March 2023, unidentified gunmen killed a teacher in Mandera (Mandera). "
                    "Residents blamed Al Shabaab for the killing.", date(2023, 3, 12))
    assert sides(event)[0] == "Unidentified Armed Group (Kenya)"


@pytest.mark.parametrize("text, day, sub_event_type", [
    ("On 21 April 2023, suspected ADF militants attacked Mukondi village (Beni, Nord-Kivu), killing 14 "
     "civilians. This is the third such attack in the area this month.", date(2023, 4, 21), "Attack"),
    ("On 21 April 2023, Al Shabaab militants fired mortars at the AMISOM base in Baidoa (Baidoa, Bay). "
     "Casualties unknown. This is the fifth such attack in the town since January.", date(2023, 4, 21),
     "Shelling/artillery/missile attack"),
    ("On 2 May 2023, unidentified gunmen abducted a priest in Kaduna (Kaduna). It was the second abduction of a "
     "cleric in the state this week.", date(2023, 5, 2), "Abduction/forced disappearance"),
    ("On 18 May 2023, police arrested 3 men in Kisumu (Kisumu). Between 1 and 17 May, 23 people were arrested "
     "in the county for cattle theft.", date(2023, 5, 18), "Arrests"),
])
def test_a_tally_of_a_series_or_a_period_is_no_event(pipeline, text, day, sub_event_type):
    events = _note(pipeline, text, day)
    assert [(e.sub_event_type, e.event_date) for e in events] == [(sub_event_type, day)]


def test_another_such_act_on_its_own_day_is_an_event(pipeline):
    events = _note(pipeline, "On 2 May 2023, gunmen attacked a bus near Kandahar. Another such attack took place "
                   "in Helmand on the same day, killing 3.", date(2023, 5, 2))
    assert len(events) == 2
