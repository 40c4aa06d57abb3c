"""Who did what on invented sentences (issue 13, session act34): a bomber among the dead, soldiers captured, a
group naming a leader, French victims told as nationals or expatriates, tear gas on people no protest is
told of, forces stepping in after a band's attack."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from sitrep.extract.quantities import fatalities
from tests.extract.reports import news_of, sides as _sides

_en = partial(news_of, lang="en", published=date(2024, 5, 2))
_fr = partial(news_of, lang="fr", published=date(2024, 5, 2))


@pytest.mark.parametrize("text, lang, dead", [
    ("A woman wearing a vest walked into the bus station, killing herself and six others.", "en", 7),
    ("The attacker detonated his belt at the gate, killing himself along with two guards.", "en", 3),
    ("Le kamikaze a actionné sa ceinture devant la mosquée, se tuant avec trois fidèles.", "fr", 4),
    ("The blast at the gate killed six others.", "en", 6),
])
def test_the_bomber_told_before_the_count_is_one_of_the_dead(text, lang, dead):
    """ACLED counts the bomber among the dead: "killing herself and six others" is seven."""
    assert fatalities(text, lang).value == dead


def test_rebels_who_capture_soldiers_face_the_army(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, the Arakan Army captured nine soldiers near Kyauktaw.")
    assert _sides(e) == ["AA: Arakan Army", "Military Forces of Myanmar (2021-)"]


@pytest.mark.parametrize("text, lang, group", [
    ("On 1 May 2024, Al Shabaab named a new leader for its units in the Gedo region.", "en", "Al Shabaab"),
    ("Le 1er mai 2024, le JNIM a désigné un nouvel émir pour ses hommes dans le cercle de Douentza.", "fr",
     "JNIM: Group for Support of Islam and Muslims"),
])
def test_a_group_naming_a_leader_changes_its_own_activity(pipeline, text, lang, group):
    """ACLED: a new leader is a change to the group, with no one acted upon."""
    [e] = news_of(pipeline, text, lang=lang, published=date(2024, 5, 2))
    assert e.sub_event_type == "Change to group/activity"
    assert e.actor1.name == group


@pytest.mark.parametrize("text, victims", [
    ("Le 1er mai 2024, des hommes armés ont enlevé trois expatriés togolais sur la route de Kaya.", "Civilians (Togo)"),
    ("Le 1er mai 2024, des hommes armés ont enlevé deux ressortissants chinois sur un site minier près de Kaya.",
     "Civilians (China)"),
])
def test_french_victims_told_as_nationals_or_expatriates_are_named_after_their_country(pipeline, text, victims):
    [e] = _fr(pipeline, text)
    assert _sides(e) == ["Unidentified Armed Group (Burkina Faso)", victims]


@pytest.mark.parametrize("text, lang", [
    ("On 1 May 2024, Israeli soldiers fired tear gas at Palestinian farmers near Hebron.", "en"),
    ("Le 1er mai 2024, des soldats israéliens ont tiré des gaz lacrymogènes sur des agriculteurs palestiniens près "
     "d'Hébron.", "fr"),
])
def test_tear_gas_on_people_no_protest_is_told_of_is_an_attack(pipeline, text, lang):
    [e] = news_of(pipeline, text, lang=lang, published=date(2024, 5, 2))
    assert e.sub_event_type == "Attack"
    assert _sides(e) == ["Military Forces of Israel (2022-)", "Civilians (Palestine)"]


def test_tear_gas_on_protesters_stays_an_intervention(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, shepherds protested near Hebron and Israeli soldiers fired tear gas at them.")
    assert e.sub_event_type != "Attack"


def test_forces_stepping_in_after_a_bands_attack_are_an_event_of_their_own(pipeline):
    text = ("Le 1er mai 2024, des colons israéliens ont attaqué des agriculteurs palestiniens près d'Hébron. Des soldats "
            "israéliens ont ensuite tiré des gaz lacrymogènes sur les agriculteurs.")
    events = _fr(pipeline, text)
    assert [_sides(e)[0] for e in events] == ["Settlers (Israel)", "Military Forces of Israel (2022-)"]
