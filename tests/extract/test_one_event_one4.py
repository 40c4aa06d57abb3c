"""One event per ACLED note, of the right sub-event type (issue 13), on invented notes.

A state's forces taking ground in another country regain nothing of their own state: ACLED codes it as
a non-state actor's overtaking of territory.
"""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.types import Article


def _types(pipeline, text, published=date(2022, 5, 8)):
    events = pipeline.code(Article(article_id="t", text=text, lang="en", published=published))
    return [e.sub_event_type for e in events if e.status in ("reported", "ongoing")]


@pytest.mark.parametrize("text,sub", [
    ("On 5 May 2022, following clashes, Russian forces took control of the village of Novoselivka, "
     "Donetsk. Casualties unknown.", "Non-state actor overtakes territory"),
    ("On 5 May 2022, following clashes with the Ukrainian army, Russian forces established control over "
     "Novoselivka, Donetsk. Casualties unknown.", "Non-state actor overtakes territory"),
])
def test_foreign_forces_overtake_territory(pipeline, text, sub):
    assert _types(pipeline, text) == [sub]


@pytest.mark.parametrize("text,sub", [
    ("On 5 May 2022, Ukrainian forces recaptured the village of Novoselivka, Kharkiv region.",
     "Government regains territory"),
    ("On 5 May 2022, Malian soldiers recaptured the town of Boni after clashes with jihadists.",
     "Government regains territory"),
])
def test_a_state_at_home_still_regains_territory(pipeline, text, sub):
    assert _types(pipeline, text) == [sub]


@pytest.mark.parametrize("text,sub", [
    # a fear, a denial told in a clause joined after the event's, with a verb of its own, is of that clause
    ("On 5 May 2022, workers of a cement company organized a protest in Gabes and expressed their fear of "
     "the plant closing. [size=no report]", "Peaceful protest"),
    ("On 5 May 2022, gunmen attacked a village near Gao and did not spare the market.", "Attack"),
])
def test_a_later_clause_leaves_the_event_told(pipeline, text, sub):
    assert _types(pipeline, text) == [sub]


def test_an_act_coded_separately_is_not_the_note_s_event(pipeline):
    """ACLED's notes mark an act they mention but record as an event of its own "(coded separately)"."""
    text = ("On 5 May 2022, in a town of Bahia, five armed men exchanged fire with military police forces in "
            "a central neighborhood. The group was beating a man (coded separately). One armed suspect was "
            "killed, another was arrested and the others escaped. 1 fatality.")
    assert _types(pipeline, text) == ["Armed clash"]


def test_a_protest_over_a_killing_coded_separately_stays(pipeline):
    text = ("On 5 May 2022, residents blocked a highway with burning tires in Meru town (Meru, Meru) in protest "
            "against the killing of a trader in a gang attack (coded separately). [size=no report]")
    assert _types(pipeline, text) == ["Violent demonstration"]
