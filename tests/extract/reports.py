"""Coding an invented report in a test: the article around a text, and the events it tells as news."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.types import Article, Event

NEWS = ("reported", "ongoing")  # not background, plans, denials or rumours


def code(pipeline, text: str, lang: str = "fr", published: date = date(2024, 3, 13)) -> list[Event]:
    return pipeline.code(Article(article_id="t", text=text, lang=lang, published=published))


def news(events: list[Event]) -> list[Event]:
    return [e for e in events if e.status in NEWS]


def news_of(pipeline, text: str, lang: str = "fr", published: date = date(2024, 3, 13)) -> list[Event]:
    return news(code(pipeline, text, lang, published))


def sides(event: Event) -> list[str | None]:
    """The ACLED names of an event's two sides, None where a side is missing."""
    return [a.name if a is not None else None for a in (event.actor1, event.actor2)]


def still_wrong_marked(names, still_wrong: dict[str, str]) -> list:
    """Test parameters for ``names`` (sorted), those ``still_wrong`` names marked as expected failures
    with their cause, so a dispatch a later rule mends shows as passing."""
    return [n if n not in still_wrong else pytest.param(n, marks=pytest.mark.xfail(reason=still_wrong[n], strict=False))
            for n in sorted(names)]
