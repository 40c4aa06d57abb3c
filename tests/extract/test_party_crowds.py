"""A party in a protest or riot: ACLED codes the crowd ("Protesters (India)", "Rioters (Pakistan)") as
actor1 with the party as its associated actor, and names no party a crowd acts against as a side;
the police who met the crowd stay its actor2. Invented reports."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from sitrep.normalise.actors import actor_for
from tests.extract.reports import news_of

_events = partial(news_of, lang="en", published=date(2024, 3, 8))


@pytest.mark.parametrize(("text", "crowd", "party"), [
    ("On 3 March 2024, BJP supporters staged a protest in Lucknow, Uttar Pradesh, India, against the state "
     "government over power cuts.", "Protesters (India)", "BJP: Bharatiya Janata Party"),
    ("On 3 March 2024, activists of the Pakistan Tehreek-e-Insaf held a rally in Lahore, Punjab, Pakistan, "
     "demanding the release of their leader.", "Protesters (Pakistan)", "PTI: Pakistan Tehreek-i-Insaf"),
    ("On 3 March 2024, BNP activists blocked a highway in Bogra, Bangladesh, and threw stones at police, "
     "who fired tear gas.", "Rioters (Bangladesh)", "BNP: Bangladesh Nationalist Party"),
])
def test_a_partys_crowd_is_protesters_with_the_party_beside_them(pipeline, text, crowd, party):
    [e] = _events(pipeline, text)
    assert e.actor1 is not None and e.actor1.name == crowd
    assert party in [a.name for a in e.assoc_actor_1]


def test_a_party_protested_against_is_no_side_and_the_police_stay_actor2(pipeline):
    text = ("On 3 March 2024, students protested against the Trinamool Congress in Kolkata, West Bengal, India; "
            "police baton-charged the protesters.")
    [e] = _events(pipeline, text)
    names = [a.name for a in (e.actor1, e.actor2) if a is not None]
    assert "AITC: All India Trinamool Congress" not in names
    assert actor_for("police", "IN").name in names


def test_the_parties_are_marked_as_parties():
    from sitrep.normalise.actors import is_party

    assert is_party("AL: Bangladesh Awami League") and is_party("CPI(M): Communist Party of India (Marxist)")
    assert not is_party("TTP: Tehreek-i-Taliban Pakistan")


def test_supporters_of_two_parties_clashing_are_rioters_on_both_sides(pipeline):
    text = ("On 3 March 2024, BNP activists clashed with Awami League supporters in Comilla, Bangladesh, over "
            "a local election; eight people from both sides were injured in the fight between the two groups.")
    [e] = _events(pipeline, text)
    assert (e.actor1.name, e.actor2.name) == ("Rioters (Bangladesh)", "Rioters (Bangladesh)")
