"""Notes of protests (issues 13 and 14, session west11): Ireland's police are the gardai: a crowd that
throws bottles at them faces Ireland's police forces, where the word was no actor before. Sentences are invented."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of

_en = partial(news_of, lang="en", published=date(2023, 5, 10))


def _sides(event) -> set:
    return {a.name for a in (event.actor1, event.actor2) if a}


def test_gardai_are_irelands_police(pipeline):
    events = _en(pipeline, "On 9 May 2023, protesters threw bottles at gardai outside a hotel in Drogheda.")
    assert events and any(n.startswith("Police Forces of Ireland") for n in _sides(events[0]))


def test_a_lake_named_garda_is_no_police(pipeline):
    events = _en(pipeline, "On 9 May 2023, residents marched in Riva del Garda against a new hotel.")
    assert events and not any(n.startswith("Police Forces") for n in _sides(events[0]))
