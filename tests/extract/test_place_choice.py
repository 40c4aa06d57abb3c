"""The place an event takes among the places of its sentence."""
from __future__ import annotations

from datetime import date

from sitrep.types import Article


def test_a_place_inside_an_organisation_name_is_not_the_events_place(pipeline):
    """"the Cairo Workers Union": Cairo names the union, Aden is where the killing happened."""
    text = "On 4 May 2022, unidentified gunmen killed a leader of the Cairo Workers Union at his home in Aden."
    events = [e for e in pipeline.code(Article(article_id="t", text=text, lang="en", published=date(2022, 5, 6)))
              if e.event_date]
    assert events and all(e.place.country == "YE" for e in events)
