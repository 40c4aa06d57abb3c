"""South Asia in ACLED's notes, ninth round: crude bombs that arm both sides of a party fight ("clashed with crude
bombs", "hurled crude bombs at each other") are the means of one clash, not a device of their own; one member of a
party whom another party's men killed ("BJP workers shot dead a TMC panchayat member") is a civilian attacked, not
the party fighting a battle. Invented reports."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

CLASH_OF_CROWDS = {"Armed clash", "Mob violence"}


def _one(pipeline, text: str):
    [e] = news_of(pipeline, text, lang="en", published=date(2022, 3, 11))
    return e


def test_a_clash_fought_with_crude_bombs_is_a_clash(pipeline):
    e = _one(pipeline, "On 10 March 2022, CPI(M) and BJP supporters clashed with crude bombs at Dompara village in "
                       "Birbhum (West Bengal), injuring three.")
    assert e.sub_event_type in CLASH_OF_CROWDS


def test_crude_bombs_thrown_at_each_other_are_a_clash(pipeline):
    e = _one(pipeline, "On 10 March 2022, workers of the INC and the TMC hurled crude bombs at each other in "
                       "Rampurhat (Birbhum, West Bengal); two were hurt.")
    assert e.sub_event_type in CLASH_OF_CROWDS


def test_crude_bombs_thrown_at_an_office_stay_the_explosion(pipeline):
    """Guard: bombs thrown one way, at a thing, are no fight."""
    e = _one(pipeline, "On 10 March 2022, unidentified miscreants hurled crude bombs at a BJP office in Rampurhat "
                       "(Birbhum, West Bengal).")
    assert e.sub_event_type == "Remote explosive/landmine/IED"


def test_one_member_killed_by_another_partys_men_is_a_civilian(pipeline):
    e = _one(pipeline, "On 10 March 2022, suspected BJP workers shot dead a TMC panchayat member in Rampurhat "
                       "(Birbhum, West Bengal).")
    assert e.sub_event_type == "Attack"
    assert e.actor2.name == "Civilians (India)"


def test_one_member_killed_told_in_the_passive_is_a_civilian(pipeline):
    e = _one(pipeline, "On 10 March 2022, a Congress worker was stabbed to death, allegedly by CPI(M) activists, in "
                       "Kollam (Kerala).")
    assert e.sub_event_type == "Attack"
    assert e.actor2.name == "Civilians (India)"


def test_two_parties_crowds_who_clashed_keep_their_fight(pipeline):
    """Guard: one member killed in a clash of two parties' crowds is the clash's toll, not a civilian attacked."""
    e = _one(pipeline, "On 10 March 2022, BJP and TMC workers clashed in Rampurhat (Birbhum, West Bengal); one TMC "
                       "worker was killed.")
    assert e.sub_event_type in CLASH_OF_CROWDS
    assert "Civilians (India)" not in (e.actor1.name, e.actor2.name if e.actor2 else None)


def test_crude_bombs_thrown_at_each_other_set_two_crowds_apart(pipeline):
    """Both parties read beside one crowd: the one named last is the other crowd's."""
    e = _one(pipeline, "On 10 March 2022, TMC and BJP workers hurled crude bombs at each other at Nandigram (Purba "
                       "Medinipur, West Bengal); four were hurt.")
    assert e.actor2 is not None and e.actor2.name == "Rioters (India)"
    assert {a.name for a in e.assoc_actor_1 + e.assoc_actor_2} == {"AITC: All India Trinamool Congress",
                                                                   "BJP: Bharatiya Janata Party"}
