"""Roundups that tell several events (roll, bench/roundup_stress.py): a lead's or a closing line's total over the
incidents told apart is no event and no incident's toll, a death of the wounded on a later day is the first attack's
toll, a headline listing the roundup's acts gives each its own place. Each text is invented."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

D = date(2025, 6, 10)  # a Tuesday
SATURDAY, SUNDAY, MONDAY = date(2025, 6, 7), date(2025, 6, 8), date(2025, 6, 9)


def _news(pipeline, text, lang="en"):
    return [e for e in news_of(pipeline, text, lang=lang, published=D) if e.event_type]


def test_a_leads_total_over_the_incidents_told_apart_is_no_incidents_toll(pipeline):
    text = ("Russian attacks killed five people across Ukraine over the past day, regional officials said on Tuesday.\n\n"
            "In Kharkiv, a Russian drone hit an apartment block on Monday evening, killing three residents.\n\n"
            "In Odesa, Russian shelling killed two people near the port on Tuesday morning.")
    events = _news(pipeline, text)
    assert sorted(e.fatalities for e in events) == [2, 3]


def test_a_closing_total_is_not_the_last_incidents_toll(pipeline):
    text = ("Samedi, des rebelles ADF ont tué quatre civils dans un champ près d'Eringeti.\n\n"
            "Lundi, une bombe artisanale a explosé près d'un marché de Butembo, blessant trois personnes.\n\n"
            "Au total, au moins une dizaine de personnes ont perdu la vie dans la province en une semaine, selon la "
            "société civile.")
    events = _news(pipeline, text, "fr")
    assert sorted(e.fatalities or 0 for e in events) == [0, 4]


def test_wounded_who_died_on_a_later_day_raise_the_first_attacks_toll(pipeline):
    text = ("Des hommes armés ont attaqué samedi soir des habitations à Bunia, tuant deux personnes.\n\n"
            "Dimanche, des combats ont opposé des militaires à des miliciens près de Mambasa.\n\n"
            "L'attaque de Bunia a fait en réalité quatre morts, deux blessés ayant succombé dimanche à l'hôpital, "
            "a précisé lundi le maire.")
    events = _news(pipeline, text, "fr")
    attacks = [e for e in events if e.sub_event_type == "Attack"]
    assert len(events) == 2 and len(attacks) == 1
    assert attacks[0].event_date == SATURDAY and attacks[0].fatalities == 4


def test_a_headline_listing_the_roundups_acts_gives_each_its_own_place(pipeline):
    text = ("Sudan: shelling of El Fasher, air strike on Nyala, raid near El Obeid\n\n"
            "PORT SUDAN (AFP) - The Rapid Support Forces shelled a market in El Fasher on Sunday, killing four people.\n\n"
            "On Monday, an army air strike on a cattle market in Nyala killed six civilians, medics said.\n\n"
            "RSF fighters raided a village near El Obeid on Monday, killing eight people, a local group said.")
    events = _news(pipeline, text)
    assert len(events) == 3
    raid = next(e for e in events if e.fatalities == 8)
    assert raid.sub_event_type == "Attack" and raid.event_date == MONDAY


def test_a_plural_told_at_one_town_stays_that_towns_event(pipeline):
    text = ("Russian strikes killed seven people in Kharkiv on Monday, the governor said.\n\n"
            "Three of the dead were children, and a fourth body was later found in a school, he said.\n\n"
            "In Sumy, two people were killed by shelling on Sunday.")
    events = _news(pipeline, text)
    assert sorted(e.fatalities for e in events) == [2, 7]


def test_a_headline_naming_one_act_and_its_town_tells_the_bodys_event(pipeline):
    text = ("Drone strike on Nyala market kills nine\n\n"
            "PORT SUDAN (AFP) - A drone strike on a busy market in Nyala killed nine civilians on Monday, a local "
            "emergency room said. Medics said 20 others were wounded.")
    [event] = _news(pipeline, text)
    assert event.fatalities == 9 and event.event_date == MONDAY


def test_hours_later_opens_another_act_than_the_one_told_before(pipeline):
    text = ("Mardi, une frappe de drone israélienne a visé une maison à Bint Jbeil, tuant deux personnes, selon le "
            "ministère libanais de la Santé.\n\n"
            "Quelques heures plus tard, deux roquettes tirées depuis le Liban sont tombées près de Kiryat Shmona, sans "
            "faire de victimes, selon l'armée israélienne.")
    events = _news(pipeline, text, "fr")
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [
        ("Air/drone strike", 2), ("Shelling/artillery/missile attack", 0)]


def test_a_day_later_still_joins_the_headline_that_lists_it(pipeline):
    text = ("Sudan: shelling of El Fasher, air strike on Nyala\n\n"
            "PORT SUDAN (AFP) - The Rapid Support Forces shelled a camp in El Fasher on Sunday, killing five people.\n\n"
            "A day later, an army air strike on a cattle market in Nyala killed six civilians, medics said.")
    events = _news(pipeline, text)
    assert sorted((e.event_date, e.fatalities) for e in events) == [(SUNDAY, 5), (MONDAY, 6)]
