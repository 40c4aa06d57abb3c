"""The place of a note on Morocco that names a Western Saharan town (issue 14, session mena3): a small town of a
territory the note's country administers is where the event was, not a stray namesake in another country.
Sentences are invented; places and their coordinates are general facts."""
from __future__ import annotations

from datetime import date
from functools import partial

from sitrep.geo.distance import haversine_km
from tests.extract.reports import news_of

_en = partial(news_of, lang="en", published=date(2023, 5, 30))


def test_a_western_saharan_town_in_a_note_on_morocco_is_the_events_place(pipeline):
    events = _en(pipeline, "On 29 May 2023, Polisario Front fighters fired shells at a Moroccan army post near Mahbes "
                           "(Assa Zag, Guelmim-Oued Noun). No casualties were reported.")
    place = events[0].place
    assert place is not None and haversine_km(place.lat, place.lon, 27.42, -9.03) <= 25


def test_a_moroccan_town_in_a_note_on_morocco_stays_moroccan(pipeline):
    """Not a reach past Morocco's own towns: Guelmim in its region stays Morocco's."""
    events = _en(pipeline, "On 29 May 2023, Moroccan police arrested two men in Guelmim (Guelmim-Oued Noun).")
    assert events[0].place is not None and events[0].place.country == "MA"
