"""ACLED notes with no crowd-size tag tell no demonstration (issue 13), on invented notes.

ACLED tags every note of a demonstration or a riot with its crowd's size ("[size=no report]"). A note
that opens with its event's day written out and carries no tag is of another kind: a protest it names
in a clause about someone says who was arrested or when, and the note's event is the arrest. The
protesters as the arrest's own side, a tagged note, or a text not in a note's form keep their protest.
"""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.label import untagged_note
from sitrep.lang import pack
from tests.extract.reports import news_of

ARRESTS = [
    "On 8 July 2023, the army arrested two men who had participated in protests against the junta in "
    "Bago town (Bago region).",
    "On 9 July 2023, police arrested 40 opposition supporters as they gathered for a rally in Harare.",
    "On 9 July 2023, security forces arrested a journalist who had covered the teachers' strike in Kampala.",
    "On 9 July 2023, police arrested two students in Dhaka for taking part in a strike.",
    "On 9 July 2023, soldiers detained three youths in Meiktila town (Mandalay region) in connection "
    "with the explosion of a stun grenade.",
    "Around 9 July 2023 (as reported), the Taliban arrested four women activists in Kabul who had "
    "demanded the right to work.",
]


@pytest.mark.parametrize("text", ARRESTS)
def test_an_untagged_note_naming_a_protest_is_an_arrest(pipeline, text):
    events = news_of(pipeline, text, lang="en", published=date(2023, 7, 10))
    assert [e.sub_event_type for e in events] == ["Arrests"]


@pytest.mark.parametrize("text, sub_event_type", [
    ("On 9 July 2023, police arrested fifteen protesters in Lusaka.", "Protest with intervention"),
    ("On 9 July 2023, police arrested ten marchers during a rally in Mzuzu.", "Protest with intervention"),
    ("On 9 July 2023, police fired tear gas at teachers who protested over unpaid salaries in Nairobi. "
     "[size=hundreds]", "Protest with intervention"),
    ("On 9 July 2023, around 300 nurses protested outside the health ministry in Accra. [size=around 300]",
     "Peaceful protest"),
])
def test_protesters_arrested_or_a_tagged_note_keep_the_demonstration(pipeline, text, sub_event_type):
    events = news_of(pipeline, text, lang="en", published=date(2023, 7, 10))
    assert [e.sub_event_type for e in events] == [sub_event_type]


def test_a_news_report_of_a_protest_is_not_a_note():
    text = ("Hundreds of teachers marched through Nairobi on Monday to demand unpaid salaries.\n\n"
            "Police arrested two of the organisers, witnesses said.")
    assert not untagged_note(text, pack("en"))


@pytest.mark.parametrize("text, note", [
    ("On 9 July 2023, police arrested two activists in Minsk.", True),
    ("Arrests: Around 9 July 2023 (as reported), police detained a union leader in Gomel.", True),
    ("On 9 July 2023, students marched in Dhaka. [size=dozens]", False),
    ("On Monday, police arrested two activists in Minsk.", False),
])
def test_the_form_of_an_untagged_note(text, note):
    assert untagged_note(text, pack("en")) is note
