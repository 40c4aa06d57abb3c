"""A nation's name before a weapon's model name ("a Russian Iskander missile", "Russian Kh-101 missiles") says whose
forces fired, as it does before the weapon itself; a nation that only made the weapon ("a Russian-made rocket") says
nothing of who fired it. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

RU = "Military Forces of Russia (2000-)"
UA = "Military Forces of Ukraine (2019-)"


@pytest.mark.parametrize("note, striker", [
    ("On 3 May 2024, a Russian Iskander missile hit a hotel in Sumy, killing two guests.", RU),
    ("On 3 May 2024, Russian Kh-101 missiles struck a thermal power plant in Zhytomyr oblast.", RU),
    ("On 3 May 2024, a Russian Geran drone crashed into a house in Poltava, killing a woman.", RU),
    ("On 3 May 2024, Ukrainian Neptune missiles hit a fuel depot in Kursk oblast.", UA),
])
def test_the_nation_on_a_weapons_model_fired_it(pipeline, note, striker):
    [event] = news_of(pipeline, note, "en", date(2024, 5, 4))
    assert sides(event)[0] == striker


def test_the_nation_that_made_a_weapon_did_not_fire_it(pipeline):
    [event] = news_of(pipeline, "On 3 May 2024, a Russian-made Smerch rocket hit a market in Kadugli, killing two "
                                "traders.", "en", date(2024, 5, 4))
    assert sides(event)[0] != RU
