"""An event at a site named after its town ("outside the Wajid Magistrate's Court (Bakool)") is coded at
the town, not at the region after the site: the model's organisation stops short of the site's last words,
and its town had been dropped as a word of an organisation's name (issue 14, geo35). Sentences are
invented; places are general facts."""
from __future__ import annotations

import pytest

from sitrep import api


@pytest.mark.parametrize("text, town, cc", [
    ("On 3 April 2022, relatives of a detained teacher demonstrated outside the Wajid Magistrate's Court "
     "(Bakool). [size=no report]", "Wajid", "SO"),
    ("On 3 April 2022, armed men shot dead two displaced women in the Narowal IDP camp (Punjab).", "Narowal", "PK"),
    ("On 3 April 2022, gunmen stormed the Wajid General Hospital (Bakool) and abducted a nurse.", "Wajid", "SO"),
])
def test_an_event_at_a_site_is_placed_at_its_town(text, town, cc):
    events = [e for e in api.code(text, lang="en", published="2022-04-04") if e.place is not None]
    assert events and events[0].place.name == town and events[0].place.country == cc
