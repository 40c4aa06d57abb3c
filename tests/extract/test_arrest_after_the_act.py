"""An arrest told after a violent act by no one named is the arrest of its doers: the force that made
it did not do the act ("two men shot a shopkeeper; three were arrested" is no police attack). Invented reports."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of

_events = partial(news_of, lang="en", published=date(2024, 3, 8))


@pytest.mark.parametrize(("text", "actor1"), [
    ("On 3 March 2024, in the state of Sinaloa, a farmer was kidnapped from his ranch. He was freed the next "
     "day and four people were arrested.", "Unidentified Armed Group (Mexico)"),
])
def test_the_arresting_force_is_no_side_of_the_act(pipeline, text, actor1):
    [e] = [e for e in _events(pipeline, text) if e.event_type == "Violence against civilians"]
    assert e.actor1 is not None and e.actor1.name == actor1


def test_police_who_beat_and_arrested_stay_the_doers(pipeline):
    text = "On 3 March 2024, police beat a vendor in Patna, Bihar, India. They arrested him later."
    [e] = [e for e in _events(pipeline, text) if e.event_type == "Violence against civilians"]
    assert e.actor1.name.startswith("Police Forces of India")
