"""A road named after the towns it joins, which the model tags as an organisation ("the Marka-Wanlaweyn
road"): its towns are the event's place, not the region named after it (issue 14, geo32). Sentences are
invented; places are general facts."""
from __future__ import annotations

import pytest

from sitrep import api


@pytest.mark.parametrize("text, towns", [
    ("On 8 May 2022, a roadside bomb hit a minibus on the Marka-Wanlaweyn road (Lower Shabelle), wounding four "
     "passengers.", {"Marka", "Wanlaweyn"}),
])
def test_a_road_tagged_an_organisation_is_placed_at_its_towns(text, towns):
    events = [e for e in api.code(text, lang="en", published="2022-05-09") if e.place is not None]
    assert events and events[0].place.name in towns and events[0].place.country == "SO"

