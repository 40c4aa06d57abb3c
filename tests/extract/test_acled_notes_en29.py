"""Sub-event types and tolls of ACLED notes (issue 13, en29), on invented notes in ACLED's style.

Live bullets or live rounds fired at a crowd are excessive force against protesters (ACLED: lethal
force used on a demonstration), not an intervention; a toll told after a sentence whose last act is
background or a charge ("accused of stealing", "left from earlier clashes") is the news event's; a
killing told in the passive after which someone else acted ("torched buses after a gang leader was killed
by police") is what that act answers, not part of it; a count whose own fate ("were killed") ends the
clause its phrase opens is the toll however long the phrase.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of


def _note(pipeline, text: str, day: date):
    return news_of(pipeline, text, lang="en", published=day)


@pytest.mark.parametrize("text, day", [
    ("On 11 October 2023, students marched in Omdurman (Khartoum) to call for the return of civilian rule. "
     "Police fired live bullets and tear gas at the protesters to break up the march. 3 were wounded. "
     "[size=hundreds]", date(2023, 10, 11)),
    ("On 2 August 2023, soldiers fired live rounds at demonstrators who were denouncing fuel shortages in "
     "Kankan (Kankan, Kankan). Several people were wounded. [size=no report]", date(2023, 8, 2)),
])
def test_live_bullets_fired_at_protesters_are_excessive_force(pipeline, text, day):
    [event] = [e for e in _note(pipeline, text, day) if e.status == "reported"]
    assert event.sub_event_type == "Excessive force against protesters"


def test_a_death_told_after_a_charge_is_the_assaults_toll(pipeline):
    text = ("On 9 May 2023, villagers assaulted a man accused of stealing cattle at a homestead in Mankweng "
            "(Capricorn, Limpopo). The man later died in hospital. [size=no report]")
    [event] = [e for e in _note(pipeline, text, date(2023, 5, 9)) if e.status == "reported"]
    assert event.sub_event_type == "Mob violence"
    assert event.fatalities == 1


def test_no_fatalities_after_a_mine_of_earlier_clashes_is_the_blasts_toll(pipeline):
    text = ("On 9 May 2023, a mine left from earlier clashes exploded in a field near Maarrat (Idleb), injuring "
            "a farmer. There were no fatalities.")
    [event] = [e for e in _note(pipeline, text, date(2023, 5, 9)) if e.status == "reported"]
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.fatalities == 0


@pytest.mark.parametrize("text, kind", [
    ("On 9 May 2023, masked men torched two buses in Port-de-Paix (Nord-Ouest) after a gang leader was killed by "
     "police.", "Looting/property destruction"),
    ("On 9 May 2023, soldiers arrested twelve youths in Kasese town (Kasese) after a soldier was killed by unknown "
     "gunmen.", "Arrests"),
])
def test_an_act_done_after_someone_was_killed_is_its_own_event_not_the_killing(pipeline, text, kind):
    [event] = [e for e in _note(pipeline, text, date(2023, 5, 9)) if e.status == "reported"]
    assert event.sub_event_type == kind
    assert not event.fatalities


def test_a_body_set_ablaze_after_its_man_was_shot_is_one_attack(pipeline):
    text = "On 9 May 2023, a trader was set ablaze inside his shop after he had been shot by robbers in Ikorodu (Lagos)."
    [event] = [e for e in _note(pipeline, text, date(2023, 5, 9)) if e.status == "reported"]
    assert event.sub_event_type == "Attack"


def test_a_count_whose_fate_ends_its_clause_is_the_toll(pipeline):
    text = ("On 4 April 2023, Russian forces shelled Kupiansk, Kharkiv. Nine civilians living in the eastern part "
            "of town were killed. Further casualties unknown.")
    [event] = [e for e in _note(pipeline, text, date(2023, 4, 4)) if e.status == "reported"]
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.fatalities == 9


def test_a_count_before_a_verb_that_kills_others_is_no_toll(pipeline):
    text = ("On 4 April 2023, the army shelled the rebels' positions, hitting one of their depots near the river "
            "and killing many fighters in Kidal (Kidal, Kidal).")
    [event] = [e for e in _note(pipeline, text, date(2023, 4, 4)) if e.status == "reported"]
    assert event.fatalities == 10
