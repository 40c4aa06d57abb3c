"""Sentences a new user tried (the twenty-fourth session's lead): a day counted from today ("overnight",
"yesterday") in a report whose speech tag names the day it was told counts from that day, not from the
day the article came out; the centre of a country is a region round its middle, not the dateline's town."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.acled import GeoPrecision

from tests.extract.reports import news_of

MONDAY = date(2025, 3, 10)


@pytest.mark.parametrize("text,lang,day", [
    ("Drones hit a fuel depot in Russia's Kursk region overnight, the regional governor said on Wednesday.",
     "en", date(2025, 3, 4)),
    ("Militiamen torched dozens of houses in Port-au-Prince overnight, the police said on Tuesday.",
     "en", date(2025, 3, 3)),
    ("The police said on Tuesday that militiamen torched dozens of houses in Port-au-Prince overnight.",
     "en", date(2025, 3, 3)),
    ("Bandits killed four herders near Zamfara yesterday, the state police said on Thursday.",
     "en", date(2025, 3, 5)),
    ("L'armée a affirmé mardi avoir tué hier huit assaillants près de Kalemie.", "fr", date(2025, 3, 3)),
    ("Des frappes aériennes ont tué hier soir six personnes dans l'est du Liban, a annoncé mardi le ministère "
     "libanais de la Santé.", "fr", date(2025, 3, 3)),
])
def test_a_day_counted_from_today_counts_from_the_day_it_was_told(pipeline, text, lang, day):
    [event] = news_of(pipeline, text, lang, MONDAY)
    assert event.event_date == day


@pytest.mark.parametrize("text,lang", [
    ("Drones hit a fuel depot in Russia's Kursk region overnight, the regional governor said.", "en"),
    ("Militiamen torched dozens of houses in Port-au-Prince overnight, the police said.", "en"),
])
def test_with_no_day_in_the_speech_tag_overnight_is_the_night_before_publication(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, MONDAY)
    assert event.event_date == date(2025, 3, 9)


@pytest.mark.parametrize("text,lang,country", [
    ("NIAMEY (AFP) - Jihadists ambushed an army convoy in central Mali on Friday, killing nine soldiers.", "en", "ML"),
    ("Herders and farmers clashed in central Nigeria on Friday, leaving six dead.", "en", "NG"),
    ("Des jihadistes ont tendu vendredi une embuscade à un convoi militaire dans le centre du Mali.", "fr", "ML"),
])
def test_the_centre_of_a_country_is_a_region_round_its_middle_not_the_datelines_town(pipeline, text, lang, country):
    [event] = news_of(pipeline, text, lang, MONDAY)
    assert event.place.country == country and event.place.geo_precision == GeoPrecision.REGION
    assert event.place.name.startswith("centre of")


def test_the_centre_of_a_town_is_the_town(pipeline):
    [event] = news_of(pipeline, "A car bomb killed seven people in central Baghdad on Friday.", "en", MONDAY)
    assert event.place.name == "Baghdad" and event.place.geo_precision == GeoPrecision.TOWN


@pytest.mark.parametrize("text", [
    "Russian troops seized a hamlet in the Donetsk region, Russia's defence ministry reported on Sunday.",
    "Russian forces drove Ukrainian troops out of the village of Pisky in the Donetsk region, Russia's defence ministry "
    "reported on Sunday.",
])
def test_ground_a_foreign_army_takes_from_the_host_state_is_overtaken_and_its_own_government_no_foe(pipeline, text):
    [event] = news_of(pipeline, text, "en", MONDAY)
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1.name.startswith("Military Forces of Russia")
    assert event.actor2 is None or "Russia" not in event.actor2.name


def test_a_ministrys_portfolio_is_no_place(pipeline):
    """ "le ministère libanais de la Santé": the portfolio had resolved to Xanten (Germany), a town, which
    outranked the part of Lebanon the sentence names."""
    text = "Des frappes aériennes ont tué six personnes dans l'est du Liban, selon le ministère de la Santé."
    [event] = news_of(pipeline, text, "fr", MONDAY)
    assert event.place.country == "LB"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Lebanon)"


@pytest.mark.parametrize("text,lang", [
    ("Police arrested dozens of supporters of the ousted mayor in Karachi on Wednesday after they clashed with "
     "officers outside the town hall.", "en"),
    ("Police held 30 students in Chittagong on Sunday after they clashed with officers near the campus.", "en"),
])
def test_they_who_clashed_with_the_police_are_the_crowd_the_police_arrested(pipeline, text, lang):
    """The pronoun of the clause cannot be the police the clause pits it against: it is the crowd the main
    verb's object names, so the clash is a riot, not a battle of the police with an unidentified group."""
    [event] = news_of(pipeline, text, lang, MONDAY)
    assert event.event_type == "Riots"
    assert event.actor1.name.startswith("Rioters") and event.actor2.name.startswith("Police Forces")


def test_they_who_ambushed_a_convoy_are_still_who_the_main_verb_says_did_it(pipeline):
    text = "Militants killed two soldiers in Borno on Monday after they ambushed a convoy."
    [event] = news_of(pipeline, text, "en", MONDAY)
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_government_forces_take_the_country_of_the_group_named_when_no_place_says_it(pipeline):
    """No table holds the town, so no place names the country: Al-Shabaab, which fights in Somalia only,
    does, and "government forces" are Somalia's, not a "Military Forces" of no country."""
    text = "Al-Shabaab fighters pulled out of the town of Qaycad on Thursday, and government forces moved in."
    [event] = news_of(pipeline, text, "en", MONDAY)
    assert event.actor2 is not None and event.actor2.name.startswith("Military Forces of Somalia")


@pytest.mark.parametrize("text,lang", [
    ("Sudanese paramilitary forces burned the market of Umm Kadada on Tuesday, residents said.", "en"),
    ("Des paramilitaires soudanais ont incendié mardi le marché d'Umm Kadada, selon des habitants.", "fr"),
])
def test_sudans_paramilitaries_are_the_rsf(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, MONDAY)
    assert event.actor1.name == "RSF: Rapid Support Forces"


@pytest.mark.parametrize("text,lang", [
    ("The Islamic State group claimed responsibility on Sunday for a suicide bombing at a Sufi shrine in Kunduz "
     "that killed at least 30 pilgrims on Friday.", "en"),
    ("Le groupe État islamique a revendiqué dimanche un attentat-suicide contre un sanctuaire soufi de Kunduz qui a "
     "tué vendredi au moins 30 pèlerins.", "fr"),
])
def test_the_day_of_a_claim_is_not_the_day_of_the_bombing_it_claims(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, MONDAY)
    assert event.sub_event_type == "Suicide bomb" and event.event_date == date(2025, 3, 7)
    assert event.fatalities == 30 and event.actor1.name.startswith("Islamic State")
