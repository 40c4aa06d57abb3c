"""Sentences a new user tried on world news (the twenty-first session's lead): findings of a report made in a
past year, acts that open a period, allies named beside a force, FARC dissidents, gangs in French, and an act
dated a number of days before the news."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

SATURDAY = date(2024, 6, 8)
MONDAY = date(2024, 6, 10)


@pytest.mark.parametrize("text,lang", [
    ("Investigators wrote in a report last year that foreign troops were fighting beside the insurgents in "
     "the hills.", "en"),
    ("Des enquêteurs ont affirmé l'an dernier dans un rapport que des soldats étrangers avaient attaqué la "
     "localité de Kiwanja.", "fr"),
])
def test_what_a_report_of_last_year_found_is_no_news(pipeline, text, lang):
    assert news_of(pipeline, text, lang, SATURDAY) == []


def test_a_report_made_this_week_still_tells_news(pipeline):
    text = "Witnesses said on Friday that soldiers attacked the village of Kiwanja, killing four farmers."
    [event] = news_of(pipeline, text, "en", SATURDAY)
    assert event.event_date == date(2024, 6, 7)
    assert event.fatalities == 4


@pytest.mark.parametrize("text,lang", [
    ("The city has been shelled almost daily since the army launched its offensive on the region in March.", "en"),
    ("La ville est bombardée presque chaque jour depuis que l'armée a lancé son offensive sur la région en mars.",
     "fr"),
])
def test_an_act_a_period_is_counted_from_is_background(pipeline, text, lang):
    assert all(e.sub_event_type != "Armed clash" for e in news_of(pipeline, text, lang, SATURDAY))


def test_an_act_a_period_starts_from_on_a_day_of_this_week_is_news(pipeline):
    text = "Residents have fled the camp since gunmen attacked it on Thursday, killing six people."
    events = news_of(pipeline, text, "en", SATURDAY)
    assert any(e.event_type == "Violence against civilians" and e.event_date == date(2024, 6, 6) for e in events)


def test_a_group_fought_alongside_is_no_opponent(pipeline):
    text = "Burundian troops were fighting alongside the M23 rebels near Sake on Friday, residents said."
    [event] = news_of(pipeline, text, "en", SATURDAY)
    assert event.actor2 is None or "M23" not in event.actor2.name


@pytest.mark.parametrize("text,lang", [
    ("Des soldats syriens et des rebelles se sont affrontés lundi près de Hama.", "fr"),
    ("Depuis lundi, soldats syriens et rebelles se battent pour la route de Hama.", "fr"),
    ("The Syrian army and the rebels clashed near Hama on Monday.", "en"),
])
def test_a_force_and_rebels_who_fight_each_other_are_the_two_sides(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, MONDAY)
    assert sides(event) == ["Military Forces of Syria (2000-)", "Opposition Rebels (Syria)"]


@pytest.mark.parametrize("text,lang", [
    ("Officials said that dissidents of the former FARC guerrilla set off a car bomb outside a police station "
     "in Cali on Monday night, wounding three officers.", "en"),
    ("Des dissidents des FARC ont fait exploser lundi soir une voiture piégée devant un commissariat de Cali, "
     "blessant trois policiers.", "fr"),
])
def test_farc_dissidents_are_named_as_acled_names_them(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, SATURDAY)
    assert event.actor1.name == "FARC Dissident: Revolutionary Armed Forces of Colombia Dissident Faction"
    assert event.actor2.name.startswith("Police Forces of Colombia")


@pytest.mark.parametrize("text", [
    "Des gangs ont pris le contrôle samedi de la ville de Mirebalais, en Haïti.",
    "Les gangs armés ont attaqué samedi la ville de Mirebalais, en Haïti.",
])
def test_gangs_in_french_are_an_unidentified_gang(pipeline, text):
    [event] = news_of(pipeline, text, "fr", MONDAY)
    assert event.actor1.name == "Unidentified Gang (Haiti)"


@pytest.mark.parametrize("text,lang", [
    ("Le gouvernement haïtien a annoncé lundi l'envoi de renforts à Mirebalais, deux jours après que des gangs "
     "ont pris le contrôle de cette ville du centre du pays.", "fr"),
    ("Le gouvernement haïtien a annoncé lundi l'envoi de renforts à Mirebalais, trois jours après que des gangs "
     "ont attaqué cette ville du centre du pays.", "fr"),
])
def test_an_act_some_days_before_the_news_takes_its_own_day(pipeline, text, lang):
    events = [e for e in news_of(pipeline, text, lang, MONDAY) if e.actor1 and e.actor1.name.startswith("Unidentified Gang")]
    days = 3 if "trois" in text else 2
    assert [e.event_date for e in events] == [date(2024, 6, 10 - days)]


@pytest.mark.parametrize("text,lang", [
    ("Last June, soldiers shot dead nine people who marched on the governor's office in Kisumu.", "en"),
    ("En juin dernier, des soldats ont abattu neuf personnes qui marchaient vers le gouvernorat à Kisumu.", "fr"),
])
def test_last_june_told_in_june_is_a_year_back(pipeline, text, lang):
    assert news_of(pipeline, text, lang, date(2024, 6, 20)) == []


def test_next_march_is_the_coming_one(pipeline):
    from sitrep.extract.time import find_time_mentions, resolve
    [told] = find_time_mentions("The elections will be held next March.", "en")
    assert resolve(told, date(2024, 6, 20))[0] == date(2025, 3, 15)


@pytest.mark.parametrize("text,lang", [
    ("Militia fighters have been battling government troops for control of towns across the province.", "en"),
    ("Since January, hundreds of villagers have been killed in drone strikes in the province this year, the "
     "agency says.", "en"),
])
def test_a_lasting_fight_and_a_years_toll_are_no_news(pipeline, text, lang):
    assert news_of(pipeline, text, lang, SATURDAY) == []


@pytest.mark.parametrize("text,lang", [
    ("Militia fighters clashed with troops near Gondar on Friday for control of the main road.", "en"),
    ("Des miliciens se sont affrontés vendredi aux soldats près de Gondar pour le contrôle de la route.", "fr"),
])
def test_a_fight_for_control_is_a_clash_not_a_takeover(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, SATURDAY)
    assert event.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text,lang", [
    ("Le gouvernement, qui a pris le pouvoir en 2023, a décrété deux jours de deuil après l'attaque jihadiste qui "
     "a tué 21 soldats jeudi près de Ouallam.", "fr"),
    ("The junta, which seized power in 2023, declared two days of mourning after the jihadist attack that killed "
     "21 soldiers near Ouallam on Thursday.", "en"),
])
def test_an_attack_a_mourning_refers_to_is_background_by_the_jihadists(pipeline, text, lang):
    """A passing reference to an earlier event is background (issue 13), and the government that mourns it is
    no side of it."""
    from tests.extract.reports import code
    [event] = [e for e in code(pipeline, text, lang, SATURDAY) if e.event_type != "Strategic developments"]
    assert event.status == "historical"
    assert event.actor1 is None or "Niger" not in event.actor1.name or "Military" not in event.actor1.name


def test_a_mourning_after_an_attack_with_no_day_is_no_news(pipeline):
    text = "Le gouvernement a décrété deux jours de deuil après l'attaque jihadiste contre l'armée près de Ouallam."
    assert news_of(pipeline, text, "fr", SATURDAY) == []


def test_sanctions_from_a_union_give_no_event_and_no_place_in_no_country(pipeline):
    text = ("The European Union on Monday imposed sanctions on four militia commanders over abuses in Darfur. "
            "The measures freeze their assets and ban them from travelling to the bloc.")
    assert news_of(pipeline, text, "en", SATURDAY) == []


def test_banning_a_party_is_a_change_to_its_activity(pipeline):
    [event] = news_of(pipeline, "The junta banned the main opposition party in Bamako on Friday.", "en", SATURDAY)
    assert event.sub_event_type == "Change to group/activity"


@pytest.mark.parametrize("text", [
    "Governors met in Kano to discuss security. Abductions have soared in the north, where armed gangs raid "
    "villages and abduct residents.",
    "Road attacks have risen across the north, officials say.",
])
def test_what_such_men_do_and_a_rising_trend_are_no_news(pipeline, text):
    assert news_of(pipeline, text, "en", SATURDAY) == []


def test_a_headline_in_the_present_is_news(pipeline):
    text = "Gunmen abduct villagers in Zamfara\n\nGunmen abducted 14 villagers in Zamfara state on Friday, police said."
    [event] = news_of(pipeline, text, "en", SATURDAY)
    assert event.sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize("text,lang", [
    ("La Russie a lancé dans la nuit de vendredi à samedi 60 drones et trois missiles contre l'Ukraine, dont 50 ont "
     "été abattus, selon l'armée de l'air. Un homme a été tué à Kharkiv.", "fr"),
    ("Russia launched 60 drones and three missiles at Ukraine overnight, 50 of which were shot down, the air force "
     "said. A man was killed in Kharkiv.", "en"),
])
def test_the_dead_after_a_wave_of_strikes_are_its_toll(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, SATURDAY)
    assert event.event_type == "Explosions/Remote violence"
    assert sides(event) == ["Military Forces of Russia (2000-)", "Civilians (Ukraine)"]
    assert event.fatalities == 1


def test_a_speech_tag_with_its_speakers_first_dates_the_telling(pipeline):
    text = ("The army dropped bombs on a school in the Magway region where families were sheltering, killing at "
            "least 11 people, a rescue group and local residents said Saturday. The airstrike hit the village of "
            "Kyauk Pyin late Friday.")
    [event] = news_of(pipeline, text, "en", SATURDAY)
    assert event.event_date == date(2024, 6, 7)
    assert event.fatalities == 11


def test_a_nations_strikes_read_as_a_verb_by_the_tagger_are_still_its_forces(pipeline):
    text = ("U.S. airstrikes targeting Yemen's Houthi rebels hit a fuel depot in Hodeidah overnight, killing at "
            "least 20 people, the rebels said on Saturday.")
    [event] = news_of(pipeline, text, "en", SATURDAY)
    assert event.actor1.name.startswith("Military Forces of the United States")


@pytest.mark.parametrize("count", ["neuf", "onze", "12"])
def test_civilians_killed_in_a_militias_attack_are_its_target_not_rioters(pipeline, count):
    text = f"Au moins {count} civils ont été tués jeudi lors d'une attaque de miliciens CODECO à Fataki."
    [event] = news_of(pipeline, text, "fr", SATURDAY)
    assert event.sub_event_type == "Attack"
    assert sides(event) == ["CODECO: Cooperative for Development of Congo", "Civilians (Democratic Republic of Congo)"]


def test_the_dead_of_a_nations_fire_told_in_the_passive_are_its_forces_victims(pipeline):
    text = "Three Palestinians were killed by Israeli fire near a food distribution point in Khan Younis on Friday."
    [event] = news_of(pipeline, text, "en", SATURDAY)
    assert sides(event) == ["Military Forces of Israel (2022-)", "Civilians (Palestine)"]
