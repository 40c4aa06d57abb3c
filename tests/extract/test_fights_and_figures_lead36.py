"""Sentences a new user tried (the thirty-sixth session's lead): herders, farmers and clans who fight
clash; a raid that only drives cattle away is looting; a compass word before a region's name is no province of
another country; a cricket report and a market report speak of destruction and massacres that are no events;
a headline's dead are the body's toll; a district with a number in its name is read whole."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

MAY = date(2022, 5, 10)


def test_herders_and_farmers_of_two_peoples_who_fight_clash(pipeline):
    text = "On 8 May 2022, Fulani herders and Tiv farmers fought in Guma LGA, Benue state; two people died."
    [event] = news_of(pipeline, text, "en", MAY)
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1.name, event.actor2.name} == {"Fulani Ethnic Militia (Nigeria)", "Tiv Ethnic Militia (Nigeria)"}


def test_clans_who_fight_over_land_clash(pipeline):
    text = ("On 8 May 2022, members of two clans fought over grazing land near Beledweyne (Hiraan region), leaving "
            "four dead.")
    [event] = news_of(pipeline, text, "en", MAY)
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities == 4


def test_fighting_drought_or_tears_is_no_clash(pipeline):
    assert news_of(pipeline, "On 8 May 2022, the community of Kisumu fought back tears at the funeral of the "
                             "governor.", "en", MAY) == []
    assert news_of(pipeline, "On 8 May 2022, youth leaders in Mombasa launched a campaign to fight "
                             "unemployment.", "en", MAY) == []


def test_a_raid_that_drives_cattle_away_is_looting(pipeline):
    text = "On 8 May 2022, Pokot cattle rustlers raided a village in Baringo county and drove away 300 goats."
    [event] = news_of(pipeline, text, "en", MAY)
    assert event.sub_event_type == "Looting/property destruction"


def test_a_raid_that_kills_and_drives_cattle_away_is_an_attack(pipeline):
    text = "On 8 May 2022, Pokot raiders shot dead two herders in Baringo county and drove away 300 goats."
    [event] = news_of(pipeline, text, "en", MAY)
    assert event.sub_event_type == "Attack"
    assert event.fatalities == 2


def test_compass_words_before_a_region_are_part_of_it(pipeline):
    text = "On 8 May 2022, ENDF and TDF forces clashed in North Western Tigray zone, Tigray region."
    [event] = news_of(pipeline, text, "en", MAY)
    assert event.place.country == "ET"
    assert event.actor1.name.startswith("Military Forces of Ethiopia")


def test_compass_words_before_a_unit_word_still_name_a_region(pipeline):
    text = ("On 8 May 2022, Ambazonian separatists attacked soldiers in North West Region, Cameroon. Two soldiers "
            "died.")
    [event] = news_of(pipeline, text, "en", MAY)
    assert event.place.country == "CM"


CRICKET = """Hosts' quicks blow away visitors on day one in Lahore

LAHORE (Wire) - The home side's fast bowlers ripped through the visiting batting line-up on Sunday, bowling them out
for 151 on the first day of the second test match.

A left-arm quick destroyed the middle order with a spell of short balls, taking five wickets for 28 runs. The hosts
reached 47 without loss at stumps."""

MARKETS = """Carnage on the Nairobi bourse as bank shares tumble

NAIROBI (Wire) - Kenyan equities suffered their worst session in a year on Thursday, with bank shares slaughtered
after the regulator raised capital rules.

Brokers described a massacre on the trading floor as the main index lost 5 percent and investors fled to bonds."""


def test_a_cricket_report_destroys_no_property(pipeline):
    assert news_of(pipeline, CRICKET, "en", date(2025, 2, 10)) == []


def test_a_market_report_has_no_massacre(pipeline):
    assert news_of(pipeline, MARKETS, "en", date(2025, 4, 11)) == []


def test_gunmen_at_an_exchange_are_still_coded(pipeline):
    text = ("Gunmen attacked the Nairobi stock exchange on Thursday, killing two security guards, police said. "
            "Shares of listed banks fell after the attack, the index closed lower and investors were evacuated.")
    events = news_of(pipeline, text, "en", date(2025, 4, 11))
    assert events and all(e.fatalities == 2 for e in events)


def test_militants_who_destroy_a_mast_beside_a_cricket_result_are_coded(pipeline):
    text = ("Militants destroyed a mobile phone tower in Bara, Khyber district, on Sunday night, police said. "
            "Separately, the provincial cricket team beat Sindh by five wickets in the tournament final, with the "
            "bowlers and the batting both in form.")
    [event] = news_of(pipeline, text, "en", date(2025, 4, 14))
    assert event.sub_event_type == "Looting/property destruction"
    assert event.place.name == "Bara"


def test_a_headlines_dead_named_loosely_are_the_bodys_toll(pipeline):
    text = ("Gunmen storm Nairobi bourse, two guards killed\n\nNAIROBI (Wire) - Gunmen attacked the Nairobi stock "
            "exchange on Thursday, killing two security guards, police said.")
    [event] = news_of(pipeline, text, "en", date(2025, 4, 11))
    assert event.event_date == date(2025, 4, 10)
    assert event.fatalities == 2


def test_a_district_with_a_number_in_its_name_is_read_whole(pipeline):
    text = ("On 8 May 2022, TMC and BJP supporters clashed in a village of North 24 Parganas district, West Bengal; "
            "five were injured.")
    [event] = news_of(pipeline, text, "en", MAY)
    assert event.place.name == "North 24 Parganas"
