"""A detention followed by a disappearance is an abduction (ACLED's forced disappearance), on invented
notes: the note may say so in the detention's sentence or in the next one. A detainee taken to a named
police station stays arrested."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

DAY = date(2023, 7, 9)


@pytest.mark.parametrize("text", [
    "On 8 July 2023, Russian forces detained a farmer in Kamianka-Dniprovska, Zaporizhia, and took him to an "
    "unknown location.",
    "On 8 July 2023, the Taliban arrested a former army officer in Khost city (Khost). His whereabouts are unknown.",
    "On 8 July 2023, security forces arrested a blogger in Tashkent. He is being held incommunicado.",
])
def test_a_detainee_made_to_disappear_is_abducted(pipeline, text):
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_a_detainee_taken_to_a_police_station_is_arrested(pipeline):
    text = ("On 8 July 2023, police arrested two suspected robbers in Kisumu. They were taken to Kisumu Central "
            "police station.")
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert [e.sub_event_type for e in events] == ["Arrests"]
