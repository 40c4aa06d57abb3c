"""Event types of ACLED notes by the codebook's definitions (issue 13, typ37), on invented notes in ACLED's style.

A bomb or device that destroys something is its own blast, not weapons someone disrupted; a mine a vehicle sets
off or triggers is a remote explosive; a crowd no one arms that stones or burns a person alive is mob violence;
the informant of an army is one of the civilians, whatever force he informs; ground the state "takes back" or "wins
back" is regained.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

DAY = date(2023, 4, 2)

TYPES = [
    ("On 1 April 2023, a roadside bomb wrecked a police pickup on the road to Dori (Seno, Sahel).",
     "Remote explosive/landmine/IED"),
    ("On 1 April 2023, an improvised explosive device destroyed a culvert near Ansongo (Ansongo, Gao).",
     "Remote explosive/landmine/IED"),
    ("On 1 April 2023, a tractor set off a mine on a farm track outside Paletwa (Paletwa, Chin); the driver was hurt.",
     "Remote explosive/landmine/IED"),
    ("On 1 April 2023, a crowd of traders stoned a suspected shoplifter to death in Mbale (Mbale, Eastern).",
     "Mob violence"),
    ("On 1 April 2023, a crowd burned alive a man they took for a cattle rustler in Bunia (Djugu, Ituri).",
     "Mob violence"),
]


@pytest.mark.parametrize("text, sub_event_type", TYPES)
def test_codebook_sub_event_types(pipeline, text, sub_event_type):
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert [e.sub_event_type for e in events] == [sub_event_type], text


@pytest.mark.parametrize("text", [
    "On 1 April 2023, soldiers destroyed an explosive device found under a bridge near Gao (Gao, Gao).",
    "On 1 April 2023, deminers destroyed a mine buried beside a well in Kidal (Kidal, Kidal).",
])
def test_weapons_someone_destroys_stay_disrupted(pipeline, text):
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"], text


def test_gunmen_who_burn_a_man_alive_stay_an_armed_group(pipeline):
    text = "On 1 April 2023, gunmen shot a farmer and burned him alive in his hut near Gwoza (Gwoza, Borno)."
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert [e.sub_event_type for e in events] == ["Attack"], text


@pytest.mark.parametrize("text", [
    "On 1 April 2023, PDF members shot a suspected military informant in Kani township (Kani, Sagaing).",
    "On 1 April 2023, KIA fighters killed two army informants near Momauk (Bhamo, Kachin).",
])
def test_an_informant_of_the_army_is_a_civilian(pipeline, text):
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert [(e.sub_event_type, e.actor2.name if e.actor2 else None) for e in events] == \
        [("Attack", "Civilians (Myanmar)")], text


@pytest.mark.parametrize("text", [
    "On 1 April 2023, the army fought M23 rebels and took back the town of Kitshanga (Masisi, North Kivu).",
    "On 1 April 2023, government troops won back the district centre of Sangin (Sangin, Helmand) from insurgents.",
])
def test_ground_taken_back_by_the_state_is_regained(pipeline, text):
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert [e.sub_event_type for e in events] == ["Government regains territory"], text


def test_goods_taken_back_are_no_ground(pipeline):
    text = "On 1 April 2023, police took back the stolen phones from a gang in Kano (Kano, Kano)."
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert "Government regains territory" not in [e.sub_event_type for e in events], text
