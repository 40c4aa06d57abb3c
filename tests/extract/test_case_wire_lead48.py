"""CASE-style snippets and wire stories, the forty-eighth session's round (issue 13), on invented sentences.

A suicide car bomber and explosives strapped to a body tell a suicide bombing; "snatched" people are abducted, a
snatched bag is no event; live rounds fired at marchers are force against protesters; shots into the air hurt no
one; a region's name its admin word tells a region lies in the article's country before a namesake abroad; victims
a verb counts over months are a tally; a protest vowed or called off was never held; a truce "agreed in 2023" and
"sporadic fighting" are background; a war that "has killed thousands and displaced millions" is background too.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import headlined_news_types, news_of

WINTER = date(2025, 12, 3)  # a Wednesday


def types_of(pipeline, text):
    return [e.sub_event_type for e in news_of(pipeline, text, lang="en", published=WINTER)]


@pytest.mark.parametrize("text, want", [
    ("A suicide truck bomber rammed the gate of an army base near Kismayo on Monday, killing four soldiers.",
     "Suicide bomb"),
    ("A young man set off explosives strapped to his body at a checkpoint near Diffa on Monday, killing two "
     "soldiers.", "Suicide bomb"),
    ("A car bomb went off beside a market in Kirkuk on Monday, killing three people.",
     "Remote explosive/landmine/IED"),
])
def test_a_bomber_who_dies_with_his_bomb_is_a_suicide_bombing(pipeline, text, want):
    assert types_of(pipeline, text) == [want]


def test_people_snatched_are_abducted_and_a_bag_snatched_is_no_event(pipeline):
    assert types_of(pipeline, "Gunmen snatched four aid workers from their vehicle near Tahoua on Monday.") == \
        ["Abduction/forced disappearance"]
    assert types_of(pipeline, "A thief snatched a phone from a trader in a market of Kano on Monday.") == []


def test_live_rounds_fired_at_marchers_are_force_against_protesters(pipeline):
    text = "Soldiers fired live rounds at marchers in Omdurman on Monday, killing three men, activists said."
    assert types_of(pipeline, text) == ["Excessive force against protesters"]


def test_shots_into_the_air_are_no_attack(pipeline):
    text = "Gunmen shot into the air and abducted six passengers from a bus near Gusau on Monday, police said."
    assert types_of(pipeline, text) == ["Abduction/forced disappearance"]
    assert types_of(pipeline, "Gunmen shot dead two passengers of a bus near Gusau on Monday, police said.") == \
        ["Attack"]


def test_a_region_told_by_its_word_lies_in_the_articles_country(pipeline):
    text = "Cameroonian soldiers killed four civilians in a village of the Southwest region on Monday, residents said."
    events = news_of(pipeline, text, lang="en", published=WINTER)
    assert [(e.sub_event_type, e.place.country) for e in events] == [("Attack", "CM")]


def test_victims_counted_over_months_are_a_tally(pipeline):
    text = ("A rights group published a report on abuses in the Northwest region on Monday.\n\n"
            "Between March and June, soldiers killed at least 40 civilians in raids on villages, while rebels abducted and "
            "killed local officials, the group said.")
    assert types_of(pipeline, text) == []
    assert types_of(pipeline, "On Monday, soldiers killed 12 civilians in a raid on a village near Bamenda.") == \
        ["Attack"]


def test_a_protest_vowed_in_a_headline_was_not_held(pipeline):
    text = ("Opposition vows protests after court bars its candidate\n\n"
            "A court in Lome barred the main opposition candidate from next month's election on Tuesday.")
    assert headlined_news_types(pipeline, text, lang="en", published=WINTER) == []


def test_a_march_called_off_was_not_held(pipeline):
    assert types_of(pipeline, "A rally by the opposition in Lome was cancelled on Monday.") == []
    assert types_of(pipeline, "A rally the opposition had called for earlier this month was called off after police "
                              "sealed the square.") == []
    assert types_of(pipeline, "Police broke up a march by teachers in Lome on Monday.") == \
        ["Protest with intervention"]


def test_a_truce_agreed_in_an_earlier_year_is_background(pipeline):
    text = "Both sides say they remain committed to a ceasefire agreed in 2023, the envoy said on Monday."
    assert types_of(pipeline, text) == []
    assert types_of(pipeline, "The two sides agreed a ceasefire in Doha on Monday, mediators said.") == \
        ["Agreement"]


def test_sporadic_fighting_with_no_day_is_background(pipeline):
    assert types_of(pipeline, "Security has improved despite sporadic fighting in the east, the envoy said.") \
        == []
    assert types_of(pipeline, "Sporadic fighting broke out in Goma on Monday between the army and rebels.") == \
        ["Armed clash"]


def test_what_a_war_did_over_years_is_background(pipeline):
    text = ("Rebels attacked a village near Palma in Mozambique on Monday, killing five civilians.\n\n"
            "Residents fled into the bush, an official said on Tuesday.\n\n"
            "The insurgency, which began in 2017, has killed thousands of people and displaced more than a million.")
    assert types_of(pipeline, text) == ["Attack"]
