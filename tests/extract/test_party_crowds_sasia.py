"""Two parties' crowds in one clash, as South Asia's notes write them: "Congress and AAP supporters clashed", "AL
and BNP activists clashed". ACLED codes such a brawl as mob violence between "Rioters (country)" on each side, each
party beside its crowd. A party whose short name has other meanings ("Congress", "AL", "UML") is read only before a
word for its people ("Congress workers", "AL activists"), or joined by "and" to a party that has one. Invented
reports."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from sitrep.normalise.actors import find_actors
from tests.extract.reports import news_of, sides

_events = partial(news_of, lang="en", published=date(2024, 3, 8))


def _assoc(event) -> list[str]:
    return [a.name for a in (*event.assoc_actor_1, *event.assoc_actor_2)]


@pytest.mark.parametrize(("text", "crowd", "parties"), [
    ("On 2 March 2024, Congress and AAP supporters clashed with sticks near a polling booth in Ludhiana (Punjab), "
     "leaving five hurt.", "Rioters (India)", ["INC: Indian National Congress"]),
    ("On 2 March 2024, AL and BNP activists clashed over a market lease in Feni, Bangladesh, leaving "
     "eleven hurt.", "Rioters (Bangladesh)", ["AL: Bangladesh Awami League", "BNP: Bangladesh Nationalist Party"]),
    ("On 2 March 2024, Nepali Congress and UML cadres clashed with sticks outside a ward office in Birgunj, Nepal, "
     "leaving four hurt.", "Rioters (Nepal)", ["NC: Nepali Congress"]),
])
def test_two_parties_crowds_in_a_clash_are_rioters_each_with_its_party(pipeline, text, crowd, parties):
    [e] = _events(pipeline, text)
    assert sides(e) == [crowd, crowd]
    assert all(p in _assoc(e) for p in parties)


def test_a_short_party_name_is_read_only_before_its_peoples_word():
    said = [a.name for a in find_actors("Senators of the US Congress and BJP leaders met in Delhi on Monday.", "en")]
    assert "INC: Indian National Congress" not in said
    said = [a.name for a in find_actors("Congress workers and AL activists marched through the town.", "en")]
    assert {"INC: Indian National Congress", "AL: Bangladesh Awami League"} <= set(said)


def test_one_partys_crowd_against_the_police_keeps_the_police(pipeline):
    [e] = _events(pipeline, "On 2 March 2024, BNP activists clashed with the police in Rajshahi, Bangladesh, leaving "
                            "twenty hurt.")
    assert any(name and name.startswith("Police Forces of Bangladesh") for name in sides(e))
