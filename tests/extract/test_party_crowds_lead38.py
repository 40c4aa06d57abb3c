"""Clashes between parties' crowds as ACLED codes them (the thirty-eighth session's lead): each crowd is "Rioters
(country)" with its own party beside it, whichever side the party is written on, and a riot is written from the
rioters' side when the sentence names the police first."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of, sides

MAY = date(2023, 5, 4)


def _associates(event):
    return [a.name for a in event.assoc_actor_1], [a.name for a in event.assoc_actor_2]


def test_each_student_wing_stands_beside_its_own_crowd(pipeline):
    [event] = news_of(pipeline, "On 3 May 2023, Chhatra League activists clashed with Chhatra Dal activists at a "
                                "college in Rajshahi, injuring eight.", "en", MAY)
    assert sides(event) == ["Rioters (Bangladesh)", "Rioters (Bangladesh)"]
    assert _associates(event) == (["BCL: Bangladesh Chhatra League"], ["JCD: Jatiyatabadi Chhatra Dal"])


def test_the_second_partys_workers_keep_their_party(pipeline):
    [event] = news_of(pipeline, "On 3 May 2023, Congress workers clashed with BJP workers in Bhopal over a "
                                "poster.", "en", MAY)
    assert sides(event) == ["Rioters (India)", "Rioters (India)"]
    assert _associates(event) == (["INC: Indian National Congress"], ["BJP: Bharatiya Janata Party"])


def test_a_partys_crowd_the_police_clashed_with_is_actor1_of_the_riot(pipeline):
    [event] = news_of(pipeline, "On 3 May 2023, police clashed with BNP activists in Khulna.", "en", MAY)
    assert event.event_type == "Riots"
    assert sides(event)[0] == "Rioters (Bangladesh)" and sides(event)[1].startswith("Police Forces of Bangladesh")
    assert _associates(event)[0] == ["BNP: Bangladesh Nationalist Party"]


def test_a_crowd_with_no_party_keeps_its_sides(pipeline):
    [event] = news_of(pipeline, "On 3 May 2023, police clashed with protesters in Khulna.", "en", MAY)
    assert sides(event)[0] == "Rioters (Bangladesh)" and _associates(event) == ([], [])
