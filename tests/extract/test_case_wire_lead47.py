"""CASE-style snippets and wire stories, the forty-seventh session's round (issue 13), on invented sentences.

An act dated only by a month before the publication's ("last month", "in July"), told past the lead, is what the
dispatch reminds its reader of, not its news; "did not give a death toll" counts no one and "killing both" counts two; attacks a side
"stepped up" are a trend, not one attack; a headline's attack is the body's fight that its sentence folded in;
a vehicle that plunges off a road, killing its passengers, is an accident, even under a verb of saying; armed men who
stormed a school and took its pupils, harming no one, abducted them.
"""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.quantities import fatalities
from tests.extract.reports import headlined_news_types, news_of

AUTUMN = date(2025, 10, 8)  # a Wednesday


LEAD = ("Rebels and soldiers fought near Rabak on Monday, the army said.\n\n"
        "At least four soldiers were killed, a military source said on Tuesday.\n\n")


@pytest.mark.parametrize("recalled", [
    "Government troops recaptured the town of Kosti from the rebels last month.",
    "The two movements signed a ceasefire agreement in July, but fighting resumed weeks later.",
])
def test_an_act_dated_by_a_past_month_past_the_lead_is_background(pipeline, recalled):
    events = news_of(pipeline, LEAD + recalled, lang="en", published=AUTUMN)
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Armed clash", date(2025, 10, 6))]


@pytest.mark.parametrize("text", [
    "Government troops recaptured the town of Kosti from the rebels on Monday, the army said.",
    "Government troops recaptured the town of Kosti from the rebels earlier this month, the army said.",
    "Government troops recaptured the town of Kosti from the rebels last month, according to a new report by a "
    "rights group.\n\n"
    "The group called for an inquiry.",
])
def test_an_act_of_the_day_the_publications_month_or_the_lead_stays_news(pipeline, text):
    events = news_of(pipeline, text, lang="en", published=AUTUMN)
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


def test_a_death_toll_not_given_counts_no_one():
    assert fatalities("Officials did not give a death toll.", "en") is None
    assert fatalities("A court handed him a death sentence.", "en") is None


def test_a_death_and_a_soldier_still_count_one():
    assert fatalities("A soldier was killed.", "en").value == 1
    assert fatalities("The raid left a death and three wounded.", "en").value == 1


def test_killing_both_counts_two(pipeline):
    text = "On Monday, gunmen opened fire on two guards at a bank in Peshawar, killing both before escaping."
    events = news_of(pipeline, text, lang="en", published=AUTUMN)
    assert [e.fatalities for e in events] == [2]


@pytest.mark.parametrize("text", ["Both sides reported losses in the fighting.",
                                  "Both soldiers and civilians were killed, and dozens were hurt."])
def test_both_of_two_groups_or_sides_counts_no_pair(text):
    figure = fatalities(text, "en")
    assert figure is None or figure.value != 2


@pytest.mark.parametrize("text, lang", [
    ("The militants have stepped up attacks on army posts along the border since the truce collapsed.", "en"),
    ("Les miliciens ont multiplié les attaques contre les villages de la chefferie depuis la fin de la trêve.", "fr"),
])
def test_attacks_stepped_up_are_a_trend(pipeline, text, lang):
    assert news_of(pipeline, text, lang=lang, published=AUTUMN) == []


def test_attacks_stepped_up_on_a_day_are_news(pipeline):
    text = "Russian forces intensified their shelling of Nikopol on Tuesday, killing three civilians."
    events = news_of(pipeline, text, lang="en", published=AUTUMN)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Shelling/artillery/missile attack", 3)]


def test_a_headlines_attack_is_the_fight_its_body_tells(pipeline):
    text = ("Jihadists attack army camp in central Mali\n\n"
            "BAMAKO (AFP) - Jihadist fighters attacked an army camp near Douentza on Sunday, sparking a gunfight "
            "that lasted several hours, security sources said on Tuesday.")
    assert headlined_news_types(pipeline, text, lang="en", published=AUTUMN) == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "A minibus plunged off a bridge in the Tanzanian region of Morogoro on Friday, killing 12 passengers, police said.",
    "A fuel truck veered off the road near Lokoja on Friday, killing six people, officials said.",
])
def test_a_vehicle_that_plunges_is_an_accident(pipeline, text):
    assert news_of(pipeline, text, lang="en", published=AUTUMN) == []


def test_a_blade_plunged_into_a_man_is_an_attack(pipeline):
    text = "Gunmen plunged a knife into a shopkeeper in Kano on Friday, killing him, police said."
    events = news_of(pipeline, text, lang="en", published=AUTUMN)
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_a_school_stormed_to_take_pupils_is_an_abduction(pipeline):
    text = "Armed separatists stormed a school in Kumba on Friday and abducted eleven pupils, a teacher said."
    events = news_of(pipeline, text, lang="en", published=AUTUMN)
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_a_school_stormed_with_a_killing_is_an_attack(pipeline):
    text = "Armed separatists stormed a school in Kumba on Friday and abducted eleven pupils, killing a teacher."
    events = news_of(pipeline, text, lang="en", published=AUTUMN)
    assert [e.sub_event_type for e in events] == ["Attack"]
