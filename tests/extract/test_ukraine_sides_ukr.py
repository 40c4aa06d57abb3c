"""The war in Ukraine as ACLED's notes and the wire tell it: fire that came from a country's positions is that
country's army's, rocket launchers fire shells, and the authorities Russia installed in occupied towns arrest as its
police. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

DAY = date(2024, 5, 7)


@pytest.mark.parametrize("text, army", [
    ("On 5 May 2024, mortar bombs fired from Russian positions across the border damaged a school in Khotin (Sumy).",
     "Military Forces of Russia (2000-)"),
    ("On 5 May 2024, shells fired from Azerbaijani positions hit a farm near Sotk (Gegharkunik).",
     "Military Forces of Azerbaijan (2003-)"),
])
def test_fire_from_a_countrys_positions_is_its_army(pipeline, text, army):
    [event] = news_of(pipeline, text, "en", DAY)
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert sides(event)[0] == army


def test_the_positions_fire_came_from_are_not_its_target(pipeline):
    [event] = news_of(pipeline, "Le 5 mai 2024, des obus tirés depuis les positions russes ont touché une ferme à "
                                "Khotin (Soumy), tuant un berger.", "fr", DAY)
    assert sides(event)[0] == "Military Forces of Russia (2000-)"
    assert sides(event)[1] != "Military Forces of Russia (2000-)"


def test_fire_from_a_country_not_its_positions_stays_an_unidentified_group(pipeline):
    [event] = news_of(pipeline, "On 5 May 2024, rockets fired from Lebanon hit a house in Metula.", "en", DAY)
    assert sides(event)[0] == "Unidentified Armed Group (Lebanon)"


def test_a_rocket_launcher_fires_shells(pipeline):
    [event] = news_of(pipeline, "On 5 May 2024, Russian forces fired at Kurakhove (Donetsk) with MLRS, killing a "
                                "pensioner.", "en", DAY)
    assert event.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text", [
    "On 5 May 2024, occupation authorities detained a priest in Berdiansk (Zaporizhzhia).",
    "On 5 May 2024, Russian occupation authorities detained a priest in Berdiansk (Zaporizhzhia).",
])
def test_occupation_authorities_arrest_as_russias_police(pipeline, text):
    [event] = news_of(pipeline, text, "en", DAY)
    assert event.sub_event_type == "Arrests"
    assert sides(event)[0] == "Police Forces of Russia (2000-)"


def test_the_authorities_of_a_free_town_are_its_own(pipeline):
    [event] = news_of(pipeline, "On 5 May 2024, police detained a priest in Rivne.", "en", DAY)
    assert sides(event)[0] == "Police Forces of Ukraine (2019-)"
