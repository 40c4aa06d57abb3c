"""CASE-style snippets and wire stories, the forty-ninth session's round (issue 13), on invented sentences.

Floods that kill and destroy tell a disaster in both verbs; an armed faction that dissolves or disbands changes
its activity, also when a statement tells it ("said it had disbanded"); a march that activists "plan" is a plan;
an act in the present beside a past ("as the government battles insurgencies in two regions") and a present
perfect in a relative clause set off by commas ("which has pledged allegiance") are background; "a year ago"
dates the past it tells, and "a year after" an earlier attack leaves the act of a named day news; an overnight
raid "on Sunday" is Sunday's; "killed them" counts the people a figure counted before; police commandos are
police.
"""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.types import Article
from tests.extract.reports import NEWS, code, news_of, sides

AUTUMN = date(2025, 10, 15)  # a Wednesday


def news_types(pipeline, text, lang="en"):
    return [e.sub_event_type for e in news_of(pipeline, text, lang=lang, published=AUTUMN)]


@pytest.mark.parametrize("text, lang", [
    ("Floods in the south of Chad killed nine people and destroyed hundreds of homes on Monday, officials said.",
     "en"),
    ("Les inondations ont tué neuf personnes et détruit des centaines de maisons lundi dans le sud du Tchad.", "fr"),
])
def test_a_disasters_second_verb_is_no_event(pipeline, text, lang):
    assert news_types(pipeline, text, lang) == []


def test_gunmen_who_kill_and_destroy_still_attack(pipeline):
    text = "Gunmen killed nine villagers and burned down dozens of homes in Plateau state on Monday, officials said."
    assert news_types(pipeline, text)[:1] == ["Attack"]


@pytest.mark.parametrize("text, lang", [
    ("A Mai-Mai militia in South Kivu disbanded on Monday and its fighters joined the army, officials said.", "en"),
    ("A rebel faction of the Free Syrian Army said on Monday it had dissolved itself.", "en"),
    ("Une faction armée rebelle s'est dissoute lundi à Bunia, ses combattants ayant rejoint l'armée.", "fr"),
])
def test_an_armed_faction_that_dissolves_changes_its_activity(pipeline, text, lang):
    assert news_types(pipeline, text, lang) == ["Change to group/activity"]


@pytest.mark.parametrize("text, lang", [
    ("The president dissolved parliament on Monday and called early elections.", "en"),
    ("The ruling party dissolved its youth wing on Monday after a corruption scandal.", "en"),
    ("Le président a dissous l'Assemblée nationale lundi.", "fr"),
])
def test_a_parliament_or_a_partys_wing_dissolved_is_no_event(pipeline, text, lang):
    assert news_types(pipeline, text, lang) == []


def test_a_march_activists_plan_is_a_plan(pipeline):
    assert news_types(pipeline, "Kenya activists plan march to mark anniversary of deadly tax protests") == []
    assert news_types(pipeline, "Kenyan activists marched through Nairobi on Monday to mark the anniversary.") == \
        ["Peaceful protest"]


def test_a_present_beside_a_past_is_the_situation(pipeline):
    text = ("Ethiopia's parliament approved a record budget on Tuesday that raises defence spending, as the "
            "government battles insurgencies in its two most populous regions.")
    assert news_types(pipeline, text) == []


def test_a_present_perfect_in_a_relative_aside_is_background(pipeline):
    text = "The ADF, which has pledged allegiance to Islamic State, has killed thousands of civilians over the years."
    assert news_types(pipeline, text) == []
    text = "Fighters of the ADF, which has claimed several raids this month, killed seven villagers near Oicha on Monday."
    assert news_types(pipeline, text) == ["Attack"]


def test_a_year_ago_is_the_past(pipeline):
    text = "Dozens of people were killed when police fired on crowds protesting against tax increases a year ago."
    assert news_types(pipeline, text) == []


def test_an_act_of_a_named_day_a_year_after_another_is_news(pipeline):
    text = "Gunmen killed five villagers in Zamfara on Monday, a year after an attack that killed 30."
    events = news_of(pipeline, text, lang="en", published=AUTUMN)
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Attack", date(2025, 10, 13))]


def test_an_overnight_raid_on_a_named_day_is_that_days(pipeline):
    text = "Gunmen killed five villagers in an overnight raid on a village in Zamfara on Sunday, police said."
    assert [e.event_date for e in news_of(pipeline, text, lang="en", published=AUTUMN)] == [date(2025, 10, 12)]
    text = "Gunmen killed five villagers overnight in Zamfara, police said on Monday."
    assert [e.event_date for e in news_of(pipeline, text, lang="en", published=AUTUMN)] == [date(2025, 10, 12)]


def test_killed_them_counts_the_people_counted_before(pipeline):
    text = "Gunmen abducted five farmers near Mastung on Monday and killed them, an official said."
    assert [e.fatalities for e in news_of(pipeline, text, lang="en", published=AUTUMN)] == [5]
    text = "Gunmen abducted five farmers near Mastung on Monday and released them hours later, an official said."
    assert [e.fatalities or 0 for e in code(pipeline, text, lang="en", published=AUTUMN)] == [0]


def test_police_commandos_are_police(pipeline):
    text = ("Eight police commandos were killed on Monday when Maoist rebels blew up a landmine under their vehicle "
            "in Bijapur district, police said.")
    events = news_of(pipeline, text, lang="en", published=AUTUMN)
    assert [sides(e)[1] for e in events] == ["Police Forces of India (2014-)"]


def test_a_headline_joined_by_a_semicolon_tells_two_acts(pipeline):
    text = ("Police repel gang attack on station; protesters tear-gassed in capital\n\n"
            "Police repelled an attack by armed gang members on the police station in Mirebalais on Tuesday, "
            "killing three of the attackers, the national police said.")
    article = Article(article_id="t", text=text, lang="en", published=AUTUMN, title=text.split("\n")[0])
    types = [e.sub_event_type for e in pipeline.code(article) if e.status in NEWS and e.event_date]
    assert "Armed clash" in types and "Violent demonstration" not in types


def test_one_of_them_counts_one(pipeline):
    text = "A mob beat two men suspected of cattle theft in Alwar on Monday; one of them died in hospital."
    assert [e.fatalities for e in news_of(pipeline, text, lang="en", published=AUTUMN)] == [1]
