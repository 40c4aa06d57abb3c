"""The day and toll of English reports (endet, bench/en_detail_stress.py): a toll rising as the wounded die, a side's
part added to another group, "on the 16th", a night told with "overnight", "earlier this month" before its middle
day, a headline's "Police say four killed". Each text is invented."""
from __future__ import annotations

from datetime import date

from sitrep.acled import TimePrecision
from tests.extract.reports import news_of, sides

D = date(2025, 6, 12)  # a Thursday
MONDAY, TUESDAY = date(2025, 6, 9), date(2025, 6, 10)


def _news(pipeline, text, published=D):
    return [e for e in news_of(pipeline, text, lang="en", published=published) if e.event_type]


def test_a_toll_rising_as_the_wounded_die_revises_the_toll(pipeline):
    text = ("Gunmen attacked a cattle market in Kotido on Monday, killing six people, local officials said.\n\n"
            "The death toll rose to 11 on Tuesday after several of the wounded died in hospital.")
    [event] = _news(pipeline, text)
    assert event.fatalities == 11


def test_a_toll_of_the_wounded_revises_no_toll_of_the_dead(pipeline):
    text = ("Gunmen attacked a cattle market in Kotido on Monday, killing six people, local officials said.\n\n"
            "The toll of the wounded rose to 30 on Tuesday.")
    [event] = _news(pipeline, text)
    assert event.fatalities == 6


def test_a_part_of_the_other_side_is_another_group_of_the_toll(pipeline):
    text = ("Four soldiers and two of the attackers were killed on Monday when militants stormed an army post near "
            "Kidal, officials said.")
    [event] = _news(pipeline, text)
    assert event.fatalities == 6


def test_a_part_of_the_same_side_is_not_added(pipeline):
    text = "Ten soldiers and three of the officers were killed on Monday in an ambush near Kidal, officials said."
    [event] = _news(pipeline, text)
    assert event.fatalities == 10


def test_on_the_ordinal_dates_a_day_of_the_publications_month(pipeline):
    text = "A roadside bomb killed two soldiers near Kidal on the 9th, officials said."
    [event] = _news(pipeline, text)
    assert event.event_date == MONDAY and event.time_precision == TimePrecision.DAY


def test_an_ordinal_floor_is_no_day(pipeline):
    text = "Gunmen killed four guests on the 10th floor of a hotel in Mogadishu on Monday, police said."
    [event] = _news(pipeline, text)
    assert event.event_date == MONDAY


def test_overnight_from_one_weekday_into_the_next_is_the_first(pipeline):
    text = "Militants attacked a police post in Bannu overnight Monday into Tuesday, killing four policemen."
    [event] = _news(pipeline, text)
    assert event.event_date == MONDAY


def test_overnight_on_a_weekday_is_that_weekday(pipeline):
    text = "Militants killed four policemen at a checkpoint in Bannu overnight on Tuesday, officials said."
    [event] = _news(pipeline, text)
    assert event.event_date == TUESDAY


def test_earlier_this_month_before_its_middle_day_is_news_of_this_month(pipeline):
    text = "Militants killed eight civilians near Bannu earlier this month, a rights group said in a new report."
    [event] = _news(pipeline, text, published=date(2025, 3, 13))
    assert event.status == "reported" and event.time_precision == TimePrecision.MONTH
    assert event.event_date <= date(2025, 3, 13) and event.event_date.month == 3


def test_an_act_announced_for_this_month_stays_planned(pipeline):
    text = "The army will launch an offensive against militants near Bannu this month, officials said."
    assert not _news(pipeline, text, published=date(2025, 3, 13))


def test_a_headlines_police_say_tells_the_toll_and_kills_no_one(pipeline):
    text = ("Police say four killed near Bannu\n\n"
            "PESHAWAR (Reuters) - Police said on Thursday that militants had killed four people near Bannu on Tuesday."
            "\n\nA police spokesman said officers were searching the area.")
    [event] = _news(pipeline, text)
    assert event.event_date == TUESDAY and "Police" not in (sides(event)[0] or "")


def test_a_toll_revised_down_replaces_the_higher_one(pipeline):
    text = ("Gunmen attacked a cattle market in Kotido on Monday, killing six people, local officials said.\n\n"
            "The death toll was revised down to four on Tuesday, after two people reported dead were found alive.")
    [event] = _news(pipeline, text)
    assert event.fatalities == 4


def test_a_count_of_the_displaced_revised_down_is_no_toll(pipeline):
    text = ("Gunmen attacked a cattle market in Kotido on Monday, killing six people, local officials said.\n\n"
            "Officials said the number of displaced people was revised down to 400.")
    [event] = _news(pipeline, text)
    assert event.fatalities == 6
