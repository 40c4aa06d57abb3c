"""Events of a report told on their own days (issue 13), on invented reports.

An act a clause says happened on an earlier day than the act it hangs on ("arrested ... on Monday after
an official was shot dead on 2 May") is what led to it, told in passing: the report's event is the later
act, and the earlier one is background, not a second dated event nor the type of the first.
A sentence that tells no act (a bracketed coding remark, an act "coded separately") does not part a
report's event from what follows it: the dead and arrested after a clash are its toll, and "Clashes were
not reported" still makes the takeover before it a non-violent transfer. A day counted back from the
report's ("Two days earlier, ...") dates what its sentence tells to that day, apart from the report's event.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of


@pytest.mark.parametrize("text", [
    "On 11 May 2023, police detained nine members of a farmers' union in Nakuru town after a "
    "county official was shot dead near Njoro on 2 May.",
    "On 11 May 2023, soldiers arrested fourteen youths in Gulu after a trader was stabbed to death "
    "at the central market on 4 May.",
])
def test_an_earlier_day_in_a_clause_is_background(pipeline, text):
    events = news_of(pipeline, text, lang="en", published=date(2023, 5, 12))
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Arrests", date(2023, 5, 11))]


def test_acts_of_two_days_told_in_turn_are_two_events(pipeline):
    text = ("On 10 May 2023, militants raided a police post in Mandera town, and on 11 May 2023 they "
            "burned a school in Elwak.")
    events = news_of(pipeline, text, lang="en", published=date(2023, 5, 12))
    assert sorted(e.event_date for e in events) == [date(2023, 5, 10), date(2023, 5, 11)]


@pytest.mark.parametrize("between", [
    "The gang was holding a bus driver hostage (coded separately). ",
    "The neighbourhood lies beside the main bus terminal. ",
    "",
])
def test_dead_and_arrested_after_a_clash_are_its_toll(pipeline, between):
    text = ("On 8 May 2023, in Feira de Santana (Bahia), five armed men exchanged fire with military police "
            f"in the Tomba neighborhood. {between}Two of the gunmen were killed, a third was arrested "
            "and the rest ran away. 2 fatalities.")
    events = news_of(pipeline, text, lang="en", published=date(2023, 5, 9))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 2)]


def test_a_takeover_with_no_fight_after_a_bracket_is_a_transfer(pipeline):
    text = ("Around 9 May 2023 (as reported), the ZRDF took control of four villages along the road from "
            "Komanda to Luna (Irumu, Ituri) [coded as Komanda]. Clashes were not reported.")
    events = news_of(pipeline, text, lang="en", published=date(2023, 5, 10))
    assert [e.sub_event_type for e in events] == ["Non-violent transfer of territory"]


def test_an_act_a_sequence_cue_dates_stays_news(pipeline):
    text = ("Des soldats ont arrêté jeudi douze jeunes à Gao, au lendemain de l'attaque d'un poste de police "
            "par des hommes armés.")
    events = news_of(pipeline, text, lang="fr", published=date(2023, 5, 12))
    assert sorted(e.event_date for e in events) == [date(2023, 5, 10), date(2023, 5, 11)]


def test_a_day_counted_back_from_the_reports_dates_an_earlier_event(pipeline):
    text = ("On 15 May 2023, police arrested nine nurses outside the county assembly in Kakamega when they came "
            "to deliver a petition on unpaid allowances. Two days earlier, nurses were arrested during a "
            "march over the same allowances.")
    events = news_of(pipeline, text, lang="en", published=date(2023, 5, 15))
    assert sorted((e.event_date, e.sub_event_type) for e in events)[-1] == (date(2023, 5, 15), "Arrests")
    assert date(2023, 5, 13) in [e.event_date for e in events]
