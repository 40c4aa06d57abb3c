"""Groups the dictionary lacked or knew by their long name only (issue 13, session act37): Brazil's PCC by its
acronym, Cameroon's MRC party and Pakistan's Baloch Yakjehti Committee by ACLED's names. Sentences invented for
these tests."""
from __future__ import annotations

import pytest

from sitrep.normalise.actors import find_actors


@pytest.mark.parametrize("text, country, name", [
    ("Members of the PCC set fire to two buses on the ring road.", "BR", "PCC: First Capital Command"),
    ("Supporters of the Cameroon Renaissance Movement gathered outside a courthouse.", "CM",
     "MRC: Cameroon Renaissance Movement"),
    ("The Baloch Yakjehti Committee held a rally outside the press club.", "PK", "BYC: Baloch Yakjehti Committee"),
])
def test_group_is_named_as_acled_names_it(text, country, name):
    assert name in [a.name for a in find_actors(text, "en", country)]


@pytest.mark.parametrize("text, name", [
    ("FARC dissidents of the 48th Front burned a truck on the road to the border.",
     "FARC Dissident - 48th Front: Revolutionary Armed Forces of Colombia Dissident Faction (48th Front - Pedro "
     "Martinez)"),
    ("FARC dissidents burned a truck on the road to the border.",
     "FARC Dissident: Revolutionary Armed Forces of Colombia Dissident Faction"),
])
def test_a_group_followed_by_its_own_faction_names_the_faction(text, name):
    assert [a.name for a in find_actors(text, "en", "CO")] == [name]
