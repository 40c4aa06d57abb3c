"""Sentences a new user tried (the twenty-third session's lead): a crowd named by its kin of someone killed,
whose killing is that person's story told in passing, not violence of the protest."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import code, news_of

TUESDAY = date(2025, 3, 11)


@pytest.mark.parametrize("text,lang", [
    ("Led by the brother of a trader who was shot by robbers, residents marched through Kano on Monday to demand "
     "more patrols.", "en"),
    ("Mardi, la famille d'un chauffeur tué par des bandits la semaine dernière a organisé un sit-in devant la "
     "mairie de Bunia.", "fr"),
    ("Les proches d'un enseignant enlevé en janvier ont manifesté lundi devant le gouvernorat de Goma.", "fr"),
])
def test_the_killing_that_names_a_crowds_kin_is_background_of_its_protest(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, TUESDAY)
    assert event.sub_event_type == "Peaceful protest"
    assert all(e.sub_event_type == "Peaceful protest" or e.status not in ("reported", "ongoing")
               for e in code(pipeline, text, lang, TUESDAY))
