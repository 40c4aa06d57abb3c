"""The people a strike wounds, told by a noun the civilians' row lacked ("a pensioner", "three dockers"), are
ACLED's civilians. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

DAY = date(2023, 6, 7)


@pytest.mark.parametrize("victims", ["wounding a pensioner", "injuring three dockers",
                                     "wounding two retirees", "injuring two port workers"])
def test_the_wounded_of_a_strike_are_civilians(pipeline, victims):
    [event] = news_of(pipeline, f"On 6 June 2023, Russian forces fired rockets at Zolochiv (Kharkiv oblast), "
                                f"{victims}.", "en", DAY)
    assert sides(event)[0] == "Military Forces of Russia (2000-)"
    assert sides(event)[1] == "Civilians (Ukraine)"


def test_armed_men_stay_an_armed_group(pipeline):
    [event] = news_of(pipeline, "On 6 June 2023, unknown armed men shot a trader in Kherson.", "en", DAY)
    assert sides(event)[0] == "Unidentified Armed Group (Ukraine)"

