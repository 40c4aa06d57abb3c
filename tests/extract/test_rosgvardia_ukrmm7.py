"""Russia's National Guard, Rosgvardia, arrests in Ukraine's occupied towns as Russia's police, whatever noun follows
its name ("Rosgvardia troops" are no troops of Ukraine). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

DAY = date(2024, 3, 6)


@pytest.mark.parametrize("who", ["Rosgvardia troops", "Rosgvardia officers", "Rosgvardiya servicemen"])
def test_rosgvardia_in_an_occupied_town_is_russias_police(pipeline, who):
    [event] = news_of(pipeline, f"On 4 March 2024, {who} detained a fisherman in occupied Henichesk (Kherson) "
                                f"over a message to his son.", "en", DAY)
    assert event.sub_event_type == "Arrests"
    assert sides(event)[0] == "Police Forces of Russia (2000-)"


def test_ukrainian_troops_stay_ukraines(pipeline):
    [event] = news_of(pipeline, "On 4 March 2024, Ukrainian troops detained a deserter in Kupiansk.", "en", DAY)
    assert sides(event)[0] == "Military Forces of Ukraine (2019-)"
