"""Actors as ACLED names them (issue 13, ninth session), on invented notes written for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of, sides as _sides

PUBLISHED = date(2024, 5, 8)

_dated = partial(news_of, lang="en", published=PUBLISHED)


@pytest.mark.parametrize("text, target", [
    ("On 6 May 2024, residents attacked police officers in Kisumu (Kisumu), Kenya, after a man died in custody.",
     "Police Forces of Kenya"),
    ("On 6 May 2024, villagers attacked a forest ranger near Mandla (Madhya Pradesh), India.", "Civilians (India)"),
])
def test_a_crowd_that_attacks_is_rioters(pipeline, text, target):
    """Violence by a crowd no one arms is mob violence, and its doer is "Rioters (country)", not the
    civilians it is made of."""
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Mob violence"
    assert e.actor1.name.startswith("Rioters (")
    assert e.actor2 is not None and e.actor2.name.startswith(target)


def test_unidentified_forces_are_acleds_unidentified_military_forces(pipeline):
    text = "On 6 May 2024, unidentified forces killed four migrants near Saada, Yemen."
    [e] = _dated(pipeline, text)
    assert e.actor1.name == "Unidentified Military Forces"


def test_the_shan_state_army_is_the_rcss(pipeline):
    """ "Shan State Army" alone is the RCSS/SSA-S, not Myanmar's army; its northern rival keeps its name."""
    [e] = _dated(pipeline, "On 6 May 2024, in Hsipaw township (Kyaukme district, Shan-North state), the Shan State "
                           "Army (RCSS/SSA-S) abducted two villagers.")
    assert e.actor1.name == "RCSS/SSA-S: Restoration Council of Shan State/Shan State Army-South"
    [e] = _dated(pipeline, "On 6 May 2024, Shan State Army-North troops clashed with the military in Kyaukme, "
                           "Myanmar.")
    assert e.actor1.name == "SSPP/SSA-N: Shan State Progress Party/Shan State Army-North"


@pytest.mark.parametrize("text, name", [
    ("On 6 May 2024, two Taliban members were killed during an internal dispute in Kunduz province, Afghanistan.",
     "Military Forces of Afghanistan"),
    ("On 6 May 2024, different members of Al Murad tribe clashed over land near Rada (Al Bayda), Yemen. One was "
     "killed.", "Al Murad Tribal Militia (Yemen)"),
])
def test_a_group_fighting_itself_is_both_sides(pipeline, text, name):
    """ACLED codes a fight inside one group with that group on both sides."""
    [e] = _dated(pipeline, text)
    assert e.actor1 is not None and e.actor2 is not None
    assert e.actor1.name.startswith(name) and e.actor2.name == e.actor1.name


def test_a_crowd_wrecking_property_in_a_later_sentence_hits_civilians(pipeline):
    """A violent demonstration whose crowd wrecks private property (a restaurant) in the sentence after the
    march is against "Civilians (country)", as when one sentence tells both."""
    text = ("On 6 May 2024, around 300 people demonstrated in Nantes, France. They broke the windows of a "
            "restaurant and set bins on fire. [size=around 300]")
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Violent demonstration"
    assert _sides(e) == ["Rioters (France)", "Civilians (France)"]


def test_the_government_protested_against_is_not_who_intervened(pipeline):
    text = ("On 6 May 2024, around 200 people protested in Graz, Austria, against the measures of the Austrian "
            "government. One person was arrested. [size=around 200]")
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Protest with intervention"
    assert e.actor1.name == "Protesters (Austria)"
    assert e.actor2.name.startswith("Police Forces of Austria")


def test_forces_listed_with_their_own_nouns_are_one_side(pipeline):
    """ "X mercenaries and Y militiamen attacked": the first listed is actor1, the second its associate,
    the nouns after each name no break in the list."""
    text = ("On 6 May 2024, in Bria (Haute-Kotto), Central African Republic, Wagner mercenaries and Anti-Balaka "
            "militiamen attacked civilians, killing four.")
    [e] = _dated(pipeline, text)
    assert e.actor1.name == "Wagner Group"
    assert [a.name for a in e.assoc_actor_1] == ["Anti-Balaka"]
