"""A state's force and a named group coordinated before a mutual verb, and the dead called by the group's own word
(issue 13, session mena7): "Turkish forces and PKK militants clashed ..., killing two militants" was a fight between
the two, whose dead are the group's men; the toll's label took the group's slot and became an unidentified armed
group. Sentences are invented; the actors are ACLED's general names."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.types import Article


def _pair(pipeline, text, published=date(2023, 6, 12)):
    events = pipeline.code(Article(article_id="t", text=text, lang="en", published=published))
    e = next(e for e in events if e.status in ("reported", "ongoing"))
    return {a.name for a in (e.actor1, e.actor2) if a is not None}


@pytest.mark.parametrize("text,group", [
    ("On 10 June 2023, Turkish troops and PKK militants clashed in the mountains of Cukurca (Hakkari), killing "
     "three militants.", "PKK: Kurdistan Workers Party"),
    ("On 10 June 2023, Egyptian soldiers and IS militants fought near Sheikh Zuweid (North Sinai), killing four "
     "militants.", "Islamic State Sinai Province"),
    ("On 10 June 2023, Iraqi troops and IS fighters clashed near Baiji (Salah al-Din), killing two fighters.",
     "Islamic State (Iraq)"),
])
def test_the_dead_called_by_the_groups_word_are_its_men(pipeline, text, group):
    assert group in _pair(pipeline, text)


def test_an_ally_beside_the_state_is_no_foe(pipeline):
    """The dead are called by another word than the group's: the group may have fought beside the state's force,
    and the toll's label keeps the second slot, as before."""
    pair = _pair(pipeline, "On 10 June 2023, Malian soldiers and Wagner fighters clashed near Djenne (Mopti), "
                           "killing twelve militants.")
    assert "Wagner Group" not in pair or len(pair) == 1
