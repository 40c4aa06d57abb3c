"""Notes of protests (issue 13, session west12): a gathering "in memory of", "in tribute to" or "for the victims of"
an attack or a shooting is a peaceful protest; the violence it remembers is an act of before, not force used on the
mourners, and its dead are no toll of the day. Sentences are invented."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of

_en = partial(news_of, lang="en", published=date(2023, 8, 10))
_fr = partial(news_of, lang="fr", published=date(2023, 8, 10))


def _sides(event) -> set:
    return {a.name for a in (event.actor1, event.actor2) if a}


def test_a_vigil_in_memory_of_the_victims_of_an_attack_is_a_protest(pipeline):
    events = _en(pipeline, "On 9 August 2023, hundreds of people held a vigil in Lyon in memory of the victims of "
                           "the attack on a school.")
    assert events and events[0].sub_event_type == "Peaceful protest"
    assert not any(n.startswith("Police Forces") for n in _sides(events[0]))


def test_a_march_remembering_a_death_has_no_toll(pipeline):
    events = _en(pipeline, "On 9 August 2023, hundreds of people marched in Lyon in memory of a teenager killed in a "
                           "police shooting.")
    assert events and events[0].sub_event_type == "Peaceful protest" and not events[0].fatalities


def test_force_used_on_a_vigil_stays_force(pipeline):
    """Guard: police who fire at the vigil itself use force on it, whatever it remembers."""
    events = _en(pipeline, "On 9 August 2023, police fired rubber bullets at a vigil in memory of the victims of a "
                           "police shooting in Lyon, injuring three people.")
    assert events and events[0].sub_event_type == "Excessive force against protesters"


def test_the_victims_of_an_attack_told_as_news_stay_its_toll(pipeline):
    """Guard: victims named outside any gathering are the attack's."""
    events = _en(pipeline, "On 9 August 2023, gunmen attacked a memorial service in Bunia, killing four mourners.")
    assert events and events[0].sub_event_type == "Attack" and events[0].fatalities == 4


def test_a_vigil_remembering_an_older_death_is_news(pipeline):
    """The background cue "in memory of" dates what the vigil remembers, not the vigil."""
    events = _en(pipeline, "On 9 August 2023, residents held a candlelight vigil in Bristol in memory of a councillor "
                           "murdered last year.")
    assert events and events[0].sub_event_type == "Peaceful protest"


def test_a_french_vigil_in_memory_of_a_youth_is_news(pipeline):
    events = _fr(pipeline, "Le 9 août 2023, des centaines de personnes ont marché à Lyon en mémoire d'un jeune tué "
                           "par la police.")
    assert events and events[0].sub_event_type == "Peaceful protest" and not events[0].fatalities
