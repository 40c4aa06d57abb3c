"""The coalition named by its aircraft, and a shell that lay unexploded (issues 13 and 14, session mena10): "a
coalition airstrike hit a Houthi position" or "coalition warplanes struck" named no side or the government of the
place, since only "coalition forces" and the longer names were the coalition's words, and an air strike with no
side read is dropped; "an unexploded shell went off" read as shelling, or as nothing, where ACLED codes an
ordnance that lay unexploded and later blew up a remote explosive, as "unexploded ordnance" already was. Sentences
are invented; the actors are ACLED's general names."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.types import Article


def _first(pipeline, text, published=date(2022, 5, 20)):
    events = pipeline.code(Article(article_id="t", text=text, lang="en", published=published))
    return next((e for e in events if e.status in ("reported", "ongoing")), None)


@pytest.mark.parametrize("text,coalition", [
    ("On 19 May 2022, a coalition airstrike hit a Houthi camp in Haradh district (Hajjah), killing three Houthi "
     "fighters.", "Operation Restoring Hope"),
    ("On 19 May 2022, coalition warplanes bombed a Houthi position in Haradh district (Hajjah). No casualties were "
     "reported.", "Operation Restoring Hope"),
    ("On 19 May 2022, a coalition drone strike killed an IS leader near Atmeh (Idleb).",
     "Global Coalition Against Daesh"),
])
def test_the_coalitions_aircraft_are_the_coalition(pipeline, text, coalition):
    e = _first(pipeline, text)
    assert e is not None and e.sub_event_type == "Air/drone strike"
    assert e.actor1 is not None and e.actor1.name == coalition


def test_a_ruling_coalition_is_no_armed_side(pipeline):
    """The word alone, a government's coalition, stays no actor of a protest."""
    e = _first(pipeline, "On 19 May 2022, supporters of the ruling coalition rallied in Baghdad (Baghdad).")
    assert e is None or e.actor1 is None or "Coalition" not in e.actor1.name


def test_shells_that_did_not_explode_keep_the_shelling(pipeline):
    """Shelling told with its duds stays shelling: the phrase needs the word before the shell."""
    e = _first(pipeline, "On 19 May 2022, Turkish forces shelled Tal Rifaat (Aleppo); several shells did not "
                         "explode.")
    assert e is not None and e.sub_event_type == "Shelling/artillery/missile attack"
