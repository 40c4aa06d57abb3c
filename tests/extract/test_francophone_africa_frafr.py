"""French press of francophone Africa (frafr, bench/fr_africa_stress.py): the Imbonerakure named as the "jeunes
Imbonerakure" the Burundian press writes of, and a town a road in the headline is named after kept as the body's
place when the model took the road's name for a person's. Each text is invented; places and groups are general
knowledge."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of, sides

D = date(2024, 4, 16)  # a Tuesday


def test_the_jeunes_imbonerakure_are_the_militia_not_a_crowd(pipeline):
    """A beating to death by "des jeunes Imbonerakure" is the ruling party's militia attacking a civilian
    (Attack), not a mob of young people (Mob violence)."""
    text = ("Un commerçant a été battu à mort dimanche soir par des jeunes Imbonerakure dans la commune de Mugina, "
            "province de Cibitoke.")
    [e] = news_of(pipeline, text, published=D)
    assert e.sub_event_type == "Attack"
    assert sides(e)[0] == "Imbonerakure"


def test_young_people_in_anger_stay_a_mob(pipeline):
    """Young people with no group's name who lynch a man are still rioters."""
    text = "Des jeunes en colère ont lynché dimanche un présumé voleur au marché de Gitega."
    [e] = news_of(pipeline, text, published=D)
    assert e.sub_event_type == "Mob violence"
    assert sides(e)[0] == "Rioters (Burundi)"


def test_a_town_a_headline_road_is_named_after_is_the_bodys_offset_place(pipeline):
    """ "l'axe Boni-Hombori" in the headline, tagged a person by the model, made the body's "à une quinzaine de
    kilomètres de Boni" no place, and the headline's kicker (the cercle's town, 90 km away) placed the blast."""
    text = ("Douentza : un car saute sur une mine sur l'axe Boni-Hombori, quatre morts\n\n"
            "Quatre passagers ont été tués dimanche lorsqu'un car a sauté sur une mine artisanale à une quinzaine "
            "de kilomètres de Boni, dans le cercle de Douentza, a-t-on appris auprès d'élus.")
    [e] = news_of(pipeline, text, published=D)
    assert e.place is not None and "Boni" in e.place.name


def test_a_person_with_a_hyphenated_name_is_no_place(pipeline):
    """Only a road's pair of towns is spared: a hyphenated person's name stays a person's."""
    text = ("Jean-Baptiste Boni a été enlevé dimanche par des hommes armés à Kaya. Le ravisseur de Boni réclame "
            "une rançon.")
    [e] = news_of(pipeline, text, published=D)
    assert e.place is not None and e.place.name == "Kaya"


def test_a_call_to_a_dead_city_day_is_no_protest_done(pipeline):
    """ "a appelé à une journée « ville morte » jeudi pour protester": the parser ends a sentence at the quotation
    mark, the call stays the quoted day's cue and the protest it is for is no dated event."""
    text = ("N'DJAMENA - Le front des partis d'opposition a appelé à une journée « ville morte » jeudi pour protester contre "
            "le report des législatives.")
    assert news_of(pipeline, text, published=D) == []


def test_a_march_dispersed_after_a_quoted_word_is_still_told(pipeline):
    """A quotation that follows no noun of a call ("au calme après « ... »") leaves the act beside it dated."""
    text = ("Des centaines de jeunes ont marché jeudi à Niamey pour protester contre la « vie chère », avant d'être "
            "dispersés par la police à coups de gaz lacrymogène.")
    [e] = news_of(pipeline, text, published=D)
    assert e.event_date == date(2024, 4, 11)
