"""ACLED types from sitrep's kinds: the one-event rule's precedence and who-did-it rules."""
from __future__ import annotations

import pytest

from sitrep.acled import Inter
from sitrep.normalise.taxonomy import code, combine, kinds, settled_pair, taxonomy


def test_every_acled_kind_has_a_place_in_the_precedence():
    ranked = taxonomy()["precedence"]
    acled = {k for k, spec in kinds().items() if spec["sub_event_type"]}
    assert acled <= set(ranked) and len(ranked) == len(set(ranked))


@pytest.mark.parametrize("a, b, one_event", [
    ("attack", "property_destruction", "attack"),  # an attack that kills is not also a looting
    ("armed_clash", "arrest", "armed_clash"),  # arrests made in a battle are the battle's
    ("abduction", "arrest", "abduction"),
    ("attack", "remote_explosive", "remote_explosive"),  # the remote means names the attack
    ("peaceful_protest", "arrest", "protest_intervention"),  # two kinds that make a third
    ("peaceful_protest", "sexual_violence", "peaceful_protest"),  # a protest over an assault
    ("peaceful_protest", "suicide_bomb", "suicide_bomb"),  # a bomb at a rally is an explosion
])
def test_one_event_told_by_two_triggers_takes_the_codebook_type(a, b, one_event):
    assert combine(a, b) == combine(b, a) == one_event


def test_kinds_outside_acled_never_join():
    assert combine("aid", "attack") is None


def test_pairs_the_codebook_settles_are_told_apart_from_ranked_ones():
    assert settled_pair("peaceful_protest", "arrest")
    assert not settled_pair("armed_clash", "arrest")


def test_a_detention_by_a_non_state_group_is_an_abduction():
    assert code("arrest", Inter.STATE_FORCES).sub_event_type == "Arrests"
    by_group = code("arrest", Inter.REBEL_GROUP)
    assert (by_group.event_type, by_group.sub_event_type) == \
        ("Violence against civilians", "Abduction/forced disappearance")


def test_only_a_non_state_armed_group_turns_an_arrest_into_an_abduction():
    """ACLED: an arrest is made by state forces; the same act by a rebel group or militia is an
    abduction. A crowd or civilians who hold someone do not make it one, nor does a missing actor."""
    from sitrep.acled import Inter
    from sitrep.normalise.taxonomy import code

    assert code("arrest", Inter.REBEL_GROUP).sub_event_type == "Abduction/forced disappearance"
    assert code("arrest", Inter.STATE_FORCES).sub_event_type == "Arrests"
    assert code("arrest", Inter.CIVILIANS).sub_event_type == "Arrests"
    assert code("arrest", None).sub_event_type == "Arrests"
