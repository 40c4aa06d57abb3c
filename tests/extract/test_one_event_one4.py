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
