"""Sub-Saharan Africa in ACLED's English notes, fifth round (issues 13 and 14, session afr5): two peoples' militias
joined as a clash's subject are its two sides, and the group a mob's victim was suspected of serving is no side.
Sentences are invented."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from tests.extract.reports import news_of, sides


def _en(pipeline, text: str):
    """The note's news events, published the day after the day it opens with, as ACLED's notes are."""
    day = datetime.strptime(re.match(r"On (\d+ \w+ \d{4})", text).group(1), "%d %B %Y").date()
    return news_of(pipeline, text, lang="en", published=day + timedelta(days=1))


def test_two_peoples_joined_as_a_clashs_subject_fight_each_other(pipeline):
    """ "Konkomba and Mamprusi gunmen exchanged fire": each people's militia is a side, not one side's associate
    facing no one."""
    events = _en(pipeline, "On 21 March 2023, Konkomba and Mamprusi gunmen exchanged fire on the outskirts of "
                           "Yendi, leaving three people dead.")
    assert events[0].sub_event_type == "Armed clash"
    assert sorted(sides(events[0])) == ["Konkomba Ethnic Militia (Ghana)", "Mamprusi Ethnic Militia (Ghana)"]


def test_two_peoples_joined_in_an_attack_on_a_force_stay_one_side(pipeline):
    """Guard: two peoples' youths who attack a police station are one side, the police the other."""
    events = _en(pipeline, "On 21 March 2023, Konkomba and Mamprusi youths attacked a police station in Yendi, "
                           "killing two officers.")
    assert "Police Forces of Ghana" in " ".join(str(x) for x in sides(events[0]))


def test_the_group_a_lynched_man_was_suspected_of_serving_is_no_side(pipeline):
    """ "Residents lynched a man they suspected of spying for the ADF": a mob's violence on a civilian, the
    residents its rioters; the ADF is only what he was suspected of."""
    events = _en(pipeline, "On 4 May 2024, residents lynched a man they suspected of spying for the ADF in Oicha "
                           "(Beni territory, North Kivu).")
    assert events[0].sub_event_type == "Mob violence"
    assert sides(events[0]) == ["Rioters (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)"]


def test_fighters_a_mob_lynched_stay_their_group(pipeline):
    """Guard: a mob that lynches captured fighters of a group, told as such, acts on that group."""
    events = _en(pipeline, "On 4 May 2024, a mob lynched two ADF fighters captured near Oicha (North Kivu).")
    assert "ADF: Allied Democratic Forces" in sides(events[0])


def test_cultists_clashing_with_no_foe_named_fought_another_cult(pipeline):
    """ "Members of two cult groups clashed in Sapele": cultists told clashing with no foe named fought cultists,
    "Unidentified Cult Militia (Nigeria)" on both sides."""
    events = _en(pipeline, "On 8 February 2024, members of two cult groups clashed in Sapele (Delta state), leaving "
                           "three dead.")
    assert sides(events[0]) == ["Unidentified Cult Militia (Nigeria)", "Unidentified Cult Militia (Nigeria)"]


def test_cultists_clashing_with_the_police_fight_the_police(pipeline):
    """Guard: cultists who clash with the police face the police, not another cult."""
    events = _en(pipeline, "On 8 February 2024, cultists clashed with police in Sapele (Delta state), leaving three "
                           "dead.")
    assert "Police Forces of Nigeria (2023-)" in sides(events[0])
