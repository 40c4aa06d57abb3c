"""The people a strike wounds, told by a noun the civilians' row lacked ("a pensioner", "two men", "three dockers"),
are ACLED's civilians; and a state's "planes" are its air arm, as its "warplanes" and "aircraft" are. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

DAY = date(2023, 6, 7)


@pytest.mark.parametrize("victims", ["wounding a pensioner", "injuring two men", "injuring three dockers",
                                     "wounding two retirees"])
def test_the_wounded_of_a_strike_are_civilians(pipeline, victims):
    [event] = news_of(pipeline, f"On 6 June 2023, Russian forces fired rockets at Zolochiv (Kharkiv oblast), "
                                f"{victims}.", "en", DAY)
    assert sides(event) == ["Military Forces of Russia (2000-)", "Civilians (Ukraine)"]


def test_armed_men_stay_an_armed_group(pipeline):
    [event] = news_of(pipeline, "On 6 June 2023, unknown armed men shot a trader in Kherson.", "en", DAY)
    assert sides(event)[0] == "Unidentified Armed Group (Ukraine)"


def test_a_states_planes_strike_from_the_air(pipeline):
    [event] = news_of(pipeline, "On 6 June 2023, Russian planes dropped a guided bomb on Zolochiv (Kharkiv "
                                "oblast), destroying a shop.", "en", DAY)
    assert event.sub_event_type == "Air/drone strike"
    assert sides(event)[0] == "Military Forces of Russia (2000-)"


def test_a_passenger_plane_is_no_event(pipeline):
    assert news_of(pipeline, "On 6 June 2023, a passenger plane landed in Lviv after a delay.", "en", DAY) == []
