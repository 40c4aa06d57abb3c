"""CASE-style snippets and wire stories, the forty-sixth session's round (issue 13), on invented sentences.

Troops who fire at people "marching peacefully, killing four" used force on a protest (the participle's doer is
the subject of the verb it goes on with, not the marchers); fighters "joining" another side's fight change their
activity; a truck seized with its cargo of rifles is a weapons seizure, not ground; "the town of X" names a town
the model read into a longer title; victims counted over a month are the month's tally, and the sentences after it go on in that month, not on the
day the count was told; the toll told before, as the next sentence's subject ("Most of the casualties"), carries
its status on; a headline's bare infinitive ("X to meet") is what is to come.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

AUTUMN = date(2025, 10, 8)  # a Wednesday


@pytest.mark.parametrize("text", [
    "Soldiers fired live bullets at protesters marching peacefully in Mbale on Sunday, killing three, residents said.",
    "Troops fired live ammunition at demonstrators marching peacefully in a town of Amhara on Sunday, killing three, "
    "witnesses said.",
])
def test_fire_on_peaceful_marchers_is_force_on_a_protest(pipeline, text):
    events = news_of(pipeline, text, lang="en", published=AUTUMN)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_marchers_who_stone_the_police_riot(pipeline):
    text = "Students marching in Gulu on Sunday threw stones at police, injuring three officers."
    events = news_of(pipeline, text, lang="en", published=AUTUMN)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_joining_another_sides_fight_changes_the_group(pipeline):
    text = "A militia leader said on Monday that his men were joining the army's fight against the rebels in Ituri."
    events = news_of(pipeline, text, lang="en", published=AUTUMN)
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]


def test_a_fight_fought_is_a_clash(pipeline):
    text = "The fight between soldiers and rebels near Bunia on Monday killed seven soldiers."
    events = news_of(pipeline, text, lang="en", published=AUTUMN)
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.parametrize("text, lang", [
    ("Soldiers seized a lorry loaded with rifles and grenades at a checkpoint near Abeche on Monday.", "en"),
    ("Soldiers seized a boat loaded with rifles and grenades off the coast near Bosaso on Monday.", "en"),
])
def test_a_carrier_seized_for_its_arms_is_a_weapons_seizure(pipeline, text, lang):
    events = news_of(pipeline, text, lang=lang, published=AUTUMN)
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_a_town_seized_is_still_ground(pipeline):
    text = "Rebels seized the town of Rutshuru on Monday after the army withdrew."
    events = news_of(pipeline, text, lang="en", published=AUTUMN)
    assert [e.sub_event_type for e in events] != ["Disrupted weapons use"] and events


def test_the_town_of_a_name_the_model_read_as_a_title(pipeline):
    text = "Insurgents attacked the town of Macomia in Mozambique's Cabo Delgado province on Sunday."
    events = news_of(pipeline, text, lang="en", published=AUTUMN)
    assert [e.place.name for e in events] == ["Macomia"]


def test_a_months_victims_and_what_follows_are_a_tally(pipeline):
    text = ("At least 90 civilians were killed and more than 400 wounded in Sudan in September, a monitoring group "
            "said on Tuesday.\n\nMost of the casualties were caused by drone strikes on markets in Darfur, "
            "the group said.\n\nArmy strikes on rebel areas also killed civilians, local officials have said.")
    assert news_of(pipeline, text, lang="en", published=AUTUMN) == []


def test_victims_on_a_day_are_news(pipeline):
    text = "At least 12 civilians were killed in a drone strike on a market in El Fasher on Tuesday, activists said."
    assert len(news_of(pipeline, text, lang="en", published=AUTUMN)) == 1


def test_a_headlines_infinitive_is_to_come(pipeline):
    text = "Sudan's army and RSF to meet in Jeddah to resume peace talks"
    assert news_of(pipeline, text, lang="en", published=AUTUMN) == []


def test_a_notes_crowd_that_protested_to_demand_is_news(pipeline):
    # the parse gives this note no finite verb ("protested" a clause of "teachers", "to demand" the root)
    text = "On 14 January 2022, retired teachers protested in Barquisimeto (Lara) to demand higher pensions."
    events = news_of(pipeline, text, lang="en", published=date(2022, 1, 14))
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_a_headlines_present_is_news(pipeline):
    text = "Gunmen kill nine in attack on village in Nigeria's Plateau state"
    assert len(news_of(pipeline, text, lang="en", published=AUTUMN)) == 1
