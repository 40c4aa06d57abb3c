"""CASE-style snippets and wire stories, the forty-fifth session's round (issue 13), on invented sentences.

Deaths a landslide or a flood caused are no event, however the parse hangs the killing participle; a roadside
device is a remote explosive; people burned by a crowd are its victims, a house burned is property; a side that
withdraws from a pact changes its activity, troops that withdraw from a town hand it over; a base moved into
"without any resistance" changes hands; the day a statement was broadcast ("on Sunday evening") dates the telling,
not the ambush it tells; a clause "that year" tells a recalled year; a town the small English model tags as a day
("near Turbat on Monday") is a place; an attack named as one instance of what a group "has repeatedly" done is the
series' background.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

SPRING = date(2025, 4, 9)  # a Wednesday


def test_deaths_a_mudslide_caused_are_no_event(pipeline):
    text = "A mudslide engulfed a village in Bududa on Monday, killing 12 people, officials said."
    assert news_of(pipeline, text, lang="en", published=SPRING) == []


def test_a_raid_that_killed_is_still_an_attack(pipeline):
    text = "Gunmen raided a village in Zamfara on Monday, killing nine people, officials said."
    assert [e.sub_event_type for e in news_of(pipeline, text, lang="en", published=SPRING)] == ["Attack"]


def test_a_roadside_device_is_a_remote_explosive(pipeline):
    text = "A roadside device exploded under a police truck near Kismayo on Tuesday, killing two officers."
    events = news_of(pipeline, text, lang="en", published=SPRING)
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_a_device_with_no_blast_is_no_explosive(pipeline):
    text = "Hackers disabled a device at a power plant in Kyiv on Thursday."
    assert all(e.sub_event_type != "Remote explosive/landmine/IED"
               for e in news_of(pipeline, text, lang="en", published=SPRING))


@pytest.mark.parametrize("text, lang", [
    ("Villagers burned a suspected witch in a village of Kilifi on Sunday, police said.", "en"),
    ("Des habitants ont brûlé un voleur présumé dimanche dans un quartier de Bangui.", "fr"),
])
def test_people_a_crowd_burned_are_its_victims(pipeline, text, lang):
    assert [e.sub_event_type for e in news_of(pipeline, text, lang=lang, published=SPRING)] == ["Mob violence"]


@pytest.mark.parametrize("text, lang", [
    ("Gunmen burned a trader's shop in Kano on Sunday.", "en"),
    ("Des habitants ont brûlé la maison d'un voleur présumé dimanche dans un quartier de Bangui.", "fr"),
])
def test_a_house_burned_is_property_whoever_owned_it(pipeline, text, lang):
    events = news_of(pipeline, text, lang=lang, published=SPRING)
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


def test_a_side_that_leaves_a_pact_changes_its_activity(pipeline):
    text = ("A faction of the rebel coalition said on Tuesday that it had withdrawn from the ceasefire agreement "
            "with the government.")
    events = news_of(pipeline, text, lang="en", published=SPRING)
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]


@pytest.mark.parametrize("text", [
    "Government troops withdrew from the town of Ansongo on Monday.",
    "Rebel fighters moved into a base vacated by the army near Kidal on Friday without any resistance.",
])
def test_ground_left_or_entered_unopposed_changes_hands(pipeline, text):
    events = news_of(pipeline, text, lang="en", published=SPRING)
    assert [e.sub_event_type for e in events] == ["Non-violent transfer of territory"]


def test_families_moving_into_a_camp_take_no_ground(pipeline):
    assert news_of(pipeline, "Displaced families moved into a camp near Kidal on Friday.", lang="en",
                   published=SPRING) == []


def test_the_broadcasts_evening_dates_the_telling_not_the_ambush(pipeline):
    text = ("Ten soldiers were killed on Saturday when gunmen ambushed their convoy near Menaka, the army announced in a "
            "statement broadcast on Sunday evening. The army said 30 assailants were killed in the fighting.")
    events = news_of(pipeline, text, lang="en", published=SPRING)
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == \
        [("Armed clash", date(2025, 4, 5), 40)]


def test_an_act_of_that_year_is_recalled(pipeline):
    text = ("A court in Guanajuato on Wednesday jailed a gunman for the killing of three police officers in Irapuato "
            "in 2023.\n\nThe officers were ambushed as they left a police station, one of dozens of attacks on "
            "police in the state that year.")
    events = news_of(pipeline, text, lang="en", published=SPRING)
    assert [e for e in events if e.event_type != "Strategic developments"] == []


def test_a_town_the_model_took_for_a_day_is_placed(pipeline):
    events = news_of(pipeline, "Gunmen killed four labourers near Turbat on Monday, police said.", lang="en",
                     published=SPRING)
    assert [e.place.name for e in events] == ["near Turbat"]


def test_an_instance_of_a_repeated_act_is_background(pipeline):
    text = ("Gunmen shot dead two policemen in Tank on Monday, officials said. Militants in the district have "
            "repeatedly targeted the police, including an attack on a checkpoint in March in which five officers "
            "died.")
    events = news_of(pipeline, text, lang="en", published=SPRING)
    assert [(e.event_date, e.fatalities) for e in events] == [(date(2025, 4, 7), 2)]
