"""North Africa's and the Gulf's parties as ACLED's notes name them (issue 13, session nafr): the Tripoli
brigades (the Radaa Special Deterrence Force, the Stability Support Apparatus, the 444 Brigade) are named, and
"Radaa" alone, a Yemeni town, is no brigade; a government someone was arrested for criticising is no side of the
arrest; gunmen who "clashed" with no one else named fought gunmen; rockets intercepted that were fired "from
southern Lebanon" are Lebanon's unidentified group's; "Palestinian homes" struck in Jerusalem are Palestine's
civilians'. Sentences are invented."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2022, 3, 30))
_fr = partial(news_of, lang="fr", published=date(2022, 3, 30))


def test_the_tripoli_brigades_are_named(pipeline):
    events = _en(pipeline, "On 29 March 2022, the Radaa Special Deterrence Force clashed with the 444 Brigade in "
                           "Tripoli (Tripoli). Two fighters were killed.")
    assert set(sides(events[0])) == {"Special Deterrence Force", "444th Combat Brigade"}


def test_radaa_the_yemeni_town_is_no_brigade(pipeline):
    events = _en(pipeline, "On 29 March 2022, Houthi forces shelled government positions near Radaa (Al Bayda).")
    assert all("Special Deterrence Force" not in sides(e) for e in events)


def test_the_government_a_blogger_criticised_is_no_side_of_his_arrest(pipeline):
    events = _en(pipeline, "On 29 March 2022, police arrested a blogger in Giza (Giza) for criticising the "
                           "government.")
    assert sides(events[0]) == ["Police Forces of Egypt (2014-)", "Civilians (Egypt)"]


def test_the_french_note_of_the_same_arrest(pipeline):
    events = _fr(pipeline, "Le 29 mars 2022, la police a arrêté un blogueur à Gizeh pour avoir critiqué le "
                           "gouvernement.")
    assert sides(events[0]) == ["Police Forces of Egypt (2014-)", "Civilians (Egypt)"]


def test_a_minister_of_the_government_arrested_stays_the_governments(pipeline):
    """Not where the government is who the person is: a former minister of it arrested keeps it named."""
    events = _en(pipeline, "On 29 March 2022, police arrested a former minister of the government in Giza (Giza).")
    assert "Civilians (Egypt)" not in sides(events[0])


def test_gunmen_who_clashed_with_no_one_named_fought_gunmen(pipeline):
    events = _en(pipeline, "On 29 March 2022, armed men clashed with rifles in Tripoli - Tajoura (Tripoli).")
    assert sides(events[0]) == ["Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)"]


def test_gunmen_who_clashed_with_residents_did_not_fight_gunmen(pipeline):
    """Not where another side is named: the residents, not a second armed group, were the gunmen's foe."""
    events = _en(pipeline, "On 29 March 2022, gunmen clashed with residents in Zawiya (Zawiya).")
    assert sides(events[0])[1] != "Unidentified Armed Group (Libya)"


def test_rockets_intercepted_from_southern_lebanon_are_lebanons_unidentified_group(pipeline):
    events = _en(pipeline, "On 29 March 2022, air defences intercepted three rockets fired from southern Lebanon "
                           "over Nahariya.")
    assert sides(events[0]) == ["Military Forces of Israel (2021-2022)", "Unidentified Armed Group (Lebanon)"]


def test_a_drone_intercepted_with_no_origin_stays_the_hit_countrys_group(pipeline):
    """Not where no launch from abroad is told: the default of the country hit stays."""
    events = _en(pipeline, "On 29 March 2022, Saudi air defences intercepted a drone over Najran (Najran).")
    assert sides(events[0])[1] == "Unidentified Armed Group (Saudi Arabia)"


def test_homes_a_demonym_names_are_that_peoples_civilians(pipeline):
    events = _en(pipeline, "On 29 March 2022, a band of Israeli settlers smashed the windows of Palestinian homes in "
                           "Jerusalem.")
    assert sides(events[0]) == ["Settlers (Israel)", "Civilians (Palestine)"]


def test_homes_with_no_demonym_are_the_event_countrys_civilians(pipeline):
    """Not where the holdings have no nationality told: the event's country stays."""
    events = _en(pipeline, "On 29 March 2022, a band of Israeli settlers smashed the windows of homes in Haifa.")
    assert "Civilians (Palestine)" not in sides(events[0])
