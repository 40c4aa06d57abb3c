"""CASE-style snippets and wire stories, the forty-fourth session's round (issue 13), on invented sentences.

A movable feast ("a Good Friday service", "le vendredi saint") is dated by Easter's calendar, not as the last
weekday of its name, and a day that names something ("Bloody Sunday") dates nothing; an event noun named by a year
before the publication's ("the 2019 raid on the camp killed ...", "the 2021 Tillia market massacre") is that past,
with what it did; territory taken "without a fight" is a transfer whoever took it; an infinitive of aim hung on a
verb in the simple present ("relies on militias to fight the rebels") tells no dated act.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

AFTER_EASTER = date(2025, 4, 23)  # a Wednesday: Easter Sunday 2025 fell on 20 April
AUTUMN = date(2025, 11, 5)


@pytest.mark.parametrize("text, lang, day", [
    ("Gunmen shot dead seven worshippers at a Good Friday service in a church near Jos, police said.", "en",
     date(2025, 4, 18)),
    ("A bomb exploded outside a church in Kaduna during the Easter Sunday mass, killing three people.", "en",
     date(2025, 4, 20)),
    ("Des hommes armés ont tué sept fidèles le vendredi saint dans une église près de Jos, selon la police.", "fr",
     date(2025, 4, 18)),
])
def test_a_movable_feast_is_dated_by_easter(pipeline, text, lang, day):
    events = news_of(pipeline, text, lang=lang, published=AFTER_EASTER)
    assert [e.event_date for e in events] == [day], text


def test_a_feast_of_an_earlier_spring_is_no_news(pipeline):
    text = "Gunmen shot dead seven worshippers at a Good Friday service in a church near Jos, police said."
    assert news_of(pipeline, text, lang="en", published=AUTUMN) == []


def test_a_weekday_alone_is_still_the_last_one(pipeline):
    text = "Gunmen shot dead seven worshippers at a Friday service in a church near Jos, police said."
    assert [e.event_date for e in news_of(pipeline, text, lang="en", published=AFTER_EASTER)] == [date(2025, 4, 18)]


def test_a_day_that_names_an_old_event_dates_nothing(pipeline):
    text = "Thousands marched through Derry to mark the anniversary of Bloody Sunday, organisers said."
    events = news_of(pipeline, text, lang="en", published=AUTUMN)
    assert [e.event_date for e in events] == [AUTUMN]  # the report's day, not the Sunday before it


@pytest.mark.parametrize("text, lang", [
    ("The 2019 raid on the army camp near Inates killed 71 soldiers, officials said at the ceremony on Monday.",
     "en"),
    ("A court in Niamey on Monday convicted four men over the 2021 attack on the market of Tillia, in which gunmen "
     "killed 60 traders.", "en"),
    ("Court jails four men over 2021 Tillia market massacre", "en"),
])
def test_what_an_event_named_by_an_earlier_year_did_is_that_past(pipeline, text, lang):
    assert news_of(pipeline, text, lang=lang, published=AUTUMN) == [], text


@pytest.mark.parametrize("text, lang", [
    ("Government troops took over several positions near Menaka from departing peacekeepers without a fight on "
     "Sunday.", "en"),
    ("Les soldats ont repris plusieurs positions près de Ménaka sans combat dimanche, après le départ des casques "
     "bleus.", "fr"),
])
def test_positions_taken_without_a_fight_change_hands_peacefully(pipeline, text, lang):
    events = news_of(pipeline, text, lang=lang, published=AUTUMN)
    assert [e.sub_event_type for e in events] == ["Non-violent transfer of territory"], text


def test_positions_overrun_are_still_a_battle(pipeline):
    text = "Government troops overran several positions near Menaka on Sunday."
    assert [e.sub_event_type for e in news_of(pipeline, text, lang="en", published=AUTUMN)] == ["Armed clash"]


def test_the_aim_of_a_present_state_is_no_dated_act(pipeline):
    text = ("A roadside bomb hit an army truck near Menaka on Monday, killing two soldiers.\n"
            "The government now relies on allied militias to fight the jihadists in the region.")
    events = news_of(pipeline, text, lang="en", published=AUTUMN)
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_the_aim_of_a_past_act_keeps_its_reading(pipeline):
    text = ("A roadside bomb hit an army truck near Menaka on Monday, killing two soldiers.\n"
            "On Tuesday the army sent a column to fight the jihadists near Anderamboukane.")
    events = news_of(pipeline, text, lang="en", published=AUTUMN)
    assert "Armed clash" in [e.sub_event_type for e in events]


def test_an_attack_told_again_after_its_news_stays_news(pipeline):
    text = ("Gunmen attacked the market of Tillia on Monday, killing 12 traders, the mayor said.\n"
            "The attack shocked the country, whose western regions had seen few such killings.")
    assert [e.event_date for e in news_of(pipeline, text, lang="en", published=AUTUMN)] == [date(2025, 11, 3)]
