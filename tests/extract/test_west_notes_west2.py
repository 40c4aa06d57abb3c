"""Notes of the West and of protests worldwide (issues 13 and 14, session west2): the United States' state
troopers are police, and women, residents or mothers who march demonstrate. Sentences are invented."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2023, 5, 10))


def test_state_troopers_are_police(pipeline):
    events = _en(pipeline, "On 9 May 2023, state troopers arrested 40 students protesting against tuition fees in "
                           "Albany, New York.")
    assert events and any(s.startswith("Police Forces of the United States") for s in sides(events[0]))


def test_troopers_elsewhere_stay_soldiers(pipeline):
    """Not beyond the United States: troopers elsewhere are the army's."""
    events = _en(pipeline, "On 9 May 2023, troopers attacked an insurgent camp near Bama, Borno State, killing six "
                           "fighters.")
    assert events and any(s.startswith("Military Forces of Nigeria") for s in sides(events[0]))


def test_mothers_who_march_demonstrate(pipeline):
    events = _en(pipeline, "On 9 May 2023, mothers of missing conscripts marched to the defence ministry in Yerevan.")
    assert events and events[0].sub_event_type == "Peaceful protest"


def test_women_marched_into_captivity_are_no_demonstration(pipeline):
    """Not where armed men march women away: that is an abduction."""
    events = _en(pipeline, "On 9 May 2023, gunmen seized fifteen women in Kajuru and marched them into the bush.")
    assert all(e.sub_event_type != "Peaceful protest" for e in events)
