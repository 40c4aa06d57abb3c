"""Russia's FSB arrests in Ukraine's occupied towns as it does at home: ACLED codes it Russia's police there, not
Ukraine's. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of, sides

DAY = date(2023, 9, 14)


def test_the_fsb_in_an_occupied_town_is_russias_police(pipeline):
    [event] = news_of(pipeline, "On 12 September 2023, FSB officers detained a pharmacist in occupied Skadovsk "
                                "(Kherson), accusing him of spying.", "en", DAY)
    assert event.sub_event_type == "Arrests"
    assert sides(event)[0] == "Police Forces of Russia (2000-)"


def test_ukraines_own_police_stay_ukraines(pipeline):
    [event] = news_of(pipeline, "On 12 September 2023, police officers detained a looter in Sumy.", "en", DAY)
    assert sides(event)[0] == "Police Forces of Ukraine (2019-)"
