"""Sentences a new user tried on world news (the twentieth session's lead): the day a report was told,
towns the model took for products or people, states that strike, tolls told beside their sources, and
what a crowd's act answers."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

THURSDAY = date(2024, 12, 5)


def test_the_day_a_whole_report_was_told_does_not_date_its_second_verb(pipeline):
    """ "stormed ... on Friday, killing ..., the ministry said on Saturday": one event, on Friday."""
    text = ("Gunmen raided a church in the village of Dankali on Friday, killing at least 19 worshippers "
            "during the evening service, the security ministry said on Saturday.")
    [event] = news_of(pipeline, text, "en", THURSDAY)
    assert event.event_date == date(2024, 11, 29)
    assert event.fatalities == 19


def test_a_day_counted_from_the_talks_day_still_dates_the_event(pipeline):
    text = "The army said on Wednesday it had killed 14 militants in a raid on Tuesday near Menaka."
    [event] = news_of(pipeline, text, "en", THURSDAY)
    assert event.event_date == date(2024, 12, 3)


@pytest.mark.parametrize("text,lang,place", [
    ("Armed men looted shops in the town of Mirebalais on Monday, residents said.", "en", "Mirebalais"),
    ("Gunmen stormed a market in a village of Niger's Tillaberi region on Friday, killing 9 traders.", "en",
     "Tillaberi"),
])
def test_a_name_the_text_calls_a_town_or_a_region_is_that_place(pipeline, text, lang, place):
    [event] = news_of(pipeline, text, lang, THURSDAY)
    assert event.place is not None and event.place.name == place


@pytest.mark.parametrize("text,lang", [
    ("Des hommes armés ont intercepté un minibus mercredi sur l'axe Kaya-Dori et enlevé ses passagers.", "fr"),
    ("Gunmen stopped a minibus on the Kaya-Dori road on Wednesday and abducted its passengers.", "en"),
])
def test_the_two_ends_of_a_road_are_places(pipeline, text, lang):
    events = news_of(pipeline, text, lang, THURSDAY)
    assert events and all(e.place is not None and e.place.name in ("Kaya", "Dori") for e in events)
    assert all(e.actor1.name == "Unidentified Armed Group (Burkina Faso)" for e in events)


@pytest.mark.parametrize("text", [
    "L'armée israélienne a mené lundi une série de frappes sur le sud du Liban.",
    "Israël a mené une série de frappes aériennes dans la nuit de dimanche à lundi sur la banlieue sud de Beyrouth.",
])
def test_a_series_of_strikes_on_a_night_is_that_nights_news(pipeline, text):
    [event] = news_of(pipeline, text, "fr", THURSDAY)
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.name == "Military Forces of Israel (2022-)"


def test_a_series_of_strikes_over_months_stays_background(pipeline):
    text = "L'aviation a mené une série de frappes contre les groupes armés ces derniers mois."
    assert news_of(pipeline, text, "fr", THURSDAY) == []


@pytest.mark.parametrize("text,lang", [
    ("Les États-Unis ont mené mardi des frappes contre des positions houthies au Yémen.", "fr"),
    ("The United States carried out strikes on Houthi positions in Yemen on Tuesday.", "en"),
])
def test_a_state_that_conducts_strikes_is_its_military(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, THURSDAY)
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.name == "Military Forces of the United States (2021-2025)"


@pytest.mark.parametrize("text", [
    "L'attaquant a décoché une frappe puissante qui a fini au fond des filets.",
    "Teachers went on strike on Monday to demand higher wages.",
])
def test_a_shot_at_goal_or_a_labour_strike_is_no_air_strike(pipeline, text):
    lang = "fr" if "L'" in text else "en"
    assert all(e.sub_event_type != "Air/drone strike" for e in news_of(pipeline, text, lang, THURSDAY))


@pytest.mark.parametrize("text,lang", [
    ("Russia struck Kharkiv with guided bombs on Tuesday, killing three people.", "en"),
    ("La Russie a frappé Kharkiv avec des bombes guidées mardi, tuant trois personnes.", "fr"),
])
def test_guided_bombs_are_an_air_strike_by_the_state_that_used_them(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, THURSDAY)
    assert event.sub_event_type == "Air/drone strike"
    assert sides(event) == ["Military Forces of Russia (2000-)", "Civilians (Ukraine)"]
    assert event.fatalities == 3


@pytest.mark.parametrize("text,lang,dead", [
    ("Les shebab ont attaqué mardi un poste de l'armée somalienne à Beledweyne. Selon un officier, 9 assaillants "
     "ont été tués.", "fr", 9),
    ("Militants attacked an army post near Kidal on Tuesday, killing 7 soldiers, a local official and two "
     "residents said.", "en", 7),
    ("Militants attacked an army post near Kidal on Tuesday. One officer said 7 soldiers were killed.", "en", 7),
])
def test_the_source_of_a_toll_is_none_of_its_dead(pipeline, text, lang, dead):
    [event] = news_of(pipeline, text, lang, THURSDAY)
    assert event.fatalities == dead


def test_each_sides_dead_told_in_two_sentences_add_up(pipeline):
    text = ("Taliban militants attacked a police post in Lakki Marwat district on Tuesday night, killing four "
            "policemen. Police said three attackers were also killed in the exchange of fire.")
    [event] = news_of(pipeline, text, "en", THURSDAY)
    assert event.fatalities == 7


@pytest.mark.parametrize("text,lang", [
    ("Protesters set fire to the county offices in Kisumu on Tuesday after a boda boda rider was shot by "
     "police.", "en"),
    ("Des manifestants ont incendié mardi la mairie de Bukavu après la mort d'un commerçant tué par la police.",
     "fr"),
])
def test_the_killing_a_crowds_act_answers_is_no_part_of_it(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, THURSDAY)
    assert event.event_type == "Riots"
    assert event.fatalities in (None, 0)
    assert event.actor2 is None or "Police" not in event.actor2.name


def test_a_protest_after_a_killing_keeps_no_toll(pipeline):
    text = "Hundreds of people marched in Eldoret on Tuesday after a teenager was killed by police."
    [event] = news_of(pipeline, text, "en", THURSDAY)
    assert event.sub_event_type == "Peaceful protest"
    assert event.fatalities in (None, 0)


def test_a_politician_denouncing_a_march_is_no_protest(pipeline):
    text = ("Le député Jean Mbala a dénoncé mercredi la répression de la marche de samedi dernier à Kinshasa, "
            "au cours de laquelle trois manifestants avaient été blessés.")
    assert all(e.event_date != date(2024, 12, 4) for e in news_of(pipeline, text, "fr", THURSDAY))


def test_a_takeover_told_once_by_force_is_by_force(pipeline):
    text = ("On 9 March, ISIS militants captured the port of Mocimboa da Praia. ISIS fighters took control of "
            "the nearby airstrip.")
    events = news_of(pipeline, text, "en", date(2024, 3, 12))
    assert {e.sub_event_type for e in events} == {"Non-state actor overtakes territory"}


def test_a_day_the_parse_joins_as_its_own_clause_is_the_telling(pipeline):
    text = ("Au moins 25 civils ont été tués lundi lorsque des paramilitaires ont bombardé un marché de la ville "
            "de Kadugli, a indiqué mardi une ONG locale.")
    [event] = news_of(pipeline, text, "fr", date(2025, 12, 3))
    assert event.event_date == date(2025, 12, 1)


def test_a_headline_placed_at_a_region_takes_the_town_its_story_names(pipeline):
    text = ("Soudan : au moins 25 morts dans une attaque contre un marché du Kordofan\n\n"
            "Au moins 25 civils ont été tués lundi lorsque des paramilitaires ont bombardé un marché de la ville "
            "d'El-Obeid, a indiqué mardi une ONG locale.")
    [event] = news_of(pipeline, text, "fr", date(2025, 12, 3))
    assert event.place.name == "El Obeid"
    assert event.event_date == date(2025, 12, 1)
