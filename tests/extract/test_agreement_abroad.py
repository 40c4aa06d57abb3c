"""An agreement signed in a third country binds a state and the armed men it fights at home: the
unnamed group is of the state's country, not of the host's."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of


@pytest.mark.parametrize("text,country", [
    ("Le gouvernement malien et des rebelles touareg ont signé vendredi à Alger un accord de cessez-le-feu.",
     "Mali"),
    ("The Sudanese government and rebels signed a ceasefire agreement in Doha on Friday.", "Sudan"),
])
def test_rebels_of_an_agreement_abroad_are_the_states(pipeline, text, country):
    events = news_of(pipeline, text, "fr" if text.startswith("Le ") else "en", date(2024, 3, 9))
    [event] = [e for e in events if e.sub_event_type == "Agreement"]
    assert event.actor2.name == f"Unidentified Armed Group ({country})"
