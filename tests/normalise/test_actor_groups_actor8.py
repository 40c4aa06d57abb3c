"""Armed groups, state forces and crowds as ACLED names them, eighth round (issue 13, session actor8): a protest that
people of no armed kind break up is met by rioters, not by the police nor by an armed group. Sentences invented for
these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of, sides as _sides

_en = partial(news_of, lang="en", published=date(2024, 5, 2))


@pytest.mark.parametrize("text, rioters", [
    ("On 1 May 2024, residents rallied in Batumi against a new casino. Members of the group attacked the "
     "protesters with sticks.", "Rioters (Georgia)"),
    ("On 1 May 2024, nurses protested outside a hospital in Lagos over unpaid wages. The protesters were attacked by "
     "unknown people with clubs.", "Rioters (Nigeria)"),
])
def test_a_protest_broken_up_by_unarmed_people_is_met_by_rioters(pipeline, text, rioters):
    """Neither the police (none is named) nor an armed group ("unknown people" carry no arms): ACLED's rioters."""
    [e] = _en(pipeline, text)
    assert e.event_type == "Protests"
    assert rioters in _sides(e) and not [n for n in _sides(e) if n and n.startswith(("Police", "Unidentified"))]


@pytest.mark.parametrize("text, force", [
    ("On 1 May 2024, police dispersed students protesting in Dhaka.", "Police Forces of Bangladesh"),
    ("On 1 May 2024, gunmen fired on demonstrators in Kirkuk, wounding three.", "Unidentified Armed Group (Iraq)"),
])
def test_a_protest_met_by_police_or_gunmen_keeps_them(pipeline, text, force):
    """The police who dispersed a crowd, the gunmen who fired on it: the rule leaves a force the note names."""
    [e] = _en(pipeline, text)
    assert [n for n in _sides(e) if n and n.startswith(force)]
    assert not [n for n in _sides(e) if n and n.startswith("Rioters")]
